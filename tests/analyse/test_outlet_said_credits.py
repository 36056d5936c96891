"""Credits a trial on a shipyard briefing and one on a university strike got wrong (2026-12-04).

- Coastline Radio wrote "the Daily Meridian said officials have costed a plan … The paper said …": the site's
  outlet is "The Daily Meridian", whose name was found only with a capital "The", and "X said" was no credit form,
  so "The paper" was read as the next outlet named — Coastline Radio itself. The re-telling was missed and the
  report joined another story. A site or known outlet's name before "said"/"says"/"added" is a credit; a
  person's name is not.
- Valley Radio News wrote "he told Valley Radio": a credit to another outlet, so its own reports were
  re-tellings and "Valley Radio" an organisation on the People pages. An outlet's name without the words that
  keep it the same outlet ("News", "Online", "TV", …: `credits.outlet_core`) is the outlet itself.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import outlet_core, outlet_key
from briefgen.analyse.stories import report_of
from support import factories
from support.examples import examples

WORD = st.sampled_from(["Daily", "Meridian", "Harbour", "Valley", "Northern", "Coast", "Evening", "Star", "Ledger"])


@settings(max_examples=examples(80), deadline=None)
@given(st.lists(WORD, min_size=2, max_size=3, unique=True), st.sampled_from(["said", "says", "added", "stated"]),
       st.sampled_from(["", "In Wednesday's edition, ", "On Monday ", "Separately, "]), st.booleans())
@example(["Daily", "Meridian"], "said", "In Wednesday's edition, ", False)
def test_an_outlet_that_says_is_credited_with_or_without_the(words: list[str], verb: str, before: str,
                                                             capital: bool) -> None:
    outlet = "The " + " ".join(words)
    finder = credit_finder(("Coastline Radio", outlet))
    the = "The" if capital and not before else "the"
    text = (f"{before}{the} {' '.join(words)} {verb} officials had costed a plan. The paper said a ship would be "
            "ordered as part of the deal. Speaking to Coastline Radio's breakfast programme, Aoife Brannigan said "
            "the report was encouraging.")
    credits = detect_credits(text, finder)
    assert [c.outlet for c in credits[:2]] == [outlet, outlet], (text, credits)


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["Ms", "Dr", "Councillor", "Chief Executive"]), st.sampled_from(["Reid", "Ledger", "Star",
                                                                                      "Harbour Meridian"]),
       st.sampled_from(["said", "says", "added"]))
def test_a_person_who_says_is_no_credit(title: str, name: str, verb: str) -> None:
    finder = credit_finder(("The Evening Star", "The Daily Meridian"))
    text = f"{title} {name} {verb} the plan was sound. Aoife Brannigan {verb} she was not convinced."
    assert detect_credits(text, finder) == (), text


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.sampled_from(["Valley", "Radio", "Coast", "Evening", "Star", "Ledger"]), min_size=1, max_size=2,
                unique=True),
       st.lists(st.sampled_from(["News", "Online", "TV", "Digital", "Network"]), min_size=1, max_size=2),
       st.sampled_from(["told", "speaking to", "in an interview with"]), st.booleans())
@example(["Valley", "Radio"], ["News"], "told", False)
def test_an_outlet_named_without_news_or_online_is_the_outlet_itself(words: list[str], tail: list[str], verb: str,
                                                                    own_is_short: bool) -> None:
    short, long = " ".join(words), " ".join(words + tail)
    own, named = (short, long) if own_is_short else (long, short)
    finder = credit_finder((own, "The Daily Meridian"))
    text = f"The union's local leader {verb} {named} that members would vote again. The Daily Meridian reported it."
    credited = tuple(c.outlet for c in detect_credits(text, finder))
    report = report_of(factories.article("a", source=own), (), b"", "", credited)
    assert report.credited == {outlet_key("The Daily Meridian")}, (text, credited, report.credited)
    assert outlet_core(outlet_key(long)) == outlet_core(outlet_key(short))


def test_another_outlet_with_a_longer_name_stays_another() -> None:
    assert outlet_core(outlet_key("The Times of India")) != outlet_core(outlet_key("The Times"))
    assert outlet_core(outlet_key("News")) == "news"
    report = report_of(factories.article("a", source="The Times"), (), b"", "", ("The Times of India",))
    assert report.credited == {outlet_key("The Times of India")}
