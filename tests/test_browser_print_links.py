"""On paper an external link prints its address after it, and in a right-to-left paragraph the
address stays beside the link, not inside its text.

Reported: printed, the Hebrew paragraph `לפי [הדיווח ב-CNN](https://edition.cnn.com/…) המשלחת
חזרה.` read "CNN <https://edition.cnn.com/…talks-הדיווח ב": the address (the print
stylesheet's `::after`) joined the link's last Latin word into one left-to-right run, splitting
the link text around it. The address is now an isolate of its own (left to right).

The theme's real stylesheet on fragments shaped as a body is rendered (a `dir="auto"` paragraph
holding a link), measured in Chromium with print media: the link's own text must be one
unbroken stretch, as wide as its glyphs.
"""
from __future__ import annotations

import html
from typing import Iterator

import pytest
from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.files import THEME_STATIC

STYLE = (THEME_STATIC / "style.css").read_text(encoding="utf-8")
SPREAD = """a => { const r = document.createRange(); r.selectNodeContents(a.firstChild);
  const rs = [...r.getClientRects()].filter(x => x.width > 0);
  return [Math.max(...rs.map(x => x.right)) - Math.min(...rs.map(x => x.left)), rs.reduce((s, x) => s + x.width, 0)]; }"""

_RTL_WORD = st.text(st.sampled_from("אבגדהוזחטיכלמנסעפצקרשתابتثجحخدذرزسشصضطظعغفقكلمنهوي"), min_size=2, max_size=7)
_LTR_WORD = st.sampled_from(["CNN", "BBC", "AP", "Reuters", "2024", "G7"])


@pytest.fixture(scope="module")
def paper(browser) -> Iterator:  # type: ignore[no-untyped-def, type-arg]
    """One page with print media for every example (a new one each costs ~0.1 s)."""
    context = browser.new_context(viewport={"width": 700, "height": 900})
    page = context.new_page()
    page.emulate_media(media="print")
    yield page
    context.close()


@settings(max_examples=examples(12), deadline=None, database=None)
@given(before=_RTL_WORD, link=st.tuples(_RTL_WORD, st.sampled_from([" ", " ב-", "-", " "]), _LTR_WORD),
       after=_RTL_WORD, path=st.sampled_from(["/2024/03/05/middleeast/talks", "/a", "/news?id=7&x=1"]))
@example(before="לפי", link=("הדיווח", " ב-", "CNN"), after="המשלחת חזרה.", path="/2024/03/05/middleeast/talks")
def test_a_printed_address_stays_outside_the_text_of_a_right_to_left_link(
        paper, before: str, link: tuple[str, str, str], after: str, path: str) -> None:  # type: ignore[no-untyped-def]
    text = "".join(link)
    paper.set_content(f'<!DOCTYPE html><html lang="en"><head><style>{STYLE}</style></head><body><main>'
                     f'<div class="story__body prose"><p dir="auto">{html.escape(before)} '
                     f'<a href="https://edition.example.com{html.escape(path)}">{html.escape(text)}</a> '
                     f"{html.escape(after)}</p></div></main></body></html>")
    spread, glyphs = paper.eval_on_selector(".prose a", SPREAD)
    assert abs(spread - glyphs) < 1.5, (text, spread, glyphs)
