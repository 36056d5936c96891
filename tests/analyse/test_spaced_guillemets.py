"""French spaced guillemets (« … », with a space, no-break space or narrow no-break space inside the
marks) read as “…” also across sentences.

A trial (Le Monde): 'Jean-Baptiste de La Roche-Aymon has threatened Norway … « Si la Norvège ferme sa
porte, … », he said' gave the quote no speaker: the sentence splitter wanted the capital right after
an opening mark, so the quotation's sentence ran on from the one before and "he" found no antecedent.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person

FAST = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
PASSAGES = [
    "{a} has threatened Norway with duties. “If Norway closes its door, Europe will keep nothing open”, he said.",
    "“Why did nobody answer the letters?” {a} asked. “Somebody must have read them.”",
    "{a} met the delegation. “We talked for hours about the quota,” she said. “Nothing was agreed.”",
    "On Tuesday {a} spoke first. “No. We will not sign this.” The others left.",
]
SPACES = [" ", "\u00a0", "\u202f"]


@FAST
@given(person, st.sampled_from(PASSAGES), st.sampled_from(SPACES))
def test_spaced_guillemets_read_as_english_quotation_marks(name: str, passage: str, space: str) -> None:
    english = passage.format(a=name)
    french = english.replace("“", f"«{space}").replace("”", f"{space}»")
    expected = [(q.name, q.frame, q.text) for q in quotes_in("", english)]
    assert [(q.name, q.frame, q.text.strip()) for q in quotes_in("", french)] == expected, french


def test_the_trial_case() -> None:
    text = ("Jean-Baptiste de La Roche-Aymon has threatened Norway with customs duties on its salmon, according to "
            "the Financial Times. « Si la Norvège ferme sa porte, l’Europe ne gardera pas son marché grand ouvert », "
            "he said, in words the British daily published on Tuesday.")
    assert [q.name for q in quotes_in("", text)] == ["Jean-Baptiste de La Roche-Aymon"]
