"""West African honorifics and styles are no part of a name (titlewords.WEST_AFRICAN_HONORIFICS, opening_title).

The reported input (T26 F4, 2026-12-07): People pages "Comrade Joe Ajaero", "Comrade Kofi Adjei Mensah", "Nana Kwame
Osei-Bonsu", a person "Comrade Ojo" beside "Adewale Ojo", and the speaker "HRH Oba Rilwan Akiolu". The kind: "Comrade",
"Comr.", "HRH", "HRM", "Kabiyesi", "His Royal Highness", "Her Excellency" before a name of one, two or three words,
alone or before a named title ("Oba", "Alhaji", "Otunba"), in a frame before or after the quotation; "Nana" and "Oga"
before a name of two words. "Nana" stays in a name of two words ("Nana Akufo-Addo") or before three ("Nana Addo
Dankwa Akufo-Addo"): the names the Ghanaian president is known by.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("ba", "de", "mi", "la", "tun", "ko", "ye", "se", "gun", "wa", "do", "ri", "je", "fo")
WORD = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)
STYLES = ("Comrade", "Comr.", "HRH", "HRM", "Kabiyesi", "His Royal Highness", "Her Excellency", "His Royal Majesty")
NAMED = ("", "Oba ", "Alhaji ", "Otunba ")
FRAMES = ('{name} said the strike was "total and indefinite".',
          '"The strike is total," said {name}, the union leader.',
          'The union leader, {name}, told reporters that "the strike is total".')


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(STYLES), st.sampled_from(NAMED), st.lists(WORD, min_size=2, max_size=3, unique=True),
       st.sampled_from(FRAMES))
def test_a_style_is_no_part_of_the_name(style: str, named: str, words: list[str], frame: str) -> None:
    name = " ".join(words)
    assert [q.name for q in quotes_in("x", frame.format(name=f"{style} {named}{name}"))] == [name]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(("Nana", "Oga")), WORD, WORD, st.sampled_from(FRAMES))
def test_a_named_title_before_two_words(title: str, given_name: str, surname: str, frame: str) -> None:
    name = f"{given_name} {surname}"
    assert [q.name for q in quotes_in("x", frame.format(name=f"{title} {name}"))] == [name]


@settings(max_examples=examples(60), deadline=None)
@given(WORD, WORD, st.sampled_from(("Comrade", "HRH", "Comr.")))
def test_style_and_surname_is_the_named_person(given_name: str, surname: str, style: str) -> None:
    bodies = {"a": f'{style} {given_name} {surname} leads the union. "We will not load," {style} {surname} said.',
              "b": f'"Our members must eat," {style} {surname} said.'}
    articles = tuple(factories.article(slug) for slug in bodies)
    found = {slug: find_people("Strike", body) for slug, body in bodies.items()}
    listed = [(p.name, len(p.quotes)) for p in people_of(articles, found, ()).people]
    assert listed == [(f"{given_name} {surname}", 2)], listed


def test_nana_in_the_presidents_names() -> None:
    assert [q.name for q in quotes_in("x", '"Ghana is back," Nana Akufo-Addo said.')] == ["Nana Akufo-Addo"]
    assert [q.name for q in quotes_in("x", '"Ghana is back," said Nana Addo Dankwa Akufo-Addo.')] == \
        ["Nana Addo Dankwa Akufo-Addo"]
    assert [q.name for q in quotes_in("x", '"Ghana is back," said Nana Mensah.')] == ["Nana Mensah"]


def test_the_reported_sentences() -> None:
    assert [q.name for q in quotes_in("x", '"Our farmers deserve a price," COCOBOD chief executive Nana Kwame '
                                           'Osei-Bonsu told reporters.')] == ["Kwame Osei-Bonsu"]
    assert [q.name for q in quotes_in("x", '"Twenty percent is a start, not an answer," said Comrade Kofi Adjei '
                                           'Mensah, general secretary of the union.')] == ["Kofi Adjei Mensah"]
    assert [q.name for q in quotes_in("x", 'HRH Oba Rilwan Akiolu said the city "must not burn".')] == ["Rilwan Akiolu"]
