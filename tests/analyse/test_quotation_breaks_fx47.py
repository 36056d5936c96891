"""BR31's breaks of this session's quotation rules (FX47).

2. "Ms Achieng Odhiambo, for ChapaPesa, and Mr Otieno: “We object.”" was Odhiambo's (FX41's party lists,
   colonleads.parties): a titled or full name after the list's "and" is a second speaker, not a party, and two
   speakers are no one ("X, for A and Mr Y, for the state:" too: a party after the last comma is no predicate).
7. "Justice Tom Reed held that “the contract was void”, his judgment said." had no speaker (FX41's reported claims):
   "his/her/its" and a document noun after the quotation is the holder's own text, so the holder's words
   (reportedclaims.own_document, ClaimVoices).
8. "“Prices will fall,” a study by Reed, published in March and reviewed by Berg, found." had no speaker (FX41's
   co-authors, documents._CO_AUTHORS): only names joined right after the author's are co-authors; "Ernst and Young",
   "Marks and Spencer" are one firm, no person (the organisation that speaks when lexicon.FIRM_NAMES holds it:
   andnames.and_organisation).
3. "Tom Reed insisted that “the contract was void”, his lawyer said, adding: “He will appeal.”": the second quotation
   was Reed's; a participle frame after a quotation's frame hangs on that frame (reportedclaims.participle_clause).
9. A ruling or closing verb split a quotation only as "X ruled,": also "ruled Justice Ngugi,", "Justice Ngugi ruled on
   Monday," (quoteframes.AFTER_INVERTED, AFTER_SUBJECT, _INTERRUPTION), as "said" does.
"""
from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st
from support.madeup import FAST, word

from briefgen.analyse.lexicon import FIRM_NAMES
from briefgen.analyse.quotes import quotes_in


def _who(text: str) -> list[tuple[str | None, str]]:
    return [(q.name, q.frame) for q in quotes_in("Hearing", text)]


def test_the_reported_inputs() -> None:
    assert _who("Ms Achieng Odhiambo, for ChapaPesa, and Mr Otieno: “We object.”") == [(None, "none")]
    assert _who("Ms Achieng Odhiambo, for ChapaPesa and Mr Otieno, for the state: “We object.”") == [(None, "none")]
    assert _who("Ms Odhiambo, for ChapaPesa and Mr Otieno: “We object.”") == [(None, "none")]
    assert _who("Justice Tom Reed held that “the contract was void”, his judgment said.") == [("Tom Reed", "said-before")]
    assert _who("“Prices will fall,” a study by Reed, published in March and reviewed by Berg, found.") == [("Reed", "said-after")]
    assert _who("“Prices will fall,” a report by Ernst and Young found.") == [(None, "unnamed")]
    assert _who("“Prices will fall,” a report by Marks and Spencer found.") == [("Marks and Spencer", "said-after")]
    assert _who("Tom Reed insisted that “the contract was void”, his lawyer said, adding: “He will appeal.”") == [
        (None, "unnamed"), (None, "unnamed")]
    for text in ("“The appeal fails on every ground,” ruled Justice Ngugi, “and the costs follow.”",
                 "“The appeal fails on every ground,” Justice Ngugi ruled on Monday, “and the costs follow.”"):
        assert _who(text) == [("Ngugi", "said-after"), ("Ngugi", "interrupted")], text
    assert _who("“The appeal fails on every ground,” the judge ruled, “and the costs follow.”") == [
        (None, "unnamed"), (None, "interrupted")]


TITLES = ["Mr", "Ms", "Mrs", "Dr", "Justice", "Judge", "Prof", "Sir", "Lady"]
GIVEN = ["James", "Mary", "Peter", "Grace", "John", "Thomas", "Sophie", "David"]  # (known given names: givensex.py)
PARTIES = ["ChapaPesa", "the bank", "Equity Bank", "the insurer", "the respondents", "KCB"]
HEADS = ["for", "lawyer for", "counsel for", "on behalf of", "representing", "acting for"]


@FAST
@given(word, word, word, st.sampled_from(HEADS), st.sampled_from([*PARTIES, "ChapaPesa, Equity Bank"]), st.one_of(st.sampled_from(TITLES), st.sampled_from(GIVEN)),
       st.sampled_from(["", ","]), st.sampled_from(["", ", for the state", ", for the bank"]), st.booleans())
@example("Achieng", "Odhiambo", "Otieno", "for", "ChapaPesa", "Mr", ",", "", False)
@example("Achieng", "Odhiambo", "Otieno", "for", "ChapaPesa", "Mr", "", ", for the state", False)
@example("Achieng", "Odhiambo", "Otieno", "for", "ChapaPesa", "James", "", "", True)
def test_a_person_after_the_parties_and_is_a_second_speaker(given_name: str, surname: str, other: str, head: str, party: str,
                                                             lead: str, comma: str, second_party: str, clock: bool) -> None:
    assume(len({given_name, surname, other}) == 3)
    text = ("09:32 — " if clock else "") + f"Ms {given_name} {surname}, {head} {party}{comma} and {lead} {other}{second_party}: “We object to the affidavit.”"
    assert [who for who, _ in _who(text)] == [None], text


@FAST
@given(word, word, st.sampled_from(HEADS), st.lists(st.sampled_from(PARTIES), min_size=2, max_size=3, unique=True))
def test_counsel_for_several_parties_still_speaks(given_name: str, surname: str, head: str, parties: list[str]) -> None:
    assume(given_name != surname)
    text = f"Ms {given_name} {surname}, {head} {', '.join(parties[:-1])} and {parties[-1]}: “We object to the affidavit.”"
    assert [who for who, _ in _who(text)] == [f"{given_name} {surname}"], text


CLAIMS = ["held", "argued", "claimed", "insisted", "said", "maintained"]
OWN = ["judgment", "ruling", "statement", "lawsuit", "complaint", "filing", "letter", "report", "affidavit", "memo"]


@FAST
@given(st.sampled_from(["", "Justice ", "Dr "]), word, word, st.sampled_from(CLAIMS), st.sampled_from(["his", "her", "its"]),
       st.sampled_from(OWN), st.sampled_from(["", "written ", "latest "]), st.booleans())
@example("Justice ", "Tom", "Reed", "held", "his", "judgment", "", False)
def test_the_holders_own_document_after_the_claim_is_the_holders(style: str, given_name: str, surname: str, verb: str,
                                                                   possessive: str, noun: str, modifier: str, comma_inside: bool) -> None:
    assume(given_name != surname)
    quoted = "“the contract was void from the start,”" if comma_inside else "“the contract was void from the start”,"
    text = f"{style}{given_name} {surname} {verb} that {quoted} {possessive} {modifier}{noun} said."
    assert [who for who, _ in _who(text)] == [f"{given_name} {surname}"], text
    other = f"{style}{given_name} {surname} {verb} that {quoted} {possessive} lawyer's {noun} said."
    assert [who for who, _ in _who(other)] == [None], other


DOCUMENTS = ["study", "report", "memo", "letter", "review"]
CLAUSES = ["published in March", "released on Monday", "seen by Reuters", "dated 4 May", "obtained by the paper"]
LATER = ["reviewed by", "signed by", "seen by", "endorsed by", "sent to"]


@FAST
@given(st.sampled_from(DOCUMENTS), word, word, st.sampled_from(CLAUSES), st.sampled_from(LATER))
@example("study", "Reed", "Berg", "published in March", "reviewed by")
def test_a_clause_between_the_author_and_another_name_makes_no_co_author(document: str, author: str, other: str, clause: str,
                                                                          later: str) -> None:
    assume(author != other)
    text = f"“Prices will fall by a third next year,” a {document} by {author}, {clause} and {later} {other}, found."
    assert [who for who, _ in _who(text)] == [author], text
    several = f"“Prices will fall by a third next year,” a {document} by {author} and {other} found."
    assert [who for who, _ in _who(several)] == [None], several


@given(st.sampled_from(["Marks and Spencer", "Ernst and Young", "Procter and Gamble"]), st.sampled_from(DOCUMENTS))
def test_a_firms_name_with_and_is_one_author_and_no_person(firm: str, document: str) -> None:
    """A firm lexicon.FIRM_NAMES holds is the organisation that speaks; one it does not hold is no one (no person)."""
    found = quotes_in("Prices", f"“Prices will fall by a third next year,” a {document} by {firm} found.")
    assert [(q.name, q.kind) for q in found] == [(firm, "organisation") if firm.lower() in FIRM_NAMES else (None, None)]


REPORTERS = ["his lawyer", "her aides", "the Treasury", "a spokesman"]


@FAST
@given(word, word, word, word, st.sampled_from(CLAIMS), st.sampled_from(REPORTERS), st.booleans(),
       st.sampled_from(["adding", "saying", "insisting", "warning"]))
@example("Tom", "Reed", "Ann", "Berg", "insisted", "his lawyer", False, "adding")
def test_a_participle_after_a_quotations_frame_is_that_frames(given_name: str, surname: str, other_given: str, other: str,
                                                               verb: str, reporter: str, named: bool, participle: str) -> None:
    assume(len({given_name, surname, other_given, other}) == 4)
    speaker = f"{other_given} {other}" if named else reporter
    text = f"{given_name} {surname} {verb} that “the contract was void from the start”, {speaker} said, {participle}: “He will appeal the ruling.”"
    names = [who for who, _ in _who(text)]
    assert len(names) == 2 and f"{given_name} {surname}" not in names, text
    if named:
        assert names == [f"{other_given} {other}"] * 2, text


RULINGS = ["ruled", "held", "found", "ordered", "directed", "answered", "pleaded", "agreed", "shouted"]
STYLES = ["Justice", "Judge", "Lady Justice", "Mr Justice", ""]
WHEN = ["", " on Monday", " yesterday", " later"]


@FAST
@given(st.sampled_from(STYLES), word, word, st.sampled_from(RULINGS), st.sampled_from(WHEN), st.booleans())
@example("Justice", "Wanjiku", "Ngugi", "ruled", " on Monday", False)
@example("Justice", "Wanjiku", "Ngugi", "ruled", "", True)
def test_a_ruling_verb_splits_a_quotation_as_said_does(style: str, given_name: str, surname: str, verb: str, when: str,
                                                       inverted: bool) -> None:
    assume(given_name != surname and not (inverted and when))
    name = f"{style} {given_name} {surname}".strip()
    frame = f"{verb} {name}" if inverted else f"{name} {verb}{when}"
    text = f"“The appeal fails on every ground,” {frame}, “and the costs follow the event.”"
    assert [who for who, _ in _who(text)] == [f"{given_name} {surname}"] * 2, text
    alone = f"“The appeal fails on every ground,” {frame}."
    assert [who for who, _ in _who(alone)] == [f"{given_name} {surname}"], alone


def test_a_ruling_verb_before_an_object_frames_nothing() -> None:
    assert [who for who, _ in _who("“Stop the war,” read a banner Anna Berg held, “and go home now.”")] == [None, None]
    assert [who for who, _ in _who("“We will not go back,” ruled out Anna Berg at the meeting.")] == [None]
