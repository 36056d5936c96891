"""Breaker BR65's regressions of FX102/FX104 (FX108): a place-like surname the article also uses bare in other ways
("Santa Cruz officials …") gave the senator the region's words (placesurnames._bare_uses_spoken); a job appositive
followed by a noun phrase or list word ("Victoria Police, a nurse, two paramedics and a doctor arrived") made a body
a person (stopnames._clause_verb); narration after a dash frame ("—said Ana Ruiz— and then she left the room.") was
read as speech (dialoguedashes._goes_on)."""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.people import find_people

_Q = "“Our count is nearly done,” Santa Cruz said in a statement."
_BARE = ["Santa Cruz officials have not reported.", "Santa Cruz's electoral board met.",
         "Voters in La Paz and Santa Cruz waited.", "The Santa Cruz government met.",
         "Santa Cruz, Bolivia's largest region, waited."]
_AFTER = ["two paramedics and a doctor arrived", "plus two paramedics arrived", "& two paramedics arrived",
          "with two paramedics arrived", "along with two paramedics arrived", "etc. arrived",
          "who arrived first, said the road was shut"]
_NARRATION = ["and then she left the room.", "she added that it was over.", "and then they left.", "he said it was over."]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_people("T", text).quotes]


def _kind(text: str, name: str) -> str:
    return next((n.kind for n in find_people("T", text).named if n.full == name), "none")


@given(st.sampled_from(_BARE))
@FAST
def test_a_surname_used_bare_otherwise_is_no_speaker(use: str) -> None:
    text = f"Senator Rafael Santa Cruz backed the count. {use} {_Q}"
    assert "Rafael Santa Cruz" not in _speakers(text), text


def test_with_only_spoken_uses_the_surname_is_the_person() -> None:
    assert _speakers(f"Senator Rafael Santa Cruz backed the count. The tally was slow.\n\n{_Q}") == ["Rafael Santa Cruz"]


@given(st.sampled_from(["Victoria Police", "Kent Police", "Essex Police"]), st.sampled_from(["a nurse", "a doctor"]),
       st.sampled_from(_AFTER))
@FAST
def test_a_list_after_a_job_appositive_leaves_the_body(body: str, job: str, after: str) -> None:
    text = f"{body}, {job}, {after} at the scene."
    assert _kind(text, body) != "person", text


@given(st.sampled_from(["Victoria Police", "Kent Police", "Essex Police"]),
       st.sampled_from(["“It was chaos,” said {b}, a nurse with two paramedics.",
                        "“It was chaos,” said {b}, a nurse & two paramedics.",
                        "“It was chaos,” said {b}, a nurse plus two paramedics.",
                        "{b}, a nurse along with two paramedics, arrived. “It was chaos,” the nurse said."]))
@FAST
def test_a_list_inside_a_job_appositive_leaves_the_body(body: str, text: str) -> None:
    assert _kind(text.format(b=body), body) != "person", text


def test_a_true_appositive_still_makes_a_person() -> None:
    assert _kind("Emma Electric, a nurse, said the road was shut.", "Emma Electric") == "person"
    assert _kind("Emma Electric, a nurse, told reporters the road was shut.", "Emma Electric") == "person"


@given(st.sampled_from(_NARRATION), st.sampled_from(["said Ana Ruiz", "Ana Ruiz said", "she said"]))
@FAST
def test_narration_after_a_dash_frame_is_no_speech(after: str, frame: str) -> None:
    text = f"Ana Ruiz spoke.\n\n—We will not back down —{frame}— {after}"
    assert not any(after[:12] in q.text for q in find_people("T", text).quotes), text


def test_speech_going_on_after_a_dash_frame() -> None:
    quotes = find_people("T", "—We will not back down —said Ana Ruiz— we will defend every vote.").quotes
    assert any("defend every vote" in q.text for q in quotes)
