"""Honours and degrees after a name are never part of it; a legal form before or after a name makes an organisation
(FX30, postnominals.py, companyforms.py). The last breakers found: "said Sir Elton John CH" gave "Elton John CH" (CH
was no post-nominal), "Mr Smith KG said" gave an organisation "Smith KG" (KG, the Garter's letters and a German legal
form, was read as letters only after a peer's or a knight's title), "Dame Sara Offshore DBE" was a company (a company
word before honours), "Dr Sara Offshore SA" a company "Sara Offshore" (its title dropped), "A/S Norske Shell" a person
"S Norske Shell" ("A" read as the article)."""
from __future__ import annotations

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import SAID, said

from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(150), deadline=None)
NAMES = ["Elton John", "Anna Berg", "Judith Kessington", "Tobias Wrenfield", "Sara Offshore", "Kim Holding"]
HONOURS = ["CH", "OBE", "CBE", "MBE", "KBE", "DBE", "QC", "KC", "MP", "PhD", "FRS", "VC", "FRCP", "DSc", "KCB OBE",
           "CH FRS"]
GARTER = ["KG", "LG", "KT", "LT", "PC", "KG PC"]  # (also a legal form or a computer: only after a title, below)


def _speaker(text: str) -> tuple[str | None, str]:
    quotes = quotes_in("", text)
    assert len(quotes) == 1, (text, quotes)
    return quotes[0].name, quotes[0].kind


@FAST
@given(st.sampled_from(["", "Sir ", "Dame ", "Lord ", "Mr ", "Ms ", "Dr ", "Professor "]), st.sampled_from(NAMES),
       st.sampled_from(HONOURS), st.sampled_from(SAID))
@example("Sir ", "Elton John", "CH", SAID[2])
@example("Dame ", "Sara Offshore", "DBE", SAID[2])
def test_honours_after_a_name_are_no_part_of_it(title: str, name: str, honours: str, frame: str) -> None:
    text = said(frame, f"{title}{name} {honours}")
    assert _speaker(text) == (name, PERSON), text
    assert [(m.full, m.kind) for m in names_in("", text)] == [(name, PERSON)], (text, names_in("", text))


@FAST
@given(st.sampled_from(["Sir", "Dame", "Lord", "Lady", "Mr", "Mr.", "Mrs", "Ms"]),
       st.sampled_from(["Smith", "Butler", "Kessington", "Elton John", "Anna Berg"]), st.sampled_from(GARTER),
       st.sampled_from(SAID))
@example("Mr", "Smith", "KG", SAID[0])
@example("Lord", "Butler", "KG PC", SAID[2])
def test_the_garter_s_letters_after_a_titled_name_are_honours(title: str, name: str, letters: str, frame: str) -> None:
    assume(title not in ("Sir", "Dame") or " " in name)  # (a knight's title goes before a given name)
    text = said(frame, f"{title} {name} {letters}")
    speaker, kind = _speaker(text)
    assert kind == PERSON and speaker is not None and speaker.endswith(name) and not set(letters.split()) & set(
        speaker.split()), (text, speaker)
    assert all(m.kind == PERSON and not set(letters.split()) & set(m.full.split()) for m in names_in("", text)), text


def test_a_legal_form_after_an_untitled_name_or_a_title_and_one_word_stays_a_company() -> None:
    for text, name in (('Hans Müller KG said: "The report is fair."', "Hans Müller KG"),
                       ('"The report is fair," said Nordvik Offshore AS.', "Nordvik Offshore AS"),
                       ('Maersk A/S said: "The report is fair."', "Maersk A/S")):
        assert _speaker(text) == (name, ORGANISATION), text
    assert [m.kind for m in names_in("", "Dr Oetker KG said sales rose.")] == [ORGANISATION]


def test_a_titled_given_name_and_surname_before_a_legal_form_is_a_person() -> None:
    """Decided (FX30): a person's title before a given name and a surname wins over a company word and a legal form
    after them ("Dr Sara Offshore SA", as FX21's "Dr Kim Ng SA"): a company's name opens with no such title."""
    for text in ("Dr Sara Offshore SA said the rig was safe.", '"The rig is safe," said Dr Sara Offshore SA.'):
        assert [(m.full, m.kind) for m in names_in("", text)] == [("Sara Offshore", PERSON)], text


@FAST
@given(st.sampled_from(["A/S", "I/S", "K/S", "P/S", "AB", "UAB", "SIA", "Oy", "PT", "OAO", "PJSC"]),
       st.sampled_from(["Norske Shell", "Storvik Rederi", "Kalnavik", "Freeport Indonesia"]),
       st.sampled_from(['{name} said: "{q}"', '"{q}" {name} said.', '"{q}" said {name}.',
                        '{name} operates the field. The company said output fell.']))
@example("A/S", "Norske Shell", '{name} said: "{q}"')
def test_a_legal_form_written_first_makes_an_organisation(form: str, name: str, frame: str) -> None:
    text = said(frame, f"{form} {name}") if "{q}" in frame else frame.format(name=f"{form} {name}")
    assert [(m.full, m.kind) for m in names_in("", text)] == [(f"{form} {name}", ORGANISATION)], (text, names_in("", text))


def test_a_slash_between_other_capitals_starts_no_name() -> None:
    assert names_in("", "We ran A/B tests on Monday. I/O fell and AC/DC played.") == names_in(
        "", "We ran tests on Monday. It fell and they played.")
