"""Links in bodies whose fragment (`#section`) names no id of the page they lead to.

A tester, 2026-12-05: `[see below](#background)` in an article without the toc extension (its headings have no
ids), or `[the timeline](../other-article/#timeline)` to an article whose heading is `other-article_timeline`
(bodyids.py writes a body's ids with its slug first, so that several bodies can share a page), jumped nowhere
without a word, while an address to a missing page was warned of (sitelinks.py).

Takes the published documents (their `links`, load/locallinks.py, and `ids`, the ids and `<a name>` anchors of
their bodies as published), the files the build writes and the ids the templates put on an article's page; gives a
warning at the link's line for each fragment that leads to no element of the page, with the id to write when the
page has one that differs only by the body's prefix or a few letters. What is checked is what can be known before
rendering: a link to an article's page (another article's, `../x/#y`; a note's `articles/x/#y`; an article's own,
`#y`), whose ids are the article's body's, its notes' and the templates' (the built-in theme's `THEME_ARTICLE_IDS`,
and every literal id of the project's and plugins' templates). Not checked: fragments of other pages (listings,
editions, stories, people: their ids come from the site model as it is rendered), of static files, of a note's own
page-less body (it is shown on several pages), a template that writes an id from an expression (`id="{{ x }}"`: no
fragment is then checked), `#top` and `#` (the top of any page: HTML, "scroll to the fragment") and text fragments
(`#:~:text=`).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Mapping
from urllib.parse import unquote

from briefgen.diagnostics import Diagnostic, warning
from briefgen.load.documents import Article, Note
from briefgen.load.files import THEME_TEMPLATES
from briefgen.load.locallinks import is_web
from briefgen.site.sitelinks import OUTSIDE, SiteFiles, own_path, resolve
from briefgen.site.urls import article_url

# The ids the built-in theme puts on an article's page (base.html's `main`, article.html's `people-title`,
# partials/notes_section.html's `notes-title`); tests/site/test_fragments.py checks them against a built page.
THEME_ARTICLE_IDS = frozenset({"main", "people-title", "notes-title"})
_TEMPLATE_ID = re.compile(r"""\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
SHOWN_IDS = 5  # ids of the page named when no close one is found


def template_ids(sources: Iterable[str], extra: Iterable[Mapping[str, str]] = ()) -> frozenset[str] | None:
    """`THEME_ARTICLE_IDS` and every literal `id`/`name` value of the template files `sources` (paths; the theme's
    own are left out: the constant stands for them) and of the plugins' templates given as mappings (`extra`);
    None when one of them writes an id from an expression (`{{ … }}`, `{% … %}`), or cannot be read: the page's ids
    are not known before rendering."""
    texts: list[str] = []
    theme = f"{THEME_TEMPLATES}/"
    for source in sources:
        if str(source).startswith(theme):
            continue
        try:
            texts.append(Path(source).read_text(encoding="utf-8", errors="replace"))
        except OSError:
            return None
    texts += [text for mapping in extra for text in mapping.values()]
    found = set(THEME_ARTICLE_IDS)
    for text in texts:
        for match in _TEMPLATE_ID.finditer(text):
            value = next(v for v in match.groups() if v is not None)
            if "{{" in value or "{%" in value:
                return None
            found.add(value)
    return frozenset(found)


def missing_fragments(documents: Iterable[Article | Note], site: SiteFiles, base_path: str, base_url: str,
                      theme_ids: frozenset[str] | None) -> list[Diagnostic]:
    """Warnings for the links of `documents` whose fragment leads to no id of an article's page (module docstring),
    at their lines; [] when `theme_ids` is None (`template_ids`: not known)."""
    if theme_ids is None:
        return []
    documents = tuple(documents)
    articles = {document.slug: document for document in documents if isinstance(document, Article)}
    notes_ids = frozenset(i for document in documents if isinstance(document, Note) for i in document.ids)
    problems = []
    for document in documents:
        page_dir = article_url(document.slug) if isinstance(document, Article) else ""
        for line, written in document.links:
            if "#" not in written:
                continue
            address = own_path(written, base_url, base_path) if is_web(written) else written
            if address is None:
                continue  # (another site's)
            fragment = unquote(address.partition("#")[2])
            if not fragment or fragment.lower() == "top" or ":~:" in fragment:
                continue
            if address.startswith("#") and not page_dir:
                continue  # (a note's own: shown on several pages)
            slug = _article_of(resolve(address, page_dir, base_path), site)
            target = articles.get(slug or "")
            if target is None:
                continue
            ids = theme_ids | notes_ids | frozenset(target.ids)
            if fragment not in ids:
                problems.append(warning(document.path, line, _message(written, fragment, target, ids,
                                                                      target is document)))
    return problems


def _article_of(target: str, site: SiteFiles) -> str | None:
    """The slug of the article page `target` (site-relative: "articles/x/", "articles/x", "articles/x/index.html")
    is, when the build writes it; else None."""
    if target == OUTSIDE or not target.startswith("articles/"):
        return None
    parts = target[len("articles/"):].removesuffix("index.html").rstrip("/").split("/")
    if len(parts) != 1 or not parts[0] or not site.has(f"articles/{parts[0]}/"):
        return None
    return parts[0]


def _message(written: str, fragment: str, target: Any, ids: frozenset[str], own: bool) -> str:
    shown = written if len(written) <= 80 else f"{written[:77]}…"
    page = "this article's page" if own else f"{article_url(target.slug)} (the page of {target.path})"
    said = f'the link "{shown}" leads to #{fragment}, which {page} does not have'
    before, _, _ = written.rpartition("#")
    scoped = f"{target.slug}_{fragment}"
    if scoped in target.ids:
        return (f'{said}: its body\'s ids are written with its slug first (so that several bodies can share a page); '
                f'write "{before}#{scoped}"')
    import difflib  # (only for a fragment that leads nowhere)

    close = difflib.get_close_matches(fragment, [i.removeprefix(f"{target.slug}_") for i in target.ids]
                                      + sorted(ids - set(target.ids)), n=1, cutoff=0.8)
    if close:
        meant = close[0] if close[0] in ids else f"{target.slug}_{close[0]}"
        return f'{said}: write "{before}#{meant}"'
    own_ids = [i for i in target.ids if not i.startswith(("fn-", "fnref"))]
    if own_ids:
        named = ", ".join(f"#{i}" for i in own_ids[:SHOWN_IDS]) + (" …" if len(own_ids) > SHOWN_IDS else "")
        return f"{said} (its body's ids: {named}); link to one of them, or to the page without a fragment"
    return (f"{said}: its body has no ids (headings get ids only with the Markdown extension toc, and raw HTML's "
            f"id and name attributes are removed: docs/extending.md); link to the page without a fragment, or "
            f"add toc to markdown_extensions in config.yaml")
