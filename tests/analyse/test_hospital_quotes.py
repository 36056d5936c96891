"""A held-out set for who said what, of a field and house styles nobody tuned the method on.

tests/analyse/hospital/ is a briefgen site of 32 short articles from 12 outlets on a fictional
nurses' and junior doctors' strike in the fictional English city of Harwick (October-November
2026): British ("said Ms Okafor"), American ("Okafor said"), wire copy with datelines, Q&A
interviews, live blogs with times; quotations continued into the next sentence and paragraph,
split by their frame, nested, after a pronoun; scare quotes and titles in quotation marks; « »,
‹ ›, „ ”, „ “ and 「 」; titles (Governor, Dr, Prof, Sen., Councillor, Cllr), particles (de la
Cruz, van der Berg, Ó Súilleabháin), two people named Okafor, and misspellings of declared people.
Every quotation's speaker is in quotes.yaml (written with the articles, before briefgen read them),
the misspellings in names.yaml. Figures: docs/people.md ("Measured"). Its first run (precision 0.774)
found the mechanisms fixed in the commits that added it.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from analyse.quoteset import score_site

from support.sites import run_cli

HOSPITAL = Path(__file__).resolve().parent / "hospital"
PRECISION, RECALL = 0.97, 0.81  # reached: 0.978 (90/92), 0.811 (90/111)
CORRECTED = 1.0, 0.82  # after applying the spelling suggestions: 1.000 (92/92), 0.829 (92/111)
_FLAG = re.compile(r"^content/articles/(?P<slug>[\w-]+)\.md:\d+: warning: \"(?P<wrong>[^\"]+)\" may be a misspelling "
                   r"of \"(?P<suggest>[^\"]+)\"", re.M)


def test_speakers_precision_and_recall() -> None:
    result = score_site(HOSPITAL)
    assert result.precision >= PRECISION and result.recall >= RECALL, "\n".join(result.failures)
    assert result.cases >= 120 and not [f for f in result.failures if f.startswith("UNLABELLED")], result.failures


def test_speakers_after_spelling_suggestions() -> None:
    result = score_site(HOSPITAL, corrected=True)
    assert result.precision >= CORRECTED[0] and result.recall >= CORRECTED[1], "\n".join(result.failures)


def test_every_label_is_a_quotation_of_its_article() -> None:
    for label in yaml.safe_load((HOSPITAL / "quotes.yaml").read_text(encoding="utf-8"))["quotes"]:
        body = (HOSPITAL / "content" / "articles" / f"{label['slug']}.md").read_text(encoding="utf-8")
        assert label["quote"] in " ".join(body.split()), label


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("hospital") / "site"
    shutil.copytree(HOSPITAL, root)
    checked = run_cli(["check"], cwd=root)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    built = run_cli(["build", "--jobs", "1", "-q"], cwd=root)
    assert built.returncode == 0, built.stdout + built.stderr
    return root, checked.stdout + checked.stderr


def test_check_warns_at_every_misspelling_and_nowhere_else(site: tuple[Path, str]) -> None:
    expected = {(f["slug"], f["wrong"], f["suggest"])
                for f in yaml.safe_load((HOSPITAL / "names.yaml").read_text(encoding="utf-8"))["flags"]}
    assert {(m["slug"], m["wrong"], m["suggest"]) for m in _FLAG.finditer(site[1])} == expected, site[1]


def test_people_pages_one_per_person_by_surname(site: tuple[Path, str]) -> None:
    index = (site[0] / "output" / "people" / "index.html").read_text(encoding="utf-8")
    listed = re.findall(r'class="people-index__item"[^>]*><a [^>]*><bdi>([^<]+)</bdi>', index)
    assert listed == [
        "Bellweather, Marcus", "Berg, Ingrid van der", "Brandenberger, Ursula", "Calloway, Ruth", "Caloway, Ruth",
        "Cruz, Tomás de la", "Department of Health", "Duarte, Mariana", "Frost, Daniel", "Hadad, Farid",
        "Haddad, Farid", "Harwick Health Trust", "Harwick University", "Kowalczyk, Lena", "Marchetti, Jean-Luc",
        "Northern Nurses’ Union", "Nowicka, Agnieszka", "Ó Súilleabháin, Siobhán", "Okafor, Adaeze", "Okafor, Chidi",
        "Pryce, Owen", "Raman, Priya", "St Brigid’s Hospital", "Watanabe, Kenji"], listed
    # (the misspellings "Caloway" and "Hadad" are pages of their own until corrected: check flags them)
    text = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in HOSPITAL.glob("content/articles/*.md"))
    for page in (site[0] / "output" / "people").glob("*/index.html"):
        for also in re.findall(r"also written as (.*?)</p>", page.read_text(encoding="utf-8")):
            for spelling in re.findall(r"<bdi>([^<]+)</bdi>", also):
                assert spelling.replace("’", "'") in text.replace("’", "'"), (page, spelling)
