"""A surname two people of the archive bear, written alone with a title ("Mr Harrowgate wants … “…,” he said") in an
article that names neither in full, is the one the frame's gender fits when the archive's quotations show the
other to be of the other gender (speakergender.py, people.people_of); "Mr Harrowgate" is a person, a pronoun's
antecedent, whatever its verb (quotespeakers._persons).

A trial (2026-12-04, consultants-letter-mtw.md): the quotation had no speaker ("wants" is no verb in the past tense,
and the surname alone no one's), and two Harrowgates, Tobias and Ines, are named elsewhere. Property over made-up
names, the frame (pronoun, titled name) and what the archive shows: the quotation is the man's when she is shown a
woman, no one's otherwise.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support import factories
from support.examples import examples
from support.titledletters import titled_bodies

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.people import find_people, people_of
from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("mar", "ta", "il", "se", "ko", "wal", "an", "na", "bre", "da", "lo", "ren", "tob", "ias")
word = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(
    lambda w: not given_sex(w))  # (not "Tobias", a man's given name: "Tobias … she said" is no one's, QW17)


def _speakers(bodies: dict[str, str]) -> dict[str, set[str]]:
    articles = tuple(factories.article(slug) for slug in bodies)
    people = people_of(articles, {slug: find_people("Letter", body) for slug, body in bodies.items()}, ())
    return {p.name: {slug for slug, _ in p.quotes} for p in people.people}


@settings(max_examples=examples(60), deadline=None)
@given(word, word, word, st.booleans(), st.booleans(), st.booleans())
@example("Nana", "Marmar", "Marmarmar", True, True, True)  # (FX119's CI draws: "Nana", a title that is a given name
@example("Nana", "Marmar", "Marmarmar", False, True, False)  # too, read as Marmar Marmarmar's: jobtitled.py)
def test_the_title_names_the_bearer_it_fits(his: str, hers: str, surname: str, shown: bool, pronoun: bool,
                                            mr: bool) -> None:
    if len({his, hers, surname}) < 3:
        return
    bodies = titled_bodies(his, hers, surname, shown, pronoun, mr)
    speakers = _speakers(bodies)
    titled = {name for name, slugs in speakers.items() if "titled" in slugs}
    if mr and shown:
        assert titled == {f"{his} {surname}"}, (bodies, speakers)
    else:  # nothing shows him a man: "Ms" fits both; with her not shown, "Mr" fits both
        assert titled == set(), (bodies, speakers)


def test_an_honorific_makes_one_word_a_person() -> None:
    quote, = quotes_in("Letter", "Mr Harrowgate wants the trust to release its risk assessment. “Publish it and let "
                                 "us check the arithmetic,” he said.")
    assert quote.name == "Harrowgate"
