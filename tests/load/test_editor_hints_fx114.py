"""FX114 (UX1 2.2 and cosmetics): a key indented more than the `key: value` line above it is told so (yamlkeys.py),
not "a value containing ': ' must be quoted"; an unknown key in a config list entry names the entry as the editor
counts it, and an outlet's keys under `people:` point to `sources:` (load/entrynames.py); `check`'s "no errors" counts
the warnings printed above it (checking.verdict). Real sites in temp dirs, run as the editor runs them."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.entrynames import ordinal
from support.examples import examples
from support.hostile import article
from support.sites import MINIMAL_SITE, run_cli, write_site

ARTICLE = "---\ntitle: Shelters open\nsource: Example Times\npublished: 2026-12-02\n{rest}---\nBody.\n"


def test_the_reported_indentation(tmp_path: Path) -> None:
    files = dict(MINIMAL_SITE)
    files["content/articles/first-report.md"] = ARTICLE.format(rest="author: Luka Breznik\n  tags: [x]\n")
    checked = run_cli(["check"], cwd=write_site(tmp_path / "site", files))
    assert checked.returncode != 0
    assert ("content/articles/first-report.md:6: invalid YAML: mapping values are not allowed in this context "
            "(indentation: `tags:` is indented more than `author:` above it, so YAML reads it as more of author's "
            "value; start `tags:` in the same column as `author:`, or, if the line goes on author's value, put that "
            "whole value in quotes)") in checked.stderr, checked.stderr
    assert "must be quoted" not in checked.stderr


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["author", "url", "via", "summary"]), st.sampled_from(["tags", "topics", "story", "url"]),
       st.integers(1, 6), st.sampled_from(["", "\n", "\n# a comment\n"]))
def test_every_key_indented_under_a_value_gets_the_indentation_hint(above: str, key: str, indent: int,
                                                                    between: str) -> None:
    rest = f"{above}: Some value\n{between.lstrip(chr(10))}{' ' * indent}{key}: [x]\n"
    found, problems = article(ARTICLE.format(rest=rest))
    line = 5 + rest.count("\n") - 1
    assert found is None and len(problems) == 1, problems
    assert problems[0].startswith(f"content/articles/a.md:{line}: invalid YAML: "), problems  # (YAML's words vary)
    assert problems[0].endswith(
        f"(indentation: `{key}:` is indented more than `{above}:` above it, so YAML reads it as more of {above}'s "
        f"value; start `{key}:` in the same column as `{above}:`, or, if the line goes on {above}'s value, put that "
        f"whole value in quotes)"), problems


def test_a_value_with_a_colon_on_its_own_line_still_asks_for_quotes() -> None:
    _, problems = article(ARTICLE.format(rest="summary: Officials said: the deal holds\n"))
    assert problems and problems[0].endswith("(a value containing ': ' must be quoted)"), problems


def test_an_outlet_under_people_is_named_as_the_editor_counts_it(tmp_path: Path) -> None:
    files = dict(MINIMAL_SITE)
    files["config.yaml"] += ("people:\n  - name: Marta Kovač\n    aliases: [Mayor Kovač]\n  - name: Drava Courier\n"
                             "    url: https://courier.example\n")
    root = write_site(tmp_path / "site", files)
    line = files["config.yaml"].split("\n").index("    url: https://courier.example") + 1
    checked = run_cli(["check"], cwd=root)
    assert (f'config.yaml:{line}: unknown key "people[1].url" (the 2nd entry of `people:`; its keys (`url:`) are '
            "an outlet's: if it is an outlet, move the entry under `sources:` (name, url, note)); the keys here are name, aliases, kind") in checked.stderr, \
        checked.stderr


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th"]


def test_checks_summary_counts_the_warnings_it_printed(tmp_path: Path) -> None:
    files = dict(MINIMAL_SITE)
    root = write_site(tmp_path / "site", files)
    clean = run_cli(["check"], cwd=root)
    assert clean.returncode == 0 and clean.stdout.rstrip().endswith(": no errors."), clean.stdout + clean.stderr
    (root / "content/articles/second.md").write_text(ARTICLE.format(rest="story: first-reprt\n"), encoding="utf-8")
    warned = run_cli(["check"], cwd=root)
    count = sum(1 for line in warned.stderr.splitlines() if ": warning: " in line)
    assert count and warned.stdout.rstrip().endswith(
        f": no errors, {count} warning{'s' if count != 1 else ''} above."), warned.stdout + warned.stderr
