"""A number written with an exponent but no point (`threshold: 1e-1`) is that number, in every number field.

YAML 1.1 (PyYAML) reads a float only with a ".": `1e-1` is text to it, and `stories:
threshold: 1e-9` was refused as 'got "1e-9"' (a trial). `Fields.number` now takes such text as
the number it spells, for each of its fields (stories: threshold, window, suggest; import:
timeout, retry_delay); out of range it is still an error at its line, and other text still is.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.diagnostics import Diagnostic
from briefgen.load.config import Config, parse_config
from briefgen.load.yamltext import load_mapping

BASE = "title: T\ntopics:\n  - id: talks\n    title: Talks\n"

FIELDS = (("stories", "threshold", 0.0, 1.0, "story_threshold"), ("stories", "window", 1.0, 60.0, "story_window"),
          ("stories", "suggest", 0.0, 0.5, "story_suggest"), ("import", "timeout", 1.0, 300.0, None),
          ("import", "retry_delay", 0.0, 60.0, None))


def parse_config_text(more: str) -> tuple[Config, list[Diagnostic]]:
    data, problems = load_mapping(BASE + more, "config.yaml")
    assert data is not None, problems
    return parse_config(data, "config.yaml", problems), problems


def written(mantissa: int, exponent: int, style: str) -> str:
    return {"e": f"{mantissa}e{exponent}", "E": f"{mantissa}E{exponent:+d}", "point": f"{mantissa}.e{exponent}"}[style]


@settings(max_examples=examples(80), deadline=None)
@given(field=st.sampled_from(FIELDS), mantissa=st.integers(1, 99), exponent=st.integers(-4, 3),
       style=st.sampled_from(["e", "E", "point"]))
def test_an_exponent_without_a_point_is_the_number_it_spells(field: tuple, mantissa: int, exponent: int,
                                                             style: str) -> None:
    section, key, low, high, attribute = field
    text = written(mantissa, exponent, style)
    config, problems = parse_config_text(f"{section}:\n  {key}: {text}\n")
    value = float(text)
    if low <= value <= high:
        assert problems == []
        got = getattr(config, attribute) if attribute else getattr(config.imports, key)
        assert got == value
    else:
        assert [p.line for p in problems] == [BASE.count("\n") + 2]
        assert f"from {low:g} to {high:g}" in problems[0].message


@settings(max_examples=examples(20), deadline=None)
@given(text=st.sampled_from(["e5", "1e", "1e-", "ten", "1_0e1", "0x1p-3", "nan", "inf", "1e-3 s"]))
def test_other_text_is_still_an_error_at_its_line(text: str) -> None:
    config, problems = parse_config_text(f"stories:\n  threshold: {text}\n")
    assert len(problems) == 1 and "must be a number from 0 to 1" in problems[0].message
    assert config.story_threshold == 0.5


def test_a_number_out_of_range_names_what_it_counts() -> None:
    """A trial: `stories.window: 90` read 'must be a number from 1.0 to 60.0' — of what?"""
    _, problems = parse_config_text("stories:\n  window: 90\nimport:\n  timeout: 0.5\n")
    assert [p.message for p in problems] == ['"stories.window" must be a number of days from 1 to 60, got 90',
                                             '"import.timeout" must be a number of seconds from 1 to 300, got 0.5']


NUMBER_KEYS = [("stories", "threshold"), ("stories", "window"), ("stories", "suggest"), ("listings", "page_size"),
               ("listings", "feed_items"), ("listings", "digest_editions"), ("listings", "edition_size"),
               ("import", "timeout"), ("import", "retry_delay")]


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(st.sampled_from(NUMBER_KEYS), min_size=1, max_size=4, unique=True), st.sampled_from(["", " ", " ~", " null"]))
def test_a_number_written_with_no_value_is_the_default_with_a_warning_at_its_line(
        keys: list[tuple[str, str]], empty: str) -> None:
    """The stories trial: `stories: threshold:` alone used the default without a word."""
    sections: dict[str, list[str]] = {}
    for section, key in keys:
        sections.setdefault(section, []).append(key)
    text = "".join(f"{section}:\n" + "".join(f"  {key}:{empty}\n" for key in names) for section, names in sections.items())
    config, problems = parse_config_text(text)
    assert config == parse_config_text("")[0]  # every default
    lines = {f"{section}.{key}": BASE.count("\n") + text.splitlines().index(f"  {key}:{empty}") + 1
             for section, names in sections.items() for key in names}
    assert sorted((p.line, p.severity, p.message.split('"')[1]) for p in problems) == sorted(
        (line, "warning", name) for name, line in lines.items())
    assert all("is written with no value, so the default" in p.message for p in problems)
