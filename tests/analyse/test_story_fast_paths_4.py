"""The analyses' speed-ups of 2026-12-07 (night, SP3) give what the forms they replaced give (hypothesis).

A pattern is searched only where the text holds what each of its matches holds: the vessel's flag and a ship's crew
before a name (vesselnames.vessel_named: the window's last word ends as the pattern's match must) and the "&"/"and" a
joined outlet's name ends in before its cue (creditjoins.joined_name, by findspans.search_end); the scoop's pattern is
tried only where one of the verbs it opens with begins a word (creditscoops.scoop_credits, by findspans.matches_at),
and a hat tip's only in a text holding "/", "tip" or "Tip" (no longer a lower-cased copy's "tip").
Each is compared here with the form before, kept as the reference.
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse import creditjoins, creditscoops, vesselnames
from briefgen.analyse.credits import _NAME
from briefgen.analyse.findspans import matches_at, word_starts

SETTINGS = settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
ODD = ["é", "東", "_", "9", "-", "’", "'", ".", ",", " ", "  ", "\t", "\n", "\u00a0", "\u2028", "“", "x", "X", "The",
       "the"]


def pieces_text(words: list[str]) -> st.SearchStrategy[str]:
    """Texts joined from `words`, their capitalised forms and ODD, or any text."""
    every = sorted({*words, *(w.capitalize() for w in words), *ODD})
    return st.one_of(st.lists(st.sampled_from(every), max_size=50).map("".join), st.text(max_size=100))


def vessel_named_before(text: str, start: int) -> bool:
    """vesselnames.vessel_named as it was before its patterns' last words were looked at first."""
    if text[start - 1:start] != " ":
        return False
    before = text[max(0, start - 40):start - 1]
    word = before.rpartition(" ")[2]
    return word in vesselnames.VESSEL_NOUNS or word in vesselnames.SHIP_PREFIXES or vesselnames._FLAGGED.search(
        before) is not None or (word == "carrier" and before[:-8].rstrip().rpartition(" ")[2] in vesselnames._CARRIED
                                ) or vesselnames._CREWED.search(before) is not None


VESSEL_WORDS = ["Hong Kong-flagged", "Liberian-registered", "-flagged", "flagged", "registered", "crew members of",
                "crew of", "sailors of", "aboard", "on board", "on", "board", "the", "The", "ferry", "bulk carrier",
                "carrier", "MV", "Jade", "Horizon", "Anna", " "]


@SETTINGS
@given(pieces_text(VESSEL_WORDS), st.data())
@example("all 22 crew members of the Jade Horizon", 0)
@example("aboard the\n Jade Horizon", 0)
@example("the Hong Kong-flagged\n Hai Feng 8", 0)
@example("a Liberian-registered Star", 0)
@example("on\tboard\tthe Star", 0)
def test_a_vessel_named_as_before(text: str, data) -> None:
    starts = range(len(text) + 1) if isinstance(data, int) else [data.draw(st.integers(0, len(text)))]
    for start in starts:
        assert vesselnames.vessel_named(text, start) == vessel_named_before(text, start), (text, start)


def joined_before(text: str, at: int) -> object:
    """creditjoins.joined_name's search before a cue's run as it was before its join was looked for first."""
    return creditjoins._joins(_NAME)[0].search(text, max(0, at - 120), at)


JOIN_WORDS = ["Oil", "Gas", "Journal", "&", "and", "And", "brand", "Tailings", "Ore", "Weekly", " ", "  ", "\n", ".",
              "reported"]


@SETTINGS
@given(pieces_text(JOIN_WORDS), st.data())
@example("Oil & Gas Journal reported", 0)
@example("Tailings and\nOre Weekly", 0)
@example("Oil &\u2028Gas", 0)
def test_a_joined_name_found_as_before(text: str, data) -> None:
    starts = range(len(text) + 1) if isinstance(data, int) else [data.draw(st.integers(0, len(text)))]
    for at in starts:
        before, now = joined_before(text, at), creditjoins.search_end(
            creditjoins._joins(_NAME)[0], ("&", "and"), True, text, max(0, at - 120), at)
        assert (before and before.span()) == (now and now.span()), (text, at)


SCOOP_WORDS = ["Reuters", "The Ledger", "has", "had", "broke", "got", "was", "the", "first", "with", "to", "this",
               "it", "there", "story", "scoop", "exclusive", "news", "chased", "shadow", "gotten", "_", " ", "\n"]


@SETTINGS
@given(pieces_text(SCOOP_WORDS))
@example("The Ledger had it first: a post. Reuters got there first, and AP was the first with the news.")
@example("Reuters broke the story; the Ledger has the exclusive.")
@example("_had the story, 9got the scoop, éhas the news")
def test_the_scoop_pattern_found_as_before(text: str) -> None:
    found = [m.span() for m in matches_at(creditscoops._SCOOP, text, word_starts(text, creditscoops._VERBS))]
    assert found == [m.span() for m in creditscoops._SCOOP.finditer(text)]


TIP_WORDS = ["hat", "Hat", "HAT", "tip", "Tip", "TIP", "tIp", "h", "H", "t", "T", "/", "-", ":", "to", "Reuters", " "]


@SETTINGS
@given(pieces_text(TIP_WORDS))
@example("hat tip to Reuters, Hat-Tip: AP, (h/t Reuters), H/T AP")
def test_a_hat_tip_needs_what_the_text_is_looked_at_for(text: str) -> None:
    if creditscoops._TIP.search(text) is not None:
        assert "/" in text or "tip" in text or "Tip" in text
