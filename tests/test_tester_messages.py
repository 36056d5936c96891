"""Messages a tester (2026-12-05) found untrue or unhelpful, each checked as a kind.

- an unknown topic: "topics are defined in config.yaml ()" with no topic, "(, Closure, traffic)" with a topic
  without an id, and 'did you mean "Closure"?' for an id config.yaml's own error refuses — only valid ids are
  listed or suggested (load/topicids.py), for articles, notes and feeds alike;
- a Markdown extension that cannot be loaded got a warning "list it under allow_html" beside the error "install
  its package": one message, the error;
- `opml import /tmp/nonexist/x.opml` said "x.opml: cannot read" (the path as given now), and random bytes
  "(UnicodeDecodeError: 'utf-8' codec …)" (words now);
- `init FILE` said "cannot create static: a file of that name is in the way" (the site's folder is named),
  `init /proc/x` named /proc/x/static, and `build --output /proc/x` named "/proc/.x.briefgen-lock": each names
  what the editor gave, or the folder that could not be made.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.sites import write_site

from briefgen.build import BuildOptions, build
from briefgen.importer.opml import read_opml
from briefgen.load.config import parse_config
from briefgen.load.topicids import unknown_topic
from briefgen.load.yamltext import load_mapping
from briefgen.scaffold import init_site

VALID = st.from_regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?", fullmatch=True)
INVALID = st.one_of(st.just(""), VALID.map(str.title), VALID.map(lambda i: i.replace("-", "_") + "_x"),
                    VALID.map(lambda i: i + "--"))


def listed(message: str) -> list[str] | None:
    found = re.search(r"\(([^()]*)\)(?:;|$)", message.split("; ", 1)[1])
    return None if found is None else found.group(1).split(", ")


@settings(max_examples=examples(150), deadline=None, database=None)
@given(valid=st.lists(VALID, max_size=4, unique=True), invalid=st.lists(INVALID, max_size=3, unique=True),
       typed=st.one_of(VALID, INVALID.filter(bool)))
def test_an_unknown_topic_lists_and_suggests_valid_ids_only(valid: list[str], invalid: list[str], typed: str) -> None:
    ids = set(valid) | set(invalid)
    if typed in ids:
        return
    message = unknown_topic(typed, ids)
    assert "()" not in message and "(," not in message and ", ," not in message and ", )" not in message, message
    suggested = re.search(r'did you mean "([^"]*)"', message)
    assert suggested is None or suggested.group(1) in valid, message
    shown = listed(message)
    if valid:
        assert shown == sorted(valid), message
    else:
        assert shown is None and "no topic with a valid id" in message, message
    left_out = len(ids - set(valid))
    assert (f"{left_out} topic" in message) == bool(left_out and valid), message


def test_the_reported_topics_through_config_and_an_article(tmp_path: Path) -> None:
    text = ("title: T\ntopics:\n  - title: No id\n  - id: Closure\n    title: C\n  - id: traffic\n    title: Tr\n"
            "feeds:\n  - url: https://example.org/rss.xml\n    topics: [closure]\n")
    data, problems = load_mapping(text, "config.yaml")
    parse_config(data, "config.yaml", problems)
    (feed,) = [p.message for p in problems if "unknown topic" in p.message]
    assert "Closure" not in feed and "(traffic)" in feed and "2 topics of config.yaml" in feed, feed
    site = write_site(tmp_path, {
        "config.yaml": "title: T\nbase_url: https://e.org/\ntopics: []\n",
        "content/articles/x.md": "---\ntitle: A ferry\nsource: S\npublished: 2026-11-05\ntopics: [closure]\n---\nText.\n"})
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    (article,) = [d.message for d in result.diagnostics if "unknown topic" in d.message]
    assert "()" not in article and "no topic with a valid id yet" in article, article


@settings(max_examples=examples(20), deadline=None, database=None)
@given(name=st.from_regex(r"zq[a-z]{3,8}(\.[a-z]{2,6})?", fullmatch=True))
def test_an_extension_that_cannot_load_gets_its_error_only(name: str) -> None:
    text = f"title: T\ntopics:\n  - id: a\n    title: A\nmarkdown:\n  extensions: [{name}]\n"
    data, problems = load_mapping(text, "config.yaml")
    parse_config(data, "config.yaml", problems)
    assert not [p for p in problems if "allow_html" in p.message], [str(p) for p in problems]


def test_the_reported_extension_says_one_thing(tmp_path: Path) -> None:
    site = write_site(tmp_path, {"config.yaml": "title: T\nbase_url: https://e.org/\ntopics:\n  - id: a\n    title: A\n"
                                                "markdown:\n  extensions: [nosuchext]\n"})
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    said = [d for d in result.diagnostics if "nosuchext" in d.message]
    assert len(said) == 1 and said[0].severity == "error" and "allow_html" not in said[0].message, said


def test_opml_names_the_path_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for given_path in (Path("nonexist/x.opml"), tmp_path / "nonexist" / "x.opml"):
        _, (problem,) = read_opml(given_path)
        assert problem.path == str(given_path) and "cannot read" in problem.message, problem


@settings(max_examples=examples(60), deadline=None, database=None)
@given(raw=st.binary(min_size=1, max_size=200))
def test_any_bytes_as_opml_are_told_in_words(raw: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("opml") / "rand.opml"
    path.write_bytes(raw)
    _, problems = read_opml(path)
    for problem in problems:
        assert not re.search(r"Error\b|Exception\b|codec|Traceback", problem.message), problem.message
        assert problem.path == str(path)


def test_the_reported_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "rand.opml"
    path.write_bytes(b"\x1f\x8b\x84\x00random")
    _, (problem,) = read_opml(path)
    assert "not text in UTF-8" in problem.message and "UnicodeDecodeError" not in problem.message, problem.message


@pytest.mark.parametrize("where", ["folder", "parent"])
def test_init_names_the_file_in_the_way_of_the_site_folder(tmp_path: Path, where: str) -> None:
    (tmp_path / "afile").write_text("")
    folder = tmp_path / "afile" if where == "folder" else tmp_path / "afile" / "site"
    created, (problem,) = init_site(folder)
    assert created == [] and problem.path == (tmp_path / "afile").as_posix(), problem
    assert f"cannot create the site's folder {folder}: a file of that name is in the way" in problem.message, problem
    assert "static" not in problem.message


@pytest.mark.skipif(not sys.platform.startswith("linux") or not Path("/proc/self").exists(), reason="needs /proc")
def test_init_and_build_name_the_folder_given_not_what_briefgen_puts_in_or_beside_it(tmp_path: Path) -> None:
    _, (problem,) = init_site(Path("/proc/x-briefgen-test"))
    assert problem.path == "/proc/x-briefgen-test", problem
    site = write_site(tmp_path, {"config.yaml": "title: T\nbase_url: https://e.org/\ntopics:\n  - id: a\n    title: A\n"})
    result = build(site / "config.yaml", BuildOptions(jobs=1, output_dir=Path("/proc/x-briefgen-test")))
    assert not result.ok
    assert not [d for d in result.diagnostics if "briefgen-lock" in d.path + d.message], result.diagnostics
    assert [d for d in result.diagnostics if d.path == "/proc/x-briefgen-test"], result.diagnostics
