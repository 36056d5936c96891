"""python-markdown's own failures on a body are the editor's errors at a line, not "unexpected error"
(load/mdfailure.py).

The reported input (the contract audit): a footnote whose definition holds another, indented under it, made
python-markdown's footnotes raise "RuntimeError: OrderedDict mutated during iteration", and `briefgen build`
ended with "unexpected error" and no file. The kind: any such nesting (labels, indents by spaces or a tab,
texts, references before or after), converted without an exception, with an error at the nested
definition's line whenever the library fails; the build exits 1 naming path:line and leaves the previous
output as it was. A failure raised in briefgen's own code is not the editor's and is not caught here.
"""
from __future__ import annotations

from pathlib import Path

import markdown
from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.sites import run_cli

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.mdfailure import library_failure

REPORTED = "note[^1]\n\n[^1]: foot\n\n    Body[^2]\n\n    [^2]: more\n\n[^n]: note\n"
LABELS = st.text("abcxyz123", min_size=1, max_size=3)


def test_the_reported_body_is_an_error_at_the_nested_definition() -> None:
    with_full = markdown.Markdown(extensions=["footnotes"])
    try:
        with_full.convert(REPORTED)
    except RuntimeError:
        pass
    else:
        raise AssertionError("python-markdown converts it now: the input no longer shows the kind")
    rendered = MarkdownRenderer().convert(REPORTED, "a")
    assert rendered.html == ""
    assert [(line, kind) for line, _, kind in rendered.problems] == [(6, "error")], rendered.problems
    assert "footnote" in rendered.problems[0][1] and "unindented" in rendered.problems[0][1]


@settings(max_examples=examples(150), deadline=None)
@given(LABELS, LABELS, LABELS, st.sampled_from(["    ", "\t", "      "]), st.booleans(), st.booleans())
def test_nested_footnote_definitions_never_raise(first: str, second: str, third: str, indent: str, refer: bool,
                                                  after: bool) -> None:
    nested = f"{indent}Body[^{second}]\n\n{indent}[^{second}]: more\n\n"
    body = (f"note[^{first}]" + (f" and [^{third}]" if refer else "") + f"\n\n[^{first}]: foot\n\n" + nested
            + (f"[^{third}]: note\n" if after else ""))
    rendered = MarkdownRenderer().convert(body, "a")
    if not rendered.html:
        errors = [(line, message) for line, message, kind in rendered.problems if kind == "error"]
        assert errors and errors[0][0] == body.splitlines().index(f"{indent}[^{second}]: more"), (body, errors)


def test_a_failure_in_briefgens_own_code_is_not_the_editors() -> None:
    try:
        {}["missing"]
    except KeyError as exc:
        assert library_failure(exc, REPORTED) is None


def test_the_build_names_the_file_and_line_and_keeps_the_output(tmp_path: Path) -> None:
    assert run_cli(["init", str(tmp_path)], cwd=tmp_path).returncode == 0
    assert run_cli(["build", "-q"], cwd=tmp_path).returncode == 0
    before = {p: p.read_bytes() for p in (tmp_path / "output").rglob("*") if p.is_file()}
    article = sorted((tmp_path / "content" / "articles").glob("*.md"))[0]
    head, sep, _ = article.read_text().partition("\n---\n")
    article.write_text(head + sep + REPORTED)
    done = run_cli(["build"], cwd=tmp_path)
    assert done.returncode == 1 and "unexpected" not in done.stderr + done.stdout
    assert f"content/articles/{article.name}:" in done.stderr + done.stdout
    assert {p: p.read_bytes() for p in (tmp_path / "output").rglob("*") if p.is_file()} == before
