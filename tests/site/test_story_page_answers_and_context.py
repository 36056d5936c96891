"""What each report adds shows who speaks, and a difference told by a reprint once (site/page_comparison.py,
analyse/adds_answers.py, 2026-12-05).

The ferry trial's story pages listed a Q&A's prompt "Ferry & Port Week: The company says the repairs were signed off."
and its answers cut into bare sentences ("She tells me exactly what people think of me."), a live blog's "“We have one
good tide to do this,” he said." with no one named (the sentence naming the salvage master stood in a row, the people
stage had no speaker), and the wire story and its reprint as two pairs of one difference."""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from briefgen.build import BuildOptions, build
from briefgen.site.stories import comparison_view
from support.examples import examples
from support.madeup import word
from support.sites import write_site


@settings(max_examples=examples(60), deadline=None)
@given(word, word, word, word, st.booleans())
def test_a_q_and_a_shows_answers_whole_and_no_prompt(outlet: str, given_name: str, surname: str, town: str,
                                                     q: bool) -> None:
    """(The plain text compare reads: Markdown's "**Name:**" is "Name:".)"""
    asker, name = "Q" if q else f"{outlet} Weekly", f"{given_name} {surname}"

    def said(label: str, words: str) -> str:
        return f"{label}: {words}"
    interview = "\n\n".join([
        f"{name} leads the dockers of {town}. He spoke to {outlet} Weekly on the quay.",
        said(asker, "Why strike now?"),
        said(name, f"Because the crews warned them for months. The cranes at {town} failed twice in March."),
        said(asker, "The company says the cranes were repaired."),
        said(name, "Repaired by whom? It has been tolerated."),
        said(asker, "Do you worry about losing support?"),
        said(name, f"Every day. My mother lives in {town}. She tells me exactly what people think of me.")])
    other = (f"The cranes at {town} failed twice in March, the dockers' leader {name} said.\n\n"
             f"The union in {town} has called a strike from Monday.")
    comparison = compare_reports([("qa", interview), ("other", other)])
    view = comparison_view(comparison)
    shown = dict(view.adds)["qa"]
    assert not any("company says" in item for item in shown), shown
    for item in shown:
        if any(words in item for words in ("tolerated", "Every day", "My mother", "tells me")):
            assert item.startswith(f"{name}: "), shown
    assert any("My mother" in item and "Every day" in item and "tells me" in item for item in shown), shown


def test_the_pieces_of_an_answer_told_elsewhere() -> None:
    from briefgen.site.page_comparison import answered

    sentences = ("Intro.", "Declan O’Rourke: Two things.", "A minimum crew on every sailing.", "It has been agreed.",
                 "Declan O’Rourke: Every day.", "My mother lives on Skerrin.")
    answers = (0, 1, 1, 1, 2, 2)
    items = [(1, sentences[1]), (3, sentences[3]), (4, sentences[4]), (5, sentences[5])]
    assert list(answered(sentences, items, answers)) == [
        (1, "Declan O’Rourke: Two things. … It has been agreed."), (4, "Declan O’Rourke: Every day. My mother lives on Skerrin.")]
    assert list(answered(sentences, [(1, sentences[1])], answers)) == []  # ("Two things." alone says nothing)


@settings(max_examples=examples(80), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.sampled_from(["x", "y"])), min_size=1,
                max_size=6, unique=True), st.booleans())
def test_a_difference_told_by_copies_is_one_entry(pairs: list[tuple[str, str]], dateline: bool) -> None:
    """Reports a-d carry the same wire sentence (b's and d's with a dateline), x and y two others' same figure."""
    from briefgen.site.page_comparison import merged_differences

    wire = "A ferry with 186 passengers ran aground on Monday night, the coastguard said."
    texts = {"a": wire, "b": ("PORT CARRICK, Scotland, Nov 2 (Reuters) - " if dateline else "") + wire, "c": wire,
             "d": wire, "x": "All 250 people aboard were brought ashore.", "y": "All 250 people aboard were brought ashore."}
    differ = [((one, texts[one]), (other, texts[other])) for one, other in pairs]
    merged = merged_differences(differ)
    assert len(merged) == 1, merged
    (entry,) = merged
    assert [slug for slug, _ in entry] == list(dict.fromkeys(o for o, _ in pairs)) + list(dict.fromkeys(t for _, t in pairs))
    assert {sentence for slug, sentence in entry if slug in "abcd"} == {texts[pairs[0][0]]}


CONFIG = "title: Salvage\nbase_url: https://example.org/salvage/\ntopics:\n  - {id: s, title: Salvage, keywords: [tug]}\n"
BLOG = """---
title: Salvage live
source: Harbour Radio
published: 2026-11-06T13:00:00Z
---
05:45 Two salvage tugs, the Ardent and the Brodick, are in position off the Kelvane Reef.

06:30 Salvage master Oskar Brandvold says divers sealed the two damaged tanks overnight. "We have one good tide to do this," he said.

07:58 The Morning Gull is off the Kelvane Reef.
"""
REPORT = """---
title: Morning Gull refloated
source: Ferry Trade Weekly
published: 2026-11-06T16:30:00Z
---
Two salvage tugs, the Ardent and the Brodick, pulled the Morning Gull off the Kelvane Reef on Friday.

Salvage master Oskar Brandvold said divers had sealed the two damaged tanks overnight before the tow.
"""


def test_an_unnamed_speaker_comes_with_the_sentence_before(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {"config.yaml": CONFIG, "content/articles/blog.md": BLOG,
                                          "content/articles/report.md": REPORT})
    result = build(site / "config.yaml", BuildOptions(jobs=1, lock_wait=0,
                                                      build_time=dt.datetime(2026, 11, 20, tzinfo=dt.timezone.utc)))
    assert result.ok, result.diagnostics
    # the story's page, not the other report's former address (a redirect); whichever a folder lists first
    (page,) = [text for text in (p.read_text(encoding="utf-8") for p in (result.output_dir / "stories").glob(
        "*/index.html")) if 'http-equiv="refresh"' not in text]
    adds = html.unescape(re.sub(r"<[^>]+>", "", page.split('id="adds-title"', 1)[1].split("</section>", 1)[0]))
    item = next(line for line in adds.splitlines() if "one good tide" in line)
    assert "Brandvold" in item, item  # (named after it by the people stage, or the sentence before it shown)
