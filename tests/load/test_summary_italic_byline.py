"""An article's card summary skips a first line in italics about its writer (load/documents.summarise,
load/plaintext.italic_byline, 2026-12-05).

The ferry trial's opinion column opens "*Iain McTavish has written about island life for the Coast Record since
1998.*", and its card's summary was that line, not the column."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.load.documents import summarise
from briefgen.load.markup import MarkdownRenderer

LINES = ["{name} has written about island life for the {paper} since 1998.", "By {name}",
         "{name} is the island correspondent of the {paper}.", "{name} writes a weekly column for the {paper}.",
         "The author is a retired skipper from {place}."]
BODY = "Nobody comes out of the last fortnight well, except the lifeboat crews of {place}."


def _summary(markdown: str) -> str:
    return summarise(MarkdownRenderer().convert(markdown, "x").html)


@settings(max_examples=examples(80), deadline=None)
@given(word, word, word, st.sampled_from(LINES), st.sampled_from(["*", "_"]))
def test_an_italic_line_about_the_writer_is_no_summary(given_name: str, surname: str, place: str, line: str,
                                                       mark: str) -> None:
    about = line.format(name=f"{given_name} {surname}", paper=f"{place} Record", place=place)
    body = BODY.format(place=place)
    assert _summary(f"{mark}{about}{mark}\n\n{body}") == body
    assert _summary(f"{about}\n\n{body}") == about  # (not in italics: the writer's own first line)
    assert _summary(f"{mark}{about}{mark}") == about  # (nothing else to show)


def test_an_italic_standfirst_of_the_news_is_the_summary() -> None:
    standfirst = "*The ferry kept sailing after two warnings, documents show.*\n\nOfficers reported the fault twice."
    assert _summary(standfirst) == "The ferry kept sailing after two warnings, documents show."
    partly = "*Iain McTavish* has written about island life since 1998.\n\nNobody comes out of it well."
    assert _summary(partly) == "Iain McTavish has written about island life since 1998."


def test_the_ferry_trials_column() -> None:
    column = ("*Iain McTavish has written about island life for the Coast Record since 1998.*\n\n"
              "Nobody comes out of the last fortnight well, except the lifeboat crews.")
    assert _summary(column) == "Nobody comes out of the last fortnight well, except the lifeboat crews."
