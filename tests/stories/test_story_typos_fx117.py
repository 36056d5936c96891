"""A numbered series or a short id is no likely typo (FX117, item 2; breaker BR69 on FX114): "talks-day-2" beside
"talks-day-1" was warned as a typo, "g20" as one of "a00", "iran" of "iraq". storytypos.typo_edits: ids whose numbers
differ are never a typo, and the letters allowed scale with length (≤ 4 letters: none, 5–8: 1, longer: 2); the same
for meant_id (the gone page's advice). FX114's one-letter slip of a long id is still one (test_story_typos_fx114)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.storytypos import meant_id, story_typos
from support.factories import article, site as made_site

PAIRS = [("talks-day-2", "talks-day-1"), ("talks-day-10", "talks-day-9"), ("nato-2026", "nato-2025"),
         ("cop30", "cop29"), ("g8", "g7"), ("us-ca", "us-cn"), ("g20", "a00"), ("eu", "g7"), ("uk", "g7"),
         ("mali", "bali"), ("iran", "iraq")]


def _edited(word: str, kind: int, at: int, letter: str) -> str:  # (as test_story_typos_fx114's)
    at %= len(word)
    if kind == 0:
        return word[:at] + letter + word[at:]
    if kind == 1:
        return word[:at] + word[at + 1:]
    if kind == 2:
        return word[:at] + letter + word[at + 1:]
    return word[:at] + word[at + 1:at + 2] + word[at] + word[at + 2:] if at + 1 < len(word) else word


def _typos(written: str, existing: str) -> list[tuple[str, str]]:
    site = made_site((article(existing), article("second", story=written), article("unrelated-floods")))
    return [(t.story, t.meant) for t in story_typos(site)]


def test_reported_pairs_are_no_typos() -> None:
    for written, existing in PAIRS:
        assert _typos(written, existing) == [], (written, existing)
        site = made_site((article(existing), article("unrelated-floods")))
        assert meant_id(written, site) == "", (written, existing)


@settings(max_examples=40, deadline=None)
@given(stem=st.sampled_from(["talks-day-", "summit-round-", "nato-", "cop", "g", "budget-vote-"]),
       numbers=st.lists(st.integers(0, 2030), min_size=2, max_size=2, unique=True))
def test_a_numbered_series_is_never_a_typo(stem: str, numbers: list[int]) -> None:
    written, existing = (f"{stem}{n}" for n in numbers)
    assert _typos(written, existing) == [], (written, existing)
    assert meant_id(written, made_site((article(existing),))) == ""


@settings(max_examples=40, deadline=None)
@given(word=st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=4), kind=st.integers(0, 3),
       at=st.integers(0, 4), letter=st.sampled_from("aeiorstn"))
def test_a_one_letter_change_of_a_short_id_is_no_typo(word: str, kind: int, at: int, letter: str) -> None:
    slip = _edited(word, kind, at, letter)
    if slip != word and len(slip) > 1 and sum(c.isalpha() for c in slip) <= 4:
        assert _typos(slip, word) == [], (slip, word)
        assert meant_id(slip, made_site((article(word),))) == ""


def test_a_slip_in_a_long_id_is_still_one() -> None:
    assert _typos("example-ceasefire-framwork", "example-ceasefire-framework") == [
        ("example-ceasefire-framwork", "example-ceasefire-framework")]
    assert _typos("budgte", "budget") == [("budgte", "budget")]  # (6 letters: one allowed)
    assert _typos("budgte-vote", "budget-vote") == [("budgte-vote", "budget-vote")]
