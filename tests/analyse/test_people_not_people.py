"""Names that are no person's (two trials of 2026-12-04): a utility, a common noun opening a sentence, a body after
"<person> of", an outlet, a title written as initials. Each as a kind, each with the trial's words."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people


def named(text: str, outlets: tuple[str, ...] = ()) -> dict[str, str]:
    return {n.full: n.kind for n in find_people("", text, (), outlets).named}


def test_a_utility_whose_engineers_the_text_names_is_an_organisation() -> None:
    assert named("Internal memos show engineers at Halvara Power flagged the substation. Halvara Power declined "
                 "to release the logs.") == {"Halvara Power": "organisation"}
    assert named("Engineers at Halvara Power warned in June.") == {"Halvara Power": "organisation"}
    assert named("Memos show Halvara Power engineers asked to move load.") == {"Halvara Power": "organisation"}
    assert named("Samantha Power said no.") == {"Samantha Power": "person"}


def test_a_word_whose_verb_is_a_plurals_is_no_one() -> None:
    assert named("Staff were told of the decision at briefings held in both canteens.") == {}
    assert named("Police have said nothing.") == {}
    assert named("Anna Okafor spoke first. Okafor was told no.") == {"Anna Okafor": "person"}


def test_a_run_after_a_person_and_of_is_the_body_title_words_and_all() -> None:
    assert named("Annika Lindqvist of Patients First Vellmoor said the group had taken dozens of calls.") == {
        "Annika Lindqvist": "person", "Patients First Vellmoor": "organisation"}
    assert named("Anna Berg of Mayor Ola Lind's office said no.") == {"Anna Berg": "person", "Ola Lind": "person"}


def test_an_outlet_is_no_one_however_it_is_written() -> None:
    text = ("Forty consultants have written to ministers, the surgeon who organised the letter told the Ravensmere "
            "Record. If surgery leaves Ravensmere, teams would be half an hour away.")
    assert named(text, ("Ravensmere Record",)) == {}
    assert named("Declan Farrow told Medical Times Weekly that no nurse would be cut.", ("Medical Times Weekly",)) == {
        "Declan Farrow": "person"}


def test_a_title_written_as_initials_is_no_part_of_the_name() -> None:
    assert named("Local MP Rupert Osei-Mensah was less convinced.") == {"Rupert Osei-Mensah": "person"}


TITLES = st.sampled_from(["MP", "MEP", "MSP", "MLA"])
BEFORE = st.sampled_from(["", "Local ", "Labour ", "Conservative ", "Green "])
GIVEN = st.sampled_from(["Rupert", "Anna", "Kate", "Dafydd", "Priya"])
SURNAME = st.sampled_from(["Osei-Mensah", "Berg", "Ross", "Llewellyn", "Venkataraman"])


@settings(max_examples=60, deadline=None)
@given(BEFORE, TITLES, GIVEN, SURNAME, st.sampled_from(["said no.", "was less convinced.", "told reporters."]))
def test_every_initials_title_is_left_out_of_the_name(before, title, given_name, surname, rest) -> None:
    """"<party or Local> <MP|MEP|MSP|MLA> <Given> <Surname> …": the person is the given name and the surname."""
    found = [(m.full, m.kind) for m in names_in("", f"{before}{title} {given_name} {surname} {rest}")]
    assert found == [(f"{given_name} {surname}", "person")]


NOUNS = st.sampled_from(["Staff", "Police", "Crews", "Management", "Residents", "Volunteers"])


@settings(max_examples=40, deadline=None)
@given(NOUNS, st.sampled_from(["were", "are", "have"]), st.sampled_from(["told", "said", "warned"]))
def test_every_word_of_a_plural_verb_is_no_one(noun, verb, speech) -> None:
    assert named(f"The plan was agreed. {noun} {verb} {speech} of the decision.") == {}
