"""Language and direction of the text editors and outlets wrote, inside pages whose interface is English.

The theme's own words ("Latest edition", "Older", month names) are English: the page's
`<html lang>` is the interface language, `INTERFACE_LANGUAGE`. What the briefing holds —
titles, outlet, topic and people's names, summaries, bodies, notes — is in config.yaml's
`language:` (RSS's `<language>`, schema.org's `inLanguage`), so each such piece is marked
`lang` when that differs, and screen readers read each part in its language (WCAG 2.1
SC 3.1.1 and 3.1.2: language of page, language of parts).

Its direction is not known in advance (an Arabic outlet in a German briefing): each piece
gets the direction of its first strong character (`dir="auto"`, HTML's "auto" algorithm),
and a piece set inside interface text is isolated (`<bdi>`, Unicode UAX #9 isolates) so an
Arabic outlet name does not carry the date beside it ("4 · الجزيرة March"), nor an unclosed
right-to-left override (U+202E) in a title the rest of its line.
"""
from __future__ import annotations

import functools
import re
from itertools import chain
from typing import Callable

from markupsafe import Markup, escape

from briefgen.analyse.scripts import fits

INTERFACE_LANGUAGE = "en"  # the language of the theme's own words

# Blocks that get `dir="auto"` when they are outermost in a body (their children take their direction).
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "table",
                     "figure", "pre", "details", "div"})
_VOID = frozenset({"br", "hr", "img", "wbr", "col", "area", "source", "track", "input", "embed"})
_TAG = re.compile(r"(<(/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>)")
_HAS_DIR = re.compile(r"\sdir\s*=", re.I)


def language_attribute(content_language: str) -> Markup:
    """` lang="…"` for content in `content_language` (a BCP 47 tag, config.yaml's `language:`),
    or nothing when it is the interface's language, which the page already declares."""
    if content_language.lower() == INTERFACE_LANGUAGE:
        return Markup("")
    return Markup(' lang="%s"') % content_language


class Attributes(Markup):
    """The attributes of an element that holds only content, ` dir="auto"` and its `lang`: a
    template writes `{{ content_attrs }}` (or, as it may be called, `{{ content_attrs() }}`), and
    `{{ content_attrs(a.language) }}` for an article's own text, which may be in another language
    than the briefing's (`Article.language`, "" for the briefing's)."""

    def __call__(self, language: str = "") -> Attributes:
        return self if not language else own_language_attributes(language)


@functools.lru_cache(maxsize=256)
def own_language_attributes(language: str) -> Attributes:
    """` dir="auto" lang="…"` for a piece in `language`, which differs from the briefing's: the
    `lang` is written even when it is the interface's, as the piece may sit in an element of the
    briefing's language."""
    return Attributes(Markup(' dir="auto" lang="%s"') % language)


def content_attributes(content_language: str) -> Attributes:
    """The attributes of an element that holds only content: ` dir="auto"` and its `lang`."""
    return Attributes("".join((' dir="auto"', language_attribute(content_language))))  # (str + Markup escapes the str)


def isolator(content_language: str) -> Callable[[object], Markup]:
    """`isolate` for one content language, made once per template environment: templates call it
    ~45 times a page (every outlet, title and name set in interface text), and Markup's `%`
    formatting with the language attribute made each time tripled the rendering time of a site
    (1,611 pages at 1,000 articles: 0.99 → 2.88 s of CPU)."""
    opening = f"<bdi{language_attribute(content_language)}>"

    @functools.lru_cache(maxsize=4096, typed=True)  # outlets, topics, names: few values, ~45 uses a page (typed: a
    # Markup and a str of the same text are escaped differently)
    def made(text: str) -> Markup:
        return Markup("".join((opening, escape(text), "</bdi>")))

    def isolate_in(text: object, language: str = "") -> Markup:
        """`text` in a <bdi> of the content language, or of `language` when given (an article's own:
        `{{ a.title|isolate(a.language) }}`) and its letters can be in it (`scripts.fits`: an outlet's English
        name is no Arabic for its articles being Arabic)."""
        if text is None or text == "":
            return _EMPTY
        if language and fits(str(text), language):  # (never a tag the text's letters deny: analyse/scripts.py)
            return Markup('<bdi lang="%s">%s</bdi>') % (language, text)
        return made(text) if isinstance(text, str) else Markup("".join((opening, escape(text), "</bdi>")))

    return isolate_in


_EMPTY = Markup("")


@functools.lru_cache(maxsize=512)  # a body is shown on several pages (its article's, notes', feed items)
def direct_blocks(fragment: str) -> str:
    """A body's HTML (sanitised, well formed) with `dir="auto"` on each outermost block that
    has no `dir` of its own: every paragraph, list, quote or table takes the direction of
    the language it is written in (a Hebrew paragraph after an English one)."""
    # (split at the tags, each one's parts read from the list and only the changed ones written anew: match objects
    # for a body's ~120 tags took 56-58 ms per 1,000 bodies of the c1k corpus, this 41-45; CPU, minimum of 5 passes)
    pieces = _TAG.split(fragment)  # text, then (the tag, "/" or "", its name, the rest, text) for each tag
    depth = 0
    for k in range(1, len(pieces), 5):
        if pieces[k + 1]:
            depth = depth - 1 if depth else 0
            continue
        name, rest = pieces[k + 2].lower(), pieces[k + 3]
        if name in _VOID or rest.rstrip().endswith("/"):
            continue
        if depth == 0 and name in _BLOCKS and not _HAS_DIR.search(rest):
            pieces[k] = f'<{pieces[k + 2]} dir="auto"{rest}>'
        depth += 1
    tags = pieces[1::5]
    tags.append("")
    return "".join(chain.from_iterable(zip(pieces[0::5], tags)))
