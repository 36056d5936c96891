"""Extra python-markdown extensions (config `markdown:`, plugins) and the HTML they may emit.

The sanitiser's allow-list grows only by what is declared: for python-markdown's own
extensions the elements and attributes they emit are listed here (read from their
source, python-markdown 3.5–3.x); for others the editor lists them under
`markdown: allow_html:`. Some things can never be allowed, whatever is declared: elements
that run code, embed other documents or take input (script, style, iframe, object,
embed, form, …) and attributes that do (on*, style, srcdoc, formaction, …) — see
SECURITY.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# python-markdown's built-in extensions → {element: attributes} they add to the HTML.
KNOWN_HTML: dict[str, dict[str, tuple[str, ...]]] = {
    "abbr": {"abbr": ("title",)},
    "admonition": {"div": ("class",), "p": ("class",)},
    "attr_list": {},
    "codehilite": {"div": ("class",), "span": ("class",), "pre": (), "code": ("class",)},
    "def_list": {"dl": (), "dt": (), "dd": ()},
    "fenced_code": {"pre": (), "code": ("class",)},
    "footnotes": {},
    "md_in_html": {},
    "meta": {},
    "nl2br": {"br": ()},
    "sane_lists": {},
    "smarty": {},
    "tables": {},
    "toc": {"div": ("class",), "span": ("class",), "a": ("class", "title", "href"),
            "h2": ("id",), "h3": ("id",), "h4": ("id",), "h5": ("id",), "h6": ("id",)},
    "wikilinks": {"a": ("class", "href")},
    "legacy_attrs": {},
    "legacy_em": {},
}
# `extra` is python-markdown's own bundle of abbr, attr_list, def_list, fenced_code, footnotes,
# md_in_html and tables, so it emits what they emit (it was warned about as "not one of
# python-markdown's own" before 2026-12-03, and its <abbr> and <dl> were removed).
KNOWN_HTML["extra"] = {element: tuple(sorted({a for part in ("abbr", "attr_list", "def_list", "fenced_code",
                                                              "footnotes", "md_in_html", "tables")
                                              for a in KNOWN_HTML[part].get(element, ())}))
                       for element in sorted({e for part in ("abbr", "def_list", "fenced_code")
                                              for e in KNOWN_HTML[part]})}

NEVER_ELEMENTS = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button",
    "textarea", "select", "option", "svg", "math", "template", "link", "meta", "base", "noscript", "title",
    "head", "html", "body", "portal", "fencedframe", "dialog",
})
_NEVER_ATTRIBUTE = re.compile(r"^(on.*|style|srcdoc|formaction|action|xmlns.*|xlink:.*|ping|background|"
                              r"http-equiv|autofocus|srcset|poster|data)$")
_NAME = re.compile(r"^[a-z][a-z0-9-]*$")


def builtin_name(name: str) -> str:
    """'markdown.extensions.toc', 'markdown.extensions.toc:TocExtension' and 'toc' → 'toc'."""
    module = name.split(":", 1)[0]
    return module.removeprefix("markdown.extensions.") if module.startswith("markdown.extensions.") else name


def forbidden(element: str, attribute: str | None = None) -> str | None:
    """Why an element (or one of its attributes) can never be allowed, or None."""
    if not _NAME.match(element) or element in NEVER_ELEMENTS:
        return f"<{element}> can run code, embed pages or take input in readers' browsers"
    if attribute is not None and (not _NAME.match(attribute) or _NEVER_ATTRIBUTE.match(attribute)):
        return f"the attribute {attribute} can run code or load content in readers' browsers"
    return None


@dataclass(frozen=True, slots=True)
class MarkdownSettings:
    """Extensions beyond the built-in set, their options, and the HTML they may emit.

    `extensions`: names (python-markdown's own, or importable dotted paths) or
    `markdown.Extension` objects from plugins; `options`: name → keyword arguments;
    `allow`: element → attributes added to the sanitiser's allow-list; `identity`: a
    canonical text of all of it (two equal identities render equal HTML); `remote_media`, `own_host`: below.
    """

    extensions: tuple[Any, ...] = ()
    options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()
    allow: tuple[tuple[str, tuple[str, ...]], ...] = ()
    identity: str = ""
    # `markdown.remote_media` ("warn", "allow": remotemedia.py), "" where no site is known (no warning: "another
    # site" is another than the site's); `own_host`: base_url's host, whose addresses are the site's own
    remote_media: str = ""
    own_host: str = ""

    def allowed(self) -> dict[str, set[str]]:
        return {element: set(attributes) for element, attributes in self.allow}


def settings(extensions: tuple[Any, ...], options: dict[str, dict[str, Any]],
             allow: dict[str, tuple[str, ...]], identity_parts: tuple[str, ...],
             remote_media: str = "", own_host: str = "") -> MarkdownSettings:
    """Merge declared extensions with the HTML known for python-markdown's own ones; `remote_media`: config.yaml's
    `markdown.remote_media` ("warn" or "allow", load/remotemedia.py; "": no site, no warning), `own_host`: the
    host of its base_url ("" when it has none)."""
    merged: dict[str, set[str]] = {}
    for extension in extensions:
        if isinstance(extension, str):
            for element, attributes in KNOWN_HTML.get(builtin_name(extension), {}).items():
                merged.setdefault(element, set()).update(attributes)
    for element, attributes in allow.items():
        merged.setdefault(element, set()).update(attributes)
    allowed = tuple(sorted((element, tuple(sorted(attributes))) for element, attributes in merged.items()))
    frozen_options = tuple(sorted((name, tuple(sorted(values.items()))) for name, values in options.items()))
    identity = repr((tuple(e if isinstance(e, str) else f"{type(e).__module__}.{type(e).__qualname__}"
                           for e in extensions), frozen_options, allowed, identity_parts))
    if remote_media:
        identity += f" remote_media={remote_media} {own_host}"
    return MarkdownSettings(tuple(extensions), frozen_options, allowed,
                            identity if extensions or allow or remote_media else "", remote_media, own_host)


def extension_failure(exc: BaseException, extras: bool) -> str:
    """The error for a body that an extra Markdown extension (config.yaml's `markdown:` or a plugin's)
    failed on: what it raised and where in its code (diagnostics.user_place; an absolute path). It was
    "unexpected error: ValueError: …" with no file, and a sys.exit() in one ended briefgen with its
    code (the preview server too). Without `extras` the failure is briefgen's own: raised again, to
    be reported as unexpected."""
    from briefgen.diagnostics import user_place

    if not extras:
        raise exc

    path, line = user_place(exc)
    what = (f"it called sys.exit({exc.code!r})" if isinstance(exc, SystemExit)
            else f"{type(exc).__name__}: {exc}")
    return (f"a Markdown extension failed on this text ({what}, at {path}:{line}); fix the extension, or "
            "the text it fails on")
