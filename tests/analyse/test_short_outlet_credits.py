"""A credit that names a site's outlet by its last word, opening a sentence ("The Herald reported …"), is that
outlet (analyse/credits.py, `detect_credits`).

The reported input (a helper's trial of a city's bus strike, 2026-12-04): City Pulse's "The Herald reported on
Thursday that drivers had voted overwhelmingly for a strike" credited an outlet "The Herald" beside the site's
"Lindmouth Herald", whose report of the vote was in the briefing: the story page said "first reported by The
Herald", and sharing no original, the Pulse's re-telling stood apart as a story of its own. "according to the
Herald" and "the Herald reported" already gave Lindmouth Herald (`_short_form`). The kind: every outlet word,
any place before it, each way of opening the sentence; with two site outlets so named, the name as written.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.credits import KNOWN_OUTLETS, credit_finder, detect_credits

# Outlet words no well-known outlet's name ends in ("The Post" may be The Washington Post: several are, so none is)
WORDS = tuple(w for w in ("Herald", "Courier", "Ledger", "Gazette", "Chronicle", "Tribune", "Observer", "Dispatch",
                          "Monitor", "Post", "Digest", "Brief")
              if not any(n.split()[-1] == w for name, aliases in KNOWN_OUTLETS.items() for n in (name, *aliases)))
PLACES = st.sampled_from(["Lindmouth", "Harbourside", "Kestrel Bay", "Northam", "Eastfield"])
OPENINGS = ["The {w} reported on Thursday that drivers had voted for a strike.",
            "The {w} reported that drivers had voted for a strike.",
            "Drivers voted for a strike, according to the {w}.", "Drivers voted for a strike, the {w} reported."]


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(WORDS), PLACES, PLACES, st.sampled_from(OPENINGS))
def test_the_outlet_named_by_its_last_word_is_the_site_s(word: str, place: str, other: str, opening: str) -> None:
    site = f"{place} {word}"
    text = opening.format(w=word)
    assert [c.outlet for c in detect_credits(text, credit_finder([site, "City Pulse", "Reuters"]))] == [site], text
    if other != place:  # two outlets so named: neither is meant
        found = [c.outlet for c in detect_credits(text, credit_finder([site, f"{other} {word}"]))]
        assert site not in found and f"{other} {word}" not in found, (text, found)


def test_the_reported_credit() -> None:
    text = ("The Herald reported on Thursday that drivers had voted overwhelmingly for a strike. City Pulse explains "
            "what happens next.")
    finder = credit_finder(["Lindmouth Herald", "City Pulse", "Evening Courier", "Reuters"])
    assert [c.outlet for c in detect_credits(text, finder)] == ["Lindmouth Herald"]
