"""An edit of `language:` re-reads the text: German and French quote frames and credits apply by the text's
language (the article's `language:`, else config.yaml's), so the per-article analyses' memo keys hold it.

The German trial briefing (tests/sites/langtrial-de) is built as the command line builds it (the cache on
disk) and as `serve` does (one long-lived Memo) after each edit, and must equal a cold build of the same
inputs, while the edit changes what is published (the People pages: a German "„…“, sagte Borne" has no
speaker when the text is read as English).
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from briefgen.build import BuildOptions, build
from briefgen.speed.memo import Memo
from support.trees import tree_bytes

SITE = Path(__file__).parent.parent / "sites" / "langtrial-de"
ARTICLE = "content/articles/scholz-borne-energiepreise.md"
BUILD_TIME = dt.datetime.fromtimestamp(1_700_000_000, dt.timezone.utc)


def _options(**more: object) -> BuildOptions:
    return BuildOptions(jobs=1, build_time=BUILD_TIME, lock_wait=0, **more)  # type: ignore[arg-type]


def _edit(root: Path, path: str, old: str, new: str) -> None:
    file = root / path
    text = file.read_text(encoding="utf-8")
    assert old in text, (path, old)
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edit_of_language_re_attributes_as_a_cold_build_does(tmp_path: Path) -> None:
    cli, serve = tmp_path / "cli", tmp_path / "serve"
    for root in (cli, serve):
        shutil.copytree(SITE, root)
    memo, served = Memo(), tmp_path / "served"
    edits = [
        (ARTICLE, "source: Tagesschau\n", "source: Tagesschau\nlanguage: en\n"),  # this article read as English
        (ARTICLE, "language: en\n", "language: de-DE\n"),  # German again, written as a region's tag
        ("config.yaml", "language: de\n", "language: en\n"),  # the whole briefing read as English
        ("config.yaml", "language: en\n", "language: fr\n"),  # as French (German text: other frames)
        ("config.yaml", "language: fr\n", "language: de\n"),
    ]
    before = None
    for step, (path, old, new) in enumerate([(None, "", ""), *edits]):
        if path is not None:
            for root in (cli, serve):
                _edit(root, path, old, new)
        built = build(cli / "config.yaml", _options())
        kept = build(serve / "config.yaml", _options(output_dir=served, command="briefgen serve"), memo)
        cold_root = tmp_path / f"cold-{step}"
        shutil.copytree(cli, cold_root, ignore=shutil.ignore_patterns("output", ".briefgen-cache"))
        cold = build(cold_root / "config.yaml", _options())
        assert built.ok and kept.ok and cold.ok, [str(d) for d in cold.diagnostics]
        want = tree_bytes(cold.output_dir)
        for name, result in (("cli", built), ("serve", kept)):
            got = tree_bytes(result.output_dir)
            differ = sorted(p for p in set(got) | set(want) if got.get(p) != want.get(p))
            assert not differ, f"{name} differs from a cold build after edit {step} ({new!r}): {differ[:8]}"
        people = {p: b for p, b in want.items() if p.startswith("people/")}
        if before is not None:
            assert people != before, f"edit {step} ({new!r}) changed no People page"
        before = people
        shutil.rmtree(cold_root)
