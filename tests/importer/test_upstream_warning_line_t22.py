"""`fetch --update` warns of the version it puts beside an edited article at the line `build` and `check` name: the
edited file's first line that differs from it (load/upstreamfiles.first_difference; T22, 2026-12-07: fetch said
`….md:1`, build `….md:9`)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.importing import config_text, fetch, rss
from support.sites import run_cli, write_site

NAME = "crane-collapse-at-berth-9-kills-worker.md"
PATH = f"content/articles/{NAME}"
BODY = ("<p>A crane toppled at Karvenholm's Berth 9 on Monday afternoon in strong winds.</p>"
        "<p>“It folded like paper,” said Pavel Draxe, a docker who saw the collapse.</p>"
        "<p>The port authority closed the berth until Friday.</p>")
CORRECTION = "<p>Correction: an earlier version of this article said the worker had died. He was injured.</p>"
# The editor's edits: a paragraph before the second, a word in the first, a paragraph after the last
EDITS = (("</p><p>“It", "</p><p>[Editor: the hospital says he is stable.]</p><p>“It"),
         ("strong winds", "gale-force winds"),
         ("until Friday.</p>", "until Friday.</p><p>[Editor: Berth 9 reopened on Saturday.]</p>"))


def _feed(root: Path, title: str, body: str) -> None:
    (root / "feed.xml").write_text(rss("Evening Courier", [{
        "title": title, "link": "https://eveningcourier.example/local/ec-berth9-crane", "guid": "ec-berth9-crane",
        "date": "Mon, 16 Nov 2026 16:20:00 +0000", "html": body}]), encoding="utf-8")


def _lines(output: str) -> list[int]:
    return [int(n) for n in re.findall(rf"{re.escape(PATH)}:(\d+): warning: changed upstream", output)]


@pytest.mark.parametrize("edit", EDITS)
@pytest.mark.parametrize("title", ["Crane collapse at Berth 9 kills worker", "Crane collapse at Berth 9 injures worker"])
def test_fetch_and_build_warn_at_one_line(tmp_path: Path, edit: tuple[str, str], title: str) -> None:
    root = write_site(tmp_path / "site", {"config.yaml": config_text("feed.xml")})
    _feed(root, "Crane collapse at Berth 9 kills worker", BODY)
    assert fetch(root).returncode == 0
    article = root / PATH
    text = article.read_text(encoding="utf-8")
    assert edit[0] in text, text
    article.write_text(text.replace(edit[0], edit[1]), encoding="utf-8")
    _feed(root, title, BODY + CORRECTION)
    updated = fetch(root, "--update")
    built = run_cli(["build"], root)
    at_fetch, at_build = _lines(updated.stdout + updated.stderr), _lines(built.stdout + built.stderr)
    assert len(at_fetch) == 1 and at_fetch == at_build, (updated.stdout + updated.stderr, built.stderr)
    mine, theirs = article.read_text(encoding="utf-8").splitlines(), \
        (root / (PATH + ".upstream")).read_text(encoding="utf-8").splitlines()
    assert mine[:at_fetch[0] - 1] == theirs[:at_fetch[0] - 1] and mine[at_fetch[0] - 1] != theirs[at_fetch[0] - 1]
