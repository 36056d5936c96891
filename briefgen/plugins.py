"""Plugins: project files or installed modules with a `register()` that returns a `Plugin`.

A plugin gives values back — Jinja filters and globals, python-markdown extensions
with the HTML they emit, page families (`Site → Pages`), a folder of templates — and
never mutates shared state (MkDocs hooks, sqlite-utils' small hookspecs). Listed in
config.yaml as `plugins: [hooks.py, some_package.briefing_plugin]`; loaded in the main
process before any worker is forked; their identity (source digest and version) is part
of every cache key; anything they raise becomes a diagnostic at their file and line.
See docs/extending.md.

    # hooks.py
    from briefgen.plugins import Plugin

    def register() -> Plugin:
        return Plugin(filters={"shout": str.upper}, markdown_extensions=("abbr",))
"""
from __future__ import annotations

import functools
import hashlib
import importlib
import importlib.machinery
import importlib.util
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import urlsplit
from typing import Any, Callable, Iterable, Mapping

from briefgen.diagnostics import Diagnostic, Failure, error, from_exception
from briefgen.load.config import Config
from briefgen.load.extensioncheck import problem
from briefgen.load.extensions import MarkdownSettings, forbidden, settings
from briefgen.paths import real_path


@dataclass(frozen=True)
class Plugin:
    """What a plugin adds. Every field is optional.

    filters / globals: for templates (names must not be briefgen's own). markdown_extensions:
    names or `markdown.Extension` objects, with `markdown_options` (name → keyword arguments)
    and `allowed_html` (element → attributes they emit; never script, handlers or styles).
    page_families: functions `Site → Iterable[Page]`. templates: a folder of templates, or a
    mapping name → source, used after the site's own templates/ and before the theme.
    """

    filters: Mapping[str, Callable[..., Any]] = field(default_factory=dict)
    globals: Mapping[str, Any] = field(default_factory=dict)
    markdown_extensions: tuple[Any, ...] = ()
    markdown_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    allowed_html: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    page_families: tuple[Callable[[Any], Iterable[Any]], ...] = ()
    templates: Path | Mapping[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Plugins:
    """Every loaded plugin merged, plus the `markdown:` settings of config.yaml."""

    identity: str = ""
    filters: Mapping[str, Callable[..., Any]] = field(default_factory=dict)
    globals: Mapping[str, Any] = field(default_factory=dict)
    markdown: MarkdownSettings = MarkdownSettings()
    page_families: tuple[Callable[[Any], Iterable[Any]], ...] = ()
    templates: tuple[Path | Mapping[str, str], ...] = ()
    files: tuple[Path, ...] = ()  # the plugin files config.yaml lists (absolute), also those that failed to load

    @property
    def template_folders(self) -> tuple[Path, ...]:
        return tuple(t for t in self.templates if isinstance(t, Path))

    @property
    def watched(self) -> tuple[Path, ...]:
        """What `serve` watches besides content/, templates/, static/ and config.yaml: the plugin
        files and their template folders (an edit to hooks.py was not seen until some other edit)."""
        return self.files + self.template_folders


def load_plugins(config: Config, root: Path, display: str = "config.yaml") -> tuple[Plugins, list[Diagnostic]]:
    """Load every plugin of `config` (relative files from `root`) and merge them with `markdown:`;
    problems at the lines of the config file named `display` (`--config staging.yaml`: a trial's
    plugin errors named config.yaml while the run's other errors named staging.yaml)."""
    problems: list[Diagnostic] = []
    loaded: list[tuple[str, Plugin]] = []
    identities: list[str] = []
    for name, line in config.plugins:
        found = _load(name, line, root, problems)
        if found is not None:
            plugin, identity = found
            loaded.append((name, plugin))
            identities.append(identity)
    extensions: list[Any] = [name for name, _ in config.markdown.extensions]
    options = {name: dict(values) for name, values in config.markdown.extensions if values}
    allow: dict[str, tuple[str, ...]] = dict(config.markdown.allow_html)
    filters: dict[str, Callable[..., Any]] = {}
    template_globals: dict[str, Any] = {}
    families: list[Callable[[Any], Iterable[Any]]] = []
    templates: list[Path | Mapping[str, str]] = []
    for name, plugin in loaded:
        line = dict(config.plugins)[name]
        extensions.extend(plugin.markdown_extensions)
        options.update({k: dict(v) for k, v in plugin.markdown_options.items()})
        for element, attributes in plugin.allowed_html.items():
            reason = forbidden(element) or next(filter(None, (forbidden(element, a) for a in attributes)), None)
            if reason:
                problems.append(error("config.yaml", line, f"plugin {name}: {reason}, so it can never be allowed"))
            else:
                allow[element] = tuple(sorted(set(allow.get(element, ())) | set(attributes)))
        problems += _clashes(name, line, "filter", plugin.filters, filters)
        problems += _clashes(name, line, "global", plugin.globals, template_globals)
        filters.update({key: _no_exit(value, name) for key, value in plugin.filters.items()})
        template_globals.update({key: _no_exit(value, name) for key, value in plugin.globals.items()})
        families.extend(_guarded(family, name, root) for family in plugin.page_families)
        if plugin.templates is not None:
            templates.append(plugin.templates if isinstance(plugin.templates, Mapping)
                             else real_path(root / plugin.templates))
    own_host = (urlsplit(config.base_url).hostname or "") if config.base_url else ""
    markdown = settings(tuple(extensions), options, allow, tuple(identities), config.markdown.remote_media, own_host)
    if extensions:
        broken = [error("config.yaml", line, why) for (name, values), line
                  in zip(config.markdown.extensions, config.markdown.lines) if (why := problem(name, dict(values)))]
        broken = broken or _check_extensions(markdown, config.markdown.line or 1)  # with the plugins' ones
        if broken:  # report, and go on without extensions so content problems are reported too
            problems += broken
            markdown = settings((), {}, {}, (), config.markdown.remote_media, own_host)
    identity = "\0".join(identities)
    files = tuple(real_path(root / name) for name, _ in config.plugins if name.endswith(".py") or "/" in name)
    problems = [replace(d, path=display) if d.path == "config.yaml" else d for d in problems]
    return Plugins(identity, filters, template_globals, markdown, tuple(families), tuple(templates), files), problems


CONTEXT_NAMES = ("config", "site", "briefing", "root", "page_path")  # every page's own (render.html.render_page)
# Names Jinja gives a meaning of its own wherever a template writes them: a global so named is never seen.
JINJA_NAMES = ("true", "false", "none", "True", "False", "None", "not", "self", "loop", "caller", "varargs", "kwargs")


def _clashes(plugin: str, line: int, kind: str, names: Mapping[Any, Any], earlier: Mapping[str, Any]
             ) -> list[Diagnostic]:
    """Errors for the filters or globals (`kind`) a plugin gives under a name that is taken: Jinja's or
    briefgen's own (the theme's `isolate` or `join` would silently print what the plugin's prints),
    a name every page sets itself (a global `config` would never be seen), or another plugin's
    (the later one won); or that is no name a template can write. Checked where the names come from,
    at the plugin's line in config.yaml; the names of Jinja and briefgen are read only when a plugin
    gives any."""
    if not names:
        return []
    from briefgen.render.environment import own_names

    own = own_names()[0 if kind == "filter" else 1]
    problems = []
    for key in names:
        if not isinstance(key, str) or not key.isidentifier():
            why = f"name {key!r} is not a name a template can use; write one like \"initials\""
        elif key in own:
            why = f'"{key}" is one of the theme\'s own (Jinja\'s or briefgen\'s), which it would replace; name yours otherwise'
        elif kind == "global" and key in CONTEXT_NAMES + JINJA_NAMES:
            why = (f'"{key}" would never be seen: ' + (f"every page sets its own {key}" if key in CONTEXT_NAMES
                                                        else "Jinja gives it a meaning of its own") + "; name yours otherwise")
        elif key in earlier:
            why = f'"{key}" is also given by a plugin listed before it, which it would replace; rename one'
        else:
            continue
        problems.append(error("config.yaml", line, f"plugin {plugin}: {kind} {why}"))
    return problems


class _FromSource(importlib.machinery.SourceFileLoader):
    """The loader of a plugin file: it writes no bytecode cache, so a build leaves no `__pycache__/`
    in the editor's project (a failed build leaves the project as it was, tests/test_plugins.py)."""

    def set_data(self, path: str, data: bytes, *, _mode: int = 0o666) -> None:
        """Where SourceFileLoader writes the `.pyc` file: nothing is written."""


def _load(name: str, line: int, root: Path, problems: list[Diagnostic]) -> tuple[Plugin, str] | None:
    """Import one plugin and call its register(); None (with a diagnostic) when that fails."""
    try:
        if name.endswith(".py") or "/" in name:
            path = real_path(root / name)
            if not path.is_file():
                problems.append(error("config.yaml", line, f'plugin file "{name}" not found (paths are relative '
                                                           "to the project folder)"))
                return None
            source = path.read_bytes()
            module_name = f"briefgen_plugin_{hashlib.blake2b(str(path).encode(), digest_size=8).hexdigest()}"
            spec = importlib.util.spec_from_file_location(module_name, path, loader=_FromSource(module_name, str(path)))
            assert spec is not None and spec.loader is not None
            module = importlib.util.module_from_spec(spec)
            sys.modules[module_name] = module
            spec.loader.exec_module(module)
            identity = f"{name}:{hashlib.blake2b(source, digest_size=16).hexdigest()}"
        else:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name is None or not (name == exc.name or name.startswith(exc.name + ".")):
                    raise  # (a module the plugin imports is missing: that is the plugin's line to fix)
                problems.append(error("config.yaml", line, f'plugin {name}: no installed module is named "{exc.name}"; '
                                      f'for a file of the project write its path ("{name.replace(".", "/")}.py"), '
                                      "else install the module"))
                return None
            identity = f"{name}:{_module_identity(module)}"
        register = getattr(module, "register", None)
        if not callable(register):
            problems.append(error("config.yaml", line, f"plugin {name} has no register() function; "
                                                       "see docs/extending.md"))
            return None
        plugin = register()
    except (Exception, SystemExit) as exc:  # (SystemExit: the plugin's sys.exit() or argparse, not briefgen's end)
        found = _relative(from_exception(exc, f"plugin {name} failed to load"), root)
        problems.append(error("config.yaml", line, found.message) if found.path == "config.yaml" else found)
        return None
    if isinstance(plugin, Mapping):
        try:
            plugin = Plugin(**plugin)
        except TypeError as exc:
            problems.append(error("config.yaml", line, f"plugin {name}: register() returned {exc}"))
            return None
    if not isinstance(plugin, Plugin):
        problems.append(error("config.yaml", line, f"plugin {name}: register() must return a briefgen.plugins.Plugin, "
                                                   f"got {type(plugin).__name__}"))
        return None
    return plugin, identity


def _module_identity(module: Any) -> str:
    """An installed plugin's version and the digest of its source file."""
    import importlib.metadata  # ~15 ms: only when a plugin is an installed module

    version = getattr(module, "__version__", "")
    top = module.__name__.split(".")[0]
    try:
        version = version or importlib.metadata.version(top)
    except importlib.metadata.PackageNotFoundError:
        pass
    try:
        source = Path(module.__file__).read_bytes()
    except (OSError, TypeError):
        source = b""
    return f"{version}:{hashlib.blake2b(source, digest_size=16).hexdigest()}"


def _relative(d: Diagnostic, root: Path) -> Diagnostic:
    try:
        return error(real_path(d.path).relative_to(real_path(root)).as_posix(), d.line, d.message)
    except ValueError:
        return d


class PluginExit(Exception):
    """A plugin's function called sys.exit() (SystemExit) while briefgen used it: an error of that plugin,
    reported where its other exceptions are (a template's line, the body's), never the end of briefgen
    with the plugin's exit code -- or, in `serve`, of the preview server."""


def _no_exit(value: Any, plugin: str) -> Any:
    """`value` (a plugin's filter or global) if it is no function; else the function, raising PluginExit
    (with the plugin's own traceback, for diagnostics.user_place) where it raised SystemExit. The
    wrapper keeps the function's attributes (Jinja's `pass_context` mark among them)."""
    if not callable(value) or isinstance(value, type):
        return value

    @functools.wraps(value)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            return value(*args, **kwargs)
        except SystemExit as exc:
            raise PluginExit(f"plugin {plugin} called sys.exit({exc.code!r})").with_traceback(exc.__traceback__) \
                from None
    return call


def _guarded(family: Callable[[Any], Iterable[Any]], plugin: str, root: Path) -> Callable[[Any], Iterable[Any]]:
    """A plugin's page family whose exceptions, and pages that cannot be written where they say
    (`site.urls.page_path_problem`: "/x.html" was written outside the project), become a `Failure`
    carrying diagnostics at the plugin's line."""
    from briefgen.site.model import Page
    from briefgen.site.urls import page_path_problem

    name = getattr(family, "__name__", family)

    def run(site: Any) -> list[Any]:
        try:
            pages = list(family(site))
        except (Exception, SystemExit) as exc:
            raise Failure(_relative(from_exception(exc, f"plugin {plugin}: page family {name} failed"), root)) from None
        problems = []
        for page in pages:
            if not isinstance(page, Page):
                problem = f"returned {type(page).__name__}, not a Page"
            elif not isinstance(page.template, str) or not page.template:
                problem = f"returned the page {page.path!r} with the template {page.template!r}; name a template file"
            else:
                why = page_path_problem(page.path)
                problem = f'returned a page whose path "{page.path}" {why}' if why else None
            if problem:
                problems.append(_relative(from_exception(None, f"plugin {plugin}: page family {name} {problem}",
                                                         family), root))
        if problems:
            raise Failure(*problems)
        return pages

    run.__name__ = getattr(family, "__name__", "family")
    run.__wrapped__ = family  # type: ignore[attr-defined]
    return run


def _check_extensions(markdown: MarkdownSettings, line: int) -> list[Diagnostic]:
    """An extension that cannot be loaded, or refuses its options, is a config error (not a crash later)."""
    import markdown as python_markdown

    try:
        python_markdown.Markdown(extensions=list(markdown.extensions),
                                 extension_configs={name: dict(values) for name, values in markdown.options})
    except Exception as exc:  # ImportError, a TypeError or KeyError from bad options, the extension's own errors
        return [error("config.yaml", line, f"markdown: an extension could not be loaded ({type(exc).__name__}: "
                                           f"{exc}); check the names under `markdown: extensions:` and their options")]
    return []
