"""The story page's comparison (a trial, 2026-12-05): no sentence both in a row and among what a report adds; facts
told by some of three reports shown ("Told by 2 of 3 reports"); a corrected report marked; reports of one day told
apart by their time; lead-ins ("Key points:") and an interviewer's questions are no additions; a quotation whose
words no other report has is one, though it names a place another report names."""
from __future__ import annotations

import html
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from briefgen.build import BuildOptions, build
from briefgen.site.stories import comparison_view
from support.examples import examples
from support.sites import write_site

POOL = ("The field belongs to Robert Hale, whose family has farmed the land since the 1890s.",
        "He said he was “still taking it in”.",
        "Farmer Robert Hale told Radio Stanbury he had ploughed over the spot for forty years.",
        "“We knew there was a building here, but nobody expected a floor of this quality,” said Dr Anwen Pryce.",
        "“It tells us a wealthy family lived in this valley in the fourth century.”",
        "The county archaeologist, Anwen Pryce, asked people not to go looking for the site.",
        "A Roman mosaic floor has been uncovered under a barley field near Stanbury.",
        "Experts confirmed that a Roman floor lies under a Stanbury farm.", "Key points:",
        "She said the floor was about nine metres long.", "They will keep the site closed.")


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=7), st.lists(st.sampled_from(POOL), min_size=1, max_size=7))
def test_no_sentence_is_both_in_a_row_and_added(one: list[str], two: list[str]) -> None:
    comparison = compare_reports([("one", " ".join(one)), ("two", " ".join(two))])
    view = comparison_view(comparison)
    in_rows = {label for row in comparison.rows for label in row}
    for report, (slug, shown) in zip(comparison.reports, view.adds):
        assert not in_rows & {(slug, i) for i in report.adds}
        for i, text in zip(report.adds, shown):  # a sentence shown with the one before it: that one is in no row
            if text != report.sentences[i]:
                assert text == f"{report.sentences[i - 1]} {report.sentences[i]}" and (slug, i - 1) not in in_rows
        assert "Key points:" not in shown


CONFIG = "title: Volcano\ntopics:\n  - id: skaros\n    title: Skaros\n    keywords: [Skaros]\n"


def _article(source: str, when: str, title: str, body: str, via: str = "") -> str:
    return f"---\ntitle: {title}\nsource: {source}\npublished: {when}\n" + (f"via: {via}\n" if via else "") + f"---\n{body}\n"


def test_the_story_page_of_three_reports(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {
        "config.yaml": CONFIG,
        "content/articles/gws-vent.md": _article(
            "Global Wire Service", "2026-11-09T06:10:00Z", "Skaros vent opens on Thyra",
            "The Skaros vent on the island of Thyra began erupting before dawn on Monday after a night of tremors, the "
            "observatory told Global Wire Service.\n\n“The magma found the old Skaros fissure, as we feared it would,” "
            "said Eleni Vrettou, the chief volcanologist.\n\nLava fountains up to 80 metres high were seen from the "
            "harbour of Fira Nova.\n\nKey points:\n\nThe civil protection office ordered an evacuation of the "
            "southern villages."),
        "content/articles/lantern-vent.md": _article(
            "The Lantern Post", "2026-11-09T11:40:00Z", "Lava fountains light up Thyra as Skaros vent reopens",
            "Lava fountains rose over the Skaros vent on Thyra early on Monday after a night of tremors, according to "
            "Global Wire Service.\n\nChief volcanologist Eleni Vrettou told the agency that the magma had used the old "
            "Skaros fissure.\n\n“Fira Nova has not seen a night like this in sixty years,” said Petros Antoniadis, "
            "the island’s mayor.", via="Global Wire Service"),
        "content/articles/ledger-vent.md": _article(
            "Harbour Ledger", "2026-11-09T15:00:00Z", "Thyra ferries run extra sailings as the Skaros vent erupts",
            "The Skaros vent on Thyra erupted before dawn on Monday after a night of tremors, the observatory said.\n\n"
            "The civil protection office ordered the southern villages to evacuate on Monday."),
        "content/notes/correction.md": "---\ntitle: Correction\ndate: 2026-11-10\nkind: correction\narticles: "
                                       "[lantern-vent]\n---\nAn earlier version gave the tremor count wrongly.\n",
    })
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    page = (site / "output/stories/gws-vent/index.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))
    assert "9 November 2026, 06:10" in text and "9 November 2026, 11:40" in text and "9 November 2026, 15:00" in text
    timeline = re.search(r'<section class="coverage__timeline".*?</section>', page, re.S).group(0)
    adds = re.search(r'<section class="coverage__adds".*?</section>', page, re.S).group(0)
    assert timeline.count("badge--corrected") == 1 and adds.count("badge--corrected") == 1
    some = re.search(r'<section class="coverage__some".*?</section>', page, re.S)
    assert some and "Told by 2 of 3 reports" in some.group(0) and "old Skaros fissure" in some.group(0)
    assert "Key points:" not in adds
    assert "sixty years" in adds  # the mayor's words, which no other report has
