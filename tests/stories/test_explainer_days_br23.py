"""An explainer is decided by its headline and its first paragraph; a day of the news in the second does not make it
news (BR23 finding 2, 2026-12-06; guides.asks_in_general).

BR22's rule read a day in the second paragraph as the news a feature lede's opener leads to ("Can anyone stop a fire
like Kestle's?" — "When a fire jumps a ridge, crews can only wait." — "That is what happened above Kestle on
Sunday"). Under a headline that asks of any case ("Who pays for an oil spill at sea?") or asks for a definition
("What is H5N1 bird flu?"), the same day is the explainer tying itself to the news: BR23 put "The question arose again
on Tuesday, …" in the shipfire explainer's second paragraph and it joined the Gazette's insurer report again (T18's
wrong pair). A definition answered by the thing's first or last words ("H5N1 is a strain …", "A futures contract is
…") is the definition asked for.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.guides import asks_in_general, for_readers
from stories.storyeval import group, load_site

STORIES = Path(__file__).resolve().parent
ASKED = (("Who pays for an oil spill at sea?", "When a ship spills fuel, the owner's insurer pays first."),
         ("What happens after a flood?", "When a river bursts its banks, insurers send loss adjusters."),
         ("How does a wildfire jump a ridge?", "If a fire reaches a ridge, wind can carry embers a mile ahead."),
         ("What is H5N1 bird flu?", "H5N1 is a strain of avian influenza that mostly infects wild birds."),
         ("What is H5N1 bird flu?", "When a bird flu virus jumps to mammals, scientists worry."),
         ("What is a copper futures contract?", "A futures contract is an agreement to buy a metal at a set price."))
DAYS = ("on Sunday", "on Tuesday", "yesterday", "last night", "this morning", "on 3 November")
NEWS = ("The question arose again {day}, when the Jade Horizon's fuel reached the beaches of Quang Ngai.",
        "That is what happened in Texas {day}, when the virus was found in dairy cows.",
        "Copper futures hit a record {day} in London.")
ONE_EVENT = ("Can anyone stop a fire like Kestle's?", "Who is to blame?", "Why did a bridge collapse?",
             "Is a deal in sight?", "Will the ceasefire hold?", "Who pays for a spill like the Jade Horizon's?")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(ASKED), st.sampled_from(NEWS), st.sampled_from(DAYS), st.booleans())
def test_a_day_after_the_first_paragraph_keeps_an_explainer(asked: tuple[str, str], news: str, day: str,
                                                          more: bool) -> None:
    """A general question or a definition, answered in general, then a paragraph with a day: an explainer. Failed
    before (at 8e50fdc6): news."""
    title, first = asked
    lead = f"{first}\n\n{news.format(day=day)}" + ("\n\nHere is how it works." if more else "")
    assert asks_in_general(title, lead) and for_readers(lead, title), (title, lead)


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(ONE_EVENT), st.sampled_from(ASKED), st.sampled_from(NEWS), st.sampled_from(DAYS))
def test_a_question_of_one_event_over_the_days_news_stays_news(title: str, asked: tuple[str, str], news: str,
                                                               day: str) -> None:
    """A question of one event (a name, a past or future tense, a yes-no question) over an opener and the day's
    news: news, as BR22 decided."""
    lead = f"{asked[1]}\n\n{news.format(day=day)}"
    assert not asks_in_general(title, lead), (title, lead)


def test_the_reported_site(tmp_path: Path) -> None:
    """BR23's ship/: tests/stories/shipfire with a day in the explainer's second paragraph. The explainer stays a
    story of its own and the Gazette's insurer report stays in the Courier's story (failed before: the two joined)."""
    site = tmp_path / "ship"
    shutil.copytree(STORIES / "shipfire", site)
    path = site / "content/articles/courier-explainer.md"
    old = "The owner's liability insurer, usually a P&I club, pays those claims."
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, "The question arose again on Tuesday, when the Jade Horizon's fuel reached the "
                                      "beaches of Quang Ngai. " + old), encoding="utf-8")
    grouped = group(load_site(site))
    assert grouped.story_of("courier-explainer").members == ("courier-explainer",)
    assert "gazette-insurer" in grouped.story_of("courier-insurer").members
