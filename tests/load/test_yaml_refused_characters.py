"""A character YAML refuses (a control character, U+FFFE) is an error at its own line, with the fix.

A vertical tab pasted from Word into a title (`title: Word<VT>paste`) gave
`…:2: invalid YAML: unacceptable character #x000b: control characters are not allowed` and a second
line `  in "<unicode string>", position 11`: not `path:line: message`, at the front matter's first
line whatever line the character was on, and without a fix. libyaml stops at the first such
character; each line holding one is now reported (load/yamlchars.py).
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.yamltext import load_mapping
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

REFUSED = [*(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"), "\x7f",
           *(chr(c) for c in range(0x80, 0xA0) if c != 0x85), "\ufffe", "\uffff"]
ACCEPTED_WORDS = st.text(st.sampled_from("abc xyz’é\t"), min_size=1, max_size=10).map(lambda w: "w" + w.strip())


@settings(max_examples=examples(100), deadline=None, derandomize=True, database=None)
@given(values=st.lists(ACCEPTED_WORDS, min_size=1, max_size=6),
       refused=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 12), st.sampled_from(REFUSED)), min_size=1,
                        max_size=4),
       comment=st.booleans())
@example(values=["Word paste"], refused=[(0, 4, "\x0b")], comment=False)
def test_each_line_with_a_refused_character_is_an_error_at_that_line(values: list[str],
                                                                      refused: list[tuple[int, int, str]],
                                                                      comment: bool) -> None:
    lines = [f"k{n}: {value}" + ("  # note" if comment else "") for n, value in enumerate(values)]
    for row, column, character in refused:  # also inside a comment: YAML reads every character
        row %= len(lines)
        lines[row] = lines[row][:column] + character + lines[row][column:]
    found, problems = load_mapping("\n".join(lines) + "\n", "content/articles/a.md", 2)
    assert found is None
    expected = {2 + n: next(c for c in line if c in REFUSED) for n, line in enumerate(lines)
                if any(c in REFUSED for c in line)}
    assert {p.line: p.message for p in problems}.keys() == expected.keys(), problems
    for problem in problems:
        assert "\n" not in str(problem) and str(problem).startswith(f"content/articles/a.md:{problem.line}: invalid YAML: ")
        assert f"U+{ord(expected[problem.line]):04X}" in problem.message
        assert "delete it" in problem.message or "instead" in problem.message  # a fix, not only the fault


def test_a_c1_control_is_named_as_the_windows_1252_character_it_stands_for() -> None:
    _, problems = load_mapping("title: Kyiv\x92s offer\n", "f.md", 2)
    assert [str(p) for p in problems] == [
        'f.md:2: invalid YAML: the control character U+0092 is not allowed; it is most likely "’" garbled '
        '(Windows-1252 text read as Latin-1): write "’" instead']


def test_the_build_names_each_line_and_keeps_the_output(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    assert run_cli(["build"], cwd=site).returncode == 0
    before = {p: p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()}
    (site / "content/articles/pasted.md").write_text(
        "---\ntitle: Word\x0bpaste\nsource: Reuters\npublished: 2023-05-02\nauthor: \"Jane\x7f Doe\"\n---\nText.\n",
        encoding="utf-8")
    done = run_cli(["build"], cwd=site)
    assert done.returncode == 1
    assert done.stderr.splitlines()[:2] == [
        "content/articles/pasted.md:2: invalid YAML: the invisible control character U+000B (vertical tab) is not "
        "allowed; delete it (such characters come with text pasted from a word processor or a PDF)",
        "content/articles/pasted.md:5: invalid YAML: the invisible control character U+007F (DEL) is not allowed; "
        "delete it (such characters come with text pasted from a word processor or a PDF)"]
    assert {p: p.read_bytes() for p in (site / "output").rglob("*") if p.is_file()} == before
