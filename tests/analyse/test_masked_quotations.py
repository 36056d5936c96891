"""A quotation's frame never depends on what another quotation contains.

quotemask.MASK stands for the other quotations while frames are read. It was U+001F, which is white
space to `\\s`, `str.split` and `str.strip`: patterns read across a masked quotation as if it were a
space, so the length and first letter of another quotation decided a frame. A trial:
'Varga spoke at the quay. “Varga is here.” Moreau: “We will stay here for good.”' gave no speaker
(the colon frame's clause started at a mask that `\\s*` no longer skipped once the sentence began
with the quotation), while with “the is here” in its place the same frame gave Moreau. MASK is now
U+001A, not white space, and a masked quotation is a clause break like a period.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotemask import MASK
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
TARGET = "We will stay here for good"
# {x}: another quotation's words; the quotation TARGET has a frame of its own.
TEMPLATES = [
    "Varga spoke at the quay. “{x},” said Varga, “we will stay here for good.”",
    "“{x}” “We will stay here for good,” said Varga.",
    "Varga spoke at the quay. “{x}” Moreau: “We will stay here for good.”",
    "Moreau said “{x}” and Varga said: “We will stay here for good.”",
    "Lena Salo met the crews. “{x},” she said. “We will stay here for good,” she added.",
    "“{x}” Kowalczyk told reporters. “We will stay here for good.”",
    "Anna Berg, who called it “{x}”, said: “We will stay here for good.”",
    "The union called the plan “{x}” in a statement. “We will stay here for good,” Berg said.",
    "“We will stay here for good,” Berg said of “{x}” on Monday.",
    "Berg was asked about “{x}” and said: “We will stay here for good.”",
    "“{x}” Berg replied, “we will stay here for good,” and left.",
    "Varga spoke. “{x}.” “We will stay here for good,” she said.",
]
_WORD = st.sampled_from(["the", "port", "is", "we", "Varga", "Moreau", "Anna Berg", "said", "and", "Ms.", "U.S.",
                         "so", "no", "she", "according to", "told", "—", "\u00a0", "  "])
_PUNCTUATION = st.sampled_from(["", " ", ",", ".", "?", "!", " —", ":", ";", "\t"])
# Another quotation's words, opening with a capital or not (a sentence starts at an opening mark before one)
content = st.tuples(st.sampled_from(["It", "it", "Varga", "we"]),
                    st.lists(st.tuples(_WORD, _PUNCTUATION), min_size=1, max_size=12)).map(
    lambda words: words[0] + " " + " ".join(w + p for w, p in words[1]) + " is here")


def _target(template: str, other: str) -> list[tuple[str | None, str | None, str]]:
    text = template.format(x=other)
    at = text.lower().index(TARGET.lower())
    return [(q.speaker, q.kind, q.frame) for q in quotes_in("", text) if q.start >= at]


@FAST
@given(st.sampled_from(TEMPLATES), content, content)
def test_a_frame_never_depends_on_another_quotations_words(template: str, one: str, other: str) -> None:
    assert _target(template, one) == _target(template, other)


def test_the_mask_is_no_white_space_and_no_word() -> None:
    assert not MASK.isspace() and not MASK.isalnum() and MASK not in "\t\n "


@pytest.mark.parametrize(("text", "speaker"), [
    # the colon frame's clause starts after another quotation (it was none, or Moreau only by chance)
    ("Varga spoke at the quay. “Varga is here” Moreau: “We will stay here for good.”", "Moreau"),
    ("Varga spoke at the quay. “the port is here” Moreau: “We will stay here for good.”", "Moreau"),
])
def test_a_colon_frame_after_another_quotation(text: str, speaker: str) -> None:
    assert quotes_in("", text)[-1].speaker == speaker
