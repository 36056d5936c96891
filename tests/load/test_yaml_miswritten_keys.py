"""A front-matter line meant as `key: value` that YAML cannot read as a key is named at its line, with the line as
it should be written (yamlkeys.py). T25: `source：Reuters` (a full-width colon from an IME) on line 3 was reported at
line 4, "could not find expected ':'", with no hint; `source:Reuters` (no space after the colon) the same. Drawn: the
key, its value, the colon as written (full-width, its look-alikes, a colon with no space) and where the line stands
among well-written keys (first, between, last)."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.yamltext import load_mapping
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

KEYS = st.sampled_from(["source", "title", "author", "via", "url", "story", "summary"])
VALUES = st.sampled_from(["Reuters", "Talks resume in Geneva", "Seoul Economic Herald", "full", "x1"])
COLONS = st.sampled_from(["\uff1a", "\uff1a ", " \uff1a", "\ufe55", "\u2236", "\ua789", ":"])


@settings(max_examples=examples(80), deadline=None, derandomize=True)
@given(st.integers(0, 3), KEYS, COLONS, VALUES, st.integers(0, 3))
def test_a_miswritten_key_is_named_at_its_line_with_the_fix(before: int, key: str, colon: str, value: str,
                                                            after: int) -> None:
    lines = [f"k{n}: v{n}" for n in range(before)] + [f"{key}{colon}{value}"] + [f"z{n}: w{n}" for n in range(after)]
    found, problems = load_mapping("\n".join(lines) + "\n", "f.md", 2)
    assert found is None and len(problems) == 1, problems
    assert problems[0].line == 2 + before, problems
    assert f"did you mean `{key}: {value}`?" in problems[0].message, problems  # (alone: "found a plain value", with the fix)


def test_well_written_keys_and_other_faults_keep_their_messages() -> None:
    assert load_mapping("title: X\nurl: https://a.example/b\npublished: 2026-11-24T10:00:00+09:00\n", "f.md", 2)[1] == []
    _, problems = load_mapping("title: X\nsource Reuters\npublished: 2026-11-24\n", "f.md", 2)
    assert [(p.line, "did you mean" in p.message) for p in problems] == [(4, False)]  # (no colon at all: as before)


def test_the_check_names_the_full_width_colon_line(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/fullwidth.md":
                                          "---\ntitle: 全角コロン\nsource：Reuters\npublished: 2026-11-24\n---\nBody.\n"})
    done = run_cli(["check"], cwd=site)
    assert done.returncode == 1
    assert ("content/articles/fullwidth.md:3: invalid YAML: could not find expected ':' (`：` (U+FF1A) is not a YAML "
            "colon: did you mean `source: Reuters`?)") in done.stderr, done.stderr
