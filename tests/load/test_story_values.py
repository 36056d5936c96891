"""`story:` values that cannot be meant as written are said (a hostile trial, 2026-12-04: `story: ""`, `story:
null` and `story: 42` were accepted without a word, where lists, booleans and capitals were errors;
briefgen/load/storyids.py): an empty value is read as no `story:` line (every optional key's null) with a warning of the three things meant, a number or date a warning
that the id is used as written and how to say it is meant; an id and `none` say nothing."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.config import Config, Topic
from briefgen.load.documents import make_article, parse_file
from briefgen.load.markup import MarkdownRenderer

CONFIG = Config(title="T", base_url="", language="en", timezone="UTC", edition="weekly",
                topics=(Topic("talks", "Talks", "", ("talks",)),), sources=(), people=(), story_threshold=0.5,
                feeds=())
RENDERER = MarkdownRenderer()
PATH = "content/articles/a.md"


def read(story: str) -> tuple[str, list[str]]:
    """The story id read from `story: <story>` (line 5) and the diagnostics of the article."""
    raw = (f"---\ntitle: Envoys meet\nsource: Example Times\npublished: 2024-03-05\nstory:{story}\n---\n"
           f"Body text.\n").encode("utf-8")
    article, problems = make_article(parse_file(raw, PATH, "a", RENDERER), PATH, "a", "r", CONFIG)
    return (article.story if article is not None else "?"), [str(p) for p in problems]


EMPTY = st.sampled_from(['""', "''", "null", "Null", "NULL", "~", "", '" "', "'\t'"])


@settings(max_examples=examples(30), deadline=None, database=None)
@given(EMPTY, st.sampled_from(["", " ", "  # a comment"]))
@example('""', "")
@example("null", "")
def test_an_empty_story_is_read_as_none_written_with_a_warning_of_what_to_write(value: str, tail: str) -> None:
    story, found = read(f" {value}{tail}" if value else tail)
    assert story == ""
    assert len(found) == 1 and found[0].startswith(f"{PATH}:5: warning: \"story\" is empty"), found
    assert "`story: none`" in found[0] and "remove the line" in found[0]


NUMBERS = st.one_of(st.integers(0, 10**6).map(str), st.integers(1, 511).map(lambda n: f"0{n:o}"),  # (YAML 1.1 octal)
                    st.dates().map(lambda d: d.isoformat()).filter(lambda d: d[0] != "0"))


@settings(max_examples=examples(40), deadline=None, database=None)
@given(NUMBERS)
@example("42")
def test_a_number_or_date_is_used_as_written_with_a_warning(value: str) -> None:
    story, found = read(f" {value}")
    assert story == value
    assert len(found) == 1 and found[0].startswith(f"{PATH}:5: warning: \"story\" is {value}, which YAML reads as a"), found
    assert f'`story: "{value}"`' in found[0]
    quoted, said = read(f' "{value}"')  # (quoted: the id is meant, nothing said)
    assert quoted == value and said == []


@given(st.from_regex(r"[a-z][a-z0-9-]{0,20}", fullmatch=True).filter(lambda s: s not in ("null", "true", "false",
                                                                                          "yes", "no", "on", "off", "y", "n")))
@example("none")
def test_an_id_or_none_says_nothing(value: str) -> None:
    assert read(f" {value}") == (value, [])
