"""Quotations T18 (a ship-fire briefing, 2026-12-06) lost, each a kind (finding 8): "the company said" in an owner's
statement that names its ship after "crew of the" (a rival company to orgvoices, rivalcompanies.rival_between, until
vesselnames.vessel_named read a crew's ship); "The club said … that it was '…'" after "the Thames Mutual P&I Club"
(initials joined by "&" are one word: the run read "Thames Mutual P", a person; "club" a noun that stands for a
body whose name ends in it, orgvoices.HEAD_REFERENCES); '“…,” he said (in Vietnamese).' after "Pham Van Loc has
fished … This week his nets came up brown." (a sentence opening with the pronoun's possessive after a time phrase
carries the pronoun back: personnouns.possessive_opens)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_in("", text)]


@given(st.sampled_from(["all 22 crew members of the", "the crew of the", "the 20 sailors of the", "everyone aboard the",
                        "the seafarers of the"]),
       st.sampled_from(["Jade Horizon", "Ocean Glory", "Northern Star"]),
       st.sampled_from(["Al Noor Maritime", "Meridian Shipping", "Nordic Tankers"]))
@settings(max_examples=examples(60), deadline=None)
def test_a_crews_ship_is_no_rival_company(crew: str, ship: str, owner: str) -> None:
    text = (f"DUBAI — {owner} confirms that {crew} {ship} have been rescued.\n\n"
            "“The safety of our seafarers has always come first,” the company said.")
    assert _speakers(text) == [owner]
    assert {m.full for m in names_in("", text)} == {owner}


def test_the_t18_owners_statement() -> None:
    text = ("DUBAI — Al Noor Maritime confirms that all 22 crew members of the Jade Horizon have been rescued.\n\n"
            "\"The safety of our seafarers has always come first, and today it has been our only concern,\" the company "
            "said.\n\nMohammed bin Rashid Al Falasi, Chief Executive Officer, said: \"We will cooperate fully.\"")
    assert _speakers(text) == ["Al Noor Maritime", "Mohammed bin Rashid Al Falasi"]


@given(st.sampled_from(["P&O", "AT&T", "S&P", "M&S"]))
@settings(max_examples=examples(10), deadline=None)
def test_initials_joined_by_an_ampersand_are_one_word(initials: str) -> None:
    assert [(m.full, m.kind) for m in names_in("", f"{initials} said on Monday it would pay.")] == [
        (initials, "organisation")]


def test_common_ampersand_acronyms_are_no_bodies() -> None:
    for text in ("The owner's insurer, usually a P&I club, pays.", "R&D spending rose.", "The M&A market grew."):
        assert names_in("", text) == (), text


@given(st.sampled_from(["'", "\u201c", "\""]), st.sampled_from(["The club said in a statement that it was",
                                                               "In a statement, the club said it was"]))
@settings(max_examples=examples(20), deadline=None)
def test_the_club_is_the_club_named_before(mark: str, frame: str) -> None:
    close = {"'": "'", "\u201c": "\u201d", "\"": "\""}[mark]
    text = ("LONDON — Its liabilities, including pollution, are with the Thames Mutual P&I Club, market sources said.\n\n"
            f"{frame} {mark}working closely with the owner and the Vietnamese authorities on the response.{close}")
    assert _speakers(text) == ["Thames Mutual P&I Club"], text


@given(st.sampled_from(["This week his", "On Tuesday his", "Last year his", "His", "Now his"]),
       st.sampled_from([" (in Vietnamese).", ".", " quietly."]))
@settings(max_examples=examples(30), deadline=None)
def test_a_possessive_after_a_time_phrase_carries_he_back(lead: str, tail: str) -> None:
    text = ("LY SON — Pham Van Loc has fished the waters east of Ly Son for thirty years. "
            f"{lead} nets came up brown.\n\n“I have never seen the sea like this,” he said{tail}")
    assert _speakers(text) == ["Pham Van Loc"], text


def test_another_persons_possessive_does_not_carry_he_back() -> None:
    text = ("Pham Van Loc has fished the waters for thirty years. This week her nets came up brown.\n\n"
            "“I have never seen the sea like this,” he said.")
    assert _speakers(text) == [None]
