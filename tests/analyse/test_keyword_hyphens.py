"""A topic keyword's words match with a hyphen or a space between them, either way round.

The reported input (a trial, 2026-12-04): the keyword "brain swelling" missed "brain-swelling cases", so an
article about them was listed under Other. The kind: any keyword of two or more words, written with spaces or
hyphens (ASCII, U+2010, U+2011), found in text written the other way, in any case, across line breaks.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.topics import keyword_index, match_keywords
from briefgen.load.config import Topic

word = st.text(alphabet="abcdefghijklmnoprstuvwz", min_size=2, max_size=8)
joins = st.sampled_from([" ", "-", "\u2010", "\u2011", "\n", "  "])


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(word, min_size=2, max_size=3), st.lists(joins, min_size=2, max_size=2), st.sampled_from([" ", "-"]),
       st.booleans())
def test_a_keyword_matches_with_hyphens_or_spaces(words: list[str], written: list[str], configured: str,
                                                  upper: bool) -> None:
    keyword = configured.join(words)
    index = keyword_index((Topic("t", "T", "", (keyword,)),))
    phrase = "".join(w + (written[k] if k < len(written) else "") for k, w in enumerate(words[:-1])) + words[-1]
    phrase = phrase.upper() if upper else phrase
    found = match_keywords("", f"Cases of {phrase} rose. More {phrase} followed.", index)
    assert [(m.topic, m.words) for m in found] == [("t", ((keyword, 2),))], (keyword, phrase)


def test_the_reported_input_and_no_match_inside_a_word() -> None:
    index = keyword_index((Topic("safety", "Safety", "", ("brain swelling",)),))
    assert match_keywords("", "Brain-swelling cases rose; brain swelling again.", index)[0].words == (("brain swelling", 2),)
    assert match_keywords("", "brainswelling cases; brain swellings; xbrain swelling", index) == ()
