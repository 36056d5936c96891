"""The templates a build will use, checked before anything is rendered: template names → diagnostics.

Read from the page templates (and the feed items') through every {% extends %}, {% include %}
and {% import %}, as Jinja finds them (the site's templates/ over plugins' over the theme):

- a template that does not compile, or names a template that does not exist, is the error
  rendering would give (`render.html.template_failure`), so `briefgen check` finds it too
  (a trial: check said "no errors" for `{% if a.tags %` in templates/article.html; build failed);
- a circle of {% extends %} (an override of base.html extending "base.html", itself) is an error;
- a block of a template of the site or a plugin that no template it extends has, and text outside its
  blocks, are warnings at their lines; a block of a built-in template that an override it extends lacks
  is a warning at the override (render/templateblocks.py: Jinja drops them unsaid);
- anything at a template's path that is not a readable UTF-8 regular file is an error, and a character
  no page may hold is a warning at its line (render/templateloader.py);
- a template of the site or a plugin that loads a script, stylesheet, font, frame or image from another
  site is a warning at that line (render/remotes.py);
- a file of the site's templates/ that nothing reaches (neither a built-in template's name, nor
  included by a template that is used) is a warning naming the file and the
  built-in name it probably meant: an override saved under another name (`templates/artcle.html`,
  `templates/masthead.html` for partials/masthead.html, `templates/partial/…`) was ignored without
  a word, and the editor's change never appeared.

Memoised around this stage by `publish.checked_templates`. A name computed at render time (`{% include "partials/" ~ name %}`) may be any template: then no
file is called unused. README files, names starting with a dot and what tools leave beside the files they
edit (`article.html~`, `.bak`, `.orig`, `sedXXXXXX` …: load.contentnames.is_tool_file) are never warned about.
"""
from __future__ import annotations

import functools
import posixpath
from pathlib import Path
from typing import Iterable

import jinja2
from jinja2 import nodes

from briefgen.diagnostics import Diagnostic, did_you_mean, error, warning
from briefgen.load.contentnames import is_tool_file
from briefgen.load.files import THEME_TEMPLATES
from briefgen.render.html import template_failure, template_path
from briefgen.render.remotes import remote_loads
from briefgen.render.templateblocks import blocks_lost_to_overrides, dropped_parts
from briefgen.render.templateloader import TemplateUnusable, forbidden_characters


_TAGS = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)


def template_problems(env: jinja2.Environment, used: Iterable[str]) -> list[Diagnostic]:
    """Problems of the templates reached from `used` (template names the build renders) and the
    theme's names, and a warning for each file of the site's templates/ (the first loader of `env`,
    as made by `render.environment.make_environment`) that none of them reaches."""
    problems: list[Diagnostic] = []
    reached: set[str] = set()
    parents: dict[str, tuple[str, str, int]] = {}  # template → (what it extends, its file, the tag's line)
    dynamic = False
    built_in: list[tuple[str, str, str | None]] = []  # (name, source, file) of the theme's templates reached
    # Every built-in name counts as used: an override of story.html is right before a site has a
    # story page, and what it includes is its own.
    todo = sorted(set(used) | set(_built_in(env)))
    while todo:
        name = todo.pop()
        if name in reached:
            continue
        reached.add(name)
        try:
            source, filename, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
            if filename is not None and Path(filename).is_relative_to(THEME_TEMPLATES):  # (None: a plugin's
                # template given as text, `Plugin(templates={name: source})`: "unexpected error" in a trial)
                tags = theme_tags(env, name, source, filename)  # the theme's own: compiles; tags read once
                built_in.append((name, source, filename))
            else:
                problems += forbidden_characters(source, template_path(filename or f"plugin template {name}"))
                tree = env.parse(source, name, filename)
                env.compile(tree, name, filename)  # what only the compiler sees: an unknown filter or test
                tags = _tags(tree)
                problems += [warning(template_path(filename or f"plugin template {name}"), line,
                                     f"this template loads {what} from another site, "
                                     "which every reader's browser then contacts (a remote script, font or tracker "
                                     "the pages promise not to have); copy the file into static/ and link it "
                                     "from there, or remove it") for line, what in remote_loads(source)]
                problems += dropped_parts(env, tree, template_path(filename or f"plugin template {name}"))
        except TemplateUnusable as exc:  # a folder, a pipe, not UTF-8 … at its path (render/templateloader.py)
            problems.append(exc.diagnostic)
            continue
        except jinja2.TemplateNotFound:
            continue  # a page's own template: rendering names the page; a referenced one: at its tag, below
        except OSError:
            continue  # unreadable (no permission, a damaged disk): reported as such when the inputs were read
        except jinja2.TemplateSyntaxError as exc:
            problems.append(template_failure(exc, name))
            continue
        for extends, names, line, optional in tags:
            if names is None:
                dynamic = True
                continue
            if extends and len(names) == 1:
                parents[name] = (names[0], filename, line)
            for referenced in names:
                todo.append(referenced)
                if not _exists(env, referenced) and not optional:
                    problems.append(error(template_path(filename), line,
                                          f'template "{referenced}" not found in templates/ or the built-in '
                                          "theme; check the name in your {% extends %}, {% include %} or {% import %}"))
    problems += _circles(parents)
    problems += blocks_lost_to_overrides(env, built_in, _is_theme, template_path)
    if not dynamic:
        problems += _unused(env, reached)
    return problems


def _circles(parents: dict[str, tuple[str, str, int]]) -> list[Diagnostic]:
    """An error for each circle of {% extends %}, at the tag that closes it. A trial's
    templates/base.html beginning `{% extends "base.html" %}` (meaning the theme's, as Django's
    {% extends %} of a parent would) failed every page with "RecursionError: maximum recursion depth
    exceeded": an override replaces the theme's template of its name, so it extends itself."""
    problems, reported = [], set()
    for start in sorted(parents):
        chain = [start]
        while chain[-1] in parents and parents[chain[-1]][0] not in chain:
            chain.append(parents[chain[-1]][0])
        if chain[-1] not in parents or chain[-1] in reported:
            continue
        closing = parents[chain[-1]][0]
        circle = chain[chain.index(closing):]
        reported.update(circle)
        parent, filename, line = parents[circle[-1]]
        if len(circle) == 1:
            why = (f"names this template itself: an override replaces the theme's {parent} rather than extending "
                   f"it; copy the theme's file (briefgen/theme/templates/{parent}) and change the copy")
        else:
            why = f"closes a circle ({' → '.join(circle + [parent])}); one of them must extend another template"
        problems.append(error(template_path(filename), line, f'{{% extends "{parent}" %}} {why}'))
    return problems


Tag = tuple[bool, "tuple[str, ...] | None", int, bool]  # (an {% extends %}, names it names, line, ignore missing)


def _tags(tree: nodes.Template) -> list[Tag]:
    return [(isinstance(tag, nodes.Extends), _named(tag), tag.lineno, bool(getattr(tag, "ignore_missing", False)))
            for tag in tree.find_all(_TAGS)]


_TAG_NAMES = frozenset({"extends", "include", "import", "from"})


def theme_tags(env: jinja2.Environment, name: str, source: str, filename: str) -> list[Tag]:
    """`_theme_tags`, kept with the theme's compiled templates when `env` has them (render/themecache.py:
    ~0.04 s of every new site's first build, this machine)."""
    cache = getattr(env, "theme_cache", None)
    if cache is None or not cache.holds(filename):
        return _theme_tags(name, source)
    return [tuple(tag) for tag in cache.kept("tags", source, name, filename, lambda: _theme_tags(name, source))]


@functools.lru_cache(maxsize=256)
def _theme_tags(name: str, source: str) -> list[Tag]:
    """`_tags` of a template of the theme (which is known to compile: tests/test_theme*), parsing only
    the statements of its {% extends %}, {% include %}, {% import %} and {% from %} tags, each put at its
    own line: Jinja's lexer finds them (not in {% raw %} or comments), which costs ~40 % of a whole
    parse, and the theme's 28 templates are read by every cold build (0.13 → 0.06 s, this machine).
    Equal to `_tags` of the whole template (tests/render/test_template_tags.py)."""
    environment = jinja2.Environment()
    statements: list[tuple[int, str]] = []
    current: list[str] | None = None
    begun, start = False, 1
    for line, kind, value in environment.lex(source, name):
        if kind == "block_begin":
            current, begun, start = [value], False, line
        elif current is not None:
            current.append(value)
            if kind == "block_end":
                if begun:
                    statements.append((start, "".join(current)))
                current = None
            elif kind == "name" and not begun:  # the statement's first word
                if value not in _TAG_NAMES:
                    current = None
                begun = True
    text, at = [], 1
    for line, statement in statements:
        text.append("\n" * (line - at) + statement)
        at = line + statement.count("\n")
    return _tags(environment.parse("".join(text), name))


def _named(tag: nodes.Node) -> tuple[str, ...] | None:
    """The template names a tag names ({% include ["a.html", "b.html"] %} names two), None when computed."""
    template = tag.template  # type: ignore[attr-defined]
    if isinstance(template, nodes.Const) and isinstance(template.value, str):
        return (template.value,)
    if isinstance(template, (nodes.Tuple, nodes.List)) and all(
            isinstance(item, nodes.Const) and isinstance(item.value, str) for item in template.items):
        return tuple(item.value for item in template.items)  # (select_template: the first that exists)
    return None


def _is_theme(filename: str | None) -> bool:
    return filename is not None and Path(filename).is_relative_to(THEME_TEMPLATES)


def _exists(env: jinja2.Environment, name: str) -> bool:
    try:
        env.loader.get_source(env, name)  # type: ignore[union-attr]
        return True
    except jinja2.TemplateNotFound:
        return False
    except (OSError, TemplateUnusable):
        return True  # there but unusable: that is reported apart, at its path


def _built_in(env: jinja2.Environment) -> list[str]:
    """The theme's template names (the last loader of `env`)."""
    loaders = getattr(env.loader, "loaders", ())
    return loaders[-1].list_templates() if loaders else []


def _unused(env: jinja2.Environment, reached: set[str]) -> list[Diagnostic]:
    loaders = getattr(env.loader, "loaders", ())
    if not loaders:
        return []
    try:
        own, built_in = loaders[0].list_templates(), _built_in(env)
    except (OSError, TypeError):  # a folder that cannot be listed is reported where it is walked (load.files)
        return []
    problems = []
    for name in own:
        base = posixpath.basename(name)
        if name in reached or is_tool_file(base) or base.lower().startswith("readme"):
            continue
        same = [t for t in built_in if posixpath.basename(t) == base]
        hint = f' (did you mean "{same[0]}"?)' if len(same) == 1 else did_you_mean(name, built_in)
        problems.append(warning(f"templates/{name}", 0,
                                f"not used: no built-in template has this name and no template includes it{hint}; "
                                "an override takes the name of the theme's template it replaces "
                                "(briefgen/theme/templates/)"))
    return problems
