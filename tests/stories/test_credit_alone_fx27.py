"""BR27's finding 1 (FX27, 2026-12-06): both crediting one outlet is one original only with what the reports share
besides (originals.credit_alone, similarity.score_pairs).

Four same-day reports of four outlets — a Codelco mine collapse twice, an Albemarle lithium cut, a Chile lithium
forecast — each "…, according to a Reuters report", were one story: the credit counted as one original (x1.5, no
who-and-what cap), and the pair sharing nothing but the credit scored 0.65. A wire reports many stories a day; the
credit names the outlet, not the report. Unrelated leads x credit phrasings x outlets stay apart; two re-tellings of
one report stay one story and keep the shared original.
"""
from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples

from briefgen.analyse.similarity import CAP, score_pairs
from briefgen.analyse.stories import prepare, story_features

UTC = dt.timezone.utc
# (headline, lead with {credit} where the credit goes, the rest): four events of one day and one trade.
LEADS = {
    "collapse": ("Copper miner halts output at Chilean mine",
                 "Codelco halted output at its El Teniente copper mine on Tuesday after a tunnel collapse injured "
                 "four workers{credit}.", "The company said repairs would take a week.\n\nCopper prices rose 2% in "
                 "London."),
    "investment": ("Lithium producer cuts Argentine investment",
                   "Albemarle will cut its investment in Argentine lithium projects by half next year{credit}.",
                   "The company said prices had fallen too far.\n\nLithium prices have dropped 80% since 2022."),
    "forecast": ("Chile lithium output to rise, ministry says",
                 "Chile's lithium output will rise 10% next year, the mining ministry said on Tuesday{credit}.",
                 "Copper output will be flat, it said."),
    "smelter": ("Peru smelter shut for repairs",
                "Peru's Ilo copper smelter was shut on Tuesday for three weeks of unplanned repairs to its acid "
                "plant{credit}.", "Southern Copper said concentrate would be stored at the port."),
}
# The collapse re-told by another outlet in other words.
RETOLD = ("Codelco mine accident: four hurt",
          "Four workers were injured in a tunnel collapse at Codelco's El Teniente mine on Tuesday{credit}.",
          "The state miner said output was halted at El Teniente while engineers checked the tunnel.")
CREDITS = (", according to {o}", ", according to a {o} report", ", according to a report by {o}", ", {o} reported",
           ", a {o} report said", ", citing {o}")
OUTLETS = ("Reuters", "Bloomberg", "AFP", "the Associated Press")


def _scores(texts: dict[str, tuple[str, str, str]], credit: str, outlet: str) -> dict[tuple[str, str], object]:
    """Every scored pair of `texts` (slug -> headline, lead, rest; one outlet each, an hour apart on one day), each
    lead crediting `outlet` by `credit`."""
    bodies = {slug: (title, lead.format(credit=credit.format(o=outlet)) + "\n\n" + rest)
              for slug, (title, lead, rest) in texts.items()}
    start = dt.datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    arts = tuple(factories.report(slug, start + dt.timedelta(hours=i), title=title)
                 for i, (slug, (title, _)) in enumerate(sorted(bodies.items())))
    archive = prepare(arts, {slug: story_features(title, body) for slug, (title, body) in bodies.items()})
    _, scored = score_pairs(archive.reports, 7.0, archive.df)
    slugs = [r.slug for r in archive.reports]
    return {(slugs[p.a], slugs[p.b]): p for p in scored}


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(CREDITS), st.sampled_from(OUTLETS), st.sampled_from(list(itertools.combinations(LEADS, 2))))
def test_unrelated_reports_crediting_one_outlet_stay_apart(credit: str, outlet: str, two: tuple[str, str]) -> None:
    """Two unrelated same-day leads, each crediting one outlet by the same phrasing: at most the cap, whatever
    else they share (trade words, "Chile", "copper"); no shared original read from the credit alone."""
    for pair in _scores({k: LEADS[k] for k in two}, credit, outlet).values():
        assert pair.score <= CAP and not pair.shared_original, (two, credit, outlet, pair)


@settings(max_examples=examples(20), deadline=None)
@given(st.sampled_from(CREDITS), st.sampled_from(OUTLETS))
def test_two_retellings_of_one_report_stay_one_story(credit: str, outlet: str) -> None:
    """The collapse and its re-telling by another outlet, both crediting one outlet: one original, merged."""
    pairs = _scores({"collapse": LEADS["collapse"], "retold": RETOLD}, credit, outlet)
    (pair,) = pairs.values()
    assert pair.score > 0.5 and not pair.capped, (credit, outlet, pair)


def test_the_breakers_four_reports() -> None:
    """BR27's p20/p21: the four reports, "according to a Reuters report" and "according to Reuters": only the two
    reports of the collapse are one story."""
    texts = {k: LEADS[k] for k in ("collapse", "investment", "forecast")} | {"retold": RETOLD}
    for credit in (", according to a {o} report", ", according to {o}"):
        merged = {pair for pair, score in _scores(texts, credit, "Reuters").items() if score.score > 0.5}
        assert merged == {("collapse", "retold")}, (credit, merged)
