""""The company said" is no speaker's when another company stands between it and the one company the article names
(rivalcompanies.py, orgvoices._referent; a re-test, 2026-12-05): "Hartwell Foods has bought the old mill from a family
firm in Northgate. The family firm had run it for ninety years. / The company said the sale had been “…”" and "The
Northgate Players will open it … The company said rehearsals had been “…”" gave Hartwell Foods words that may be the
other's. A bare "the firm", an apposition ("Hartwell Foods, a family firm, …") and a public body keep the company.
"""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

RIVALS = ["a family firm", "a theatre company", "a local bakery", "another supplier", "a small business",
          "the rival bidder"]
QUOTE = "\u201ca painful decision taken after years of losses\u201d"


def _speaker(text: str) -> str | None:
    (quote,) = quotes_in("Sale", text)
    return quote.name


@FAST
@given(word, st.sampled_from(["Foods", "Motors", "Bakeries"]), st.sampled_from(RIVALS + ["the players"]),
       word, st.sampled_from(["object", "subject"]), st.sampled_from(["company", "firm"]))
@example("Hartwell", "Foods", "a family firm", "Northgate", "object", "company")
@example("Hartwell", "Foods", "the players", "Northgate", "subject", "company")
def test_a_company_between_leaves_the_noun_unnamed(name: str, head: str, rival: str, town: str, where: str,
                                                   noun: str) -> None:
    other = f"The {town} Players" if rival == "the players" else rival[0].upper() + rival[1:]
    if where == "object":
        lead = f"{name} {head} has bought the old mill from {other[0].lower() + other[1:]} in {town}."
    else:
        lead = f"{name} {head} has bought the old mill. {other} had run it for ninety years."
    assert _speaker(f"{lead}\n\nThe {noun} said the sale had been {QUOTE}.") is None


@FAST
@given(word, st.sampled_from(["Foods", "Motors", "Bakeries"]), st.sampled_from(["plain", "anaphor", "apposition",
                                                                                "public"]))
def test_no_rival_keeps_the_company(name: str, head: str, shape: str) -> None:
    company = f"{name} {head}"
    lead = {"plain": f"{company} has bought the old mill.",
            "anaphor": f"{company} has bought the old mill. The firm will reopen it in May.",
            "apposition": f"{company}, a family firm, has bought the old mill.",
            "public": f"{company} has bought the old mill. The Food Standards Agency visited it in May."}[shape]
    assert _speaker(f"{lead}\n\nThe company said the sale had been {QUOTE}.") == company
