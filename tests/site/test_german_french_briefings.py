"""The German and French trial briefings (tests/sites/langtrial-de, -fr; 2026-12-02), built whole: who the
People pages list and how often each is quoted, and which stories name their original.

Before the trial's fixes the German People page listed "Die Polizei", "Dieses Abkommen", "Außenminister
Jean-Noël Barrot", "Kommissionspräsidentin Ursula von der Leyen", "Treffen" and "Bankett" (once "sagte"
was read) and quoted 4 of 17 quotations; the French one 2 of 13; no re-telling was credited to its
original. What is still wrong is asserted as it is and documented (docs/people.md, "German and French
frames": "Europas Verteidigung", "M. Rousseau"). The French hard negatives (Borne and Scholz on electricity
two days after Toulouse; the farmers' leader's interview two days after the protest) were merged until the
decay's half-life became a day (2026-12-03); they are suggestions now (docs/log/stories.md, Limits).
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from support.sites import run_cli

SITES = Path(__file__).parent.parent / "sites"
PEOPLE = {
    "de": {"anja-muller": 3, "elisabeth-borne": 4, "europas-verteidigung": 0, "frank-walter-steinmeier": 1,
           "jean-noel-barrot": 2, "olaf-scholz": 1, "ursula-von-der-leyen": 3},
    "fr": {"arnaud-rousseau": 2, "elisabeth-borne": 4, "fnsea": 0, "frank-walter-steinmeier": 1,
           "jean-noel-barrot": 2, "olaf-scholz": 0, "ursula-von-der-leyen": 2},
}  # ("M. Rousseau" was a page of its own until FR16, 2026-12-06: "M." is read as a title before a capital; "SCAF" was
# a page until acronymthings, 2026-12-06: "le système de combat aérien du futur (SCAF)" spells it out in lower case, a
# programme, no body)
ORIGINALS = {
    "de": ["story ministerrat-toulouse-kampfjet: 3 reports", "first reported by Frankfurter Allgemeine Zeitung",
           "re-report    content/articles/dw-fcas-einigung.md", "first reported by Süddeutsche Zeitung",
           "re-report    content/articles/von-der-leyen-will-mercosur-schnell.md",
           "story grossdemonstration-bauern-bruessel: 3 reports"],
    "fr": ["first reported by Le Monde", "re-report    content/articles/von-der-leyen-presse.md",
           "re-report    content/articles/scaf-afp.md", "story agriculteurs-bruxelles: 2 reports"],
}


@pytest.fixture(scope="module", params=["de", "fr"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, str]:
    language = request.param
    root = tmp_path_factory.mktemp(language) / "site"
    shutil.copytree(SITES / f"langtrial-{language}", root)
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    checked = run_cli(["check", "-v"], root)
    assert checked.returncode == 0, checked.stderr
    return language, root / "output", checked.stdout + checked.stderr


def test_the_people_pages_and_their_quotes(built: tuple[str, Path, str]) -> None:
    language, output, _ = built
    found = {}
    for page in sorted((output / "people").glob("*/index.html")):
        if "page--moved" in page.read_text(encoding="utf-8"):
            continue  # (a redirect at another spelling's address: tests/site/test_person_redirects.py)
        quoted = re.search(r"quoted (\d+) times?", page.read_text(encoding="utf-8"))
        found[page.parent.name] = int(quoted.group(1)) if quoted else 0
    assert found == PEOPLE[language]


def test_re_tellings_name_their_original(built: tuple[str, Path, str]) -> None:
    language, _, said = built
    for line in ORIGINALS[language]:
        assert line in said, said
    if language == "de":  # the same people on another matter two days later: never a merge (a suggestion
        # until 2026-12-03, when the decay's half-life became a day: docs/log/stories.md, the third trial)
        assert "content/articles/scholz-borne-energiepreise.md" in said  # (check -v read it)
        assert not re.search(r"^  \S+ +content/articles/(?:stahlzoelle|scholz-borne)", said, re.M), said
    if language == "fr":  # the same two hard negatives: suggestions, not merges
        for slug in ("rousseau-blocages", "borne-scholz-electricite"):
            assert not re.search(rf"^  \S+ +content/articles/{slug}\.md$", said, re.M), said
        assert "rousseau-blocages.md:1: warning: this article may belong to the story" in said


# A German article quoting English speakers in English: the comma inside the English marks does not end a
# sentence, so a name after the quotation keeps its first word even when German writes that word as a function
# word ("Des", "Laut", "Sie"). Before: the quotes had no speaker, or "Morgen" (as "laut Morgen").
MIXED = """---
title: "Britische Stimmen zum Kampfjet"
source: Süddeutsche Zeitung
published: 2026-03-14T09:00:00+01:00
---
In London wurde die Einigung mit Skepsis aufgenommen. “We will not wait for Paris and Berlin,” Des Browne said in the Lords.

“This jet will be late and over budget,” Laut Morgen said on Friday.
"""


def test_english_speakers_quoted_in_a_german_article(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(SITES / "langtrial-de", root)
    (root / "content" / "articles" / "britische-stimmen.md").write_text(MIXED, encoding="utf-8")
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    for slug in ("des-browne", "laut-morgen"):
        page = (root / "output" / "people" / slug / "index.html").read_text(encoding="utf-8")
        assert re.search(r"quoted 1 time\b", page), slug
    assert not (root / "output" / "people" / "browne").exists() and not (root / "output" / "people" / "morgen").exists()
