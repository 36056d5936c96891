"""What a template that extends another writes where Jinja never shows it: template → warnings.

A template that starts `{% extends "base.html" %}` is shown only through the blocks of the template
it extends: a `{% block %}` of a name no ancestor has (`{% block contnet %}`, or a block of the theme's
article.html written into an override of index.html) and any text or `{{ … }}` outside its blocks
are dropped by Jinja without a word, and the page is published without them. Each is a warning at
its line, with the block meant when one is close and the blocks there are (found in a contract audit,
2026-12-03: a misspelt block name published every article page with an empty body, silently).

Called by `render.templatecheck.template_problems` for the templates of the site and of plugins, so
`build`, `check` and `serve` say it alike; and for the theme's own templates when a template they extend
is overridden (`blocks_lost_to_overrides`): a block of theirs the override lacks is a warning at the
override, which is where the editor can put it back.
"""
from __future__ import annotations

import functools
import re

from typing import Callable, Iterable, Iterator

import jinja2
from jinja2 import nodes

from briefgen.diagnostics import Diagnostic, did_you_mean, warning


def dropped_parts(env: jinja2.Environment, tree: nodes.Template, shown_path: str) -> list[Diagnostic]:
    """Warnings for the blocks of `tree` no ancestor defines and for output outside its blocks;
    none when it extends no template named in the tag (a name computed at render time may be any)."""
    parent = _parent(tree)
    if parent is None:
        return []
    ancestors = _ancestor_blocks(env, parent)
    if ancestors is None:  # (an ancestor missing or broken: reported as such by templatecheck)
        return []
    problems = []
    for node in _top_level(tree):
        if isinstance(node, nodes.Block) and node.name not in ancestors:
            problems.append(warning(shown_path, node.lineno,
                                    f'{{% block {node.name} %}} is not a block of "{parent}" or what it extends, so '
                                    f"nothing in it is shown{did_you_mean(node.name, ancestors)}; the blocks there are "
                                    f"{', '.join(sorted(ancestors))}"))
        elif isinstance(node, nodes.Output) and not all(isinstance(part, nodes.TemplateData) and not part.data.strip()
                                                        for part in node.nodes):
            problems.append(warning(shown_path, node.lineno,
                                    f'this is outside every {{% block %}} of a template that extends "{parent}", so it '
                                    "is never shown; move it into one of the blocks"))
    return problems


_EXTENDS = re.compile(r"""\{%-?\s*extends\s+["']([^"']+)["']""")


def _has_override(env: jinja2.Environment, name: str, built_in: Callable[[str | None], bool],
                  known: dict[str, bool]) -> bool:
    """Whether template `name`, or one it extends, is not the theme's file (its source is read, not parsed: the
    `extends` is found by pattern; True when it cannot be read, so that the parse says why)."""
    current: str | None = name
    seen: set[str] = set()
    while current is not None and current not in seen:
        if current in known:
            return known[current]
        seen.add(current)
        try:
            source, filename, _ = env.loader.get_source(env, current)  # type: ignore[union-attr]
        except (jinja2.TemplateError, OSError):
            known[name] = True
            return True
        if not built_in(filename):
            known[name] = True
            return True
        found = _EXTENDS.search(source)
        current = found.group(1) if found else None
    known[name] = current is not None  # (a circle: let the parse say so)
    return known[name]


def _parent(tree: nodes.Template) -> str | None:
    for tag in tree.find_all(nodes.Extends):
        return tag.template.value if isinstance(tag.template, nodes.Const) and isinstance(tag.template.value, str) \
            else None
    return None


def _top_level(node: nodes.Node) -> Iterator[nodes.Node]:
    """The blocks and output of a template outside its blocks (blocks inside blocks are the outer one's)."""
    for child in node.iter_child_nodes():
        if isinstance(child, (nodes.Block, nodes.Output)):
            yield child
        elif not isinstance(child, (nodes.Macro, nodes.CallBlock, nodes.FilterBlock)):
            yield from _top_level(child)


def _ancestor_blocks(env: jinja2.Environment, name: str) -> set[str] | None:
    """Every block name of `name` and the templates it extends, as Jinja resolves them; None when one
    of them cannot be read or parsed."""
    chain = _chain(env, name)
    return None if chain is None else {block for _, blocks in chain for block in blocks}


def _chain(env: jinja2.Environment, name: str) -> list[tuple[str | None, set[str]]] | None:
    """(file, block names) of `name` and of each template it extends, as Jinja resolves them; None
    when one of them cannot be read or parsed."""
    chain: list[tuple[str | None, set[str]]] = []
    seen: set[str] = set()
    current: str | None = name
    while current is not None and current not in seen:
        seen.add(current)
        try:
            source, filename, _ = env.loader.get_source(env, current)  # type: ignore[union-attr]
            parent, blocks, _ = _shape(_settings(env), current, source, filename)
        except (jinja2.TemplateError, OSError):
            return None
        chain.append((filename, set(blocks)))
        current = parent
    return None if current is not None else chain  # (a circle of {% extends %}: an error of templatecheck)


def blocks_lost_to_overrides(env: jinja2.Environment, children: Iterable[tuple[str, str, str | None]],
                             built_in: Callable[[str | None], bool], shown: Callable[[str | None], str]
                             ) -> list[Diagnostic]:
    """A warning at an override (of the site or a plugin) that built-in templates extend, for each block
    they fill that it, and what it extends, does not have: Jinja drops such a block unsaid, and every
    page of theirs is published without it. A trial's templates/base.html with its `{% block content %}`
    renamed published every page with an empty <main>, exit 0, no word: `dropped_parts` looked at the
    editor's own templates only.

    `children`: (name, source, file) of the built-in templates used; `built_in(file)`: whether a file is
    the theme's; `shown(file)`: a file as diagnostics name it. The warning is at the nearest override
    in the chain, line 0 (it is about what the file lacks)."""
    lost: dict[tuple[str, str], list[str]] = {}
    have: dict[str, set[str]] = {}  # an override's path → the blocks it and what it extends have
    chains: dict[str, list[tuple[str | None, set[str]]] | None] = {}
    overridden: dict[str, bool] = {}
    for name, source, filename in children:
        # A parent named as the theme's file has no override (most sites): nothing is parsed then. Parsing
        # every built-in template on every build cost ~0.22 s (a site's cold build 0.6 → 0.8 s).
        named = _EXTENDS.search(source) if "extends" in source else None
        if "extends" not in source or named is not None and not _has_override(env, named.group(1), built_in,
                                                                               overridden):
            continue  # (a partial extends nothing; a template extending the theme's files alone loses nothing)
        parent, _, filled = _shape(_settings(env), name, source, filename)
        if parent is None:
            continue
        if parent not in chains:
            chains[parent] = _chain(env, parent)
        chain = chains[parent]
        overrides = [file for file, _ in chain or () if not built_in(file)]
        if not overrides:  # (the theme's own chain has every block its templates fill: tests/render)
            continue
        at = shown(overrides[0])
        have[at] = {block for _, blocks in chain or () for block in blocks}
        for block in filled:
            if block not in have[at]:
                lost.setdefault((at, block), []).append(name)
    problems = []
    for (at, block), names in sorted(lost.items()):
        names.sort()
        which = (f"the built-in template {names[0]} fills" if len(names) == 1 else
                 f"the built-in templates {', '.join(names[:3])}"
                 f"{f' and {len(names) - 3} other' + ('s' if len(names) > 4 else '') if len(names) > 3 else ''} fill")
        problems.append(warning(at, 0, f"{which} {{% block {block} %}}, which this template and what it extends do "
                                       f"not have, so nothing of it is shown: their pages are published without it"
                                       f"{did_you_mean(block, have[at])}; put {{% block {block} %}}{{% endblock %}} "
                                       f"where it belongs (the theme's templates have it), or override those templates "
                                       f"too; the blocks here are {', '.join(sorted(have[at])) or 'none'}"))
    return problems


# What Jinja's parse depends on besides the source: its lexer's settings and the extensions (their tags and
# preprocessing), as `jinja2.lexer.get_lexer` keys its lexers.
Settings = tuple[object, ...]


def _settings(env: jinja2.Environment) -> Settings:
    return (env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
            env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
            env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
            tuple(type(extension) for extension in env.extensions.values()))


@functools.lru_cache(maxsize=4)
def _parser(settings: Settings) -> jinja2.Environment:
    """An environment that parses as one of `settings` does (`_settings`); it renders nothing."""
    (block_start, block_end, variable_start, variable_end, comment_start, comment_end, line_statement, line_comment,
     trim, lstrip, newline, keep_newline, extensions) = settings
    return jinja2.Environment(
        block_start_string=block_start, block_end_string=block_end, variable_start_string=variable_start,
        variable_end_string=variable_end, comment_start_string=comment_start, comment_end_string=comment_end,
        line_statement_prefix=line_statement, line_comment_prefix=line_comment, trim_blocks=trim,
        lstrip_blocks=lstrip, newline_sequence=newline, keep_trailing_newline=keep_newline,
        extensions=list(extensions))  # type: ignore[arg-type]


@functools.lru_cache(maxsize=256)
def _shape(settings: Settings, name: str | None, source: str, filename: str | None
           ) -> tuple[str | None, frozenset[str], tuple[str, ...]]:
    """(the template it extends by a name in the tag, every block name, the names of its blocks outside blocks) of
    a template's source, parsed as an environment of `settings` parses it; raises what the parse raises.

    Kept per process, like `templatecheck._theme_tags`: the theme's templates that extend an overridden base.html
    were parsed again at every check (~20 a check: about a third of tests/render/test_template_reading.py's
    in-process checks, and of every `serve` rebuild's check of such a site; 2026-12-06)."""
    tree = _parser(settings).parse(source, name, filename)
    return (_parent(tree), frozenset(block.name for block in tree.find_all(nodes.Block)),
            tuple(node.name for node in _top_level(tree) if isinstance(node, nodes.Block)))
