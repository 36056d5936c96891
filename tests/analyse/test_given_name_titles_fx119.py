"""A named title that is a given name too (Nana, Oga, Kumari, Selvi, Alhaji: titlewords.GIVEN_NAME_TITLES) before a
surname is the given name of a person of that surname, not the title of another of it the article names: "Nana Walren
and Dase Walren spoke" names two people. It is a title there where that person's full name stands earlier, in another
sentence ("Alhaji Aliko Dangote … Alhaji Dangote said", "Aliko Dangote … Alhaji Dangote said": Aliko Dangote's words;
FX123, givennametitles.py, tested in test_given_name_titles_fx123.py).

The reported input (FX119, a CI draw of test_titled_surnames_across): his "Nana", hers "Marmar", the surname
"Marmarmar". "Nana Marmarmar and Marmar Marmarmar spoke" was read as one person, Marmar Marmarmar, "Nana" her title
(jobtitled.job_titled: an occupation's word before a surname the article gives with another given name), so the
archive had no man of that surname to give "Mr Marmarmar … he said" to, and gave "Ms Marmarmar … she said" to her.
The surname starting with her given name played no part (the same draw with "Kolo" for "Nana" passed); that class,
given-name-prefix surnames (Erik Eriksson, Hans Hansen, Ivan Ivanov), is tested here too: in the titled-surname
setting, in the archive's merging, its misspelling flags and its spellings ("also written as").
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples
from support.madeup import LISTED
from support.titledletters import titled_bodies

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.occupations import opening_occupation
from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.spelling import misspellings
from briefgen.analyse.titlewords import GIVEN_NAME_TITLES

SYLLABLES = ("mar", "ta", "il", "se", "ko", "wal", "an", "bre", "da", "lo", "ren", "vik", "tor", "ud")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(
    lambda w: w.lower() not in LISTED and not given_sex(w) and not opening_occupation(w.lower()))
title_name = st.sampled_from(sorted(GIVEN_NAME_TITLES)).map(str.capitalize)
SEPARATE = ("{T} {S} and {G} {S} spoke at the meeting on Monday.", "{G} {S} and {T} {S} spoke at the meeting on Monday.",
            "“We are ready,” {T} {S} said. {G} {S} agreed with the board.")  # ("{G} {S} chaired the board. “…,” said {T}
# {S}." left: the full name stands earlier, so the title is his, news style (FX123: test_given_name_titles_fx123.py))


def _archive(bodies: dict[str, str]) -> tuple[dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]],
                                              list[tuple[str, str]]]:
    """Each listed person → (articles, articles quoting them, spellings); and the misspelling flags (surface, meant)."""
    articles = tuple(factories.article(slug) for slug in bodies)
    found = people_of(articles, {slug: find_people("Letter", body) for slug, body in bodies.items()}, ())
    return ({p.name: (p.articles, tuple(slug for slug, _ in p.quotes), p.spellings) for p in found.people},
            [(s.surface, s.suggestion) for s in misspellings(found.index)])


@settings(max_examples=examples(60), deadline=None)
@given(title_name, word, word, st.sampled_from(SEPARATE))
def test_a_given_name_title_before_a_shared_surname_is_a_given_name(title: str, other: str, surname: str,
                                                                    frame: str) -> None:
    if len({title, other, surname}) < 3:
        return
    text = frame.format(T=title, G=other, S=surname)
    found = find_people("Letter", text)
    assert {f"{title} {surname}", f"{other} {surname}"} <= {n.full for n in found.named}, (text, found.named)
    assert [q.speaker for q in found.quotes] in ([], [f"{title} {surname}"]), (text, found.quotes)


@settings(max_examples=examples(40), deadline=None)
@given(title_name, word, word)
def test_written_before_the_full_name_it_stays_the_title(title: str, given_name: str, surname: str) -> None:
    if len({title, given_name, surname}) < 3:
        return
    text = f"{title} {given_name} {surname} spoke on Monday. “We are ready,” {title} {surname} said."
    assert [q.speaker for q in find_people("Letter", text).quotes] == [f"{given_name} {surname}"], text


def _titled(his: str, hers: str, surname: str, shown: bool, pronoun: bool, mr: bool) -> set[str]:
    """Who the archive gives "Mr/Ms <surname> … said" to (test_titled_surnames_across's articles)."""
    bodies = titled_bodies(his, hers, surname, shown, pronoun, mr)
    people, _ = _archive(bodies)
    return {name for name, (_, quoted, _) in people.items() if "titled" in quoted}


FRAMES = [(shown, pronoun, mr) for shown in (True, False) for pronoun in (True, False) for mr in (True, False)]


def test_the_reported_draws() -> None:
    for shown, pronoun, mr in FRAMES:
        expected = {"Nana Marmarmar"} if mr and shown else set()
        assert _titled("Nana", "Marmar", "Marmarmar", shown, pronoun, mr) == expected, (shown, pronoun, mr)


@settings(max_examples=examples(40), deadline=None)
@given(title_name, word, word, st.sampled_from(FRAMES))
def test_the_title_goes_to_the_bearer_it_fits_when_his_given_name_is_a_title(his: str, hers: str, surname: str,
                                                                             frame: tuple[bool, bool, bool]) -> None:
    shown, pronoun, mr = frame
    if len({his, hers, surname}) < 3:
        return
    assert _titled(his, hers, surname, shown, pronoun, mr) == ({f"{his} {surname}"} if mr and shown else set())


@settings(max_examples=examples(40), deadline=None)
@given(word, word, st.sampled_from(SYLLABLES), st.booleans(), st.sampled_from(FRAMES))
def test_a_surname_that_starts_with_a_given_name_is_no_matter(his: str, hers: str, tail: str, hers_first: bool,
                                                             frame: tuple[bool, bool, bool]) -> None:
    """The class the report suspected: "Marmar Marmarmar" (her given name starts the surname), or his."""
    shown, pronoun, mr = frame
    surname = (hers if hers_first else his) + tail
    if len({his, hers, surname}) < 3 or given_sex(surname) or surname.lower() in LISTED:
        return
    assert _titled(his, hers, surname, shown, pronoun, mr) == ({f"{his} {surname}"} if mr and shown else set())


def _prefix_archive(given_name: str, surname: str, other: str) -> None:
    """He, a woman of his surname, a namesake of another surname, and an article naming all three: three people, no
    flag, each spelt only as their name or their surname."""
    bodies = {"a": f"{given_name} {surname} chaired the board. “We will appeal,” said {given_name} {surname}.",
              "b": f"{given_name} {surname} met the unions on Tuesday. {surname} said the talks had been hard.",
              "c": f"{other} {surname} led the inquiry. “The figures are clear,” {other} {surname} said.",
              "d": f"{other} {surname} published the report. {surname} said it was final.",
              "e": f"{given_name} Berg spoke for the council. “We are ready,” said {given_name} Berg.",
              "f": f"{given_name} Berg and {given_name} {surname} spoke at the meeting on Monday, as did {other} {surname}."}
    people, flags = _archive(bodies)
    assert set(people) == {f"{given_name} {surname}", f"{other} {surname}", f"{given_name} Berg"}, people
    assert flags == [], flags
    for name, (where, quoted, spellings) in people.items():
        assert set(spellings) <= {name, surname}, (name, spellings)
    assert people[f"{given_name} {surname}"][:2] == (("a", "b", "f"), ("a",)), people


@settings(max_examples=examples(30), deadline=None)
@given(word, st.sampled_from(SYLLABLES), word)
def test_given_name_prefix_surnames_in_the_archive(given_name: str, tail: str, other: str) -> None:
    surname = given_name + tail
    if len({given_name, surname, other}) < 3 or {"Berg", surname} & {other} or surname.lower() in LISTED:
        return
    _prefix_archive(given_name, surname, other)


PATRONYMICS = (("Erik", "Eriksson"), ("Hans", "Hansen"), ("Nils", "Nilsson"), ("Ole", "Olsen"), ("Jon", "Jonsson"),
               ("Karl", "Karlsson"), ("Peter", "Petersen"), ("Ivan", "Ivanov"), ("Abdul", "Abdullah"),
               ("Magnus", "Magnusson"), ("Petr", "Petrov"), ("Ali", "Aliyev"))


def test_real_patronymic_surnames() -> None:
    for given_name, surname in PATRONYMICS:
        _prefix_archive(given_name, surname, "Maria")


def test_real_given_name_titles() -> None:
    for text, named, speakers in (
            ("Nana Mensah and Kofi Mensah spoke at the rally.", {"Nana Mensah", "Kofi Mensah"}, []),
            ("Musa Kamara chaired the meeting. “We won,” Alhaji Kamara said.", {"Musa Kamara"},  # (named in full
             ["Musa Kamara"]),  # earlier: his title, news style; FX119 read a second person, FX123 as before FX119)
            ("Alhaji Kamara chaired the meeting. “We won,” Musa Kamara said.", {"Musa Kamara", "Alhaji Kamara"},
             ["Musa Kamara"]),
            ("Alhaji Aliko Dangote spoke on Monday. “We are ready,” Alhaji Dangote said.", {"Aliko Dangote"},
             ["Aliko Dangote"]),
            ("Khaleda Zia spoke on Monday. “Go,” Begum Zia said.", {"Khaleda Zia"}, ["Khaleda Zia"])):  # (a surname:
        found = find_people("Letter", text)  # "Begum" is no given name, a title where one stands, as before)
        assert {n.full for n in found.named} == named, (text, found.named)
        assert [q.speaker for q in found.quotes] == speakers, (text, found.quotes)
