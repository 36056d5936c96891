"""A wire's own item timed after the papers' reprints of it is still the original (roles.copy_credits, 2026-12-06).

A breaker (BR10, 2026-12-06) printed one Coast Wire text ("KESTLE (Coast Wire) - The Ministry of Transport will
close the Harrow Bridge to lorries …") under the wire's name and a paper's, the wire's item 0.1-3 hours after the
paper's (a feed gives a wire story's last update; a paper's site its own time): the story said "Coast Wire" reported
first, yet the paper's reprint headed it and the wire's own report was a "Re-telling" — of itself: it copies the
earlier text, so it credited the paper and, through it, its own outlet; and a report of the credited outlet after
a member crediting it was no original (the T11 rule, test_original_after_retelling.py). The same with `via:` on the
reprints. A reprint that credits the wire (a `via:`, the wire's dateline) prints the wire's text: the wire's item is
what it copies, whatever the clocks say.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.credits import credit_finder
from briefgen.analyse.stories import group_stories, story_features
from briefgen.load.config import Source

START = dt.datetime(2026, 11, 13, 9, 0, tzinfo=dt.timezone.utc)
WIRE = "Coast Wire"
PAPERS = ("Northern Daily", "Port Weekly", "Harbour Gazette")
TEXT = ("The Ministry of Transport will close the Harrow Bridge to lorries from January after engineers found cracks "
        "in two of its main supports, leaving hauliers facing a 40-mile detour around the Kestle estuary.\n\nThe bridge "
        "carries 12,000 vehicles a day, and the closure is expected to last at least eight months while repairs are "
        "carried out.")
WORDS = ("buses", "drivers", "tunnel", "detour", "traffic", "morning", "minutes", "council", "bridge", "repairs",
         "shops", "ferry", "crews", "queues", "parking", "engineers", "cracks", "budget", "fares", "passengers",
         "station", "trains", "complained", "waited", "closed", "reopened", "doubled", "blocked", "eastern", "longer",
         "the", "a", "of", "on", "through", "after", "about", "and", "with", "for")


def _story(text: str, wire_hours: float, papers: list[tuple[float, bool]]):  # type: ignore[no-untyped-def]
    """The story of the wire's report "wire" (`wire_hours` after START) and each paper's reprint "p0", "p1", …
    (hours after START, whether it has `via:` — else the text's wire dateline credits the wire), all of `text`."""
    dated = f"KESTLE ({WIRE}) - {text}"
    wire = factories.article("wire", START + dt.timedelta(hours=wire_hours), source=WIRE,
                             title="Harrow Bridge to close to lorries")
    reprints = [factories.article(f"p{k}", START + dt.timedelta(hours=h), source=PAPERS[k],
                                  title=f"Harrow Bridge lorry ban ({PAPERS[k]})", **({"via": WIRE} if via else {}))
                for k, (h, via) in enumerate(papers)]
    articles = (wire, *reprints)
    outlets = tuple(sorted({WIRE, *PAPERS}))
    texts = [dated] + [text if via else dated for _, via in papers]
    found = {a.slug: story_features(a.title, t, credit_finder(outlets)) for a, t in zip(articles, texts)}
    grouping = group_stories(articles, found, factories.config(sources=tuple(Source(o, "", "") for o in outlets)))
    return grouping.story_of("wire"), {a.slug for a in articles}


def test_the_reported_input() -> None:
    """The wire's item half an hour after a paper's reprint of it (dateline credit), and with `via:`."""
    for via in (False, True):
        story, slugs = _story(TEXT, 0.5, [(0, via)])
        assert set(story.members) == slugs and story.members[0] == "wire" and story.original == WIRE
        assert dict(story.roles) == {"wire": "original", "p0": "re-report"}


sentence = st.lists(st.sampled_from(WORDS), min_size=8, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=examples(25), deadline=None)
@given(sentences=st.lists(sentence, min_size=4, max_size=7, unique=True),
       papers=st.lists(st.tuples(st.floats(0, 6), st.booleans()), min_size=1, max_size=3),
       wire_after=st.floats(-3, 6))
def test_the_wire_is_the_original_of_its_reprints_whatever_their_clocks(sentences: list[str],
                                                                         papers: list[tuple[float, bool]],
                                                                         wire_after: float) -> None:
    """A wire text reprinted by 1-3 papers (each crediting the wire by `via:` or by its dateline), the wire's item
    timed up to 3 hours before or 6 hours after the first reprint: one story, the wire's report its original and lead,
    every reprint a re-telling of Coast Wire."""
    first = min(h for h, _ in papers)
    story, slugs = _story(" ".join(sentences), first + wire_after, papers)
    assert set(story.members) == slugs
    assert story.original == WIRE and story.members[0] == "wire", story
    assert dict(story.roles) == {"wire": "original", **{f"p{k}": "re-report" for k in range(len(papers))}}, story


def test_a_papers_own_report_recalling_the_wire_leads_its_copy_by_the_wire() -> None:
    """A paper's own report that credits the wire only in passing ("as Coast Wire reported at the time"), printed by
    the wire an hour later, is no reprint of the wire: the paper's report leads (a breaker, BR11, 2026-12-06: the
    wire's copy led as the original when any credit of the wire counted; only a `via:` or the wire's dateline opening
    the text says a report prints the wire's copy)."""
    own = ("Corvane Aerospace will cut 120 jobs at its Tolvey plant, the Northern Daily has learned. The company won "
           "the lander contract two years ago, as Coast Wire reported at the time.\n\nStaff were told on Thursday "
           "morning, and the cuts will fall mostly on the assembly hall, where 400 people work.")
    paper = factories.article("paper", START, source="Northern Daily", title="Corvane to cut 120 jobs")
    wire = factories.article("wire", START + dt.timedelta(hours=1), source=WIRE, title="Corvane to cut 120 jobs")
    outlets = tuple(sorted({WIRE, *PAPERS}))
    found = {"paper": story_features(paper.title, own, credit_finder(outlets)),
             "wire": story_features(wire.title, f"TOLVEY ({WIRE}) - {own}", credit_finder(outlets))}
    story = group_stories((paper, wire), found, factories.config(
        sources=tuple(Source(o, "", "") for o in outlets))).story_of("wire")
    assert story.members[0] == "paper" and dict(story.roles)["wire"] != "original", story

