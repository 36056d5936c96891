"""Ids inside a body, scoped to that body: one page shows several bodies, next to the theme's own ids.

Takes a body's sanitised HTML (nh3's serialisation: `<tag name="value" …>`, no raw `<` in
text) and the body's id prefix (`files.SourceFile.id_prefix`: the slug, `note-<slug>` for
notes, so `[a-z0-9-]` only); gives the HTML with every id an extension declared (toc's
heading ids, attr_list's `{#x}`) written `<prefix>_<id>`, and the body's links to those
ids (`[TOC]`, `[see](#x)`) following them. An article page holds the article's body and
its notes' bodies, a topic page many notes, all next to the theme's ids ("main",
"2023-05", "notes-title"…): two notes with a "Background" heading both said
id="background", and a heading "2023-05" repeated a month heading's id. No slug and no
theme id holds "_", so a scoped id can equal neither another body's nor the theme's; an id
repeated within the body is kept on its first element only.
The body's footnote ids are scoped already (`fn-<prefix>_…`, `fnref-…`, `fnref2-…` for a
note's second reference) and are left as they are;
raw HTML's `id="fn-1"` is not one of them and is scoped like the others.
"""
from __future__ import annotations

import re

_START_TAG = re.compile(r'(<[a-z][a-z0-9]*)((?: [a-z-]+="[^"]*")+)>')
_ATTRIBUTE = re.compile(r' ([a-z-]+)="([^"]*)"')


def scope_ids(fragment: str, prefix: str) -> str:
    """`fragment` with its ids (but its footnotes') and the links to them prefixed with `prefix` + "_";
    an id used earlier in the body is dropped (links go to the first)."""
    if ' id="' not in fragment:
        return fragment
    footnotes = re.compile(rf"(?:fn|fnref\d*)-{prefix}_")  # markup.py gives the body's own footnotes these
    ids = {value for tag in _START_TAG.finditer(fragment) for name, value in _ATTRIBUTE.findall(tag.group(2))
           if name == "id" and not footnotes.match(value)}
    if not ids:
        return fragment

    seen: set[str] = set()

    def attribute(match: re.Match[str]) -> str:
        name, value = match.groups()
        if name == "id" and value in ids:
            if value in seen:  # attr_list's `## H {#x}` twice (normalise, which drops repeats, sees raw HTML only)
                return ""
            seen.add(value)
            return f' id="{prefix}_{value}"'
        if name == "href" and value[1:] in ids and value[:1] == "#":
            return f' href="#{prefix}_{value[1:]}"'
        return match.group()

    return _START_TAG.sub(lambda tag: f"{tag.group(1)}{_ATTRIBUTE.sub(attribute, tag.group(2))}>", fragment)
