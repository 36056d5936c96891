"""Names whose words start with a capital outside Latin-1 are read whole (analyse/nameruns).

A trial on a Baltic briefing: "“The grid must be protected,” said Ingrida Šimonytė" gave a person
"Ingrida" with the quote, and "Łukasz Kowalski", "Žygimantas Pavilionis" were "Kowalski" and
"Pavilionis": a run of capitalised words started only at A–Z or a Latin-1 capital (À–Þ), so Š, Ž,
Ł, Ą, Č, Ő … (Latin Extended-A: Lithuanian, Latvian, Polish, Czech, Hungarian, Turkish, Romanian)
and every Cyrillic and Greek capital ended the name before it.
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.lexicon import (DEMONYMS, MONTHS_DAYS, ORG_HEADS, ORG_NAMES, PLACES, ROLE_NOUNS, STOPWORDS,
                                      SURNAME_PARTICLES, THING_HEADS, TITLE_WORDS)
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

_LISTED = (STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS | ORG_NAMES
           | THING_HEADS | SURNAME_PARTICLES)
LATIN_EXTENDED_CAPITALS = [chr(c) for c in range(0x100, 0x180) if chr(c).isupper()]
SCRIPTS = [  # (capitals, lower-case letters) of one script each
    ("ABDEGKLMNPRSTVZ" + "".join(LATIN_EXTENDED_CAPITALS), "abdeiklmnorstuvząčėęįšųūžłńśźőű"),
    ("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЮЯ", "абвгдежзиклмнопрстуфхцчшщюя"),
    ("ΑΒΓΔΕΖΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ", "αβγδεζηθικλμνξοπρστυφχψω"),
]


@st.composite
def names(draw: st.DrawFn) -> str:
    """A made-up "Given Surname" in one script, the surname starting with a capital outside Latin-1."""
    capitals, letters = draw(st.sampled_from(SCRIPTS))
    beyond = [c for c in capitals if ord(c) > 0xFF]
    given = draw(st.sampled_from(capitals)) + draw(st.text(alphabet=letters, min_size=3, max_size=8))
    surname = draw(st.sampled_from(beyond)) + draw(st.text(alphabet=letters, min_size=3, max_size=9))
    return f"{given} {surname}"


FRAMES = ["“The grid must be protected,” said {name} on Monday.",
          "{name} said on Monday that “the grid must be protected.”",
          "According to {name}, “the grid must be protected.”"]


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=names(), frame=st.sampled_from(FRAMES))
@example(name="Ingrida Šimonytė", frame=FRAMES[0])
@example(name="Łukasz Kowalski", frame=FRAMES[1])
@example(name="Володимир Зеленський", frame=FRAMES[2])
def test_a_name_with_capitals_beyond_latin1_is_found_whole_and_credited(name: str, frame: str) -> None:
    text = frame.format(name=name) + f" Later {name.split()[1]} said “we will see.”"
    assert [m.surface for m in names_in("", text)][:1] == [name]
    quotes = quotes_in("", text)
    assert [q.name for q in quotes] == [name, name]  # the surname alone is the same person
