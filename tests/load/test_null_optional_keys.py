"""YAML's null (`~`, `null`, nothing after the colon) as an optional front-matter key's value means "none".

A trial's `author: ~` was an error, 'must be a list like [a, b]', though an author may be text and `~` is
YAML's word for nothing; `via: ~` was "must be text … (quote it)". Every optional key of SPEC's tables
(articles and notes) now reads a null as if the line were not there. A required key's null is an error
that says it is empty, at its line. And a diagnostic about a key is at that key's line, wherever it is.
"""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.load.documents import ARTICLE_KEYS, NOTE_KEYS
from support.examples import examples
from support.hostile import article, note

CI = settings(derandomize=True, database=None, max_examples=examples(150), deadline=None)
NULLS = ["~", "null", "Null", "NULL", "", "~  # none yet"]
ARTICLE_REQUIRED = {"title": "title: Envoys meet", "source": "source: Example Times", "published": "published: 2023-05-08"}
NOTE_REQUIRED = {"title": "title: Why it matters", "date": "date: 2023-05-08"}
ARTICLE_OPTIONAL = [k for k in ARTICLE_KEYS if k not in ARTICLE_REQUIRED]
NOTE_OPTIONAL = [k for k in NOTE_KEYS if k not in NOTE_REQUIRED]
# `topics:` left empty is no topics at all (SPEC: keywords only when it is absent), which `check` explains
# (tests/test_empty_topics.py); a null there is that same empty value, and no error either.
EMPTY_NOT_ABSENT = {"topics"}
# `story:` left empty reads as absent too (grouped automatically), with a warning: it is as often meant as `none`
# (a hostile trial, 2026-12-04; load/storyids.py).
WARNED = {"story"}


def _front(required: dict[str, str], extra: str | None, at: int) -> str:
    lines = list(required.values())
    if extra is not None:
        lines.insert(at, extra)
    return "---\n" + "\n".join(lines) + "\n---\nDiplomats met on Tuesday.\n"


def _plain(value: object) -> dict:
    """A parsed document's fields without the line numbers (which move when a line is added)."""
    return {f.name: getattr(value, f.name) for f in dataclasses.fields(value) if not f.name.endswith(("_line", "_lines"))}


@CI
@given(data=st.data())
def test_a_null_optional_key_reads_as_absent(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["article", "note"]))
    read, required, optional = ((article, ARTICLE_REQUIRED, ARTICLE_OPTIONAL) if kind == "article"
                                else (note, NOTE_REQUIRED, NOTE_OPTIONAL))
    key = data.draw(st.sampled_from(optional))
    null = data.draw(st.sampled_from(NULLS))
    at = data.draw(st.integers(0, len(required)))
    with_null, problems = read(_front(required, f"{key}: {null}".rstrip(), at))
    without, expected = read(_front(required, None, 0))
    assert with_null is not None and without is not None
    if key in WARNED:  # (its one warning, and otherwise what the file without the line gives)
        warned = [p for p in problems if f'warning: "{key}" is empty' in p]
        assert len(warned) == 1 and [p for p in problems if p not in warned] == expected, (key, null, problems)
    else:
        assert problems == expected, (key, null, problems)
    if key in EMPTY_NOT_ABSENT:
        assert with_null.topics == (), with_null.topics
        return
    assert _plain(with_null) == _plain(without), (key, null)


@pytest.mark.parametrize("null", ["~", "null"])
@pytest.mark.parametrize("kind", ["article", "note"])
def test_a_null_required_key_is_said_empty_at_its_line(kind: str, null: str) -> None:
    read, required = (article, ARTICLE_REQUIRED) if kind == "article" else (note, NOTE_REQUIRED)
    for line, key in enumerate(required, start=2):
        lines = dict(required)
        lines[key] = f"{key}: {null}"
        _, problems = read(_front(lines, None, 0))
        about = [p for p in problems if f'"{key}"' in p]
        assert about and all(p.split(":")[1] == str(line) for p in about), problems
        if key != "published" and key != "date":  # (a date's null is "has no value: write it after the colon")
            assert any(f'"{key}" is empty ({null}): give a value' in p for p in about), about


def test_reported_input_author_null() -> None:
    value, problems = article("---\ntitle: Envoys meet\nsource: Example Times\npublished: 2023-05-08\nauthor: ~\n"
                              "---\nDiplomats met.\n")
    assert problems == [] and value is not None and value.authors == ()


# Values no key takes: a mapping; a list of lists. Each is reported, and at the line of its key.
WRONG = ["{a: 1}", "[[1, 2]]"]


@CI
@given(data=st.data())
def test_a_diagnostic_about_a_key_is_at_its_line(data: st.DataObject) -> None:
    kind = data.draw(st.sampled_from(["article", "note"]))
    read, required, keys = ((article, ARTICLE_REQUIRED, ARTICLE_KEYS) if kind == "article"
                            else (note, NOTE_REQUIRED, NOTE_KEYS))
    key = data.draw(st.sampled_from(keys))
    wrong = data.draw(st.sampled_from(WRONG))
    others = {k: v for k, v in required.items() if k != key}
    at = data.draw(st.integers(0, len(others)))
    _, problems = read(_front(others, f"{key}: {wrong}", at))
    assert problems, (key, wrong)
    assert all(p.split(":")[1] == str(at + 2) for p in problems), (key, at + 2, problems)


@CI
@given(at=st.integers(0, 2), blank=st.integers(0, 3))
def test_an_article_knows_its_source_line(at: int, blank: int) -> None:
    """The line an outlet page's messages name (two spellings of one outlet, `Nord Post` and `NORD POST`,
    write one sources/nord-post/ page): that of `source:`, not the file's first."""
    others = {k: v for k, v in ARTICLE_REQUIRED.items() if k != "source"}
    front = _front(others, "\n" * blank + "source: Nord Post", at)
    value, problems = article(front)
    assert problems == [] and value is not None
    assert front.split("\n")[value.source_line - 1] == "source: Nord Post"
