"""`people[n].kind` in config.yaml: the editor says what a name is when the text reads it wrongly.

Left open by a trial: a company read as a person ("Kestrel Aurora said …" filed under
"Aurora, Kestrel", its page headed "Person"; the trial's "Kestrel Dynamics" has read as a company since FX89's industry
words, 2026-12-07, so the firm here has a name no rule can tell from a person's) and a ship read as a person had no fix but
renaming it in every article. `kind: organisation` (or `person`) now wins over the reading, and
`kind: other` keeps a name that is neither off the People pages, with its quotes.
"""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.config import PERSON_KINDS, parse_config
from briefgen.load.yamltext import load_mapping
from support.sites import run_cli, write_site
from support.examples import examples

CONFIG = """\
title: Kinds Briefing
timezone: UTC
topics:
  - id: talks
    title: Talks
    keywords: [talks]
people:
{people}"""


def _article(n: int, body: str) -> str:
    return (f"---\ntitle: Report {n}\nsource: Wire {n}\npublished: 2026-03-{1 + n:02d}\nstory: none\n"
            f"topics: [talks]\n---\n{body}\n")


BODIES = [
    '"We will keep the plant open for the whole winter," Kestrel Aurora said on Monday.',
    'Kestrel Aurora said it had "no plans at all to leave the valley this year".',
    '"The barges will be moving again by Friday morning," Ever Given said in a notice.',
    'Ever Given said that "the water level is rising faster than forecast".',
    '"The talks will go on next week in the capital," Marta Lind said.',
]


def _site(tmp_path: Path, people: str) -> Path:
    files = {"config.yaml": CONFIG.format(people=people)}
    files.update({f"content/articles/a{n}.md": _article(n, body) for n, body in enumerate(BODIES)})
    return write_site(tmp_path / "site", files)


def _people_index(site: Path) -> str:
    return (site / "output/people/index.html").read_text()


def test_without_kinds_the_text_decides(tmp_path: Path) -> None:
    site = _site(tmp_path, "  []\n")
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    index = _people_index(site)
    assert "Aurora, Kestrel" in index  # read as a person, filed by "surname": what the editor corrects below
    assert "Given, Ever" in index  # a ship read as a person


def test_declared_kinds_win_and_other_is_not_listed(tmp_path: Path) -> None:
    site = _site(tmp_path, "  - name: Kestrel Aurora\n    kind: organisation\n"
                           "  - name: Ever Given\n    kind: other\n"
                           "  - name: Marta Lind\n    kind: Person\n")
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    index = _people_index(site)
    assert "Aurora, Kestrel" not in index and ">Kestrel Aurora<" in index
    assert "organisation, named in 2 articles, 2 quotes" in index
    assert "Given" not in index
    assert "Lind, Marta" in index
    output = site / "output"
    assert not any("given" in p.name for p in (output / "people").iterdir())
    page = next(p for p in (output / "people").iterdir() if "kestrel" in p.name) / "index.html"
    assert ">Organisation<" in page.read_text()
    # the quotes of a name that is no speaker are nobody's: not on any page as said by it
    article = (output / "articles").glob("*/index.html")
    assert not any("Ever Given</a>" in p.read_text() for p in article)


def test_an_unknown_kind_is_an_error_at_its_line(tmp_path: Path) -> None:
    site = _site(tmp_path, "  - name: Kestrel Aurora\n    kind: company\n"
                           "  - name: Ever Given\n    kind: organization\n")
    result = run_cli(["check"], cwd=site)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert ('config.yaml:9: "people[0].kind" must be one of person, organisation, other, got "company" '
            "(leave it out to have it read from the text)") in result.stderr, result.stderr
    assert "organization" not in result.stderr  # the American spelling is the same kind


@settings(max_examples=examples(80), deadline=None, database=None)
@given(st.text(max_size=14))
@example("\r")
@example("'\x0b")
@example("\x0b")
def test_every_kind_is_one_of_the_kinds_or_an_error(kind: str) -> None:
    text = CONFIG.format(people=f"  - name: Kestrel Aurora\n    kind: {json.dumps(kind)}\n")  # (YAML reads JSON)
    data, problems = load_mapping(text, "config.yaml")
    if data is None:
        return
    config = parse_config(data, "config.yaml", problems)
    (person,) = config.people
    if [p for p in problems if '"people[0].kind" must be text' in str(p)]:  # a control character: said, and unread
        assert config.people[0].kind == ""
        return
    expected = "organisation" if kind.strip().lower() == "organization" else kind.strip().lower()
    if expected in PERSON_KINDS or not expected:
        assert person.kind == expected and not [p for p in problems if "kind" in str(p)]
    else:
        assert person.kind == ""
        assert [p for p in problems if '"people[0].kind" must be' in str(p)], problems  # (one of …, or text)
