"""Evaluation on labelled data (tests/analyse/data/) and the sample briefing; figures in docs/people.md."""
from __future__ import annotations

from analyse.evaluation import load_cases, load_names, score, score_names, site_articles, split

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.spelling import misspellings


def test_held_out_quote_attribution_precision() -> None:
    result = score(split(load_cases(), held=True))
    assert result.cases >= 50
    assert result.precision >= 0.9, result.line("held-out")


def test_tuning_quote_attribution() -> None:
    result = score(split(load_cases(), held=False))
    assert result.precision >= 0.95 and result.recall >= 0.9, result.line("tune")


def test_labelled_data_is_large_enough() -> None:
    assert len(load_cases()) >= 150
    assert len(load_names()["cases"]) >= 40


def test_no_false_misspelling_flags_on_the_name_cases() -> None:
    for held in (False, True):
        result = score_names(load_names(), held)
        assert result.false_flags == 0, result.failures
        assert result.flagged >= 0.8 * result.to_flag, result.failures


def test_no_false_misspelling_flags_on_the_sample_briefing() -> None:
    people, articles = site_articles()
    found = {name: names_in(title, text) for name, (title, text, _) in articles.items()}
    assert misspellings(NameIndex.build(people, found)) == ()


def test_sample_briefing_quotes_go_to_their_speakers() -> None:
    _, articles = site_articles()
    attributed = {(name, q.name) for name, (title, text, _) in articles.items()
                  for q in quotes_in(title, text) if q.speaker is not None}
    assert ("politico-macron-xi-beijing.md", "Emmanuel Macron") in attributed
    assert not {who for _, who in attributed} & {"Xi Jinping", "Xi", "Vladimir Putin", "Putin", "Avril Haines"}
