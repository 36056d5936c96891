"""Hostile YAML sizes: alias bombs and deep nesting are refused quickly, with `path:line`.

The loader builds values from libyaml's events in one loop (no recursion) and counts
what aliases stand for, so the time and memory of a refusal do not depend on how big
the bomb would have been.
"""
from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.load.config import load_config
from briefgen.load.yamltext import MAX_ALIASED, MAX_NESTING, LineList, LineMap, load_mapping
from briefgen.speed.memo import Memo
from support.hostile import GOOD_FRONT, article
from support.examples import examples

CI = settings(derandomize=True, database=None, max_examples=examples(150), deadline=None,
              suppress_health_check=[HealthCheck.too_slow])


def laughs(levels: int, indent: str = "") -> str:
    """The "billion laughs": each level a list of nine aliases of the level before."""
    lines = [f'{indent}a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        lines.append(f"{indent}a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def timed_peak(work) -> tuple[object, float, int]:
    """work()'s result, the CPU seconds of this process (a bound on the work, not on how busy the
    machine is: wall time failed under a loaded CI) and the peak of traced memory in bytes."""
    tracemalloc.start()
    started = time.process_time()
    try:
        result = work()
        return result, time.process_time() - started, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_alias_bomb_in_front_matter_is_refused_fast_and_flat() -> None:
    text = "---\n" + laughs(9) + "title: *a8\nsource: S\npublished: 2023-05-08\n---\nBody.\n"
    (value, problems), seconds, peak = timed_peak(lambda: article(text))
    assert value is None
    assert len(problems) == 1
    assert problems[0].startswith("content/articles/a.md:") and "too many YAML aliases" in problems[0]
    assert seconds < 0.5 and peak < 5_000_000


def test_alias_bomb_in_config_people_is_refused(tmp_path: Path) -> None:
    people = ['  - name: P0\n    aliases: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n']
    for level in range(1, 8):
        people.append(f"  - name: P{level}\n    aliases: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]\n")
    path = tmp_path / "config.yaml"
    path.write_text("title: T\ntopics:\n  - id: a\n    title: A\npeople:\n" + "".join(people))
    (config, problems), seconds, peak = timed_peak(lambda: load_config(path))
    assert config is None
    assert [p.message for p in problems] == [
        f"too many YAML aliases: they stand for more than {MAX_ALIASED:,} values (limit); "
        "write the values out or use fewer aliases"]
    assert problems[0].path == "config.yaml" and problems[0].line > 5
    assert seconds < 0.5 and peak < 5_000_000


def test_a_shared_keyword_list_is_fine() -> None:
    text = ("title: T\ntopics:\n"
            "  - id: a\n    title: A\n    keywords: &shared [China, Beijing, Xi Jinping]\n"
            "  - id: b\n    title: B\n    keywords: *shared\n")
    data, problems = load_mapping(text, "config.yaml")
    assert problems == []
    assert data["topics"][1]["keywords"] == ["China", "Beijing", "Xi Jinping"]
    assert data["topics"][1].line_of("keywords") == 8


def test_merge_keys_merge_and_explicit_keys_win() -> None:
    data, problems = load_mapping("base: &b {a: 1, b: 2}\nx:\n  <<: *b\n  b: 3\n", "f.md")
    assert problems == []
    assert data["x"] == {"a": 1, "b": 3}


def test_merge_of_something_else_is_reported() -> None:
    _, problems = load_mapping("x:\n  <<: [1]\n  b: 3\n", "f.md")
    assert [str(p) for p in problems] == [
        "f.md:2: `<<` merges a mapping (`<<: *name`) or a list of mappings; found a plain value"]


@pytest.mark.parametrize("text", [
    "title: " + "[" * 100_000 + "]" * 100_000,  # crashed the process (C stack) before
    "title: " + "{a: " * 5_000 + "}" * 5_000,
    "\n".join(" " * i + "- " for i in range(0, 4_000, 2)),
    "- " * 5_000 + "x",
])
def test_deep_nesting_is_refused_with_a_line(text: str) -> None:
    (data, problems), seconds, _ = timed_peak(lambda: load_mapping(text, "f.md", first_line=2))
    assert data is None
    assert [p.message for p in problems] == [
        f"nesting too deep (limit {MAX_NESTING} levels of lists and mappings)"]
    assert problems[0].line >= 2
    assert seconds < 0.5


def test_undefined_alias_and_second_document_are_errors() -> None:
    assert [str(p) for p in load_mapping("a: *x\n", "f.md")[1]] == [
        'f.md:1: invalid YAML: alias "*x" names no anchor (`&x`) defined before it']
    assert [str(p) for p in load_mapping("a: 1\n---\nb: 2\n", "f.md")[1]] == [
        "f.md:2: invalid YAML: expected a single document, found another one (a `---` line?)"]


def test_unsupported_tags_are_errors_not_objects() -> None:
    for text in ("a: !!python/object:os.system x\n", "a: !foo x\n", "a: !!set {x, y}\n"):
        data, problems = load_mapping(text, "f.md")
        assert data is None and "unsupported tag" in problems[0].message


def test_hundred_thousand_line_front_matter_stays_fast() -> None:
    text = "---\n" + GOOD_FRONT + "tags:\n" + "".join(f"  - tag {i}\n" for i in range(100_000)) + "---\nB.\n"
    started = time.process_time()  # (not `timed_peak`: tracing memory made it 2.4-4.4 s, and a CI run failed at 5.01)
    value, problems = article(text)
    seconds = time.process_time() - started
    assert problems == [] and value is not None and len(value.tags) == 100_000
    assert seconds < 5  # ~0.65 s CPU on the project machine: a bound on the work (quadratic would take minutes)


def test_line_maps_keep_lines_and_written_text_through_the_disk_cache(tmp_path: Path) -> None:
    front, _ = load_mapping("title: 12:30\ntags: [1.10, x]\n", "f.md", first_line=2)
    memo = Memo(tmp_path)
    memo.put(("parse", "0" * 32), front)
    memo.save()
    again = Memo(tmp_path).get(("parse", "0" * 32))
    assert isinstance(again, LineMap) and isinstance(again["tags"], LineList)
    assert (again.raw, again["tags"].raw, again.lines, again["tags"].lines) == (
        {"title": "12:30"}, {0: "1.10"}, {"title": 2, "tags": 3}, [3, 3])


YAML_PIECES = st.sampled_from([
    "a", "b", ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "&x ", "*x", "&y ", "*y", "<<: ", "? ",
    "!!int ", "!foo ", "'", '"', "|", ">", "#", "\n", "\n  ", "\n    ", "\t", "~", "12:30", "0x1F",
    "2023-02-30", "yes", "---\n", "...", "%YAML 1.1\n", "\\", "\x00", "\ufeff", "é",
])


@CI
@given(st.lists(YAML_PIECES, max_size=40).map("".join))
def test_any_yaml_gives_a_value_or_diagnostics_never_an_exception(text: str) -> None:
    data, problems = load_mapping(text, "f.md", first_line=2)
    if data is None:
        assert problems and all(p.path == "f.md" and p.line >= 2 for p in problems)
    else:
        assert isinstance(data, LineMap)
