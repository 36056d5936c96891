"""The press's verbs of saying frame a quotation as "said" does (analyse/pressverbs.py).

The reported input (T26 F6, 2026-12-07): '"We dey suffer already …," lamented Mrs Bisi Adeyemi', '"…," Ajaero
lamented' and 'Otunba Kayode Adebayo-Lawal … averred that the listing would "…"' had no speaker, while "stated" and
"noted" had. The kind: every verb of `PRESS_VERBS` in each frame "said" makes (after the quotation, before it,
inverted, with "that", with a colon), with a title or an appositive.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import LISTED  # (no word an analysis lists: "Kisen" is a company's since FX89)

from briefgen.analyse.pressverbs import PRESS_VERBS
from briefgen.analyse.quotes import quotes_in

SYLLABLES = ("ba", "de", "mi", "la", "tun", "ko", "ye", "se", "gun", "wa", "do", "ri", "je")
WORD = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=3).map(lambda parts: "".join(parts).capitalize()).filter(lambda w: w.lower() not in LISTED)
PAST = sorted(verb for verb in PRESS_VERBS if verb.endswith("ed"))
FRAMES = ('"Workers cannot carry this burden alone," {name} {verb}.',
          '"Workers cannot carry this burden alone," {verb} {name}, a union leader.',
          '{name}, a union leader, {verb} that "workers cannot carry this burden".',
          '{name} {verb}: "Workers cannot carry this burden."',
          '"Workers cannot carry this burden alone," {verb} Mrs {name}, a trader at the market.')


@settings(max_examples=examples(200), deadline=None)
@given(WORD, WORD, st.sampled_from(PAST), st.sampled_from(FRAMES))
def test_a_press_verb_frames_the_quotation(given_name: str, surname: str, verb: str, frame: str) -> None:
    name = f"{given_name} {surname}"
    assert [q.name for q in quotes_in("x", frame.format(name=name, verb="said"))] == [name]  # (the frame works)
    assert [q.name for q in quotes_in("x", frame.format(name=name, verb=verb))] == [name]


def test_the_reported_sentences() -> None:
    assert [q.name for q in quotes_in("x", '"We dey suffer already, now dem add this one," lamented Mrs Bisi Adeyemi, '
                                           'a trader at Mile 12 market.')] == ["Bisi Adeyemi"]
    assert [q.name for q in quotes_in("x", 'The NLC president, Joe Ajaero, said the union would meet. '
                                           '"Nigerian workers cannot carry this burden alone," Ajaero lamented.')] == \
        ["Joe Ajaero"]
    assert [q.name for q in quotes_in("x", "Otunba Kayode Adebayo-Lawal, president of the chamber, averred that the "
                                           'listing would "test whether the reform is real".')] == \
        ["Kayode Adebayo-Lawal"]
