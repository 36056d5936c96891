"""BR21 finding 1, as a kind: an organisation cited for information is a source, not a party to the news.

A research firm, a data provider or a news group of the briefing that another report names only as where its
information comes from ("according to Rystad Energy", "data from CRU Group showed", "Grupo Clarín reported that …")
is not a party (parties.py, citedsources.py): its own report is no "statement" and may lead its story. A company's
name holding a newsroom's word is a news group's, an outlet ("News Corp": credit_newsmakers.newsmaker).
"""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.citedsources import sourced
from briefgen.analyse.credit_newsmakers import newsmaker
from briefgen.analyse.credits import credit_finder
from briefgen.analyse.stories import group_stories, story_features
from briefgen.load.config import Source

START = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)
FIRMS = ("Rystad Energy", "CRU Group", "Grupo Clarín", "Andes Analytics Company", "Minera Data Consultancy")
CITING = ("according to {p}", "according to an analysis published on Monday by {p}", "data from {p} showed",
          "{p} data showed", "{p} said in a note", "analysts at {p} said", "the research firm {p} estimates",
          "{p} estimated", "figures compiled by {p} showed", "{p}'s latest figures showed",
          "{p}, a Chilean consultancy, said")
# the same firm in the news: it acts or speaks, it is a party (T17's operator)
IN_THE_NEWS = ("The chief executive of {p} went to the mine.", "{p} owns the mine.", "{p} cut 200 jobs on Monday.")
FIRM_TEXT = ("The collapse of the Corvo copper mine will cut Chile's copper output by about 190,000 tonnes this "
             "year, or 3.4 per cent, our analysis shows.\n\nSmelters in China hold less than two weeks of Corvo "
             "concentrate, and refined copper supply was already tight before the collapse.")
TOLD = ("The collapse of the Corvo copper mine will cut Chile's copper output by about 190,000 tonnes this year, or "
        "3.4 per cent, {frame}.\n\nSmelters in China hold less than two weeks of Corvo concentrate.")


def _story(firm: str, frames: tuple[str, str], hours: float):
    outlets = (firm, "Coast Wire", "Daily Sentinel")
    texts = {"firm": (FIRM_TEXT, firm), "wire": (TOLD.format(frame=frames[0].format(p=firm)), "Coast Wire"),
             "paper": (TOLD.format(frame=frames[1].format(p=firm)), "Daily Sentinel")}
    times = {"firm": 0.0, "wire": hours, "paper": hours + 1.0}
    articles = tuple(factories.article(slug, START + dt.timedelta(hours=times[slug]), source=source,
                                       title=f"Corvo collapse to cut Chile copper output ({slug})")
                     for slug, (_, source) in texts.items())
    found = {a.slug: story_features(a.title, texts[a.slug][0], credit_finder(outlets)) for a in articles}
    grouping = group_stories(articles, found, factories.config(sources=tuple(Source(o, "", "") for o in outlets)))
    story = grouping.story_of("firm")
    assert set(story.members) == set(texts), story
    return story


@settings(max_examples=examples(16), deadline=None)
@given(st.sampled_from(FIRMS), st.sampled_from(CITING), st.sampled_from(CITING), st.floats(0.5, 6.0))
def test_a_firm_cited_for_information_is_no_party(firm: str, wire: str, paper: str, hours: float) -> None:
    """The firm's analysis comes first; two reports cite it. It leads and is no statement. Failed before (at
    49917adf): the firm was a party, its analysis a "statement", and the wire's report led the story."""
    story = _story(firm, (wire, paper), hours)
    assert story.lead == "firm" and dict(story.roles)["firm"] != "statement", story


@settings(max_examples=examples(8), deadline=None)
@given(st.sampled_from(FIRMS), st.sampled_from(IN_THE_NEWS), st.sampled_from(CITING), st.floats(0.5, 6.0))
def test_a_firm_in_the_news_is_still_a_party(firm: str, named: str, cited: str, hours: float) -> None:
    """One report names the firm in the news (it acts): it is a party, its own report a statement, as before."""
    story = _story(firm, (cited + ". " + named.format(p=firm).rstrip("."), cited), hours)
    assert dict(story.roles)["firm"] == "statement" and story.lead != "firm", story


def test_which_frames_cite() -> None:
    """Each citing frame, and the frames that are news (the reported inputs among them)."""
    finder = credit_finder(("AFP", "Rystad Energy", "CRU Group", "Grupo Clarín", "Minera Atacama Norte"))
    for frame in CITING + ("{p} reported that the minister resigned", "{p} reported, citing sources"):
        for firm in ("Rystad Energy", "CRU Group", "Grupo Clarín"):
            assert sourced("", f"Output fell, {frame.format(p=firm)}.", finder) == (firm.lower().replace("í", "i"),)
    for news in IN_THE_NEWS + ("the operator {p} said", "{p} said in a statement", "{p} announced a cut",
                               "The mine is operated by {p}, which produces cathode"):
        text = f"Output fell. {news.format(p='Minera Atacama Norte')}."
        assert sourced("", text, finder) == (), news
    assert sourced("", "Output fell, according to Rystad Energy. Rystad Energy cut 200 jobs.", finder) == ()
    assert sourced("", "AFP reported that output fell.", finder) == ()  # (a newsroom: never read)


def test_a_news_groups_name_is_an_outlet() -> None:
    for name in ("News Corp", "Tribune Publishing Company", "Daily Mail and General Trust", "Herald Media Group"):
        assert not newsmaker(name), name
    for name in ("Post Office", "Rystad Energy", "Minera Atacama Norte", "Northsound Ferries", "CRU Group"):
        assert newsmaker(name), name
