"""The ransomware trial's wrong rows of "What all N reports say" (tests/stories/ransom/, 2026-12-05), as kinds:

- a word that one sentence writes inside a name and the other as a common noun is no term they share
  (adds_sharedwords.name_or_noun): "The Information Commissioner's Office is investigating the Castlebridge breach"
  stood beside "Back in Castlebridge, council leader Dewi Pritchard watched the debate online with Mr McIntyre's office
  staff";
- a time of day is no term a pair may share besides the story's common words alone (adds_sharedwords.PARTS_OF_DAY):
  Reuters' "Staff arriving on Monday morning found …" stood beside Gazeta's "The university says the attack was
  discovered early on Monday morning …".
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.compare import compare_reports
from stories.storyeval import load_site

RANSOM = Path(__file__).resolve().parent / "ransom"


def _together(reports: list[tuple[str, str]], first: str, second: str) -> bool:
    """Whether a sentence holding `first` and one holding `second` are counterparts or share a row."""
    comparison = compare_reports(reports)
    text = {(r.slug, i): s for r in comparison.reports for i, s in enumerate(r.sentences)}
    for row in comparison.rows:
        found = [text[label] for label in row]
        if any(first in s for s in found) and any(second in s for s in found):
            return True
    for report in comparison.reports:
        for i, sentence in enumerate(report.sentences):
            if first in sentence and any(second in text[c] for c in report.counterparts[i]):
                return True
    return False


def test_the_reported_rows() -> None:
    texts = load_site(RANSOM).texts
    mp = [(slug, texts[slug]) for slug in ("herald-mp-question", "courier-mp-question", "castlefm-mp")]
    assert not _together(mp, "Commissioner\u2019s Office is investigating", "Dewi Pritchard watched")
    assert _together(mp, "Commissioner\u2019s Office is investigating", "already investigating Castlebridge")
    attack = [(slug, texts[slug]) for slug in ("uni-attack", "herald-attack", "reuters-attack", "courier-attack",
                                               "gazeta-attack")]
    assert not _together(attack, "Staff arriving on Monday morning", "discovered early on Monday morning")


def _story(town: str, lines: list[str]) -> list[tuple[str, str]]:
    """Three reports of a story whose common words are the town's name and "council": each of their other sentences
    repeats them, as a story's reports repeat its subject."""
    filler = [f"The {town} council met again. {town} council members spoke.", f"{town} council said more. The {town} "
              f"council will meet.", f"In {town}, the council met. {town} council staff spoke."]
    return [(f"r{k}", f"{lines[k]} {filler[k]}") if k < len(lines) else (f"r{k}", filler[k]) for k in range(3)]


@FAST
@given(names=st.lists(word, min_size=5, max_size=5, unique_by=str.lower), noun=st.sampled_from(["Office", "Board", "Unit"]))
def test_a_names_word_is_no_common_noun(names: list[str], noun: str) -> None:
    town, first, second, leader, member = names
    lines = [f"Nothing happened first. The {first} {second}\u2019s {noun} is investigating the {town} breach.",
             f"Nothing else first. Back in {town}, {leader} watched the debate with Mr {member}\u2019s {noun.lower()} staff."]
    assert not _together(_story(town, lines), f"{noun} is investigating", "watched the debate")


@FAST
@given(town=word, day=st.sampled_from(["Monday", "Friday"]), part=st.sampled_from(["morning", "evening", "night"]))
def test_a_time_of_day_is_no_fact(town: str, day: str, part: str) -> None:
    lines = [f"Nothing happened first. Staff arriving on {day} {part} in {town} found their screens locked.",
             f"Nothing else first. The {town} council says the breach was discovered early on {day} {part}."]
    reports = _story(town, lines)
    reports = [(slug, text.replace("council met again.", f"council met on {day}. {day} came.")) for slug, text in reports]
    assert not _together(reports, "Staff arriving", "discovered early")
