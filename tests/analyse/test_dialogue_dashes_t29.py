"""Dialogue written with dashes (Spanish typography, in an English rendering) is read as quotations, the frame's
speaker's (T29 F7, FX99): "—We will not accept a result written in the dark —said Ruiz de la Torre—. We will defend
every vote." was no quotation at all. An em dash in ordinary prose never becomes one. The rule:
dialoguedashes.dialogue_marked."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.name) for q in quotes_in("t", text)]


def test_reported_input() -> None:
    text = ("María Fernanda Ruiz de la Torre addressed supporters on Tuesday.\n\n—We will not accept a result written "
            "in the dark —said Ruiz de la Torre—. We will defend every vote in the street and in the courts.")
    found = _found(text)
    assert [t for t, _ in found] == ["We will not accept a result written in the dark",
                                     "We will defend every vote in the street and in the courts"]
    assert len({n for _, n in found}) == 1 and found[0][1] is not None and found[0][1].endswith("Ruiz de la Torre")


@given(word, word, st.sampled_from(["said {s}", "{s} said", "she said", "added {s}"]),
       st.sampled_from(["—. We will defend every vote.", ".", "— we will defend every vote.", "—."]))
@example("Ana", "Ruiz", "said {s}", "—. We will defend every vote.")
@FAST
def test_the_frame_between_dashes_gives_the_speaker(given_name, surname, frame, tail) -> None:
    if given_name == surname:
        return
    text = (f"{given_name} {surname} spoke on Tuesday.\n\n—We will not accept a result written in the dark "
            f"—{frame.format(s=surname)}{tail}")
    found = _found(text)
    assert found and found[0] == ("We will not accept a result written in the dark", f"{given_name} {surname}"), text
    assert all(n == f"{given_name} {surname}" for _, n in found), text
    from briefgen.analyse.dialoguedashes import dialogue_marked  # (here: a tree without it fails on the speakers)
    assert dialogue_marked(text) != text and len(dialogue_marked(text)) == len(text)


@given(word, word, st.sampled_from([
    "The result — disputed by {g} {s} — stands.", "The result—disputed by {g} {s}—stands.",
    "— {g} {s} won 52% of the vote.", "—{g} {s} said the count would go on —and so it did.",
    "—Reporting by {g} {s}.", "—{g} {s} won the first round —narrowly— in October.",
    "Turnout was high —said to be 80%— in the north.", "—{g} {s}, Lima"]))
@FAST
def test_a_dash_in_prose_is_no_quotation(given_name, surname, prose) -> None:
    text = f"The count went on.\n\n{prose.format(g=given_name, s=surname)}\n\nNo one spoke."
    assert _found(text) == [], text
    from briefgen.analyse.dialoguedashes import dialogue_marked
    assert dialogue_marked(text) == text
