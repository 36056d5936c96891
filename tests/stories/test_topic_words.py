"""Topic words: in a small briefing on one subject, the subject's words do not make one story.

tests/sites/mackerel/ is a trial briefing (34 articles from 15 outlets on a fisheries dispute,
2–30 March 2026), where "mackerel" is in 25 articles. Against the fixed reference size alone its
subject's words weighed as rare names do, and the London talks (four reports), the Faroes' own
quota two days later (an original and its re-report) and a prime minister's meeting in Brussels
were one story of 7 reports; a Nikkei piece on Japanese importers joined the Financial Times'
tariff story (similarity.py, "Topic words").
"""
from __future__ import annotations

import shutil
from pathlib import Path

from briefgen.checking import check

SITE = Path(__file__).resolve().parents[1] / "sites" / "mackerel"


def test_events_of_one_subject_days_apart_are_stories_of_their_own(tmp_path: Path) -> None:
    shutil.copytree(SITE, tmp_path / "site")
    result = check(tmp_path / "site" / "config.yaml")
    assert result.plan is not None
    members = {story.id: set(story.members) for story in result.plan.grouping.stories}

    def story_of(slug: str) -> set[str]:
        return next(found for found in members.values() if slug in found)

    assert story_of("reuters-london-talks-collapse") == {
        "reuters-london-talks-collapse", "bbc-london-talks", "irish-times-london-talks", "spiegel-london-mackerel"}
    assert story_of("kringvarp-faroe-quota") == {"kringvarp-faroe-quota", "reuters-faroe-quota"}
    assert story_of("politico-fjellheim-brussels") == {"politico-fjellheim-brussels"}
    assert story_of("ft-commissioner-tariff-threat") == {
        "ft-commissioner-tariff-threat", "euractiv-salmon-tariffs", "le-monde-salmon-threat",
        "nrk-salmon-tariff-reaction"}
    assert story_of("nikkei-japan-importers") == {"nikkei-japan-importers"}
    # and the re-tellings still group: the zone closure first reported by Fiskeribladet
    assert story_of("fiskeribladet-norway-closes-zone") == {
        "fiskeribladet-norway-closes-zone", "reuters-norway-zone-fiskeribladet", "guardian-norway-mackerel-zone",
        "politico-norway-zone"}
