"""A given-name title (Nana, Oga, Kumari, Selvi, Alhaji: titlewords.GIVEN_NAME_TITLES) before a surname is read by
where the person's full name stands, not by how the text spells it out (givennametitles.py, FX123).

News style names a person in full first and by title and surname after: "Aliko Dangote … Alhaji Dangote said" is
one person. "<title> <surname>" that comes first, or in one sentence with the other full name, is a person of its
own ("Nana Marmarmar and Marmar Marmarmar spoke", FX119's draw). The reported inputs (BR70, breaks of FX119, which
read the title only where written immediately before the full name): a style between title and name, three given
names, a no-break space, the title in lower case, and the same across the archive; each made a second person
"Alhaji Dangote" who took the quotation.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples
from support.madeup import LISTED

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.occupations import opening_occupation
from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.titlewords import GIVEN_NAME_TITLES

READY = "“We are ready,” {T} {S} said."
ONE_PERSON = (  # (text, the full name that is the quotation's speaker, the made-up "<title> <surname>")
    ("Alhaji Dr. Aliko Dangote spoke on Monday. “We are ready,” Alhaji Dangote said.", "Aliko Dangote", "Alhaji Dangote"),
    ("Alhaji (Dr) Aliko Dangote spoke on Monday. “We are ready,” Alhaji Dangote said.", "Aliko Dangote", "Alhaji Dangote"),
    ("Alhaji Engr. Musa Bello spoke on Monday. “We are ready,” Alhaji Bello said.", "Musa Bello", "Alhaji Bello"),
    ("Alhaji Prof. Musa Bello spoke on Monday. “We are ready,” Alhaji Bello said.", "Musa Bello", "Alhaji Bello"),
    ("Alhaji Barr. Musa Bello spoke on Monday. “We are ready,” Alhaji Bello said.", "Musa Bello", "Alhaji Bello"),
    ("Alhaji Chief Dr. Musa Bello spoke on Monday. “We are ready,” Alhaji Bello said.", "Musa Bello", "Alhaji Bello"),
    ("Alhaji, Dr. Musa Bello spoke on Monday. “We are ready,” Alhaji Bello said.", "Musa Bello", "Alhaji Bello"),
    ("Nana Dr. Kwame Bediako spoke. “We are ready,” Nana Bediako said.", "Kwame Bediako", "Nana Bediako"),
    ("Alhaji Abdulrahman Bello Dada Ahmed spoke on Monday. “We are ready,” Alhaji Ahmed said.",
     "Abdulrahman Bello Dada Ahmed", "Alhaji Ahmed"),
    ("Alhaji\u00a0Aliko Dangote spoke on Monday. “We are ready,” Alhaji Dangote said.", "Aliko Dangote", "Alhaji Dangote"),
    ("The alhaji, Aliko Dangote, spoke. “We are ready,” Alhaji Dangote said.", "Aliko Dangote", "Alhaji Dangote"),
    ("Business magnate and alhaji Aliko Dangote spoke. “We are ready,” Alhaji Dangote said.", "Aliko Dangote",
     "Alhaji Dangote"),
    ("Aliko Dangote spoke on Monday. “We are ready,” Alhaji Dangote said.", "Aliko Dangote", "Alhaji Dangote"),
    ("“We are ready,” Alhaji Dangote said. Alhaji Aliko Dangote spoke on Monday.", "Aliko Dangote", "Alhaji Dangote"),
)
TWO_PEOPLE = (  # (text, both named, the quotation's speaker): first, or in one sentence with the other
    ("Nana Mensah and Kofi Mensah spoke at the rally. “We won,” Nana Mensah said.", {"Nana Mensah", "Kofi Mensah"},
     "Nana Mensah"),
    ("Kofi Mensah and Nana Mensah spoke at the rally. “We won,” Nana Mensah said.", {"Nana Mensah", "Kofi Mensah"},
     "Nana Mensah"),
    ("“We are ready,” Nana Walren said. Dase Walren agreed.", {"Nana Walren", "Dase Walren"}, "Nana Walren"),
    ("Alhaji Kamara scored twice. Kei Kamara set up the second. “We deserved it,” Alhaji Kamara said.",
     {"Alhaji Kamara", "Kei Kamara"}, "Alhaji Kamara"),
    ("Kumari Selja and Ram Selja spoke. “We won,” Kumari Selja said.", {"Kumari Selja", "Ram Selja"}, "Kumari Selja"),
)


def test_the_reported_inputs() -> None:
    for text, speaker, made_up in ONE_PERSON:
        found = find_people("Letter", text)
        assert [q.speaker for q in found.quotes] == [speaker], (text, found.quotes)
        assert made_up not in {n.full for n in found.named}, (text, found.named)
    for text, named, speaker in TWO_PEOPLE:
        found = find_people("Letter", text)
        assert named <= {n.full for n in found.named}, (text, found.named)
        assert [q.speaker for q in found.quotes] == [speaker], (text, found.quotes)


def _archive(bodies: dict[str, str]) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each person of the archive: (name, articles, articles quoting them)."""
    articles = tuple(factories.article(slug) for slug in bodies)
    found = people_of(articles, {slug: find_people("Letter", body) for slug, body in bodies.items()}, ())
    return sorted((p.name, p.articles, tuple(slug for slug, _ in p.quotes)) for p in found.people)


def test_across_the_archive() -> None:
    for a in ("Alhaji Aliko Dangote opened the refinery. “We are ready,” said Alhaji Aliko Dangote.",
              "Alhaji Dr. Aliko Dangote opened the refinery. “We are ready,” Alhaji Dangote said."):
        for b in ("Aliko Dangote spoke on Monday. “Prices will fall,” Alhaji Dangote said.",
                  "Aliko Dangote spoke on Monday. “Prices will fall,” Dangote said."):
            assert _archive({"a": a, "b": b}) == [("Aliko Dangote", ("a", "b"), ("a", "b"))], (a, b)


SYLLABLES = ("mar", "ta", "il", "se", "ko", "wal", "an", "bre", "da", "lo", "ren", "vik", "tor", "ud")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(
    lambda w: w.lower() not in LISTED and not given_sex(w) and not opening_occupation(w.lower()))
title_name = st.sampled_from(sorted(GIVEN_NAME_TITLES)).map(str.capitalize)
STYLES = ("", "Dr. ", "Dr ", "(Dr) ", "Prof. ", "Engr. ", "Chief Dr. ")
SPACES = (" ", "\u00a0", "\n")
# how the full name is introduced: {t} the title in lower case, {s} a space, {y} a style, {F} the full name
OPENINGS = ("{T}{s}{y}{F}", "{F}", "The {t}, {F},", "Business magnate and {t} {F}", "{T},{s}{y}{F}")


@settings(max_examples=examples(60), deadline=None)
@given(title_name, st.lists(word, min_size=1, max_size=3), word, st.sampled_from(STYLES), st.sampled_from(SPACES),
       st.sampled_from(OPENINGS))
def test_named_in_full_before_the_title_is_his(title: str, givens: list[str], surname: str, style: str, space: str,
                                                 opening: str) -> None:
    if len({title, surname, *givens}) < 2 + len(givens):
        return
    full = " ".join([*givens, surname])
    named = opening.format(T=title, t=title.lower(), s=space, y=style, F=full)
    text = f"{named} spoke on Monday. {READY.format(T=title, S=surname)}"
    found = find_people("Letter", text)
    assert f"{title} {surname}" not in {n.full for n in found.named}, (text, found.named)
    assert [q.speaker for q in found.quotes] in ([full], [f"{title} {full}"]), (text, found.quotes)  # ("Nana" before
    # three name words is the name's own: "Nana Addo Dankwa Akufo-Addo", titlewords.py)


# (no no-break space between title and surname here: "Kofi\u00a0Marmarmar said" is read as "Marmarmar" alone, any
# name's words so joined, a limit of the name runs, not of the title's reading)
PLACED = ("“We are ready,” {T} {S} said. {F} agreed with the board.",  # the title first: a person of its own
          "{T} {S} and {F} spoke at the meeting on Monday.", "{F} and {T} {S} spoke at the meeting on Monday.",
          "{F} met {T} {S} on Monday.", "{F}, {T} {S} and the mayor spoke on Monday.")


@settings(max_examples=examples(60), deadline=None)
@given(title_name, st.lists(word, min_size=1, max_size=2), word, st.sampled_from(SPACES[::2]), st.sampled_from(PLACED))
def test_first_or_beside_the_full_name_it_is_a_name(title: str, givens: list[str], surname: str, space: str,
                                                      frame: str) -> None:
    if len({title, surname, *givens}) < 2 + len(givens):
        return
    full = " ".join([*givens, surname])
    text = frame.format(T=title, S=surname, F=full).replace(f"{title} {surname}", f"{title}{space}{surname}")
    found = find_people("Letter", text)
    assert {f"{title} {surname}", full} <= {n.full for n in found.named}, (text, found.named)
    assert [q.speaker for q in found.quotes] in ([], [f"{title} {surname}"]), (text, found.quotes)
