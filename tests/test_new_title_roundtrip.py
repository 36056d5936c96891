"""Any title `briefgen new` accepts is the title the build reads from the file it writes.

Titles with a line break, a tab, a carriage return, a line separator or a `---` line are written escaped in
the front matter and read back as given; ones the build would refuse (a control character, a noncharacter)
are refused with exit code 2 and nothing written. A title of bytes that are not UTF-8 (`$'bad\\xffbyte'`:
Python hands them on as lone surrogates) stopped `new` with "unexpected error: UnicodeEncodeError" from the
YAML writer; it is now refused as such, naming the bytes. The build reads titles stripped and in NFC.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.diagnostics import UsageError
from briefgen.load.onelines import fold_lines
from briefgen.load.fields import Fields
from briefgen.load.frontmatter import parse
from briefgen.load.text import nfc
from briefgen.scaffold import new_file
from support.examples import examples
from support.sites import run_cli

CONFIG = "title: T\ntopics:\n  - id: a\n    title: A\nsources:\n  - name: Example Outlet\n"
TITLES = st.text(st.characters(codec=None, categories=None), min_size=1, max_size=16) | st.text(
    st.sampled_from("ab \n\r\t-:#'\"\\\u2028\u2029\x85\x1b\udcff\ud800\u200b\ufeff&<>"), min_size=1, max_size=10)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("site")
    (root / "config.yaml").write_text(CONFIG, encoding="utf-8")
    return root


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TITLES, kind=st.sampled_from(["article", "note"]))
@example(title="Line one\nline two", kind="article")  # the reported title
@example(title="a\n---\nb", kind="note")
@example(title="cr\r\nlf\ttab\u2028ls", kind="article")
@example(title="bad\udcffbyte", kind="article")
def test_a_title_new_accepts_is_the_title_the_build_reads(project: Path, title: str, kind: str) -> None:
    try:
        path, _ = new_file(project / "config.yaml", kind, title)
    except UsageError:
        return  # refused, with a message: nothing written
    assert path is not None
    text = path.read_text(encoding="utf-8")
    path.unlink()
    front, _, _, problems = parse(text, path.name)
    assert front is not None, [str(p) for p in problems]
    read = Fields(front, path.name, problems).text("title", required=True)
    # A title is one line (load/onelines.py folds a break with a warning): `new` writes it folded, the build reads that
    assert read == nfc(fold_lines(title.strip()) or title.strip()), text
    assert not [p for p in problems if p.severity == "error"], [str(p) for p in problems]


def test_a_title_that_is_not_utf8_is_refused_on_the_command_line(project: Path) -> None:
    done = run_cli(["new", "article", "bad\udcffbyte"], project)  # (passed to the process as the byte 0xff)
    assert done.returncode == 2, done.stderr
    assert "not UTF-8 (0xff)" in done.stderr and "unexpected" not in done.stderr
    assert not list(project.glob("content/articles/*.md"))
