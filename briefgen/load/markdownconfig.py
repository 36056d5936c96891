"""The `markdown:` and `plugins:` keys of config.yaml (see docs/extending.md).

`markdown:` lists extra python-markdown extensions (a name, or a name with its options)
and the HTML they may emit beyond the built-in allow-list; anything that could run code
is refused here with its line (`load.extensions.forbidden`). `remote_media: allow` silences the
warning about images and media loaded from other sites (load/remotemedia.py). `plugins:` lists project
files or module names; they are loaded later (`briefgen.plugins`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from briefgen.diagnostics import error, warning
from briefgen.load.extensioncheck import problem
from briefgen.load.extensions import KNOWN_HTML, builtin_name, forbidden
from briefgen.load.fields import Fields
from briefgen.load.yamltext import LineList, LineMap


@dataclass(frozen=True, slots=True)
class MarkdownConfig:
    """`markdown:` — extra python-markdown extensions with options, and extra HTML they may emit."""

    extensions: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()  # (name, sorted options)
    allow_html: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (element, attributes)
    line: int = 0
    lines: tuple[int, ...] = ()  # the line of each of `extensions`, for its errors (load/extensioncheck.py)
    remote_media: str = "warn"  # "allow": no warning about images and media on other sites (load/remotemedia.py)


def _frozen(value: Any) -> Any:
    """A YAML value as hashable, comparable plain data (lists become tuples, mappings sorted pairs)."""
    if isinstance(value, dict):
        return tuple(sorted((str(k), _frozen(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    return value


def parse_markdown(fields: Fields) -> MarkdownConfig:
    data = fields.data.get("markdown")
    if data is None:
        return MarkdownConfig()
    if not isinstance(data, LineMap):
        fields.report("markdown", '"markdown" must be a mapping like `markdown: {extensions: [abbr]}`')
        return MarkdownConfig()
    f = Fields(data, fields.path, fields.problems, "markdown.")
    f.reject_unknown(("extensions", "allow_html", "remote_media"))
    remote_media = data.get("remote_media", "warn")
    if remote_media not in ("warn", "allow"):
        f.report("remote_media", '"markdown.remote_media" is `allow` (images and media on other sites without a '
                                 "warning) or `warn` (the default)")
        remote_media = "warn"
    extensions: list[tuple[str, tuple[tuple[str, Any], ...]]] = []
    lines: list[int] = []
    items = data.get("extensions")
    if items is not None and not isinstance(items, list):
        f.report("extensions", '"markdown.extensions" must be a list like [abbr, {toc: {permalink: true}}]')
        items = []
    for index, item in enumerate(items or ()):
        line = items.line_of(index) if isinstance(items, LineList) else f.line("extensions")
        if isinstance(item, str) and item.strip():
            extensions.append((item.strip(), ()))
            lines.append(line)
        elif isinstance(item, dict) and len(item) == 1 and isinstance(next(iter(item.values())), (dict, type(None))):
            name, options = next(iter(item.items()))
            extensions.append((str(name), tuple(sorted((str(k), _frozen(v)) for k, v in (options or {}).items()))))
            lines.append(line)
        else:
            fields.problems.append(error(fields.path, line, '"markdown.extensions" items are a name (abbr) or '
                                                            "a name with options ({toc: {permalink: true}})"))
    allow: list[tuple[str, tuple[str, ...]]] = []
    raw_allow = data.get("allow_html")
    if raw_allow is not None and not isinstance(raw_allow, LineMap):
        f.report("allow_html", '"markdown.allow_html" must map elements to attributes, like {abbr: [title]}')
    elif raw_allow is not None:
        a = Fields(raw_allow, fields.path, fields.problems, "markdown.allow_html.")
        for element in raw_allow:
            attributes = a.text_list(element)
            for reason in filter(None, [forbidden(str(element))] + [forbidden(str(element), n) for n in attributes]):
                a.report(element, f"markdown.allow_html: {reason}, so it can never be allowed; remove it")
                break
            else:
                allow.append((str(element), attributes))
    for (name, options), line in zip(extensions, lines):
        # (one that cannot be loaded has its error only, from plugins.py: a tester, 2026-12-05, read this warning's
        # "list it under allow_html" beside the error's "install its package" for one misspelt name)
        if builtin_name(name) not in KNOWN_HTML and not allow and problem(name, dict(options)) is None:
            fields.problems.append(warning(fields.path, line,
                                           f'markdown extension "{name}" is not one of python-markdown\'s own, so '
                                           "briefgen does not know what HTML it emits: list it under "
                                           "`markdown: allow_html:` (anything else is removed by the sanitiser)"))
    return MarkdownConfig(tuple(extensions), tuple(allow), fields.line("markdown"), tuple(lines), str(remote_media))


def parse_plugins(fields: Fields) -> tuple[tuple[str, int], ...]:
    names = fields.text_list("plugins")
    return tuple((name, fields.item_line("plugins", name)) for name in names)
