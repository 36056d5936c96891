"""A general question headline over a feature lede that turns to one event is news; an explainer that names a day in
passing stays an explainer (BR25 finding 7, 2026-12-06; guides.asks_in_general, guides._turns_to_the_case).

FX9's exemption (68aa055e) kept every wh-question in the present of any case an explainer whatever day its second
paragraph named, so "What happens when a wildfire jumps a ridge?" over "When a fire jumps a ridge, crews can only
wait." then "That is what happened above Kestle on Sunday, …" was held apart from the Herald's report of that fire.
The line: the second paragraph's main clause turns to one event ("That is what happened …", "It happened …", "… found
out", the past of the headline's own verb) and the paragraph names the headline's or the opener's thing again; "The
question arose again on Tuesday, when …" (T18's explainer, tests/stories/test_explainer_days_br23.py) turns to none.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.guides import asks_in_general, for_readers
from stories.storyeval import group, load_site

# (headline asked of any case, its feature opener, the event turned to) — {day} is the news's day
CASES = (("What happens when a wildfire jumps a ridge?", "When a fire jumps a ridge, crews can only wait.",
          "flames crossed the ridge above Kestle and forced 300 people from their homes"),
         ("Who pays when a tanker spills oil?", "When a ship spills fuel, the owner's insurer pays first.",
          "the Jade Horizon's fuel reached the beaches of Quang Ngai"),
         ("How does a levee fail?", "When a river rises for days, a levee can give way.",
          "the river rose two metres at Tewkesbury and a levee gave way"))
FEATURES = ("That is what happened {day}, when {event}.", "It happened {day}: {event}.",
            "Residents found out {day}, when {event}.", "This is exactly what happened {day}, as {event}.")
# the past of the headline's own verb in the main clause: "jumped", "paid", "failed"
OWN_VERB = {"What happens when a wildfire jumps a ridge?": "A wildfire jumped the ridge above Kestle {day}, as {event}.",
            "Who pays when a tanker spills oil?": "The Jade Horizon's owners paid the first bill {day}, after {event}.",
            "How does a levee fail?": "A levee failed at Tewkesbury {day}, when {event}."}
EXPLAINERS = ("The question arose again {day}, when {event}.", "The issue came up {day}, after {event}.",
              "Insurers were asked the same thing {day}, when {event}.")
DAYS = ("on Sunday", "on Tuesday", "yesterday", "last night", "this morning", "on 3 November")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(CASES), st.sampled_from(FEATURES + ("own verb",)), st.sampled_from(DAYS), st.booleans())
def test_a_feature_lede_turning_to_the_event_is_news(case: tuple[str, str, str], form: str, day: str,
                                                     more: bool) -> None:
    """An opener of any case, then a paragraph whose main clause turns to one event of that case on a day: news.
    Failed before (68aa055e to this fix): an explainer."""
    title, opener, event = case
    second = (OWN_VERB[title] if form == "own verb" else form).format(day=day, event=event)
    lead = f"{opener}\n\n{second}" + ("\n\nNo deaths were reported." if more else "")
    assert not asks_in_general(title, lead) and not for_readers(lead, title), (title, lead)


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(CASES), st.sampled_from(EXPLAINERS), st.sampled_from(DAYS), st.booleans())
def test_an_explainer_naming_a_day_in_passing_stays_one(case: tuple[str, str, str], form: str, day: str,
                                                        more: bool) -> None:
    """The same headline and opener, then a day in passing ("The question arose again on Tuesday, when …" and the
    very event, its own verb included): an explainer, as BR23 decided."""
    title, opener, event = case
    lead = f"{opener}\n\n{form.format(day=day, event=event)}" + ("\n\nHere is how it works." if more else "")
    assert asks_in_general(title, lead) and for_readers(lead, title), (title, lead)


def test_the_reported_site(tmp_path: Path) -> None:
    """BR25's ridge: the Kestle Herald's report of the fire and the Valley Post's "What happens when a wildfire jumps
    a ridge?" are one story (as at 8e50fdc6). Failed before: the Post's feature was a story apart."""
    articles = (("herald-fire", "Kestle Herald", "2026-11-22T18:00:00", "Wildfire forces 300 from homes above Kestle",
                 "A wildfire jumped the ridge above Kestle on Sunday afternoon and forced 300 people from their homes, "
                 "the fire service said.\n\nFlames crossed the ridge at about 3pm after the wind turned, the fire "
                 "service said. Crews from four stations were fighting the fire on Sunday evening.\n\n\"We could only "
                 "wait for the wind to drop,\" said Ellen Marsh, the incident commander."),
                ("post-ridge", "Valley Post", "2026-11-23T07:00:00", "What happens when a wildfire jumps a ridge?",
                 "When a fire jumps a ridge, crews can only wait.\n\nThat is what happened above Kestle on Sunday, "
                 "when flames crossed the ridge after the wind turned and forced 300 people from their homes.\n\n"
                 "\"We could only wait for the wind to drop,\" said Ellen Marsh, the incident commander. Crews from "
                 "four stations fought the fire into the night."))
    (tmp_path / "content/articles").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text(
        "title: T\nbase_url: https://example.org/\ntopics:\n  - id: news\n    title: News\n    keywords: [the]\n"
        "sources:\n  - name: Kestle Herald\n    url: https://s0.example\n  - name: Valley Post\n"
        "    url: https://s1.example\n", encoding="utf-8")
    for slug, source, published, title, body in articles:
        (tmp_path / f"content/articles/{slug}.md").write_text(
            f"---\ntitle: {title!r}\nsource: {source}\npublished: {published}\n---\n{body}\n", encoding="utf-8")
        assert slug == "herald-fire" or not asks_in_general(title, body)
    assert set(group(load_site(tmp_path)).story_of("post-ridge").members) == {"herald-fire", "post-ridge"}
