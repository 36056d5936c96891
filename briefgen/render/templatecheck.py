"""The templates a build will use, checked before anything is rendered: template names → diagnostics.

Read from the page templates (and the feed items') through every {% extends %}, {% include %}
and {% import %}, as Jinja finds them (the site's templates/ over plugins' over the theme):

- a template that does not compile, or names a template that does not exist, is the error
  rendering would give (`render.html.template_failure`), so `briefgen check` finds it too
  (a trial: check said "no errors" for `{% if a.tags %` in templates/article.html; build failed);
- a file of the site's templates/ that nothing reaches (neither a built-in template's name, nor
  included by a template that is used) is a warning naming the file and the
  built-in name it probably meant: an override saved under another name (`templates/artcle.html`,
  `templates/masthead.html` for partials/masthead.html, `templates/partial/…`) was ignored without
  a word, and the editor's change never appeared.

A name computed at render time (`{% include "partials/" ~ name %}`) may be any template: then no
file is called unused. README files and names starting with a dot are the editor's, never warned about.
"""
from __future__ import annotations

import posixpath
from typing import TYPE_CHECKING, Iterable

import jinja2
from jinja2 import nodes

from briefgen.diagnostics import Diagnostic, did_you_mean, error, warning
from briefgen.render.html import template_failure, template_path

if TYPE_CHECKING:
    from briefgen.build import Inputs
    from briefgen.speed.memo import Memo

_TAGS = (nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)


def checked_templates(inputs: Inputs, memo: Memo, pages: Iterable[str]) -> list[Diagnostic]:
    """`template_problems` of the build's templates, from the page templates `pages` and the feed
    items'; memoised with the template set (parsing the theme's templates costs ~0.5 s)."""
    from briefgen.render.environment import make_environment
    from briefgen.render.feeds import ITEM_TEMPLATES
    from briefgen.speed.stages import cached

    plugins, names = inputs.plugins, sorted(set(pages) | set(ITEM_TEMPLATES))
    return cached(memo, ("template-check", inputs.templates, plugins.identity, *names),
                  lambda: template_problems(make_environment(
                      inputs.root / "templates", None, plugins.templates, plugins.filters, plugins.globals,
                      inputs.confine.allows, inputs.config.language), names))


def template_problems(env: jinja2.Environment, used: Iterable[str]) -> list[Diagnostic]:
    """Problems of the templates reached from `used` (template names the build renders) and the
    theme's names, and a warning for each file of the site's templates/ (the first loader of `env`,
    as made by `render.environment.make_environment`) that none of them reaches."""
    problems: list[Diagnostic] = []
    reached: set[str] = set()
    dynamic = False
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
            tree = env.parse(source, name, filename)
            env.compile(tree, name, filename)  # what only the compiler sees: an unknown filter or test
        except jinja2.TemplateNotFound:
            continue  # a page's own template: rendering names the page; a referenced one: at its tag, below
        except jinja2.TemplateSyntaxError as exc:
            problems.append(template_failure(exc, name))
            continue
        for tag in tree.find_all(_TAGS):
            names = _named(tag)
            if names is None:
                dynamic = True
                continue
            for referenced in names:
                todo.append(referenced)
                if not _exists(env, referenced) and not getattr(tag, "ignore_missing", False):
                    problems.append(error(template_path(filename), tag.lineno,
                                          f'template "{referenced}" not found in templates/ or the built-in '
                                          "theme; check the name in your {% extends %}, {% include %} or {% import %}"))
    if not dynamic:
        problems += _unused(env, reached)
    return problems


def _named(tag: nodes.Node) -> tuple[str, ...] | None:
    """The template names a tag names ({% include ["a.html", "b.html"] %} names two), None when computed."""
    template = tag.template  # type: ignore[attr-defined]
    if isinstance(template, nodes.Const) and isinstance(template.value, str):
        return (template.value,)
    if isinstance(template, (nodes.Tuple, nodes.List)) and all(
            isinstance(item, nodes.Const) and isinstance(item.value, str) for item in template.items):
        return tuple(item.value for item in template.items)  # (select_template: the first that exists)
    return None


def _exists(env: jinja2.Environment, name: str) -> bool:
    try:
        env.loader.get_source(env, name)  # type: ignore[union-attr]
        return True
    except jinja2.TemplateNotFound:
        return False


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
        if name in reached or base.startswith(".") or base.lower().startswith("readme"):
            continue
        same = [t for t in built_in if posixpath.basename(t) == base]
        hint = f' (did you mean "{same[0]}"?)' if len(same) == 1 else did_you_mean(name, built_in)
        problems.append(warning(f"templates/{name}", 0,
                                f"not used: no built-in template has this name and no template includes it{hint}; "
                                "an override takes the name of the theme's template it replaces "
                                "(briefgen/theme/templates/)"))
    return problems
