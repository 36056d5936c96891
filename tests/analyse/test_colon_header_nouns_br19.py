"""A plain word opening a colon lead-in is no speaker (BR19, 2026-12-06; QW17's plain words, QW19's live-blog stamps).

QW17 made a plain word opening a sentence no person ("Irrigation is banned, said Tom Reid."), but a colon lead-in
read its first one-word run as the speaker whatever the word: "Update from Delhi Metro: “…”" gave "Update" the
quotation, "Statement:", "Reaction from Lena Kowalczyk at the trust:", "Weather warning for Mumbai:" the same, and
QW19 read such lead-ins past a live blog's stamp ("7.15 pm: Update from Delhi Metro: “…”"), where they are most of a
live blog's entries. The word opens the lead-in as a sentence's first word does (`_named_alone`, opening), and the
live blog's header nouns are plain words (plainnouns._NOUNS: update, message, tweet, alert, warning, breaking, …)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

HEADERS = ("Update", "Statement", "Message", "Tweet", "Reaction", "Breaking", "Alert", "Warning", "Latest", "Response",
           "Traffic", "Weather", "Comment")
AFTER = ("", " from Delhi Metro", " from Rekha Solanki", " by the utility", " warning for Mumbai")
STAMPS = ("", "7.15 pm: ", "12.40 am: ", "The trains stopped at noon. ")
QUOTE = "“Services are suspended on the Blue Line until further notice.”"


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text, "en")]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(HEADERS), st.sampled_from(AFTER), st.sampled_from(STAMPS))
def test_a_header_noun_opening_a_colon_lead_in_is_no_speaker(header: str, after: str, stamp: str) -> None:
    text = f"{stamp}{header}{after}: {QUOTE}"
    assert header not in _speakers(text), text


def test_names_opening_a_colon_lead_in_stay() -> None:
    for text, name in [(f"Lavrov was blunt: {QUOTE}", "Lavrov"), (f"7.15 pm: Sunita Rao: {QUOTE}", "Sunita Rao"),
                       (f"10:48 Faisal bin Hamid: {QUOTE}", "Faisal bin Hamid"), (f"Madonna: {QUOTE}", "Madonna"),
                       (f"6.00 am: Kosal Power Corporation: {QUOTE}", "Kosal Power Corporation")]:
        assert _speakers(text) == [name], text
