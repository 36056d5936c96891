"""Property tests (hypothesis) of who is credited with a quote and whom a later reference names.

- Topic frames ("<Name>, she said, “…”", "About <Name>, she said:", "Asked about <Name>, …"):
  whatever their number and order, <Name> is never the speaker, and "she" stays the person
  named as the subject before them (an error never carries into the next sentence).
- A surname led by particles ("Al Nuaimi", "Le Pen", "Von der Leyen") after the full name is the
  same person, in names_in, quotes_in and across articles (NameIndex); without the full name
  before it, it is a name of its own.
"""
from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import ENDINGS, LISTED as MADE_UP_LISTED

from briefgen.analyse.lexicon import (BRIEF_WORDS, DEMONYMS, FALSE_TITLES, MONTHS_DAYS, ORG_HEADS, ORG_NAMES, PLACE_HEADS,
                                      PRODUCT_WORDS,
                                      PLACES, REGION_PREFIXES, ROLE_NOUNS, STOPWORDS, SURNAME_PARTICLES, THING_HEADS,
                                      TITLE_WORDS)
from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.nameruns import ABBREVIATED_TITLES, MORE_ORG_HEADS
from briefgen.analyse.occupations import OCCUPATIONS, opening_occupation
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(200), deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LISTED = (STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS | ORG_NAMES
           | THING_HEADS | SURNAME_PARTICLES | BRIEF_WORDS  # ("Minister for Health Labor Aaaa": a brief)
           | FALSE_TITLES  # ("Neighbor Al Aaaa" is Al Aaaa, a neighbour: a draw failed the CI at c331d17)
           | PLACE_HEADS | REGION_PREFIXES  # ("Aaaa Road" is a road, "East Aaaa" a region: draws of 2026-12-03)
           | PRODUCT_WORDS  # ("Aiuk Mini" is a product, as "PowerCell Mini": drawn in the fifth trial's runs)
           | ABBREVIATED_TITLES | OCCUPATIONS | MORE_ORG_HEADS | MADE_UP_LISTED)  # ("Revd Aaaa" is Aaaa, a reverend: a draw of 2026-12-05)
# Made-up name words: capitalised, not a word of any list (a place, a title, a particle ...).
word = (st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9)
        .map(str.capitalize).filter(lambda w: w.lower() not in _LISTED and not w.endswith(("ing", "ed", "s"))
                                                and not opening_occupation(w.lower())
                                                and not w.lower().endswith(ENDINGS)))  # ("Asion": a brief's noun's)
person = st.tuples(word, word).filter(lambda p: p[0] != p[1]).map(" ".join)

TOPIC_FRAMES = [
    "{topic}, she said, “has shown no interest in a deal and is stalling for time.”",
    "About {topic}, she said: “He walked out after ten minutes.”",
    "Of {topic}, she said: “He is the only man both sides trust.”",
    "Asked about {topic}, she said: “He has not called us back since the spring.”",
    "After meeting {topic}, she said: “We did not agree on anything at all.”",
    "{topic} has shown no interest in a deal, she said, “and he is stalling for time.”",
    "“He walked out after ten minutes,” she said of {topic}.",
    "{topic}’s offer was “neither serious nor new in any way,” she said.",
]
INTROS = [
    "Norwegian Foreign Minister {speaker} spoke to reporters in Oslo after the first day of talks.",
    "On Tuesday, {speaker} spoke to reporters in Oslo.",
    "The mediator {speaker} opened the talks in Oslo.",
    "“We will stay as long as it takes,” {speaker} said in Oslo.",
]


@FAST
@given(person, st.lists(st.tuples(st.sampled_from(TOPIC_FRAMES), person), min_size=1, max_size=4),
       st.sampled_from(INTROS), st.booleans())
def test_topic_frames_never_make_their_topic_the_speaker(speaker: str, frames: list[tuple[str, str]],
                                                         intro: str, introduced: bool) -> None:
    topics = {topic for _, topic in frames}
    assume(speaker not in topics and not {speaker.split()[-1]} & {t.split()[-1] for t in topics})
    lead = f"{intro.format(speaker=speaker)} " if introduced else ""
    text = lead + " ".join(f.format(topic=t) for f, t in frames)
    found = [q for q in quotes_in("", text) if q.start > len(lead)]
    assert len(found) == len(frames)
    for quote in found:
        assert quote.name not in topics and quote.speaker not in topics
        assert quote.name == (speaker if introduced else None)


PARTICLED = ["Al", "El", "Bin", "Ibn", "Abu", "Van", "Von", "De", "Da", "Di", "Du", "Dos", "Del", "Le", "La",
             "Van der", "Von der", "De la", "Bin", "Ben",
             "Á", "Í", "Við", "Zu",  # Faroese and German particles (a trial: "Kristian á Lakjuni" was "Lakjuni")
             "Ó", "Ní", "Nic", "Mac", "Uí", "Ua"]  # Irish (a trial: "Ó Súilleabháin said" was a person of its own)


@FAST
@given(word, st.sampled_from(PARTICLED), word, st.booleans())
def test_particles_and_a_surname_are_the_person_named_in_full_before(given_name: str, particles: str, surname: str,
                                                                     lower: bool) -> None:
    if any(p.lower() == given_name.lower() for p in particles.split()) or particles.split()[-1] == surname:
        return
    written = particles.lower() if lower else particles  # "Ursula von der Leyen" … "Von der Leyen said"
    full = f"{given_name} {written} {surname}"
    reference = f"{particles} {surname}"
    text = (f"{full}, the envoy, spoke on Saturday. “We are proud of this outcome,” {reference} said. "
            f"{reference} said the channel would stay open.")
    mentions = [m for m in names_in("", text) if m.surface.endswith(surname)]
    assert [m.full for m in mentions] == [full] * 3
    assert [q.name for q in quotes_in("", text)] == [full]
    elsewhere = names_in("", f"“We are proud of this outcome,” {reference} said.")  # never given in full there
    index = NameIndex.build([], {"a": names_in("", text), "b": elsewhere})
    assert index.canonical(reference) == full


@FAST
@given(word, st.sampled_from(PARTICLED), word, word)
def test_particles_and_a_surname_alone_are_a_name_of_their_own(given_name: str, particles: str, surname: str,
                                                               other: str) -> None:
    if other == surname:
        return
    text = f"{given_name} {particles} {other} spoke first. “We are proud of this outcome,” {particles} {surname} said."
    (quote,) = quotes_in("", text)
    assert quote.name == f"{particles} {surname}"
    assert f"{particles} {surname}" in [m.full for m in names_in("", text)]
