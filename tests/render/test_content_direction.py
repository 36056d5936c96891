"""The language and direction of what the briefing holds, inside pages whose own words are English.

Reported: with `language: de` every page said `<html lang="de">` while its interface text
("Latest edition", "Week 10", "Older", month names) is English, so a screen reader read it with
German rules; and an Arabic or Hebrew title, outlet or topic was set in the page's left-to-right
flow: "4 · الجزيرة March 2024" (the day of the date pulled to the far side of an Arabic outlet
name), a Hebrew headline left-aligned with its closing quote at the wrong end, an unclosed
right-to-left override in a title reversing the rest of its line.

Now the page is `lang="en"` (the interface) and each piece of content is marked with the
briefing's language and its own direction: `dir="auto"` on an element that holds only content
(a headline, a summary, each outermost block of a body), `<bdi>` around content set inside
interface text (render/bidi.py).
"""
from __future__ import annotations

import json
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import Phase, assume, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.load.markup import MarkdownRenderer
from briefgen.render.bidi import direct_blocks
from support.sites import write_site
from support.examples import examples

INLINE = frozenset({"a", "strong", "em", "span", "time", "b", "i", "small", "mark"})
SKIPPED = frozenset({"title", "script", "style"})
VOID = frozenset({"meta", "link", "br", "hr", "img", "input", "wbr", "source"})


class _Placement(HTMLParser):
    """Where each of `texts` appears as page text: the element stack around it."""

    def __init__(self, texts: tuple[str, ...]) -> None:
        super().__init__(convert_charrefs=True)
        self.texts, self.stack, self.found = texts, [], []  # type: ignore[var-annotated]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if any(tag in SKIPPED for tag, _ in self.stack):
            return
        for text in self.texts:
            if text in data:
                self.found.append((text, data, list(self.stack)))


def misplaced(output: Path, texts: tuple[str, ...], language: str) -> list[str]:
    """Each place in the built pages where one of `texts` (content) is not a text of its own,
    directed (`dir` on it or an inline ancestor up to its block, or a `<bdi>`) and in `language`."""
    problems = []
    for page in sorted(output.rglob("*.html")):
        parser = _Placement(texts)
        parser.feed(page.read_text(encoding="utf-8"))
        where = page.relative_to(output)
        html_lang = next(attrs.get("lang") for tag, attrs in parser.stack[:1]) if parser.stack else None
        for text, data, stack in parser.found:
            if data.strip() != text.strip():
                problems.append(f"{where}: {text!r} run together with other text: {data!r}")
                continue
            directed = False
            for tag, attrs in reversed(stack):
                if tag == "bdi" or "dir" in attrs:
                    directed = True
                    break
                if tag not in INLINE:
                    break
            if not directed:
                problems.append(f"{where}: {text!r} in <{stack[-1][0]}> without a direction of its own")
            lang = next((attrs["lang"] for _, attrs in reversed(stack) if "lang" in attrs), html_lang)
            if lang != language:
                problems.append(f"{where}: {text!r} is read as lang={lang!r}, not {language!r}")
        if html_lang not in (None, "en"):
            problems.append(f"{where}: <html lang={html_lang!r}>: the interface is English")
    return problems


def _site(language: str, title: str, outlet: str, topic: str, author: str, tag: str, note: str) -> dict[str, str]:
    q = lambda text: json.dumps(text, ensure_ascii=False)  # noqa: E731 — a YAML double-quoted scalar
    return {
        "config.yaml": f"title: Briefing\nlanguage: {language}\ntopics:\n  - id: talks\n    title: {q(topic)}\n",
        "content/articles/first.md": (
            f"---\ntitle: {q(title)}\nsource: {q(outlet)}\npublished: 2024-03-04\n"
            f"url: https://example.org/a\nauthor: [{q(author)}]\ntopics: [talks]\ntags: [{q(tag)}]\n---\n"
            "Body text.\n"),
        "content/notes/why.md": (f"---\ntitle: {q(note)}\ndate: 2024-03-05\narticles: [first]\n---\nWhy.\n"),
    }


def _built(files: dict[str, str], folder: str) -> Path:
    root = write_site(Path(folder), files)
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, result
    return root / "output"


# Words in scripts that never occur in the theme's own words, with spaces, punctuation that
# takes its direction from its neighbours, digits and the invisible controls pasted text holds.
_WORD = st.text(st.sampled_from("غزةوالهدنةמשלחתקהירЗерновийκορίδοςアジア外交北京"), min_size=2, max_size=8)
_GLUE = st.sampled_from([" ", ": ", " – ", " (2024) ", "«", "»", "\u200b", "\u200f", "\u202e", "\u2067", "!"])
_CONTENT = st.lists(st.tuples(_WORD, _GLUE), min_size=1, max_size=4).map(
    lambda parts: "".join(word + glue for word, glue in parts).strip())


# ~0.7 s a build: no shrinking (minutes); a failure shows the whole example and every misplaced text
@settings(max_examples=examples(3), deadline=None, database=None, phases=(Phase.explicit, Phase.generate))
@given(language=st.sampled_from(["de", "ar", "uk", "zh-Hant", "en"]),
       texts=st.tuples(*[_CONTENT] * 6))
@example(language="de", texts=("مفاوضات الهدنة في القاهرة: «لا اتفاق بعد» (2024)", "الجزيرة", "غزة والهدنة",
                               "מערכת הארץ", "هدنة", "Σιτηρά: \u202eτον διάδρομο"))
def test_content_is_marked_with_its_language_and_direction_on_every_page(language: str, texts: tuple[str, ...]) -> None:
    assume(len(set(texts)) == len(texts) and all(a not in b for a in texts for b in texts if a != b))
    assume(all(text.strip("\u200b\u200f\u202e\u2067 ") for text in texts))
    with tempfile.TemporaryDirectory() as folder:
        output = _built(_site(language, *texts), folder)
        assert misplaced(output, texts, language) == []


def test_the_day_of_a_date_stays_beside_its_month_after_an_arabic_outlet(browser) -> None:  # type: ignore[no-untyped-def]
    # The input of the report: an Arabic article in a German briefing, and a Hebrew one whose
    # body has an English paragraph after the Hebrew ones.
    files = _site("de", "مفاوضات الهدنة في القاهرة: «لا اتفاق بعد» (2024)", "الجزيرة", "غزة والهدنة",
                  "مراسل", "هدنة", "Warum die Gespräche zählen")
    files["content/articles/hebrew.md"] = (
        "---\ntitle: \"הפסקת אש: המשלחת חזרה ללא הסכם\"\nsource: הארץ\npublished: 2024-03-05\n---\n"
        "לדברי גורם ישראלי, \"המשלחת חזרה ללא הסכם\" (ביום שלישי).\n\n- פריט ראשון.\n- פריט שני.\n\n"
        "An English paragraph after the Hebrew ones.\n")
    with tempfile.TemporaryDirectory() as folder:
        output = _built(files, folder)
        page = browser.new_page(viewport={"width": 320, "height": 800})
        try:
            page.goto((output / "articles/first/index.html").as_uri())
            assert page.evaluate("document.documentElement.lang") == "en"
            assert page.evaluate("getComputedStyle(document.querySelector('h1')).direction") == "rtl"
            assert page.evaluate("document.querySelector('h1').lang") == "de"
            # One box: "4 March 2024" is not split around the outlet's name.
            assert page.evaluate("document.querySelector('.story__meta time').getClientRects().length") == 1
            page.goto((output / "articles/hebrew/index.html").as_uri())
            directions = page.evaluate(
                "[...document.querySelectorAll('.story__body > *')].map(e => getComputedStyle(e).direction)")
            assert directions == ["rtl", "rtl", "ltr"]
        finally:
            page.close()


_BLOCK = st.sampled_from(["שלום עולם, 5 במרץ.", "An English paragraph.", "- פריט\n- item", "1. واحد\n2. اثنان",
                          "> ציטוט\n>\n> - nested", "## כותרת", "Term | מונח\n--- | ---\nx | y",
                          "<p dir=\"rtl\">explicit</p>", "text <em>em</em> <br> more"])


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.lists(_BLOCK, min_size=1, max_size=6))
@example(["> ציטוט\n>\n> - nested", "An English paragraph."])
def test_each_outermost_block_of_a_body_gets_a_direction_and_nothing_else_changes(blocks: list[str]) -> None:
    body = MarkdownRenderer().render("\n\n".join(blocks), "b")
    directed = direct_blocks(body)
    assert directed.replace(' dir="auto"', "") == body
    seen = _Outermost()
    seen.feed(directed)
    assert seen.undirected == [] and seen.nested == []


class _Outermost(HTMLParser):
    """Outermost elements without a `dir`, and elements inside another given `dir="auto"`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth, self.undirected, self.nested = 0, [], []  # type: ignore[var-annotated]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth == 0 and "dir" not in dict(attrs) and tag not in INLINE | VOID:
            self.undirected.append(tag)
        if self.depth > 0 and ("dir", "auto") in attrs:
            self.nested.append(tag)
        if tag not in VOID:
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        self.depth -= 1
