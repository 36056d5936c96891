"""A bidi control or an invisible character in a name of static/ is an error naming it escaped (load/filenames.py).

TR17 (2026-12-06): `static/report\\u202egpj.exe`, which a file manager and a browser's status bar show as
"reportexe.jpg", was published without a word, and so were names holding a zero-width space, a word joiner or
a byte order mark (U+200B, U+2060, U+FEFF), which no one can type in a link. Now, for any name:

- a bidi control (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) or U+200B, U+2060-U+2064, U+FEFF,
  U+00AD, U+180E is an error at the file or folder holding it, shown escaped (`\\u202e`): nothing is written;
- the joiners (U+200C, U+200D) are allowed between two characters that are not ASCII (emoji, Persian and
  Indic words), and an error anywhere else (at an end, beside an ASCII character or another joiner);
- every other name is published as written.

And since (the same session's open finding): every other character that shows nothing, Unicode's
Default_Ignorable_Code_Point — the Hangul fillers (U+3164 …, printable letters to `str.isprintable`), the combining
grapheme joiner, the tag characters — and the braille blank is an error too, but for a variation selector right
after a visible character that is not ASCII or in a keycap (❤️, 1️⃣) and tag characters in a flag's sequence after
U+1F3F4 (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from briefgen.diagnostics import Diagnostic
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.trees import tree_bytes

ALWAYS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f",
          "\u061c", "\u200b", "\u2060", "\u2061", "\u2064", "\ufeff", "\u00ad", "\u180e",
          "\u3164", "\u115f", "\u1160", "\uffa0", "\u034f", "\u2800", "\u17b4", "\U000e0001", "\U000e0080"]
JOINERS = ["\u200c", "\u200d"]
SELECTORS = ["\ufe0f", "\ufe0e", "\U000e0100", "\u180b"]
TAGS = ["\U000e0067", "\U000e007f"]
FLAG, KEYCAP = "\U0001f3f4", "\u20e3"
VISIBLE = ["a", "x", "1", "#", "-", ".", " ", "é", "ی", "म", "👩", "💻", "中", FLAG, KEYCAP]
SHOWS_NOTHING = ALWAYS + JOINERS + SELECTORS + TAGS
NAME = st.lists(st.sampled_from(VISIBLE + VISIBLE + SHOWS_NOTHING), min_size=1, max_size=6).map("".join).filter(
    lambda name: not name.startswith(".") and not name.endswith((".", " ")))  # (those have rules of their own)


def refused(name: str) -> bool:
    """Whether `name` must be an error, by the rules of the module's docs."""
    if any(c in ALWAYS for c in name):
        return True
    for i, c in enumerate(name):
        before, after = (name[i - 1] if i else ""), name[i + 1:i + 2]
        if c in JOINERS and not all(n and not n.isascii() and n not in SHOWS_NOTHING for n in (before, after)):
            return True
        keycap = before in "0123456789#*" and before != "" and after == KEYCAP
        if c in SELECTORS and not keycap and not (before and not before.isascii() and before not in SHOWS_NOTHING):
            return True
        if c in TAGS and before not in [FLAG, *TAGS]:
            return True
    return False


def about_static(diagnostics: tuple[Diagnostic, ...]) -> list[Diagnostic]:
    return [d for d in diagnostics if d.path.startswith("static/")]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_site(tmp_path_factory.mktemp("invisible"), MINIMAL_SITE)


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(NAME, min_size=1, max_size=4, unique=True), in_folder=st.booleans())
@example(names=["report\u202egpj.exe"], in_folder=False)
@example(names=["👩\u200d💻", "می\u200cخواهم", "chart\u200b"], in_folder=False)
@example(names=["a\u200d", "\u200dé", "é\u200d\u200dé"], in_folder=True)
@example(names=["\xad"], in_folder=False)
@example(names=["a\u3164b", "❤\ufe0f", "1\ufe0f\u20e3", FLAG + "\U000e0067\U000e007f", "a\U000e0067"], in_folder=False)
@example(names=["\u2800", "x\ufe0f", "中\U000e0100"], in_folder=True)
def test_a_name_with_an_invisible_character_is_an_error_and_every_other_is_published(
        site: Path, names: list[str], in_folder: bool) -> None:
    shutil.rmtree(site / "static", ignore_errors=True)
    files = {(f"{name}/file.txt" if in_folder else f"{name}.txt"): name for name in names}
    for rel in files:
        (site / "static" / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / "static" / rel).write_text(rel, encoding="utf-8")
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    bad = {f"static/{name}" if in_folder else f"static/{name}.txt" for name in names if refused(name)}
    errors = about_static(result.diagnostics)
    assert {d.path for d in errors if d.severity == "error"} == bad, errors
    assert all("no one can type it in a link; rename it without it" in d.message for d in errors)
    assert all("\\" in str(d) and not any(c in str(d) for c in SHOWS_NOTHING) for d in errors)  # (\\u200b, \\xad)
    assert result.ok == (not bad)
    if result.ok:
        published = tree_bytes(site / "output")
        assert all(published[rel] == rel.encode() for rel in files)


def test_the_reported_name_is_an_error_naming_it_escaped(tmp_path: Path) -> None:
    root = write_site(tmp_path, dict(MINIMAL_SITE, **{"static/report\u202egpj.exe": "MZ", "static/fine.txt": "x",
                                                      "static/👩\u200d💻.png": "p"}))
    for command in (["check"], ["build"]):
        result = run_cli(command, cwd=root)
        assert result.returncode == 1, result.stderr
        assert ("static/report\\u202egpj.exe: the name holds a right-to-left override (U+202E): it is invisible and "
                "changes the order in which the rest of the name is shown") in result.stderr, result.stderr
        assert "\u202e" not in result.stderr and "💻" not in result.stderr
    assert not (root / "output").exists()
    (root / "static" / "report\u202egpj.exe").rename(root / "static" / "report.exe")
    assert run_cli(["build"], cwd=root).returncode == 0
    assert {"report.exe", "fine.txt", "👩\u200d💻.png"} <= set(tree_bytes(root / "output"))
