"""A name inside a comma relative clause between a speech verb's subject and the verb is the clause's, never the
speaker: "Her lawyer, who represents Tom Reid, said …" gave Tom Reid the lawyer's words (the breakers' br5/br6 inputs,
issue 9, 2026-12-05: relativeclauses.relative_part)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text)]


def test_the_reported_sentences():
    for text in ("Her lawyer, who represents Tom Reid, said: “We will appeal.”",
                 "The lawyer, who represents Tom Reid, said: “He denies the charges.”",
                 "The club, whose owner is Tom Reid, said: “We are sad.”",
                 "His successor, who replaced Tom Reid in May, told reporters: “Things will change.”",
                 "The company, which employs Anna Berg, said: “We are shocked.”"):
        assert _speakers(text) in ([None], ["Her lawyer"], []), text
        assert not any(s and ("Reid" in s or "Berg" in s) for s in _speakers(text)), text


def test_what_must_not_change():
    kept = {
        "Mark Hughes, who represents Tom Reid, said: “We will appeal.”": ["Mark Hughes"],
        "Her lawyer, Mark Hughes, who represents Tom Reid, said: “We will appeal.”": ["Mark Hughes"],
        "The plan, which Anna Berg said was “reckless”, was dropped.": ["Anna Berg"],
        "The bank reported a loss, a figure which Tom Reid, its chief executive, said was “grim”.": ["Tom Reid"],
        "Anna Berg, who chairs the committee, said: “We will not give up on this town.”": ["Anna Berg"],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


_SUBJECTS = st.sampled_from(("Her lawyer", "The lawyer", "His successor", "The company", "The club", "A spokesman",
                             "Her solicitor"))
_CLAUSES = st.sampled_from(("who represents {}", "who advises {}", "which employs {}", "which owns {}",
                            "who succeeded {}", "who replaced {} last year", "whose owner is {}", "for whom {} worked",
                            "which {} founded", "who {} hired"))


@FAST
@given(_SUBJECTS, _CLAUSES, word, word, st.sampled_from(("said", "says", "told reporters")), st.booleans())
def test_a_name_in_a_comma_relative_clause_does_not_speak(subject, clause, first, second, verb, colon):
    name = f"{first} {second}"
    frame = f"{subject}, {clause.format(name)}, {verb}"
    text = f"{frame}: “We will appeal against this ruling.”" if colon else f"{frame} the ruling was “a disgrace”."
    assert not any(s and (first in s or second in s) for s in _speakers(text)), text
