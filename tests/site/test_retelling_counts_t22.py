"""A story's credit line counts the re-tellings it names, in words, with the verb agreeing, and names those of the first
report too (site/model.py `StoryEntry.retellings`, story.html, render/counts.counted_words; T22, 2026-12-07).

The WTO story's page said "First reported here by Semenanjung Star, 6 November 2026; others re-tell a later report by
AFP." where one report (Bangkok Morning Post's) re-told AFP's, and left out that the trade weekly re-told the Star's
own report. Now: "…; one report re-tells it, and one re-tells a later report by AFP." The credited line ("First reported
by X", FX63's roles where the first report is re-told too) counts them alike when some re-tell a later report (FX75).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from support.sites import MINIMAL_SITE, run_cli, story_credit, write_site

from briefgen.render.counts import counted_words

LATER = ("Financial Observer", "Skimline")
WORDS = ("no", "one", "two", "three")


def _article(outlet: str, published: str, via: str = "") -> str:
    via_line = f"via: {via}\n" if via else ""
    return (f"---\ntitle: Corvane to cut 120 jobs ({outlet})\nsource: {outlet}\npublished: {published}\n{via_line}"
            f"story: corvane-cuts\n---\nCorvane Aerospace will cut 120 jobs at its Brennock plant after the loss of "
            f"the Tern-1 lander.\n")


# (re-tellings of the first report, re-tellings of later reports, later reports re-told): the shapes whose story
# credits no outlet first (analyse/roles.py: the most credited report is then no original), so the line reads
# "First reported here by". Where the first report is re-told too, FX63's rule (the dates dismiss the most credited
# outlet, so the credit passes to the next credited one, creditchains/roles._cast) credits the first report: its
# outlet is credited by a re-telling's `via:` and its report is the earliest, so the line reads "First reported by".
SHAPES = [(0, 1, 1), (0, 2, 1), (0, 2, 2), (0, 3, 2), (1, 2, 1), (1, 3, 2), (2, 3, 1)]


@pytest.mark.parametrize(("of_first", "of_later", "later"), SHAPES)
def test_the_credit_line_counts_the_re_tellings(tmp_path: Path, of_first: int, of_later: int, later: int) -> None:
    files = {"config.yaml": MINIMAL_SITE["config.yaml"],
             "content/articles/lead.md": _article("Brennock Gazette", "2026-03-18T06:00:00+00:00")}
    for k in range(later):
        files[f"content/articles/o{k}.md"] = _article(LATER[k], f"2026-03-19T0{6 + k}:00:00+00:00")
    for n in range(of_first):
        files[f"content/articles/f{n}.md"] = _article(f"Retold First {n}", f"2026-03-20T{8 + n:02d}:00:00+00:00",
                                                      "Brennock Gazette")
    for n in range(of_later):
        files[f"content/articles/l{n}.md"] = _article(f"Retold Later {n}", f"2026-03-20T{12 + n:02d}:00:00+00:00",
                                                      LATER[n % later])
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build", "--quiet"], root)
    assert built.returncode == 0, built.stderr
    # the first report's re-tellings credit its outlet (FX63): the credited line, with the same counts (FX75: its
    # re-tellings of later reports were counted nowhere but the timeline's "via")
    line = "First reported by" if of_first else "First reported here by"
    verb = "re-tells" if of_later == 1 else "re-tell"
    told = (f"; {WORDS[of_first]} report{'s' if of_first > 1 else ''} re-tell{'s' if of_first == 1 else ''} it, and "
            f"{WORDS[of_later]} {verb}" if of_first else f"; {WORDS[of_later]} report{'s' if of_later > 1 else ''} {verb}")
    whose = "a later report by Financial Observer" if later == 1 else "later reports by Financial Observer and Skimline"
    assert story_credit(root / "output", "corvane-cuts") == f"{line} Brennock Gazette, 18 March 2026{told} {whose}."


def test_the_credited_line_of_re_tellings_of_the_first_alone_has_no_counts(tmp_path: Path) -> None:
    """Every re-telling re-tells the credited first report: the line names it and its date, no counts (the header's
    "re-tellings of it" says so)."""
    files = {"config.yaml": MINIMAL_SITE["config.yaml"],
             "content/articles/lead.md": _article("Brennock Gazette", "2026-03-18T06:00:00+00:00"),
             "content/articles/o0.md": _article("Financial Observer", "2026-03-19T06:00:00+00:00")}
    for n in range(2):
        files[f"content/articles/f{n}.md"] = _article(f"Retold First {n}", f"2026-03-20T{8 + n:02d}:00:00+00:00",
                                                      "Brennock Gazette")
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build", "--quiet"], root)
    assert built.returncode == 0, built.stderr
    assert story_credit(root / "output", "corvane-cuts") == "First reported by Brennock Gazette, 18 March 2026."


def test_counted_words() -> None:
    assert [counted_words(n, "report re-tells it", "reports re-tell it") for n in (0, 1, 2, 10, 11)] == [
        "no reports re-tell it", "one report re-tells it", "two reports re-tell it", "ten reports re-tell it",
        "11 reports re-tell it"]
