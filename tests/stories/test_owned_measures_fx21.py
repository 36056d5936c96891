"""FX21 #6, as a kind: a firm's measure that its clause names the firm as the owner of is the firm's own news.

"Analysts at Rystad Energy said it was the largest loss in the firm's history" was read as a citation of Rystad (the
"it" standing at a level is what a firm measures: BR23, test_cited_measures_br23), so the firm's own news, told by its
analysts, was no evidence that Rystad is a party. Decided with citedsources' rule (module docstring: no frame cites
where the firm's reported clause is about itself): a clause that names the firm as the owner — "the firm's", "the
company's", "the group's", "our", "its own" — is about itself (`citedsources._OWNED`). "it was the lowest in a decade"
(Norway's output) still cites the firm.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.citedsources import sourced
from briefgen.analyse.credits import credit_finder

FIRMS = ("Rystad Energy", "CRU Group", "Andes Analytics Company")
FINDER = credit_finder(("AFP", "Rystad Energy", "CRU Group", "Andes Analytics Company"))
FRAMES = ("Analysts at {p} said", "{p} estimated that", "The research firm {p} said", "{p} calculated that",
          "Economists at {p} said on Tuesday that", "{p}, a research firm based in Oslo, said")
LEVELS = ("it was the largest loss", "it was the lowest figure", "it was down 4 per cent", "it had fallen for a third year",
          "it was at its highest")
OWNERS = ("in the firm's history", "in the company's history", "in the group\u2019s 40 years", "of our history",
          "in its own history", "since the consultancy's founding")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(FIRMS), st.sampled_from(FRAMES), st.sampled_from(LEVELS), st.sampled_from(OWNERS))
@example("Rystad Energy", FRAMES[0], LEVELS[0], OWNERS[0])
def test_a_measure_the_clause_gives_the_firm_is_its_own_news(firm: str, frame: str, level: str, owner: str) -> None:
    """Failed before (at be7c19ad): each was read as citing the firm."""
    text = f"The loss was announced on Monday. {frame.format(p=firm)} {level} {owner}."
    assert sourced("", text, FINDER) == (), text


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(FIRMS), st.sampled_from(FRAMES), st.sampled_from(LEVELS))
def test_a_measure_of_something_else_still_cites(firm: str, frame: str, level: str) -> None:
    """Unchanged: "Analysts at X said it was the lowest in a decade" (the output's level) cites X."""
    text = f"Copper output in Chile fell in March. {frame.format(p=firm)} {level} in a decade."
    assert sourced("", text, FINDER) == (firm.lower(),), text
