"""A list or mapping where one text is expected is answered with the text to write (yamlvalues.one_text).

A trial (2026-12-06): `story: [a, b]` got '"story" must be text, got a list' — what is wrong, not how to fix it. The
class: every key read by `Fields.text` (title, source, via, slug, guid, language, story, a config's title, a
topic's title …) given a list or a mapping; `story:` names the one id and how to merge the others' articles.
"""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import example, given, strategies as st

from briefgen.load.fields import Fields
from briefgen.load.yamltext import load_mapping
from support.sites import MINIMAL_SITE, run_cli, write_site
from test_documents import article, front

WORD = st.text(alphabet="abcxyz ABC-é", min_size=1, max_size=8).map(str.strip).filter(
    lambda w: w and w[0].isalpha() and w[-1].isalpha() and w.lower() not in ("yes", "no", "on", "off", "y", "n"))
KEYS = st.sampled_from(["title", "source", "url", "guid", "language", "headline", "tagline"])


def _text(key: str, written: str) -> list[str]:
    data, problems = load_mapping(f"{key}: {written}\n", "f.md")
    assert data is not None and problems == [], problems
    found: list = []
    Fields(data, "f.md", found).text(key)
    return [str(p) for p in found]


@given(KEYS, st.lists(WORD, min_size=1, max_size=4))
@example("title", ["Draft"])
def test_a_list_for_one_text_names_the_text_to_write_and_the_fix_loads(key: str, items: list[str]) -> None:
    problems = _text(key, json.dumps(items))
    assert len(problems) == 1 and problems[0].startswith(f'f.md:1: "{key}" must be text, got a list ('), problems
    assert f"write `{key}: {items[0]}`" in problems[0] and "quote it" in problems[0], problems
    assert _text(key, json.dumps(items[0])) == []  # the first fix given loads
    assert _text(key, json.dumps(json.dumps(items))) == []  # so does the quoted one


@given(KEYS, WORD, WORD)
def test_a_mapping_for_one_text_says_to_write_it_on_the_keys_line(key: str, a: str, b: str) -> None:
    problems = _text(key, f"{{{json.dumps(a)}: {json.dumps(b)}}}")
    assert len(problems) == 1 and "got a mapping: write the text after the colon on one line" in problems[0]
    assert _text(key, json.dumps(f"{a}: {b}")) == []  # in quotes, as the message says


@given(st.lists(st.from_regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]", fullmatch=True), min_size=1, max_size=3, unique=True))
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
