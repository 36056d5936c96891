"""What a template that extends another writes where Jinja never shows it: template → warnings.

A template that starts `{% extends "base.html" %}` is shown only through the blocks of the template
it extends: a `{% block %}` of a name no ancestor has (`{% block contnet %}`, or a block of the theme's
article.html written into an override of index.html) and any text or `{{ … }}` outside its blocks
are dropped by Jinja without a word, and the page is published without them. Each is a warning at
its line, with the block meant when one is close and the blocks there are (found in a contract audit,
2026-12-03: a misspelt block name published every article page with an empty body, silently).

Called by `render.templatecheck.template_problems` for the templates of the site and of plugins (not
the theme's own), so `build`, `check` and `serve` say it alike.
"""
from __future__ import annotations

from typing import Iterator

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
    blocks: set[str] = set()
    seen: set[str] = set()
    current: str | None = name
    while current is not None and current not in seen:
        seen.add(current)
        try:
            source, filename, _ = env.loader.get_source(env, current)  # type: ignore[union-attr]
            tree = env.parse(source, current, filename)
        except (jinja2.TemplateError, OSError):
            return None
        blocks.update(block.name for block in tree.find_all(nodes.Block))
        current = _parent(tree)
    return blocks
