"""A quotation another report quotes on is a counterpart of that report's, no addition (adds_frames.own_quote). A trial
(2026-12-05, an airport briefing): a council leader's "“We did not choose this fight.”", quoted by one report alone
and by another with more ("… But we will not let a board in Chicago decide what happens to our town."), was listed
under "found in one report only" for both; so was a campaigner's "“We will see planes here again.”"."""
from __future__ import annotations

from hypothesis import assume, given, settings, strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.analyse.compare import compare_reports

LONG = ('Rosalind Hartley, the council\'s Conservative leader, told the meeting: "We did not choose this fight. But we '
        'will not let a board in Chicago decide what happens to our town." Councillors applauded.')
SHORT = ('Council leader Rosalind Hartley said: "We did not choose this fight." She told councillors the authority would '
         '"look at every option".')
WORDS = ("we", "will", "see", "planes", "here", "again", "never", "give", "up", "town", "fight", "choose", "this",
         "not", "did", "the", "our", "airport", "runway", "future")
CONTENT = {"planes", "town", "fight", "choose", "airport", "runway", "future"}  # (quoted words a sentence can match by)


def _added(reports: list[tuple[str, str]]) -> dict[str, list[str]]:
    return {r.slug: [r.sentences[i] for i in r.adds] for r in compare_reports(reports).reports}


def test_the_reported_input() -> None:
    """The two quotations are one row of the page (side by side, the longer showing what it quotes on), neither an
    addition."""
    comparison = compare_reports([("times", LONG), ("gazette", SHORT)])
    assert (("times", 0), ("gazette", 0)) in comparison.rows
    assert not any("choose this fight" in s for r in comparison.reports for s in (r.sentences[i] for i in r.adds))


@settings(max_examples=examples(40), deadline=None)
@given(name=word, other=word, quote=st.lists(st.sampled_from(WORDS), min_size=4, max_size=9),
       more=st.lists(st.sampled_from(WORDS), min_size=3, max_size=8), marks=st.sampled_from(['""', "\u201c\u201d"]))
def test_a_quotation_quoted_on_elsewhere_is_no_addition(name: str, other: str, quote: list[str], more: list[str],
                                                        marks: str) -> None:
    """One report quotes a speaker's words; another quotes the same words and more: the first's sentence is no
    addition, the second's is shown (its counterpart, side by side); a quotation no other report holds stays an
    addition."""
    assume(name != other and " ".join(more) not in " ".join(quote) and len(CONTENT.intersection(quote)) >= 2)
    o, c = marks
    said = " ".join(quote).capitalize()
    short = f"Campaigner {name} {other} said: {o}{said}.{c} The crowd cheered at the fence."
    long = f"{name} {other}, of the action group, said: {o}{said}. {' '.join(more).capitalize()}.{c} Planes left."
    comparison = compare_reports([("a", short), ("b", long)])
    added = {r.slug: [r.sentences[i] for i in r.adds] for r in comparison.reports}
    assert not any(said in s for s in added["a"])
    b = comparison.reports[1]  # (the longer: an addition, or a counterpart when what it adds holds no content word)
    assert any(said in s and (i in b.adds or b.counterparts[i]) for i, s in enumerate(b.sentences))
    alone = _added([("a", short), ("b", "The last flight left on Saturday morning for Amsterdam.")])
    assert any(said in s for s in alone["a"])
