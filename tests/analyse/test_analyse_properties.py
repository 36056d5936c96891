"""Property tests (hypothesis) of quotes_in and names_in: any text, no exception, honest offsets."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.quotemarks import pair_marks
from briefgen.analyse.wrappedlines import unwrapped
from tests.analyse.test_quote_frames import FRAMES, MARK_STYLES

WORDS = ["Kuleba", "„", "«", "»", "Dmytro", "said", "told", "the", "Kremlin", "he", "she", "“", "”", '"', ",", ".", ":", "—",
         "We", "will", "win", "according", "to", "Mr.", "U.S.", "one", "official", "Avril", "Haines", "‘", "’",
         "State", "Department", "in", "Kyiv", "Minister", "Foreign", "?", "\n\n", "asked", "de", "von", "'s"]
news_like = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.one_of(news_like, st.text(max_size=300))
FAST = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(any_text, any_text)
def test_quotes_are_substrings_and_speakers_come_from_the_text(title: str, text: str) -> None:
    for quote in quotes_in(title, text):
        source = title if quote.in_title else text
        assert source[quote.start:quote.end] == quote.text
        # whole words of the text: an offset out by one gave "enryk Zielinski"
        assert quote.speaker is None or any(re.search(rf"(?<!\w){re.escape(quote.speaker)}(?!\w)", s)
                                            for s in (title, text))
        assert (quote.speaker is None) == (quote.name is None)


@FAST
@given(any_text, any_text)
@example("", "B\n\u00c0")  # (a hard-wrapped name: its surface is read with the newline as a space; hypothesis, 2026-12-06)
def test_name_mentions_are_where_they_say(title: str, text: str) -> None:
    for mention in names_in(title, text):  # (as read: a newline inside a paragraph is a space, wrappedlines.py)
        source = title if mention.in_title else text
        assert unwrapped(source)[mention.start:mention.end] == mention.surface
        assert mention.kind in ("person", "organisation")


BASE = [text for text, _, _ in FRAMES] + [  # every frame: a lead-in after a first sentence was missed
    "“We will not trade land for peace,” Kuleba said.",
    "Foreign Minister Dmytro Kuleba met the envoy. “We discussed everything,” he said.",
    "According to the State Department, “no decision on jets has been taken”.",
    "“The talks were useful,” the Kremlin said in a statement.",
]
UNRELATED = st.sampled_from([
    "Sergei Lavrov was in Ankara on Monday.", "Avril Haines testified before the Senate.",
    "Olaf Scholz spoke to Emmanuel Macron by phone.", "The weather in Brussels was mild.",
])


@FAST
@given(st.sampled_from(BASE), UNRELATED, st.sampled_from(["after", "before", "same paragraph"]))
def test_an_unrelated_sentence_never_changes_a_speaker(passage: str, extra: str, where: str) -> None:
    (before,) = quotes_in("", passage)
    ended = passage[-1] in ".!?”"  # a byline after a dash ends its paragraph
    text = {"after": f"{passage}{' ' if ended else chr(10) * 2}{extra}", "before": f"{extra}\n\n{passage}",
            "same paragraph": f"{extra} {passage}"}[where]
    (found,) = quotes_in("", text)
    assert (found.speaker, found.text) == (before.speaker, before.text)


@FAST
@given(st.sampled_from(FRAMES), st.sampled_from(MARK_STYLES))
def test_every_frame_reads_the_same_in_other_quotation_marks(frame: tuple[str, str, str],
                                                              style: tuple[str, str]) -> None:
    """„…“, «…» and »…« stand for “…”: the same speaker by the same frame, the words as written."""
    text, speaker, rule = frame
    written = text.replace("“", style[0]).replace("”", style[1])
    (found,) = quotes_in("", written)
    assert (found.speaker, found.frame) == (speaker, rule)
    assert written[found.start:found.end] == found.text


@FAST
@given(any_text)
def test_pairing_marks_keeps_every_offset(text: str) -> None:
    assert len(pair_marks(text)) == len(text)


@FAST
@given(st.sampled_from(FRAMES), st.sampled_from(["Prices rose 5 %» here.", "The «Azov» unit held.", "A lone „ mark.",
                                                 "He said « and left.", "»Odd« they wrote.", "It was „fine”."]),
       st.sampled_from([" ", "\n\n"]))
def test_other_marks_elsewhere_never_cost_a_quotation(frame: tuple[str, str, str], extra: str, gap: str) -> None:
    """A second review: a stray or foreign mark in another sentence made an English “…” nested."""
    text, speaker, rule = frame
    found = quotes_in("", f"{extra}{gap}{text}")
    assert found and (found[-1].speaker, found[-1].frame) == (speaker, rule)
