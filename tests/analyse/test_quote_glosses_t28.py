"""A quotation in another language, its translation in parentheses after it, then the frame: both the speaker's
(T28 F5, FX90). `「誠に申し訳ございません」 ("We are truly sorry"), Hondaka said` gave the Japanese words no speaker
and the English gloss Hondaka; a short original («Nous sommes désolés») was dropped as a scare quote. The rule:
quoteglosses.glossed_end (the original's frame is read after the gloss)."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

_MARKS = [("\u300c", "\u300d"), ("\u300e", "\u300f"), ("\u00ab", "\u00bb"), ("\u201c", "\u201d"), ("\u201e", "\u201c")]
_ORIGINALS = ["誠に申し訳ございません", "全力で再発防止に努めます", "Nous sommes désolés", "Wir schaffen das",
              "Lo sentimos mucho, de verdad"]
_GLOSS = [("\"", "\""), ("\u201c", "\u201d"), ("'", "'")]
_PEOPLE = [("Kenji Mori", "Mori"), ("Hondaka Kenji", "Hondaka"), ("Anna Berg", "Berg"), ("Takashi Ōno", "Ōno")]


@given(st.sampled_from(_MARKS), st.sampled_from(_ORIGINALS), st.sampled_from(_GLOSS), st.sampled_from(_PEOPLE),
       st.sampled_from(["said", "told reporters", "added"]), st.sampled_from(["", ","]))
@example(("\u300c", "\u300d"), "誠に申し訳ございません", ("\"", "\""), ("Kenji Hondaka", "Hondaka"), "said", "")
@settings(max_examples=examples(60), deadline=None)
def test_original_and_gloss_share_the_frame(marks, original, gloss_marks, person, verb, inner) -> None:
    full, surname = person
    text = (f"{full} bowed before the cameras.\n\n{marks[0]}{original}{marks[1]} "
            f"({gloss_marks[0]}We are truly sorry{inner}{gloss_marks[1]}), {surname} {verb}.")
    found = [(q.text.rstrip(",."), q.name) for q in quotes_in("Carmaker apologises", text)]
    assert found == [(original, full), ("We are truly sorry", full)], text


def test_reported_input() -> None:
    text = ('Hondaka Kenji, the chairman, bowed deeply.\n\n'
            '「誠に申し訳ございません」 ("We are truly sorry"), Hondaka said.')
    assert [(q.text, q.name) for q in quotes_in("t", text)] == [
        ("誠に申し訳ございません", "Hondaka Kenji"), ("We are truly sorry", "Hondaka Kenji")]


@given(st.sampled_from(["(Reuters)", "(in Japanese)", "(AP)", "(2019)"]))
def test_a_parenthesis_that_is_no_quotation_changes_nothing(aside: str) -> None:
    """Only a quotation in the parentheses is a gloss: the frame after another aside reads as before."""
    text = f'Kenji Mori bowed.\n\n"We will rebuild trust in this company" {aside}, Mori said.'
    assert [q.name for q in quotes_in("t", text)] == [q.name for q in quotes_in("t", text.replace(f" {aside}", ""))]


def test_two_quotations_of_two_speakers_stay_apart() -> None:
    """A gloss joins only a quotation directly before its parenthesis: the next speaker's quotation keeps its own."""
    text = ('Kenji Mori and Anna Berg spoke.\n\n「誠に申し訳ございません」 ("We are truly sorry"), Mori said. '
            '"It is not enough," Berg said.')
    assert [q.name for q in quotes_in("t", text)] == ["Kenji Mori", "Kenji Mori", "Anna Berg"]
