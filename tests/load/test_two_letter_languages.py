"""A language tag's two-letter primary subtag must be an ISO 639-1 code (load/languagecodes.py
TWO_LETTER_CODES): any other two letters are no language, and the Nu Html Checker rejects the page.

Found in a contract audit (2026-12-03): `language: xx` in config.yaml was taken (the tag's shape
only was checked) and put `<html lang="xx">` on every page, which the checker rejects ("The language
subtag "xx" is not a valid ISO language part of a language tag"); so were an article's `language:
zz-CH` and a body's `<span lang="xx">`.
"""
from __future__ import annotations

import itertools
import string
from pathlib import Path

from hypothesis import example, given, strategies as st

from briefgen.load.htmlattrs import language_tag
from briefgen.load.languagecodes import TWO_LETTER_CODES
from support.htmlcheck import require_vnu, validate_html
from support.sites import MINIMAL_SITE, run_cli, write_site

ALL_TWO = ["".join(pair) for pair in itertools.product(string.ascii_lowercase, repeat=2)]


@given(st.sampled_from(ALL_TWO), st.sampled_from(["", "-CH", "-Latn", "-419", "_BR"]), st.booleans())
@example("xx", "", False)
@example("zz", "-CH", False)
@example("iw", "", True)
def test_two_letters_are_a_language_only_when_iso_639_1_has_them(code: str, rest: str, upper: bool) -> None:
    written = (code.upper() if upper else code) + rest
    assert (language_tag(written) is not None) == (code in TWO_LETTER_CODES), written


def test_every_two_letter_tag_taken_is_one_the_checker_takes(tmp_path: Path) -> None:
    require_vnu()
    pages = []
    for code in ALL_TWO:
        page = tmp_path / f"{code}.html"
        page.write_text(f'<!DOCTYPE html><html lang="{code}"><head><meta charset="utf-8"><title>t</title></head>'
                        "<body><p>x</p></body></html>", encoding="utf-8")
        pages.append(page)
    refused = {Path(error.split(":")[0]).stem for error in validate_html(pages)}
    assert "xx" in refused and "zz" in refused
    assert sorted(code for code in ALL_TWO if language_tag(code) is not None and code in refused) == []


def test_the_reported_config(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {**MINIMAL_SITE, "config.yaml": MINIMAL_SITE["config.yaml"].replace(
        "title: Test Briefing\n", "title: Test Briefing\nlanguage: xx\n")})
    result = run_cli(["build"], cwd=root)
    assert result.returncode == 1 and not (root / "output").exists()
    assert 'config.yaml:2: "language" must be a language tag like en or pt-BR, got "xx"' in result.stderr
