"""One agency's text printed under datelines of two places is two events, not a reprint (wirecopy.filed_for_two_places,
similarity.py; a breaker, BR10, 2026-12-06).

"KESTLE, England (Coast Wire) - All schools will be closed on Monday because of heavy snow …" and "BRANNOCK, England
(Coast Wire) - All schools will be closed …", the same words but the place: a wire's template told for each county
(snow closures, an election count, an ice warning). Since the dateline is left out of the prints (copies.py), they
were copies, shared the wire as their original, and were one story: "First reported by Coast Wire", the other county's
closures a "Re-telling". Copies whose opening datelines name one agency and two places are now capped ("one agency's
text under datelines of two places"): two stories, suggested to the editor. A reprint that keeps, changes the form of
or drops the dateline stays one story with the wire.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.credits import credit_finder
from briefgen.analyse.stories import group_stories, story_features
from briefgen.analyse.wirecopy import filed_for_two_places, opening_dateline
from briefgen.load.config import Source

START = dt.datetime(2026, 11, 13, 9, 0, tzinfo=dt.timezone.utc)
OUTLETS = ("Coast Wire", "Northern Daily")
PLACES = ("KESTLE", "BRANNOCK", "HARWICK", "DUNMORE", "ST. AGNES", "LOWER BRENN")
SNOW = ("All schools will be closed on Monday because of heavy snow, the county council said in a statement on Sunday."
        "\n\nParents should check the council website for updates before setting out in the morning.\n\nBus services "
        "run by the council will not operate and libraries will also stay shut.\n\nGritters have been working through "
        "the night to keep the main roads open, the council said.")
WORDS = ("schools", "council", "parents", "buses", "libraries", "gritters", "roads", "snow", "ice", "warning",
         "closed", "shut", "open", "morning", "night", "county", "drivers", "pavements", "services", "updates",
         "the", "a", "of", "on", "and", "will", "be", "have", "by", "for", "to", "in")


def _stories(texts: list[str]) -> set[tuple[str, ...]]:
    articles = tuple(factories.article(f"r{k}", START + dt.timedelta(hours=k), source=OUTLETS[k],
                                       title=f"Schools closed by snow ({OUTLETS[k]})") for k in range(len(texts)))
    finder = credit_finder(OUTLETS)
    found = {a.slug: story_features(a.title, t, finder) for a, t in zip(articles, texts)}
    grouping = group_stories(articles, found, factories.config(sources=tuple(Source(o, "", "") for o in OUTLETS)))
    return {grouping.story_of(a.slug).members for a in articles}


def test_the_reported_input() -> None:
    assert _stories([f"KESTLE, England (Coast Wire) - {SNOW}", f"BRANNOCK, England (Coast Wire) - {SNOW}"]) == {
        ("r0",), ("r1",)}
    assert opening_dateline(f"KESTLE, England (Coast Wire) - {SNOW}") == "kestle\tcoast wire"


sentence = st.lists(st.sampled_from(WORDS), min_size=8, max_size=14).map(lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=examples(25), deadline=None)
@given(sentences=st.lists(sentence, min_size=4, max_size=6, unique=True), places=st.lists(
    st.sampled_from(PLACES), min_size=2, max_size=2, unique=True), county=st.booleans(),
    reprint=st.sampled_from(["same", "dash", "dropped"]))
def test_a_template_for_two_places_is_two_stories_and_a_reprint_one(sentences: list[str], places: list[str],
                                                                      county: bool, reprint: str) -> None:
    """The wire's text under two places' datelines: two stories. The same text reprinted under the wire's own
    dateline, with another dash, or with the dateline dropped: one story."""
    assume(len(set(map(str.lower, sentences))) == len(sentences))
    text = "\n\n".join(sentences)
    where = ", England" if county else ""
    first = f"{places[0]}{where} (Coast Wire) - {text}"
    assert _stories([first, f"{places[1]}{where} (Coast Wire) - {text}"]) == {("r0",), ("r1",)}
    again = {"same": first, "dash": f"{places[0]}{where} (Coast Wire) \u2014 {text}", "dropped": text}[reprint]
    assert _stories([first, again]) == {("r0", "r1")}


@given(a=st.sampled_from(PLACES), b=st.sampled_from(PLACES), agencies=st.sampled_from([("AP", "AP"), ("AP", "Reuters")]))
def test_only_one_agencys_two_places_are_filed_apart(a: str, b: str, agencies: tuple[str, str]) -> None:
    first, second = opening_dateline(f"{a} ({agencies[0]}) - Text."), opening_dateline(f"{b} ({agencies[1]}) - Text.")
    assert filed_for_two_places(first, second) == (a != b and agencies[0] == agencies[1])
    assert not filed_for_two_places(first, "") and not filed_for_two_places(first, opening_dateline("Text (AP) - x."))
