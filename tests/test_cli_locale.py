"""The command line reads names and arguments as UTF-8 whatever the locale (load/utf8mode.py).

Under `LC_ALL=C PYTHONUTF8=0` (cron, CI containers) Python decoded file names and arguments as ASCII:
`content/articles/café.md` was reported "not valid UTF-8, rename it", and `briefgen new article "Café"` stopped
with an "unexpected error". Now the command starts itself again in Python's UTF-8 mode, so a project in
`Übersicht/` with a file `café.md` checks, builds and takes new files exactly as under a UTF-8 locale. Real
interpreters (the test support starts one for another locale).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

C_LOCALE = {"LC_ALL": "C", "PYTHONUTF8": "0", "LANG": "C"}
NAME = st.text(st.sampled_from("abcéüßçøåñšžłőČŁЖжΩωあ漢字"), min_size=1, max_size=8).filter(lambda s: not s.isascii())


@settings(max_examples=examples(4), deadline=None)
@given(folder=NAME, name=NAME, title=NAME)
@example(folder="Übersicht", name="café", title="Café über alles")  # the reported kind of names
def test_utf8_names_and_arguments_under_the_c_locale(folder: str, name: str, title: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = write_site(Path(tmp) / folder, {**MINIMAL_SITE, f"content/articles/{name}.md": (
            f'---\ntitle: "{title} talks"\nslug: unicode-name\nsource: Example Times\npublished: 2023-05-10\n'
            "---\nÉlan in Genève.\n")})
        checked = run_cli(["check"], root, env=C_LOCALE)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "UTF-8" not in checked.stdout + checked.stderr
        made = run_cli(["new", "note", f"{title} now"], root, env=C_LOCALE)
        assert made.returncode == 0, made.stderr
        (note,) = [p for p in (root / "content" / "notes").glob("*.md") if p.name != "why-it-matters.md"]
        assert f"title: {title} now\n" in note.read_text(encoding="utf-8")
        built = run_cli(["build"], root, env=C_LOCALE)
        assert built.returncode == 0, built.stderr
        assert f"{title} talks" in (root / "output" / "articles" / "unicode-name" / "index.html").read_text(
            encoding="utf-8")
