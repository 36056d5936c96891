"""A court's and a hearing's frames (FX34, T21 #4 and #5; quoteframes.RULING_VERBS, colonleads.PARTY, hearings.py,
documents.py's "sworn by"): a judge's ruling is the judge's words ("“…,” Justice Wanjiku Ngugi ruled."), counsel's
words are counsel's ("09:32 — Ms Achieng Odhiambo, for ChapaPesa: “…”"), a hearing's agent speaks ("The court was
told by X that “…”"), an affidavit's words are its deponent's. T21 gave the first three no speaker.
"""
from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

QUOTE = "The order is drastic, but the court has not been shown that it is unlawful"
STYLES = ["Justice", "Lady Justice", "Judge", "Mr Justice", "Mrs Justice", "Lord Justice", ""]
RULING = ["ruled", "held", "found", "ordered", "directed"]


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_t21s_ruling_and_the_sentence_quoted_after_it_are_the_judges() -> None:
    text = ("NAIROBI (PAPS) — Kenya's High Court on Thursday refused to lift the central bank's suspension of ChapaPesa's "
            "registrations and cross-border transfers, but ordered the auditors to report within 14 days.\n\n"
            f'"{QUOTE}," Justice Wanjiku Ngugi ruled. "The balance of convenience favours the public."')
    assert [(q.name, q.frame) for q in quotes_in("", text)] == [("Wanjiku Ngugi", "said-after"), ("Wanjiku Ngugi", "continued")]


@FAST
@given(st.sampled_from(STYLES), word, word, st.sampled_from(RULING))
@example("Justice", "Wanjiku", "Ngugi", "ruled")
def test_a_ruling_verb_after_the_quotation_frames_it(style: str, given_name: str, surname: str, verb: str) -> None:
    """'“…,” <style> X ruled.' (any judicial style, or none) and '“…,” the judge ruled.' after the judge is named."""
    assume(given_name != surname)
    name = f"{style} {given_name} {surname}".strip()
    person = f"{given_name} {surname}"
    assert _speakers(f'"{QUOTE}," {name} {verb}.') == [person]
    text = f'{name} sat in Court 4 on Thursday. "{QUOTE}," the judge {verb}.'
    if style:  # ("the judge" stands for a person a judge's style names: titledvoices.py)
        assert _speakers(text) == [person]


@FAST
@given(st.sampled_from(STYLES[:4]), word, word, st.sampled_from(["ruled", "held", "found"]), st.sampled_from(["", " on Monday"]))
def test_a_ruling_verb_with_that_before_the_quotation_frames_it(style: str, given_name: str, surname: str, verb: str, when: str) -> None:
    """'Justice X held that “…”', 'Judge X found that the firm had been “reckless in the extreme”' — but 'Y said the
    court ruled that “…”' stays Y's: the ruling verb frames only as its clause's first speech verb."""
    assume(given_name != surname)
    assert _speakers(f'{style} {given_name} {surname} {verb}{when} that "the defendant knew exactly what she was doing".'
                     ) == [f"{given_name} {surname}"]
    assert _speakers(f'Anna Berg said the tribunal had {verb} that the ban was "plainly unlawful and must be lifted at once".'
                     ) == ["Anna Berg"]


@pytest.mark.parametrize("text", [
    'Tom Reed ruled out a deal on Monday. "We will not sell," Anna Berg said.',
    'Tom Reed held talks with the union. "We made progress," Anna Berg said.',
    'Tom Reed was found guilty. "This is a travesty," Anna Berg said.',
    'Tom Reed ordered an inquiry. "We want answers," Anna Berg said.',
    'Tom Reed directed the auditors to report. "We want answers," Anna Berg said.',
])
def test_other_senses_of_the_ruling_verbs_frame_nothing(text: str) -> None:
    """"ruled out", "held talks", "found guilty", "ordered an inquiry": an object follows, no words are given."""
    assert _speakers(text) == ["Anna Berg"]


@pytest.mark.parametrize("text", [
    '"The offer is fair," Tom Reed held the board before the vote.',
    '"The offer is fair," Tom Reed found the board on the offer.',
    'Protesters gathered. "Stop the war," read a banner Anna Berg held.',
])
def test_a_ruling_verb_that_is_no_frame_gives_no_one_the_words(text: str) -> None:
    assert _speakers(text) in ([], [None])


PARTIES = ["for ChapaPesa", "for the Central Bank", "counsel for the bank", "lawyer for the family", "senior counsel for the union",
           "representing the bank", "on behalf of the family", "acting for the bank", "ChapaPesa's lawyer"]


@FAST
@given(st.sampled_from(["", "Ms ", "Mr ", "Dr "]), word, word, st.sampled_from(PARTIES),
       st.sampled_from(["", "09:32 — ", "09:32 ", "At 09:32, ", "10.05am: "]))
@example("Ms ", "Achieng", "Odhiambo", "for ChapaPesa", "09:32 — ")
def test_counsel_for_a_party_speaks_in_a_colon_lead_in(title: str, given_name: str, surname: str, party: str, clock: str) -> None:
    """'09:32 — Ms Achieng Odhiambo, for ChapaPesa: “…”' (a live blog's entry, T21 #5) and 'X, lawyer for the family:':
    the appositive is the person's description; the person speaks (colonleads.PARTY, askedleads.after_clock)."""
    assume(given_name != surname)
    text = f'{clock}{title}{given_name} {surname}, {party}: "The suspension is costing my client forty million shillings a day."'
    assert _speakers(text) == [f"{given_name} {surname}"], text


@pytest.mark.parametrize("text", [
    'Mr James Otieno, for the bank, said: "The regulator does not need a hearing."',
    '"The regulator does not need a hearing," Mr James Otieno, for the bank, said.',
    '"The regulator does not need a hearing," said Mr James Otieno, for the bank.',
    '10:48 Mr James Otieno, for the bank, asked by the judge whether it had heard the firm: "It did not need to."',
])
def test_counsel_for_a_party_in_the_other_frames(text: str) -> None:
    assert _speakers(text) == ["James Otieno"]


@pytest.mark.parametrize("text", [
    'Good news for Tom Reed: "It did not."',
    'Ann Lee, for the bank, and Tom Reed, for the Treasury: "It did not."',  # (two counsel; "Ann Lee, for the bank and
    # the Treasury:" is hers since FX41: one counsel for two parties, test_reported_claims_fx41)
    'The Bank of Kenya, for example: "It did not."',
])
def test_a_for_phrase_that_describes_no_one_named_first_gives_no_speaker(text: str) -> None:
    assert _speakers(text) == [None]


AUDIENCES = ["The court", "The committee", "The hearing", "The inquiry", "MPs", "The jury", "The tribunal"]


@FAST
@given(st.sampled_from(AUDIENCES), word, word, st.sampled_from([
    '{a} was told by {n} that the ledger had been "encrypted by an unauthorised party".',
    '{a} heard from {n} that the ledger had been "encrypted by an unauthorised party".',
    '{a} heard evidence from {n} that the ledger had been "encrypted by an unauthorised party".',
    '{a} heard from {n}, who said: "The ledger was encrypted by an unauthorised party."',
    '"The ledger was encrypted," {a_} was told by {n}.',
    '{n} told {a_}: "The ledger was encrypted by an unauthorised party."',
    '"The ledger was encrypted," {n} told {a_}.']))
def test_a_hearings_speaker_is_the_one_it_heard(audience: str, given_name: str, surname: str, frame: str) -> None:
    """The audience ("the court", "MPs") is no speaker; the one who told it is (hearings.py)."""
    assume(given_name != surname)
    lowered = audience if audience == "MPs" else audience.lower()
    text = frame.format(a=audience, a_=lowered, n=f"{given_name} {surname}")
    text = text.replace("MPs was told", "MPs were told")
    assert _speakers(text) == [f"{given_name} {surname}"], text


@pytest.mark.parametrize("text", [
    '"The ledger was encrypted," the court heard.',
    'The court was told the ledger had been "encrypted by an unauthorised party".',
    'MPs heard that the ledger had been "encrypted by an unauthorised party".',
    'Anna Berg gave evidence. "The ledger was encrypted," the court heard.',
])
def test_a_hearing_with_no_one_named_as_its_speaker_gives_no_one(text: str) -> None:
    assert _speakers(text) == [None]


def test_the_words_another_relays_to_a_hearing_are_the_others() -> None:
    assert _speakers('The court heard from Ann Lee that Tom Reed had told her: "We will sell."') == ["Tom Reed"]
    assert _speakers('Anna Berg was told by her doctor that she had "weeks to live and no more".') in ([], [None])


def test_an_affidavits_words_are_its_deponents() -> None:
    """T21's affidavit: sworn evidence is the deponent's own words ("X said in an affidavit"), so "an affidavit sworn
    by Mr Rotich" names its author as "a memo by X" does, and "the affidavit said" after it is his too (documents.py)."""
    text = ('Kipchumba Rotich is ChapaPesa\'s chief executive. The court heard that the ledger had been "encrypted by an '
            'unauthorised party" for 31 hours, according to an affidavit sworn by Mr Rotich. "The company did not pay and '
            'will not pay any ransom," the affidavit said.')
    assert _speakers(text) == ["Kipchumba Rotich", "Kipchumba Rotich"]
    assert _speakers('"The company did not pay," said an affidavit sworn by Kipchumba Rotich.') == ["Kipchumba Rotich"]
    assert _speakers('"The company did not pay," a report seen by Kipchumba Rotich said.') == [None]
    assert _speakers('"The company did not pay," the affidavit said.') == [None]


@FAST
@given(st.sampled_from(["judge", "magistrate", "coroner", "justice", "sheriff"]), st.sampled_from(["said", *RULING]),
       st.sampled_from(["said she would appeal", "told reporters she would appeal", "said the verdict was unfair"]),
       st.booleans())
def test_the_judge_is_never_the_party_named_just_before(office: str, verb: str, before: str, named: bool) -> None:
    """BR28 (2026-12-07): 'Anna Berg said she would appeal. “…,” the judge ruled.' gave the judge's finding to the
    party (titledvoices._named_just_before reads "the <title>" as the subject of the sentence before); an
    adjudicator's title is only a holder's named with it (titledvoices._ADJUDICATORS)."""
    holder = f"{office.capitalize()} Mary Kline heard the case on Monday. " if named else ""
    text = f'{holder}Anna Berg {before}. "Her evidence was unreliable," the {office} {verb}.'
    speaker = _speakers(text)[-1]
    assert speaker != "Anna Berg", text
    if named and office != "justice":
        assert speaker == "Mary Kline", text
