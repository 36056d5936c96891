"""Text fields are exactly what was written, or an error that says to quote the value.

YAML 1.1 types plain scalars by their spelling (`12:30` → 750, `1.10` → 1.1, `010` → 8,
`2023-05-01` → a date, `on` → true, `~` → null). The whole class is covered, not a
list of spellings: the hypothesis test draws values from the resolver's own patterns.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.diagnostics import shown_line
from briefgen.load.config import parse_config
from briefgen.load.yamltext import load_mapping
from support.hostile import GOOD_FRONT, article, note
from support.examples import examples

CI = settings(derandomize=True, database=None, max_examples=examples(100), deadline=None)

# Spellings that YAML 1.1 (PyYAML's resolver) reads as something other than text.
RETYPED = ["12:30", "1.10", "010", "0x1F", "0o17", "1e3", "1.5e3", ".inf", "-.inf", ".NaN", "1_000", "+12",
           "-0", "0b101", "1:20:30", "190:20:30", "2023-05-01", "2023-05-01 10:00:00", "2001-12-14t21:59:43.10-05:00",
           "2023-02-30", "=", "<<"]
REFUSED = ["yes", "No", "ON", "off", "true", "False", "~", "null", "Null", "NULL"]
TEXT_AS_IS = ["y", "n", "Y", "N", "0o17", "1e3", "12:30 pm", "v1.10"]


def article_value(field: str, written: str) -> tuple[str | None, list[str]]:
    """(what the article holds for `field`, problems) with `field: written` in the front matter."""
    base = {"title": "T", "source": "S", "published": "2023-05-08"}
    base[field] = written
    text = "---\n" + "".join(f"{k}: {v}\n" for k, v in base.items()) + "---\nBody.\n"
    value, problems = article(text)
    if value is None:
        return None, problems
    held = {"title": value.title, "source": value.source, "via": value.via, "story": value.story,
            "guid": value.guid, "author": value.authors[0] if value.authors else "",
            "tags": value.tags[0] if value.tags else "", "url": value.url, "slug": value.slug}
    return held[field], problems


FIELDS = ["title", "source", "via", "author", "tags", "guid", "story", "url", "slug"]


def assert_exact_or_quote_it(field: str, written: str) -> None:
    held, problems = article_value(field, written)
    if held == written and not problems:
        return
    if written.lower() in ("~", "null") and field not in ("title", "source"):  # an optional key's "none"
        if field == "story":  # (read as no line, with a warning of what to write: test_story_values.py)
            problems = [p for p in problems if '"story" is empty' not in p]
        assert (held, problems) == ("", []) or field == "slug" and held == "a" and not problems, (field, held, problems)
        return
    messages = " ".join(problems)
    assert problems, (field, written, held)
    # An error names the value as written (a field check such as the URL or slug rule),
    # or asks for quotes; it never shows YAML's reading (750, 1.1, 8) instead. Fields that
    # take text or a list report true/false as neither (as `topics: no` always was).
    neither = field in ("author", "tags") and re.search(r"must be a list like \[a, b\], got (true|false)$",
                                                        messages)
    # (a diagnostic shows a tab or another control escaped, `\t`: diagnostics.shown_line, 8a7f627)
    assert ("quote it" in messages or f'"{written}"' in messages or shown_line(f'"{written}"') in messages
            or neither), (field, written, problems)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("written", RETYPED + TEXT_AS_IS)
def test_retyped_spellings_arrive_as_written(field: str, written: str) -> None:
    assert_exact_or_quote_it(field, written)
    if field in ("title", "source", "via", "author", "tags", "guid"):
        held, problems = article_value(field, written)
        # (a title of no letter or digit, "=" or "<<", is warned about for that: test_title_without_words.py)
        assert (held, [p for p in problems if "has no letter or digit" not in p]) == (written, [])


@pytest.mark.parametrize("field", ["title", "source", "via", "author", "guid", "story"])
@pytest.mark.parametrize("written", REFUSED)
def test_true_false_and_null_words_must_be_quoted(field: str, written: str) -> None:
    held, problems = article_value(field, written)
    if written.lower() in ("~", "null"):  # YAML's null: an optional key's "none" (test_null_optional_keys.py)
        required = field in ("title", "source")  # (`story:` left empty is warned: test_story_values.py)
        assert held == "" and len(problems) == (required or field == "story"), problems
        assert not required or problems[0].endswith(f'is empty ({written}): give a value (it is required), or '
                                                    f'quote it ("{written}") if you mean that text'), problems
        return
    assert held in ("", None) and len(problems) == 1, problems
    if field == "author" and written.lower() not in ("~", "null"):
        # author is text or a list: true/false is reported as neither (as `topics: no` is)
        assert problems[0].endswith(f'"author" must be a list like [a, b], got '
                                    f'{yaml.safe_load(written) and "true" or "false"}')
    elif written.lower() in ("true", "false", "~", "null"):
        assert problems[0].endswith("(quote it)"), problems
    else:  # ("No", "off", "Yes": said as written, with what YAML reads)
        assert problems[0].endswith(f'got {written}, which YAML reads as {str(yaml.safe_load(written)).lower()} '
                                    f'(quote it: "{written}")'), problems


def test_reported_inputs() -> None:
    assert article_value("title", "12:30") == ("12:30", [])
    assert article_value("title", "1.10") == ("1.10", [])
    assert article_value("title", "010") == ("010", [])
    assert article_value("title", "yes")[1] == ['content/articles/a.md:2: "title" must be text, got yes, which YAML reads as true (quote it: "yes")']
    assert article_value("via", "~") == ("", [])  # none (it was "must be text, got ~ … (quote it)")


def test_list_items_and_note_fields_keep_their_text() -> None:
    value, problems = article("---\n" + GOOD_FRONT + "tags: [1.10, 010, 2023-05-01, 12:30]\n"
                              "author:\n  - 0x1F\n  - 1_000\n---\nB.\n")
    assert problems == [] and value is not None
    assert value.tags == ("1.10", "010", "2023-05-01", "12:30")
    assert value.authors == ("0x1F", "1_000")
    value, problems = note("---\ntitle: 12:30\ndate: 2023-05-08\nauthor: 1.10\n---\nB.\n")
    assert problems == [] and value is not None and (value.title, value.authors) == ("12:30", ("1.10",))
    _, problems = article("---\n" + GOOD_FRONT + "tags: [ok, on, ~]\n---\nB.\n")
    assert problems == ['content/articles/a.md:5: "tags" items must be text, got on, which YAML reads as true (quote it: "on")',
                        'content/articles/a.md:5: "tags" items must be text, got ~, which YAML reads as empty '
                        "(quote it)"]


def test_config_strings_keep_their_text(tmp_path: Path) -> None:
    text = ("title: 12:30\ntopics:\n  - id: a\n    title: 1.10\n    description: 010\n"
            "    keywords: [2023-05-01, 1_000]\nsources:\n  - name: 0x1F\n    note: 1e3\n"
            "people:\n  - name: 1:20:30\n    aliases: [.inf]\nfeeds:\n  - url: https://e.org/f\n    source: 12:30\n")
    data, problems = load_mapping(text, "config.yaml")
    config = parse_config(data, "config.yaml", problems)
    assert problems == []
    assert config.title == "12:30"
    assert (config.topics[0].title, config.topics[0].description, config.topics[0].keywords) == (
        "1.10", "010", ("2023-05-01", "1_000"))
    assert (config.sources[0].name, config.sources[0].note) == ("0x1F", "1e3")
    assert (config.people[0].name, config.people[0].aliases) == ("1:20:30", (".inf",))
    assert config.feeds[0].source == "12:30"


def test_other_fields_show_the_written_value_in_errors() -> None:
    _, problems = article("---\n" + GOOD_FRONT + "draft: 12:30\n---\nB.\n")
    assert problems == ['content/articles/a.md:5: "draft" must be true or false, got 12:30']
    data, problems = load_mapping("title: T\ntopics:\n  - id: a\n    title: A\nstories:\n  threshold: 1:30\n",
                                  "config.yaml")
    parse_config(data, "config.yaml", problems)
    assert [str(p) for p in problems] == [
        'config.yaml:6: "stories.threshold" must be a number from 0 to 1, got 1:30']


def _retyped(text: str) -> bool:
    return yaml.SafeLoader("").resolve(yaml.ScalarNode, text, (True, False)) != "tag:yaml.org,2002:str"


# The resolver's own classes, drawn from their regular expressions (PyYAML's resolver.py).
RESOLVED = st.one_of(
    st.from_regex(r"\A[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)\Z"),
    st.from_regex(r"\A[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+][0-9]+)?\Z"),
    st.from_regex(r"\A[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*\Z"),
    st.from_regex(r"\A[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9]"
                  r"(\.[0-9]*)?([ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?\Z"),
    st.from_regex(r"\A[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]\Z"),
    st.sampled_from(REFUSED + ["=", "<<", ".inf", "-.Inf", ".nan", "TRUE", "Off"]),
).filter(lambda s: "\n" not in s and s.strip() == s and _retyped(s))


@CI
@given(field=st.sampled_from(FIELDS), written=RESOLVED)
@example(field="story", written="0000-0-0\t0:00:00")  # (a fresh-clone CI draw: the tab is shown as \t)
def test_every_implicitly_typed_spelling_is_exact_or_refused(field: str, written: str) -> None:
    assert_exact_or_quote_it(field, written)
