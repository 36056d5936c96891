"""A footnote reference without a footnote, or a footnote never referenced, is a warning at its line.

"missing[^x]" with no "[^x]: …" was published as "missing[^x]" without a word; a footnote
never referenced was listed under the text, numbered before the referenced ones (the text's
first mark read "2"), with a "↩" back-link to an anchor that does not exist. Both are now
warnings at the reference's or the footnote's line (`load/mdfootnotes.py`), and back-links that
lead nowhere are removed. Checked as a property over which labels are referenced and which
defined: the warnings name exactly the mismatched labels, every in-body link reaches an id,
and every footnote's text is still published.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer
from support.sites import MINIMAL_SITE, run_cli, write_site

RENDERER = MarkdownRenderer()
LABELS = st.sets(st.sampled_from(["1", "2", "note", "a-b", "x_y", "src"]), max_size=4)


@settings(max_examples=60, deadline=None)
@given(referenced=LABELS, defined=LABELS)
@example(referenced={"1", "missing"}, defined={"1", "2"})
def test_mismatched_footnotes_are_warned_at_their_lines(referenced: set[str], defined: set[str]) -> None:
    refs, defs = sorted(referenced), sorted(defined)
    lines = [f"Claim {label}[^{label}] here." for label in refs] + [""] + [f"[^{label}]: Note {label}." for label in defs]
    rendered = RENDERER.convert("\n".join(lines) + "\n", "art")
    missing = {m.group(1): line for line, message, _ in rendered.problems
               if (m := re.match(r"footnote reference \[\^([^\]]+)\] has no footnote", message))}
    unused = {m.group(1): line for line, message, _ in rendered.problems
              if (m := re.match(r"footnote \[\^([^\]]+)\] is never referenced", message))}
    assert missing == {label: refs.index(label) for label in referenced - defined}
    assert unused == {label: len(refs) + 1 + defs.index(label) for label in defined - referenced}
    assert len(rendered.problems) == len(missing) + len(unused), rendered.problems
    ids = set(re.findall(r' id="([^"]+)"', rendered.html))
    assert set(re.findall(r'href="#([^"]+)"', rendered.html)) <= ids
    for label in defs:
        assert f"Note {label}." in rendered.html


def test_footnotes_shown_as_text_by_intent_stay_quiet() -> None:
    rendered = RENDERER.convert("A regex `[^a-z]`, an escaped \\[^1] and\n\n    [^code] in a code block\n", "art")
    assert rendered.problems == ()


def test_a_real_build_names_the_file_and_line(tmp_path: Path) -> None:
    article = MINIMAL_SITE["content/articles/first-report.md"] + "\nAs reported[^wsj] earlier.\n\n[^ft]: The FT.\n"
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/first-report.md": article})
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert "content/articles/first-report.md:10: warning: footnote reference [^wsj] has no footnote" in built.stderr
    assert "content/articles/first-report.md:12: warning: footnote [^ft] is never referenced" in built.stderr
    page = (root / "output/articles/first-report/index.html").read_text()
    assert "The FT." in page and "footnote-backref" not in page
