"""A titled first surname after a three-word name whose middle word it is: the article says the name is Spanish.

T20 trial (2026-12-06, finding 5): '…, Wilber Quispe Mamani, 34, from Arequipa, … "I told her I am alive …," Mr Quispe
said.' put the quote on a page "Quispe" and filed his page "Mamani, Wilber Quispe": familynames.spanish_first_surname
reads a three-word name as given name and two surnames only when a list knows its given name ("Wilber" is in none).
The article itself says it (familynames.titled_middle): the quote is his, his page filed "Quispe Mamani, Wilber".
"""
from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from briefgen.analyse.familynames import titled_middle
from briefgen.analyse.givensex import given_sex
from briefgen.analyse.names import names_in
from briefgen.analyse.people import filing_order, find_people
from support.sites import MINIMAL_SITE, run_cli, write_site

REPORTED = ('One of the men, Wilber Quispe Mamani, 34, from Arequipa, spoke to his wife by telephone from the ambulance. '
            '"I told her I am alive and that I want to go home," Mr Quispe said.')


def test_the_reported_input() -> None:
    assert [(m.surface, m.full) for m in names_in("", REPORTED)] == [
        ("Wilber Quispe Mamani", "Wilber Quispe Mamani"), ("Quispe", "Wilber Quispe Mamani")]
    assert filing_order("Wilber Quispe Mamani", "person", ("Wilber Quispe Mamani", "Quispe")) == ("Quispe Mamani", "Wilber")
    assert filing_order("Wilber Quispe Mamani", "person") == ("Mamani", "Wilber Quispe")  # (no such evidence: as before)


# Given names no list holds (made up, or Quechua, Aymara, Mapuche, Guaraní), first and second surnames
GIVEN = st.sampled_from(["Wilber", "Yupanqui", "Nayra", "Amaru", "Killa", "Wilmer", "Edwin", "Yeny", "Fidel", "Rayen"])
FIRST = st.sampled_from(["Quispe", "Huanca", "Condori", "Choque", "Mamani", "Ccori", "Apaza", "Ticona", "Llanos", "Sarmiento"])
SECOND = st.sampled_from(["Mamani", "Flores", "Cusi", "Huamani", "Pari", "Torres", "Yucra", "Ramos"])
FRAMES = st.sampled_from(['"We are alive," {t} {s} said.', '{t} {s}, who runs a shop, lost everything.',
                          'Asked about the dam, {t} {s} said nothing.', '"It is over," said {t} {s}.'])


def _title(given_name: str) -> str:
    return {"m": "Mr", "f": "Ms"}.get(given_sex(given_name), "Dr")


@given(GIVEN, FIRST, SECOND, FRAMES, st.sampled_from([", 34, from Arequipa,", ", a driver,", ""]))
@example("Wilber", "Quispe", "Mamani", '"We are alive," {t} {s} said.', ", 34, from Arequipa,")
def test_a_titled_middle_word_is_the_full_names(given_name: str, first: str, second: str, frame: str, apposition: str) -> None:
    if first == second:
        return
    full = f"{given_name} {first} {second}"
    text = f"Rescuers reached {full}{apposition} on Tuesday. " + frame.format(t=_title(given_name), s=first)
    assert {(m.surface, m.full) for m in names_in("", text)} >= {(first, full)}, text
    assert filing_order(full, "person", (full, first)) == (f"{first} {second}", given_name)


@given(GIVEN, FIRST, SECOND)
def test_not_untitled_not_another_sex_not_two_names_not_before_the_full_name(given_name: str, first: str, second: str) -> None:
    full = f"{given_name} {first} {second}"
    assert titled_middle(f"{full} spoke. {first} said.", len(full) + 8, first, [full]) is None  # (no title)
    sex = given_sex(given_name)
    if sex:
        other = "Ms" if sex == "m" else "Mr"  # "Ms Quispe" beside Wilber: a relative, not he
        text = f"{full} spoke. {other} {first} said."
        assert titled_middle(text, text.index(f"{other} ") + len(other) + 1, first, [full]) is None
    text = f"{full} and Rosa {first} Ticona spoke. Dr {first} said."
    assert titled_middle(text, text.index("Dr ") + 3, first, [full, f"Rosa {first} Ticona"]) is None
    text = f"Dr {first} said so. Then {full} spoke."
    if first == second:  # ("Wilber Mamani Mamani": the short form is his one surname, joined as "Mr Okafor … Chinedu
        return  # Okafor" is, laternames.py; a CI-like draw, 2026-12-07)
    assert (first, full) not in {(m.surface, m.full) for m in names_in("", text)}


def test_an_english_middle_name_is_never_titled_so_names_read_as_before() -> None:
    text = "John Paul Jones spoke on Tuesday. Mr Jones said the ship was lost."
    assert [(m.surface, m.full) for m in names_in("", text)] == [
        ("John Paul Jones", "John Paul Jones"), ("Jones", "John Paul Jones")]
    assert filing_order("John Paul Jones", "person", ("John Paul Jones", "Jones")) == ("Jones", "John Paul")


def test_the_quote_is_the_full_names_on_a_built_site(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert [q.speaker for q in find_people("", REPORTED).quotes] == ["Wilber Quispe Mamani"]  # (since FX74 the article
    # gives it, laternames.LaterNames.speaker: the frame's look-up left "Quispe"; before, the index did)
    site = write_site(tmp_path / "site", dict(MINIMAL_SITE) | {
        "content/articles/workers.md": ("---\ntitle: Missing miners found alive\nsource: Andes Post\n"
                                        "published: 2026-11-25\n---\n" + REPORTED + "\n")})
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    people = site / "output" / "people"
    assert (people / "wilber-quispe-mamani" / "index.html").exists() and not (people / "quispe").exists()
    page = (people / "wilber-quispe-mamani" / "index.html").read_text()
    assert "I told her I am alive" in page
    assert "Quispe Mamani, Wilber" in (people / "index.html").read_text()
