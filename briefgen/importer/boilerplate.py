"""Boilerplate removed from feed bodies before they are sanitised (issue 11 §3).

Takes an entry's HTML as the feed gave it, its link and the feed's strip rules; gives the
HTML without what no reader of a briefing wants:

- WordPress/Yoast's footer paragraph "The post <a>Title</a> appeared first on <a>Site</a>.";
- a trailing "Continue reading" / "Read more" link to the entry's own URL;
- tracking pixels: images that show nothing — at most 1×1 pixels, as far as their sizes are given
  (`width="1"` alone, `"1.0"`, `"1px"`, a style's `width: 1px`), or 0 in a dimension (`max-height: 0`),
  hidden by a style (`opacity: 0`, moved off-screen) — images from known tracking hosts, and images at a
  known beacon path (`/pixel.gif`, `/beacon`, `/open.gif`, `/track/open` …) unless they are meant to be
  seen (a size that shows, alt text, a figure's caption, a `<picture>`'s sources; the rule is load/pixels.py's,
  which editors' bodies read too). A tracker
  *parameter* (`memo.jpg?utm_source=rss`) makes no pixel: links.rewrite_links strips it from the
  address and the image stays (a tester, 2026-12-05: a figure's photo with `?utm_source=rss` was
  deleted and its caption left alone, without a word). Every image removed is named (`Cleaned`);
- hidden elements (`hidden`, `display: none`, `visibility: hidden` or `collapse`, `opacity: 0`):
  a reader of the original never sees them, and they are where feeds hide trackers and spam
  (the sanitiser removes every style, so what a style hid would show);
- FeedBurner "flare" and share links (Facebook, X/Twitter, LinkedIn, … share buttons);
- Substack's newsletter furniture, in every post of its feeds: the "Thanks for reading X!
  Subscribe for free…" widget and the "Subscribe now" and "Share" buttons (a button of the
  author's own, to a report, stays);
- whatever the feed's `strip: css=SELECTOR` rules name.

The HTML5 parser is selectolax (Lexbor): CSS selectors for the per-feed rules, and a
real HTML5 tree builder for ~30 µs per body. Regex strip rules run later, on the
sanitised HTML (`regex_strip`), where the markup's spelling is predictable.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from briefgen.importer.links import dedup_key
from briefgen.load.feedconfig import StripRule
from briefgen.load.pixels import tracking_image

_APPEARED_FIRST = re.compile(r"^\s*The post\b.+\bappeared first on\b.+$", re.S)
_CONTINUE = re.compile(r"^\W*(continue reading|read more|read the (full|whole|rest of the) (story|article|post)"
                       r"|keep reading|read on|weiterlesen|lire la suite|leer m[aá]s|czytaj dalej|"
                       r"читать далее)\b", re.I)
_CONTINUE_ANYWHERE = re.compile(_CONTINUE.pattern.replace(r"^\W*", ">\\W*", 1), re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse)"
                           r"|(?:^|[;\s])opacity\s*:\s*(?:0*\.?0*|0+%)\s*(?:!important\s*)?(?:;|$)", re.I)
_SHARE_LINKS = re.compile(
    r"feeds\.feedburner\.com/~(ff|a|f)/|facebook\.com/(sharer|share\.php|dialog/share)|twitter\.com/(intent|share)"
    r"|//x\.com/intent|linkedin\.com/(shareArticle|sharing)|reddit\.com/submit|pinterest\.[a-z.]+/pin/create"
    r"|api\.whatsapp\.com/send|wa\.me/\?text|t\.me/share|addtoany\.com|getpocket\.com/(save|edit)"
    r"|news\.ycombinator\.com/submitlink|tumblr\.com/share|bsky\.app/intent", re.I)
_SHARE_BLOCKS = ".feedflare, .sharedaddy, .addtoany_share_save_container, .a2a_kit, .jp-relatedposts"
_SUBSTACK_WIDGETS = ('[data-component-name="SubscribeWidgetToDOM"], .subscription-widget-wrap, '
                     ".subscription-widget-wrap-editor")
_SUBSTACK_BUTTON = re.compile(r"/subscribe/?(?:[?#]|$)|[?&](?:action|utm_content)=share\b", re.I)
_MAYBE = re.compile(r"hidden|display\s*:|visibility|opacity|<img|appeared first|feedflare|sharedaddy|addtoany|a2a_kit"
                    r"|jp-relatedposts|subscription-widget|SubscribeWidget|ButtonCreateButton|" + _SHARE_LINKS.pattern,
                    re.I)
_TRAILING_JUNK = re.compile(r"[\s\u2026.…»›→>\-–—:|\[\]()]*$")


@dataclass(frozen=True, slots=True)
class Cleaned:
    """`clean_body`'s answer: the HTML, and the address of every image it removed, by why (in document order)."""

    html: str
    unseen: tuple[str, ...] = ()  # images that show nothing (≤ 1×1, 0, hidden, off-screen) or furniture (share buttons)
    trackers: tuple[str, ...] = ()  # images from a known tracking host (load/pixels.py)
    guessed: tuple[str, ...] = ()  # images taken for beacons by their path alone (load/pixels.py): maybe seen


def clean_html(fragment: str, entry_link: str, rules: tuple[StripRule, ...] = ()) -> str:
    """`fragment` without boilerplate (see the module docstring); "" stays ""."""
    return clean_body(fragment, entry_link, rules).html


def clean_body(fragment: str, entry_link: str, rules: tuple[StripRule, ...] = ()) -> Cleaned:
    """`fragment` without boilerplate (see the module docstring), and the images removed with it, named by why:
    nothing leaves an entry unsaid (a tester, 2026-12-05: an editorial image was deleted silently)."""
    if not fragment.strip() or not rules and not _MAYBE.search(fragment):
        return Cleaned(fragment)  # nothing here could match: no need for a tree (most bodies)
    tree = LexborHTMLParser(fragment)
    body = tree.body
    if body is None:
        return Cleaned(fragment)
    removed: dict[str, list[str]] = {"unseen": [], "trackers": [], "guessed": []}
    for node in body.css(_SHARE_BLOCKS + ", " + _SUBSTACK_WIDGETS):
        _decompose(node, removed)
    for node in body.css('[data-component-name="ButtonCreateButton"] a[href]'):
        if _SUBSTACK_BUTTON.search(node.attributes.get("href") or ""):
            _remove_with_empty_parents(node, removed)
    for rule in rules:
        if rule.kind == "css":
            for node in body.css(rule.pattern):
                _decompose(node, removed)
    for node in body.css("[hidden], [style]"):
        if "hidden" in node.attributes or _HIDDEN_STYLE.search(node.attributes.get("style") or ""):
            _decompose(node, removed)
    for node in body.css("img"):
        why = tracking_image(node)
        if why:
            removed[why].append(node.attributes.get("src") or "")
            _remove_with_empty_parents(node, removed)
    for node in body.css("a[href]"):
        if _SHARE_LINKS.search(node.attributes.get("href") or ""):
            _remove_with_empty_parents(node, removed)
    for node in body.css("p, div"):
        if _APPEARED_FIRST.match(node.text(deep=True)) and len(node.css("p, div")) == 1:  # itself only
            _decompose(node, removed)
    return Cleaned(body.inner_html or "", *(tuple(src for src in removed[why] if src)
                                            for why in ("unseen", "trackers", "guessed")))


def drop_continue_reading(fragment: str, entry_link: str) -> str:
    """The fragment without a trailing "Continue reading" link to the entry itself. Run last
    (after the regex strip rules), so that what they remove cannot hide the link's end."""
    if not entry_link or not _CONTINUE_ANYWHERE.search(fragment):
        return fragment
    tree = LexborHTMLParser(fragment)
    if tree.body is None or not _drop_continue_reading(tree.body, entry_link):
        return fragment
    return tree.body.inner_html or ""


def regex_strip(fragment: str, rules: tuple[StripRule, ...]) -> str:
    """The sanitised fragment without what the feed's `strip: regex=...` rules match."""
    for rule in rules:
        if rule.kind == "regex":
            fragment = re.sub(rule.pattern, "", fragment)
    return fragment


def _decompose(node: LexborNode, removed: dict[str, list[str]] | None) -> None:
    """Remove `node`, its images counted as unseen in `removed` (hidden, or furniture no reader came for)."""
    if removed is not None:
        removed["unseen"].extend(img.attributes.get("src") or "" for img in node.css("img"))
    node.decompose()


def _remove_with_empty_parents(node: LexborNode, removed: dict[str, list[str]] | None = None) -> None:
    """Remove `node`, then its ancestors that are left without text or images (a link or a `<picture>` that held
    only a pixel shows nothing either)."""
    parent = node.parent
    if node.tag != "img":
        _decompose(node, removed)
    else:
        node.decompose()
    while parent is not None and parent.tag in ("p", "div", "span", "figure", "li", "ul", "a", "picture"):
        if parent.text(deep=True).strip() or parent.css_first("img, video, audio, iframe, table"):
            return
        above = parent.parent
        parent.decompose()
        parent = above


def _drop_continue_reading(body: LexborNode, entry_link: str) -> bool:
    """Remove the last link when it says "Continue reading" (or the like), points at the entry
    itself, and nothing but punctuation follows it."""
    links = body.css("a[href]")
    if not links:
        return False
    last = links[-1]
    text = last.text(deep=True).strip()
    if not _CONTINUE.match(text) or dedup_key(urljoin(entry_link, last.attributes.get("href") or "")) \
            != dedup_key(entry_link):
        return False
    whole = _TRAILING_JUNK.sub("", body.text(deep=True))
    if not whole.endswith(_TRAILING_JUNK.sub("", text)):
        return False
    _remove_with_empty_parents(last)
    return True
