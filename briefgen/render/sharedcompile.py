"""A Jinja environment that compiles a template once for the analysis and the rendering of one build.

A cold build reads each template twice before rendering a page: `environment.template_variables`
parses it and walks it with `jinja2.meta`'s code generator to find the variables it reads, then
rendering compiles it, parsing it and generating its code again. For the theme's 28 templates that
is 0.12 s of parsing and 0.18 s of `meta` before the 0.40 s compile (this machine), and Jinja is
nearly all of a small site's cold build (a one-article site: ~90 % of its CPU, cProfile of `briefgen
build` forked from a process that imported briefgen, as the tests run it).

Here `analyse` compiles the template with a code generator that also notes what `meta`'s generator
notes (`jinja2.meta.TrackingCodeGenerator`: the names a frame resolves from the context) and keeps the
code for the loader's compile of that same source, name and file, once. The variables, the
templates referenced and the code are those of `meta` and `compile` (tests/render/
test_shared_compile.py compares them on the theme's templates and on generated ones), and so are
the errors: a syntax error is raised by the parse, an assertion (an unknown filter or test) by the
code generator, each with its template's name, file and source, as `compile` raises them.
A subclass of Jinja's `CodeGenerator` is the extension point Jinja documents (`Environment.
code_generator_class`); `analyse` runs one as `jinja2.compiler.generate` does, then `Environment._compile`.
"""
from __future__ import annotations

from types import CodeType
from typing import Any

import jinja2
from jinja2 import meta
from jinja2.compiler import CodeGenerator, Frame

from briefgen.render.fastescape import FastEscapeTemplate
from briefgen.render.themecache import Compiled, ThemeCache


class _NotingGenerator(CodeGenerator):
    """Jinja's code generator, noting the undeclared names as `meta.TrackingCodeGenerator` does."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.resolved: set[str] = set()  # `meta`'s undeclared names, with the environment's globals

    def enter_frame(self, frame: Frame) -> None:
        super().enter_frame(frame)
        for action, param in frame.symbols.loads.values():
            if action == "resolve":
                self.resolved.add(param)


class SharedCompileEnvironment(jinja2.Environment):
    """`jinja2.Environment` with `analyse`; one per build (publish.py makes it through
    `make_environment`), so the code it keeps lives no longer than the build. Its templates escape
    with `render.fastescape.escape` (the same strings as markupsafe's, in fewer steps)."""

    template_class = FastEscapeTemplate

    def __init__(self, theme_cache: ThemeCache | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._compiled: dict[tuple[str, str | None, str | None], CodeType] = {}
        self.theme_cache = theme_cache

    def analyse(self, source: str, name: str | None, filename: str | None
                ) -> tuple[frozenset[str], tuple[str | None, ...]]:
        """(the variables `source` reads from its context and does not define — `meta.
        find_undeclared_variables` —, the templates it names, None for a name computed at render
        time — `meta.find_referenced_templates`); its code is kept for `compile(source, name,
        filename)`. Raises jinja2.TemplateSyntaxError (or its TemplateAssertionError) as `compile`.
        A template of the built-in theme is read from the theme cache when it holds this source's
        compilation, and kept there when not (render/themecache.py)."""
        cache = self.theme_cache if self.theme_cache is not None and self.theme_cache.holds(filename) else None
        compiled = cache.load(source, name, filename) if cache is not None else None  # type: ignore[arg-type]
        if compiled is None:
            compiled = self._analysed(source, name, filename)
            if cache is not None:
                cache.store(source, name, filename, compiled)  # type: ignore[arg-type]
        self._compiled[(source, name, filename)] = compiled.code
        return frozenset(n for n in compiled.resolved if n not in self.globals), compiled.referenced

    def _analysed(self, source: str, name: str | None, filename: str | None) -> Compiled:
        tree = self.parse(source, name, filename)
        generator = _NotingGenerator(self, name, filename, None, False, self.optimized)
        try:
            generator.visit(tree)
        except jinja2.TemplateSyntaxError:
            self.handle_exception(source=source)
        # (after the code generator, which folds constants in place, as `meta` did before it was read)
        referenced = tuple(meta.find_referenced_templates(tree))
        code = self._compile(generator.stream.getvalue(), filename or "<template>")  # type: ignore[attr-defined]
        return Compiled(frozenset(generator.resolved), referenced, code)

    def compile(self, source: Any, name: str | None = None, filename: str | None = None,
                raw: bool = False, defer_init: bool = False) -> Any:
        if isinstance(source, str) and not raw and not defer_init:
            code = self._compiled.pop((source, name, filename), None)
            if code is not None:
                return code
            if self.theme_cache is not None and self.theme_cache.holds(filename):
                # (a theme template rendered without `analyse` first — `briefgen check`'s trial render,
                # the preview — is read from the theme cache too: a one-article site's check compiled
                # the 25 it renders each run, ~0.45 s; 2026-12-05, found by the test suite's timing)
                self.analyse(source, name, filename)
                return self._compiled.pop((source, name, filename))
        return super().compile(source, name, filename, raw, defer_init)
