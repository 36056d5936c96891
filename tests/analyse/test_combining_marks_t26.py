"""A name written with combining marks reads as the same name without them (analyse/marks.py).

The reported input (T26 F1, 2026-12-07): "Prof. Ọbáfẹ́mi Ọlátúnjí … noted that …": "ẹ́" has no composed form, so
U+0301 stays a character of its own after NFC (load/text.nfc), the name run stopped inside "Ọbáfẹ́mi" and the
speaker was "Ọlátúnjí", a person apart from "Obafemi Olatunji". The kind: any combining mark of the Latin
alphabets' blocks after any letter of a given name or a surname, in any frame, with or without a title, in the
decomposed (NFD) or composed (NFC) form as loading leaves it: the speaker and the person are the name with its
marks, and one person with the name written without them.
"""
from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.quotes import quotes_in
from briefgen.load.text import nfc

# Marks after letters in Yoruba (tones on dotted vowels: no composed form), Vietnamese written decomposed, Sanskrit
# transliteration (ring below, macron below) and the extended blocks (a Mac's decomposed accents are U+0300-U+036F).
MARKS = ("\u0300", "\u0301", "\u0304", "\u0303", "\u0323", "\u0325", "\u0331", "\u0302\u0301", "\u0323\u0300",
         "\u1dc4", "\u1ab0")
SYLLABLES = ("ba", "fe", "mi", "la", "tun", "ji", "ko", "ye", "se", "gun", "wa", "do", "ri")
BARE = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map("".join).filter(lambda w: w.lower() not in LISTED)
FRAMES = ('Prof. {name}, an economist, noted that the removal had been "priced in by the market".',
          '"The market priced it in," said {name}, an economist.',
          '{name} said: "The market priced it in."',
          'The economist, {name}, told reporters that "the market priced it in".',
          '"The market priced it in," {name} said.')


def strip(text: str) -> str:
    """`text` without combining marks (as namekeys.fold compares names)."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@st.composite
def marked(draw: st.DrawFn) -> str:
    """A capitalised word with one to three combining marks after its letters (decomposed or composed)."""
    word = draw(BARE)
    places = sorted(set(draw(st.lists(st.integers(0, len(word) - 1), min_size=1, max_size=3))), reverse=True)
    for at in places:
        word = word[:at + 1] + draw(st.sampled_from(MARKS)) + word[at + 1:]
    word = word[0].upper() + word[1:]
    return nfc(word) if draw(st.booleans()) else unicodedata.normalize("NFD", word)


@settings(max_examples=examples(150), deadline=None)
@given(marked(), marked(), st.sampled_from(FRAMES))
def test_a_marked_name_is_read_whole(given_name: str, surname: str, frame: str) -> None:
    name = f"{given_name} {surname}"
    plain = [q.name for q in quotes_in("x", frame.format(name=strip(name)))]
    assert plain == [strip(name)], plain  # (the frame reads the name without marks)
    assert [q.name for q in quotes_in("x", frame.format(name=name))] == [name]


@settings(max_examples=examples(60), deadline=None)
@given(marked(), marked(), st.booleans())
def test_the_marked_and_the_plain_spelling_are_one_person(given_name: str, surname: str, marked_first: bool) -> None:
    name = nfc(f"{given_name} {surname}")  # (as loading leaves it)
    spellings = (name, strip(name)) if marked_first else (strip(name), name)
    bodies = {"a": f'{spellings[0]} said the plant was shut. "It is over," {spellings[0].split()[1]} said.',
              "b": f'{spellings[1]} said storage was full. "It is not over," {spellings[1].split()[1]} said.'}
    articles = tuple(factories.article(slug) for slug in bodies)
    people = people_of(articles, {slug: find_people("Fuel", body) for slug, body in bodies.items()}, ())
    listed = [(strip(p.name), len(p.quotes)) for p in people.people]
    assert listed == [(strip(name), 2)], listed


def test_the_reported_sentence() -> None:
    text = ("Prof. \u1eccb\u00e1f\u1eb9\u0301mi \u1eccl\u00e1t\u00fanj\u00ed, an energy economist at the University of "
            'Lagos, noted that the removal had been "priced in by the black market for months". He added: "What '
            'matters now is the refinery."')
    assert [q.name for q in quotes_in("x", text)] == ["\u1eccb\u00e1f\u1eb9\u0301mi \u1eccl\u00e1t\u00fanj\u00ed"] * 2
