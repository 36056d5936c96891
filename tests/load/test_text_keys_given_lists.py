"""A list or mapping where one text is expected is answered with the text to write (yamlvalues.one_text).

A trial (2026-12-06): `story: [a, b]` got '"story" must be text, got a list' — what is wrong, not how to fix it. The
class: every key read by `Fields.text` (title, source, via, slug, guid, language, story, a config's title, a
topic's title …) given a list or a mapping; `story:` names the one id and how to merge the others' articles.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import example, given, strategies as st

from briefgen.load.fields import Fields
from briefgen.load.yamltext import load_mapping
from support.sites import MINIMAL_SITE, run_cli, write_site
from test_documents import article, front

WORD = st.text(alphabet='abcxyz ABC-é",:#\'', min_size=1, max_size=8).map(str.strip).filter(
    lambda w: w and w[0].isalpha() and w[-1].isalpha() and w.lower() not in ("yes", "no", "on", "off", "y", "n"))
KEYS = st.sampled_from(["title", "source", "url", "guid", "language", "headline", "tagline"])


def _text(key: str, written: str) -> list[str]:
    data, problems = load_mapping(f"{key}: {written}\n", "f.md")
    assert data is not None and problems == [], problems
    found: list = []
    Fields(data, "f.md", found).text(key)
    return [str(p) for p in found]


def _loads_as(line: str, key: str) -> str:
    """The text a suggested `key: …` line loads as (no problem allowed)."""
    data, problems = load_mapping(line + "\n", "f.md")
    assert data is not None and problems == [], (line, problems)
    found: list = []
    text = Fields(data, "f.md", found).text(key)
    assert found == [], (line, found)
    return text


@given(KEYS, st.lists(WORD, min_size=1, max_size=4), st.booleans())
@example("title", ["Draft"], False)
@example("title", ['He said "no"', "Rain"], False)  # a breaker: the quoted suggestion was no YAML
@example("title", ["Flood", "rain, wind"], False)  # a breaker: the item's quotes were dropped
@example("title", ["2024", "Flood"], False)
@example("title", ["Flood", "Fire"], True)  # a breaker: a block list was told of brackets
def test_a_list_for_one_text_names_the_text_to_write_and_the_fix_loads(key: str, items: list[str],
                                                                          block: bool) -> None:
    """Each `key: …` the message suggests is valid YAML and loads, as one text, the first item — or, quoted, the
    list as written in brackets (so a flow list's suggestions; a block list's names only the first item)."""
    written = ("\n" + "".join(f"  - {json.dumps(item)}\n" for item in items)).rstrip("\n") if block \
        else json.dumps(items)
    problems = _text(key, written)
    assert len(problems) == 1 and problems[0].startswith(f'f.md:1: "{key}" must be text, got a list ('), problems
    suggested = re.findall(r"`([^`]*)`", problems[0])
    assert _loads_as(suggested[0], key) == items[0].strip(), problems
    assert ("quote it" in problems[0] and "brackets" in problems[0]) != block, problems
    if not block:
        assert _loads_as(suggested[1], key).startswith("["), problems


@given(KEYS, WORD, WORD)
def test_a_mapping_for_one_text_says_to_write_it_on_the_keys_line(key: str, a: str, b: str) -> None:
    problems = _text(key, f"{{{json.dumps(a)}: {json.dumps(b)}}}")
    assert len(problems) == 1 and "got a mapping: write the text after the colon on one line" in problems[0]
    assert _text(key, json.dumps(f"{a}: {b}")) == []  # in quotes, as the message says


# (no YAML 1.1 word of another type: "story: [on]" reads a boolean in the list, and gets the list's plain message)
_YAML_WORDS = frozenset("y n yes no on off true false null".split())


@given(st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True).filter(lambda i: i not in _YAML_WORDS),
                min_size=1, max_size=3, unique=True))
@example(["a", "b"])  # the trial's value
def test_a_story_list_names_the_one_id_and_how_to_merge_the_others(ids: list[str]) -> None:
    _, problems = article(front(f"story: [{', '.join(ids)}]\n"))
    assert len(problems) == 1 and f"write `story: {ids[0]}`" in problems[0], problems
    assert ("give them `story:" in problems[0]) == (len(ids) > 1)
    fixed, again = article(front(f"story: {ids[0]}\n"))
    assert again == [] and fixed is not None and fixed.story == ids[0]


def test_the_build_reports_it_at_its_line_and_keeps_the_old_site(tmp_path: Path) -> None:
    site = write_site(tmp_path, MINIMAL_SITE)
    assert run_cli(["build"], site).returncode == 0
    before = (site / "output" / "index.html").read_bytes()
    page = site / "content" / "articles" / "first-report.md"
    page.write_text(page.read_text(encoding="utf-8").replace("title: Envoys", "story: [geneva-talks, truce]\ntitle: "
                                                             "Envoys"), encoding="utf-8")
    (site / "config.yaml").write_text(MINIMAL_SITE["config.yaml"].replace("title: Test Briefing", "title: [Briefing]"),
                                      encoding="utf-8")
    done = run_cli(["build"], site)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert ('content/articles/first-report.md:2: "story" pins the article to one story, got a list (geneva-talks, '
            "truce): write `story: geneva-talks`; to show the articles of truce with it, give them `story: "
            "geneva-talks` too") in done.stderr, done.stderr
    assert 'config.yaml:1: "title" must be text, got a list (Briefing): it takes one value; write `title: Briefing`' \
        in done.stderr, done.stderr
    assert (site / "output" / "index.html").read_bytes() == before
