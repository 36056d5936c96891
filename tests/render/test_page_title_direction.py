"""The browser's tab title (`<title>`) isolates each piece of content, as the page body does with `<bdi>`.

A trial (2026-12-03, a hostile tester's site): an article titled with an unclosed U+202E RIGHT-TO-LEFT
OVERRIDE (pasted with text) was isolated everywhere on its pages, but its `<title>` was
"\u202eevil title · Northern Launch Briefing": the tab and the window showed the briefing's name
reversed ("gnifeirB hcnuaL nrehtroN"), and an Arabic title pulled the " · " and the name beside it
into its run. `<title>` holds text, not markup, so each piece of content there is now between U+2068 and
U+2069 (the `isolated` filter of the feeds) when it holds right-to-left letters or bidi controls; the
theme's words and other text are written as before. Checked on every page of built sites: drawn
titles, outlets, topics and the site's name, plus the reported title.
"""
from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

from hypothesis import Phase, example, given, settings, strategies as st
from support.sites import write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.render.feeds import isolated

_OPENERS = {"\u2066", "\u2067", "\u2068"}  # LRI, RLI, FSI
_EMBEDDINGS = {"\u202a", "\u202b", "\u202d", "\u202e", "\u202c"}  # LRE, RLE, LRO, RLO, PDF
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def _site(title: str, headline: str, outlet: str, topic: str) -> dict[str, str]:
    quoted = [t.replace("\\", "\\\\").replace('"', '\\"').join('""') for t in (title, headline, outlet, topic)]
    return {
        "config.yaml": f"title: {quoted[0]}\nbase_url: https://example.org/brief/\ntopics:\n"
                       f"  - id: talks\n    title: {quoted[3]}\n    keywords: [ceasefire]\n",
        "content/articles/one.md": f"---\ntitle: {quoted[1]}\nsource: {quoted[2]}\n"
                                   "published: 2023-05-12T10:00:00+03:00\ntopics: [talks]\n---\n"
                                   "Minister Layla Haddad said the ceasefire would hold.\n",
        "content/articles/two.md": "---\ntitle: Envoys meet\nsource: Example Times\n"
                                   "published: 2023-05-11T10:00:00+03:00\ntopics: [talks]\n---\n"
                                   "Layla Haddad met the envoys to discuss a ceasefire.\n",
    }


def _outside_isolates(text: str) -> str:
    """The characters of `text` that no isolate (LRI/RLI/FSI … PDI) encloses."""
    depth, outside = 0, []
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char == "\u2069":
            depth = max(0, depth - 1)
        elif not depth:
            outside.append(char)
    assert depth == 0, f"an isolate left open: {text!r}"
    return "".join(outside)


def _titles(output: Path) -> dict[str, str]:
    return {str(p.relative_to(output)): html.unescape(_TITLE.search(p.read_text(encoding="utf-8")).group(1))
            for p in output.rglob("*.html")}


PIECE = st.text(st.sampled_from(["\u202e", "\u202b", "\u200f", "ع", "ש", "٣", "a", "B", " ", "-", "!", "é"]),
                min_size=1, max_size=8).filter(lambda t: t == t.strip() and any(c.isalpha() for c in t)
                                               and not t.startswith(("-", "!")))


# (no shrinking: each example is a build, and a failure shrank for five minutes)
@settings(max_examples=examples(6), deadline=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(PIECE, PIECE, PIECE, PIECE)
@example("Northern Launch Briefing", "\u202eevil title", "SpaceWire", "Launch attempts")  # the reported title
@example("نشرة الإطلاق", "عنوان عربي!", "الجزيرة", "محادثات")
def test_every_page_title_isolates_right_to_left_content(tmp_path_factory, title: str, headline: str,  # type: ignore[no-untyped-def]
                                                         outlet: str, topic: str) -> None:
    root = tmp_path_factory.mktemp("site")
    result = build(write_site(root, _site(title, headline, outlet, topic)) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    titles = _titles(result.output_dir)
    assert len(titles) > 10
    for page, shown in titles.items():
        bare = _outside_isolates(shown)
        assert not [c for c in bare if c in _EMBEDDINGS or unicodedata.bidirectional(c) in ("R", "AL", "AN")], (
            page, shown)
    article = titles["articles/one/index.html"]
    assert article == f"{isolated(headline)} · {isolated(title)}"  # (text without such characters: as written)
