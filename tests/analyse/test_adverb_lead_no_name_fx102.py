"""A sentence adverb alone before a colon lead-in is no person's name (FX102, BR60): "Strictly speaking: “…”",
"Roughly speaking: “…”" gave the speakers "Strictly", "Roughly" (both before and after FX99; FX97 made the listed
adverbs no names). The rule: sentenceadverbs.SENTENCE_ADVERBS, read by quotespeakers._named_alone."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.sentenceadverbs import SENTENCE_ADVERBS

_QUOTE = '"Nobody goes home until every tally sheet is counted."'
_LY = sorted({w for w in SENTENCE_ADVERBS if w.endswith("ly")} | {"strictly", "roughly", "broadly", "loosely", "bluntly",
                                                                   "candidly", "plainly", "truthfully"})


def _names(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("t", text)]


def test_reported_input() -> None:
    assert _names(f"Strictly speaking: {_QUOTE}") == [None]
    assert _names(f"Frankly speaking: {_QUOTE}") == [None]
    assert _names(f"Ana Ruiz said the count would go on. Strictly speaking: {_QUOTE}") != ["Strictly"]


@given(st.sampled_from(_LY), st.sampled_from([" speaking:", ":"]), st.sampled_from(["", "The count went on. "]))
@FAST
def test_an_adverb_is_never_the_speaker(adverb, lead, before) -> None:
    text = f"{before}{adverb.capitalize()}{lead} {_QUOTE}"
    assert adverb.capitalize() not in [n or "" for n in _names(text)], text


@given(word, st.sampled_from(_LY))
@FAST
def test_a_person_of_that_name_keeps_it(given_name, adverb) -> None:
    """The control: the article names a person with the word as surname; "Frankly said:" is theirs."""
    surname = adverb.capitalize()
    text = f"Singer {given_name} {surname} spoke on Monday.\n\n{surname} said: {_QUOTE}"
    assert _names(text) == [f"{given_name} {surname}"], text
