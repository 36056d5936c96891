"""An explainer whose `via:` names the outlet of a report it re-tells joins that report's whole story
(story_bridges.via_explainers, 2026-12-06).

A tester's lunar-lander briefing (T12): Skimline's AI-assisted "What we know: Veldmark's Tern-1 lunar lander loses
signal", `via: Continental Wire`, scored with the wire's report over the threshold (the guide rule is lifted for a
pair the `via:` names: test_guide_via.py) but with the story's other reports at the guide cap, and the average held
it apart: a story of its own, shown to readers as "related" to the story it summed up. Without the `via:`, or with
one naming an outlet that has no report in the story, the explainer stays apart (guides.py).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.stories import group_stories, story_features

START = dt.datetime(2026, 11, 10, 21, 15, tzinfo=dt.timezone.utc)
WIRE = ("Veldmark's Tern-1 lander loses contact seconds before lunar touchdown",
        "BRENNOCK, Veldmark, Nov 10 (CW) – Veldmark's first lunar lander, Tern-1, stopped transmitting about 40 metres "
        "above the Moon's surface on Tuesday evening, leaving mission controllers unsure whether the craft had crashed "
        "or toppled over on landing.\n\nThe 1.4-tonne lander, built for the Veldmark Space Agency by the private "
        "company Corvane Aerospace, had been descending towards a crater rim near the lunar south pole when its signal "
        "dropped at 21:42 local time.\n\n\"We had a healthy vehicle until the final seconds of the powered descent,\" "
        "said Cmdr Tobias Fenwright, the Mission Director, speaking in the control room at Brennock. \"Then the "
        "telemetry simply stopped.\"\n\nAgency spokeswoman Mirela Dobrev said controllers would keep listening "
        "through the night.")
OTHERS = (
    ("The Morning Standard", "Tern-1 falls silent 40 metres above the Moon", "BRENNOCK – " + WIRE[1].split("– ", 1)[1]),
    ("VBN News", "Silence over the south pole as Tern-1's signal vanishes",
     "The room at Brennock's mission operations centre went from cheering to silence in under a minute on Tuesday "
     "night, as the data stream from Tern-1 froze with the lander still a few dozen metres above the Moon's surface."
     "\n\nControllers had watched the engine throttle down for the powered descent to a crater rim near the lunar "
     "south pole. Then the screens showed the same numbers, over and over.\n\nMission Director Cmdr Tobias Fenwright "
     "said the team would try to raise the lander every two hours until the morning."),
    ("The Veldmark Times", "Hopes fade for Tern-1 after lander stops talking in final descent",
     "Veldmark's attempt to put a lander on the Moon appeared to have failed on Tuesday night, when Tern-1 stopped "
     "transmitting in the last seconds of a twelve-minute powered descent towards the lunar south pole.\n\nThe "
     "lander, built by Corvane Aerospace for the Veldmark Space Agency, lost contact with controllers at Brennock. "
     "The agency has not yet declared the lander lost, spokeswoman Mirela Dobrev said."),
)
EXPLAINER = ("- Veldmark's Tern-1 lander lost contact around 40 metres above the lunar surface on Tuesday at 21:42, "
             "Continental Wire reported.\n- Mission Director Cmdr Tobias Fenwright said the team had a healthy "
             "vehicle until the final seconds of the powered descent.\n- The lander was built by Corvane Aerospace "
             "for the Veldmark Space Agency.\n- Controllers at Brennock kept listening overnight.")
# (T14, 2026-12-06: a "what we know" headline over a third-person summary of the news, as this one, is a news report,
# guides.explains: it joins the story by its words, `via:` or not; these headlines name an explainer whatever its body)
HEADS = ("Explainer: Veldmark's Tern-1 lunar lander loses signal", "Tern-1: what you need to know")
KNOWN = ("What we know: Veldmark's Tern-1 lunar lander loses signal", "Tern-1 lander loses signal: what we know")


def _stories(via: str, head: str, hours: float) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the wire's story's members, the explainer's) of the wire's report, the others' (the first a copy of the wire's,
    which merges with it before the explainer can: the story it meets has several members) and the explainer."""
    articles = [factories.article("wire", START, source="Continental Wire", title=WIRE[0])]
    texts = [WIRE[1]]
    for k, (outlet, title, text) in enumerate(OTHERS):
        articles.append(factories.article(f"r{k}", START + dt.timedelta(minutes=25 + 50 * k), source=outlet,
                                          title=title))
        texts.append(text)
    articles.append(factories.article("explainer", START + dt.timedelta(hours=hours), source="Skimline", title=head,
                                      via=via))
    texts.append(EXPLAINER)
    found = {a.slug: story_features(a.title, text) for a, text in zip(articles, texts)}
    assert found["explainer"].guide is (head in HEADS) and not found["wire"].guide
    grouping = group_stories(tuple(articles), found, factories.config())
    return grouping.story_of("wire").members, grouping.story_of("explainer").members


def test_the_reported_input() -> None:
    for head in (KNOWN[0], HEADS[0]):  # (T12's headline: since T14 a report, by its body; an explainer's: the bridge)
        wire, explainer = _stories("Continental Wire", head, 11.75)
        assert wire == explainer and set(wire) == {"wire", "r0", "r1", "r2", "explainer"}


@settings(max_examples=examples(20), deadline=None)
@given(head=st.sampled_from(HEADS), hours=st.floats(1, 20),
       via=st.sampled_from(["Continental Wire", "", "Reuters", "Northern Ledger"]))
def test_an_explainer_joins_the_story_of_the_report_its_via_names(head: str, hours: float, via: str) -> None:
    """The other reports stay one story with the wire's; the explainer joins it when its `via:` is the wire's."""
    wire, explainer = _stories(via, head, hours)
    assert {"wire", "r0", "r1", "r2"} <= set(wire)
    assert (wire == explainer) == (via == "Continental Wire"), (wire, explainer)


@settings(max_examples=examples(10), deadline=None)
@given(head=st.sampled_from(KNOWN), hours=st.floats(1, 20), via=st.sampled_from(["Continental Wire", "", "Reuters"]))
def test_a_what_we_know_summary_of_the_news_joins_the_story_by_its_words(head: str, hours: float, via: str) -> None:
    """T14: "Vasolor recall: what we know so far" over a plain summary of the news is a report of it."""
    wire, explainer = _stories(via, head, hours)
    assert wire == explainer and set(wire) == {"wire", "r0", "r1", "r2", "explainer"}
