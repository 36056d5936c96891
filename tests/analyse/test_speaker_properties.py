"""Property tests (hypothesis) of who is credited with a quote.

- Topic frames ("<Name>, she said, “…”", "About <Name>, she said:", "Asked about <Name>, …"):
  whatever their number and order, <Name> is never the speaker, and "she" stays the person
  named as the subject before them (an error never carries into the next sentence).
"""
from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from briefgen.analyse.lexicon import (DEMONYMS, MONTHS_DAYS, ORG_HEADS, ORG_NAMES, PLACES, ROLE_NOUNS, STOPWORDS,
                                      THING_HEADS, TITLE_WORDS)
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LISTED = (STOPWORDS | MONTHS_DAYS | PLACES | DEMONYMS | ROLE_NOUNS | TITLE_WORDS | ORG_HEADS | ORG_NAMES
           | THING_HEADS)
# Made-up name words: capitalised, not a word of any list (a place, a title, a particle ...).
word = (st.text(alphabet="abdeghiklmnorstuvz", min_size=4, max_size=9)
        .map(str.capitalize).filter(lambda w: w.lower() not in _LISTED and not w.endswith(("ing", "ed", "s"))))
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
