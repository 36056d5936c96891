"""A question headline over a feature lede's opener and the news of the day is news (BR22, 2026-12-06; guides.py).

"Can anyone stop a fire like Kestle's?" over "When a fire jumps a ridge, crews can only wait." then "That is what
happened above Kestle on Sunday, where the wildfire destroyed 300 homes …" was an explainer (guides.asks_in_general read
the first paragraph only), and held apart from the fire's two reports. "Here is why the bridge fell: the Dali lost power
on Tuesday" said "here is why" over news. The T17 and T18 explainers stay explainers: they tie themselves to the news
later (T17's third paragraph, "This week's El Tambo collapse") and quote experts ("…," said a maritime lawyer).
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.sites import write_site

from briefgen.analyse.guides import asks_in_general, for_readers
from stories.storyeval import group, load_site

STORIES = Path(__file__).resolve().parent
OPENERS = ("When a fire jumps a ridge, crews can only wait.", "If a truce is to last, both sides must pull back.",
           "Once a union accepts an offer, its members go back to work.", "Every fire season ends the same way.",
           "When a bridge loses a pier, it falls within seconds.")
HEADS = ("Can anyone stop a fire like Kestle's?", "Will the ceasefire hold?", "Is the strike over?",
         "Who is to blame?", "What happens now?", "Why did the bridge collapse?")
DAYS = ("on Sunday", "on Tuesday", "yesterday", "last night", "this morning", "on 3 November", "on November 3")
NEWS = ("That is what happened above Kestle {day}, where the wildfire destroyed 300 homes.",
        "Negotiators met in Cairo {day} to agree the terms of a truce.",
        "Rail workers voted {day} to accept the pay offer, ending a three-week walkout.",
        "The Dali lost power {day} minutes before it struck the bridge.")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(HEADS), st.sampled_from(OPENERS), st.sampled_from(NEWS), st.sampled_from(DAYS), st.booleans())
def test_an_opener_over_the_days_news_is_news(head: str, opener: str, news: str, day: str, more: bool) -> None:
    """A one-line opener told of any case, then a paragraph of the day's news: a report. Failed before: an explainer."""
    lead = f"{opener}\n\n{news.format(day=day)}" + ("\n\nNo deaths were reported." if more else "")
    assert not asks_in_general(head, lead) and not for_readers(lead, head), (head, lead)


@settings(max_examples=examples(20), deadline=None)
@given(st.sampled_from(HEADS), st.sampled_from(("how", "why", "what")), st.sampled_from(DAYS))
def test_here_is_why_over_news_is_news(head: str, word: str, day: str) -> None:
    """"Here is why …" with a day of the news in its paragraph: a report. Failed before: an explainer."""
    lead = f"Here is {word} the bridge fell: the Dali lost power {day} and struck a pier."
    assert not asks_in_general(head, lead), lead


def _body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n", 2)[2]


EXPLAINERS = (("Who pays for an oil spill at sea?", STORIES / "shipfire/content/articles/courier-explainer.md"),
              ("What is a copper futures contract?", STORIES / "copper/content/articles/ledger-explainer.md"))


def test_the_trials_explainers_stay_explainers() -> None:
    for title, path in EXPLAINERS:
        assert asks_in_general(title, _body(path)) and for_readers(_body(path), title), title


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(("When a ship spills fuel, the first bill goes to the shipowner.",
                        "A copper futures contract is an agreement to buy copper at a set price.")),
       st.sampled_from(('"Above the cap, the money runs out," said a maritime lawyer.',
                        "Most contracts never end in delivery, analysts say.", "Insurers pay for the hull.")),
       st.sampled_from(DAYS))
def test_an_explainer_tied_to_the_news_later_stays_one(first: str, second: str, day: str) -> None:
    """An explainer's general first paragraph, an expert in its second, the news's day in its third: an explainer."""
    title = "What is a copper futures contract?" if first.startswith("A copper") else "Who pays for an oil spill at sea?"
    lead = f"{first}\n\n{second}\n\nThe Jade Horizon caught fire {day}."
    assert asks_in_general(title, lead), lead


def test_the_reported_site(tmp_path: Path) -> None:
    """BR22's s9: AFP's and the Courier's reports of the Kestle fire and the Harbour Post's feature lede under "Can
    anyone stop a fire like Kestle's?" are one story of three reports. Failed before: the feature was a story apart."""
    body = ("When a fire jumps a ridge, crews can only wait.\n\nThat is what happened above Kestle on Sunday, where the "
            "wildfire destroyed 300 homes and forced 4,000 people to flee, fire officials said.\n\nNo deaths were "
            "reported. Crews from three counties fought the blaze overnight, Fire Chief Dana Ortiz said.")
    articles = (("afp", "AFP", "08:00", "Wildfire destroys 300 homes in Kestle",
                 "KESTLE (AFP) — A wildfire jumped a ridge above Kestle on Sunday and destroyed 300 homes, forcing 4,000 "
                 "people to flee, fire officials said.\n\nNo deaths were reported. Crews from three counties fought the "
                 "blaze overnight, Fire Chief Dana Ortiz said."),
                ("courier", "The Kestle Courier", "10:00", "Kestle wildfire burns 300 homes as 4,000 flee",
                 "A wildfire that jumped a ridge above Kestle on Sunday destroyed 300 homes and forced 4,000 people to "
                 "flee, fire officials said.\n\nNo deaths were reported, Fire Chief Dana Ortiz said, as crews from three "
                 "counties fought the blaze overnight."),
                ("harbour", "Harbour Post", "12:00", "Can anyone stop a fire like Kestle's?", body))
    files = {"config.yaml": "title: T\nbase_url: https://example.org/t/\ntimezone: UTC\ntopics:\n  - id: news\n    "
                            "title: News\n    keywords: [fire, homes, wildfire]\nsources:\n" + "".join(
        f"  - name: {s}\n    url: https://{k}.example\n" for k, s in enumerate(("AFP", "The Kestle Courier", "Harbour Post")))}
    for slug, source, time, title, text in articles:
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: {title!r}\nsource: {source}\npublished: "
                                                f"2026-11-02T{time}:00\n---\n{text}\n")
    write_site(tmp_path, files)
    story = group(load_site(tmp_path)).story_of("harbour")
    assert set(story.members) == {"afp", "courier", "harbour"}, story
