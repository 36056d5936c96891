"""Whose words, when a frame names one person and the sentence another (FX41, quotations 1-4).

1. "Tom Reed held that “the contract was void”, his lawyer said." was Reed's: the frame after ("his lawyer said")
   named no one the analyses read ("his lawyer" was no unnamed speaker, "the Treasury" no organisation), and the frame
   before won. A quotation in a claim's reported clause ("X held/argued/believed that “…”"), framed after it, is the
   frame's speaker's: unnamed, never X (reportedclaims.py; quoteframes.COMMON_LEAD holds the possessives).
2. "“Prices will fall,” a study by Reed and Berg found." was Reed's: a document's author ran to the first "and". A
   document of several authors is no one person's words (documents._CO_AUTHORS).
3. "“The appeal fails,” Justice Ngugi ruled, “and the costs follow.”": the second half had no speaker; a ruling or
   closing verb interrupts a quotation as "said" does (quoteframes._INTERRUPTION, quotesplits.interrupted).
4. "Ms Achieng Odhiambo, for ChapaPesa and the bank: “…”" (a hearing's live blog) had no speaker: one counsel speaks
   for several parties (colonleads.parties); two heads ("X, for A, and Y, for B:") are two speakers, no one.
"""
from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

QUOTE = "the contract was void from the start"
CLAIMS = ["held", "argued", "believed", "claimed", "insisted", "said", "maintained"]
REPORTERS = ["his lawyer", "her lawyer", "their spokesman", "his daughter", "her aides", "the Treasury", "a lawyer"]


def _who(title: str, text: str) -> list[tuple[str | None, str]]:
    return [(q.name, q.frame) for q in quotes_in(title, text)]


def test_the_reported_inputs() -> None:
    assert _who("Hearing", "Tom Reed held that “the contract was void”, his lawyer said.") == [(None, "unnamed")]
    assert _who("Prices", "“Prices will fall,” a study by Reed and Berg found.") == [(None, "unnamed")]
    assert _who("Ruling", "“The appeal fails,” Justice Ngugi ruled, “and the costs follow.”") == [
        ("Ngugi", "said-after"), ("Ngugi", "interrupted")]
    assert _who("Hearing", "“We object,” said Ms Odhiambo, for ChapaPesa and the bank.") == [("Odhiambo", "said-after")]
    assert _who("Hearing", "Ms Achieng Odhiambo, for ChapaPesa and the bank: “We object.”") == [("Achieng Odhiambo", "colon")]


@FAST
@given(word, word, st.sampled_from(CLAIMS), st.sampled_from(REPORTERS), st.booleans(), st.booleans())
@example("Tom", "Reed", "held", "his lawyer", False, False)
def test_a_claim_framed_again_after_its_quotation_is_never_the_claims_holders(
        given_name: str, surname: str, verb: str, reporter: str, inverted: bool, comma_inside: bool) -> None:
    assume(given_name != surname)
    quoted = f"“{QUOTE},”" if comma_inside else f"“{QUOTE}”,"
    frame = f"said {reporter}" if inverted else f"{reporter} said"
    text = f"{given_name} {surname} {verb} that {quoted} {frame}."
    assert [name for name, _ in _who("Hearing", text)] == [None], text


@FAST
@given(word, word, word, word, st.sampled_from(CLAIMS))
def test_a_named_reporter_still_speaks_and_a_claim_without_a_frame_after_is_the_holders(
        given_name: str, surname: str, other_given: str, other: str, verb: str) -> None:
    assume(len({given_name, surname, other_given, other}) == 4)
    text = f"{given_name} {surname} {verb} that “{QUOTE}”, {other_given} {other} said."
    assert [name for name, _ in _who("Hearing", text)] == [f"{other_given} {other}"], text
    alone = f"{given_name} {surname} {verb} that “{QUOTE}” to handle the claims."
    if verb in ("said", "argued", "insisted", "claimed", "held"):
        assert [name for name, _ in _who("Hearing", alone)] == [f"{given_name} {surname}"], alone


DOCUMENTS = ["study", "report", "paper", "survey", "analysis", "review"]
VERBS = ["found", "said", "concluded", "warned"]


@FAST
@given(st.sampled_from(DOCUMENTS), st.sampled_from(VERBS), st.lists(word, min_size=2, max_size=4, unique=True),
       st.sampled_from(["and", ", and", "list"]), st.booleans())
@example("study", "found", ["Reed", "Berg"], "and", False)
def test_a_document_of_several_authors_is_no_one_persons(document: str, verb: str, authors: list[str], joiner: str,
                                                          full: bool) -> None:
    names = [f"{a} {a[::-1].capitalize()}" if full else a for a in authors]
    listed = (", ".join(names[:-1]) + (" and " if joiner != ", and" else ", and ") + names[-1]) if joiner != "list" or len(
        names) < 3 else ", ".join(names[:-1]) + " and " + names[-1]
    text = f"“Prices will fall by a third next year,” a {document} by {listed} {verb}."
    assert [name for name, _ in _who("Prices", text)] == [None], text
    colleagues = f"“Prices will fall by a third next year,” a {document} by {names[0]} and colleagues {verb}."
    assert [name for name, _ in _who("Prices", colleagues)] == [None], colleagues


def test_one_author_still_speaks() -> None:
    """The documents rule of 2026-12-05 (docs/people.md, "Documents"): "a memo by X" is X's."""
    assert _who("Memo", "“Prices will fall,” a memo by Tom Reed said.") == [("Tom Reed", "said-after")]
    assert _who("Memo", "“Prices will fall,” a memo from Tom Reed and seen by Reuters said.") == [("Tom Reed", "said-after")]


RULINGS = ["ruled", "held", "found", "ordered", "directed", "answered", "pleaded", "agreed", "shouted"]
STYLES = ["Justice", "Judge", "Lady Justice", "Mr Justice", ""]


@FAST
@given(st.sampled_from(STYLES), word, word, st.sampled_from(RULINGS))
@example("Justice", "Wanjiku", "Ngugi", "ruled")
def test_a_ruling_or_closing_verb_interrupts_a_quotation(style: str, given_name: str, surname: str, verb: str) -> None:
    assume(given_name != surname)
    name = f"{style} {given_name} {surname}".strip()
    text = f"“The appeal fails on every ground,” {name} {verb}, “and the costs follow the event.”"
    assert [who for who, _ in _who("Ruling", text)] == [f"{given_name} {surname}"] * 2, text


def test_a_banner_someone_held_interrupts_nothing() -> None:
    assert [who for who, _ in _who("Protest", "“Stop the war,” read a banner Anna Berg held, “and go home.”")] == [None, None]


PARTIES = ["ChapaPesa", "the bank", "Equity Bank", "the insurer", "the respondents", "KCB", "Mr Kamau"]  # (Mr Kamau last: a second speaker, FX47)
HEADS = ["for", "lawyer for", "counsel for", "on behalf of", "representing", "acting for"]


@FAST
@given(word, word, st.sampled_from(HEADS), st.lists(st.sampled_from(PARTIES), min_size=2, max_size=3, unique=True),
       st.booleans(), st.sampled_from(["and", "or"]))
@example("Achieng", "Odhiambo", "for", ["ChapaPesa", "the bank"], False, "and")
@example("Achieng", "Odhiambo", "for", ["ChapaPesa", "the bank"], True, "and")
def test_counsel_for_several_parties_speaks(given_name: str, surname: str, head: str, parties: list[str], clock: bool,
                                            joiner: str) -> None:
    assume(given_name != surname)
    listed = ", ".join(parties[:-1]) + f" {joiner} " + parties[-1]
    text = ("09:32 — " if clock else "") + f"Ms {given_name} {surname}, {head} {listed}: “We object to the affidavit.”"
    assert [who for who, _ in _who("Hearing", text)] == [None if parties[-1] == "Mr Kamau" else f"{given_name} {surname}"], text


def test_two_counsel_for_two_parties_are_no_one() -> None:
    for text in ("Ms Odhiambo, for ChapaPesa, and Mr Kamau, for the bank: “We object.”",
                 "09:32 — Ms Odhiambo, for ChapaPesa, and Mr Kamau, for the bank: “We object.”"):
        assert [who for who, _ in _who("Hearing", text)] == [None], text
