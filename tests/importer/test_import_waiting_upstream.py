"""An upstream correction parked beside an edited article is said by every command until the editor resolves it.

A tester, 2026-12-05 (T10 finding 7): the Evening Courier corrected "kills" to "injures" and added a "Correction:"
paragraph; the editor had edited the article, so `fetch --update` wrote `crane-…-kills-worker.md.upstream` with one
warning — and `check`, `check -v`, `build`, `fetch`, `feeds` and the serve panel never mentioned it again. Now each
of them says, at the edited file's first differing line, that the feed's version waits, what differs (fields,
paragraphs only there, only here) and how to resolve it, until the `.upstream` file is gone (load/upstreamfiles.py;
the serve panel shows the build's warnings, and the watcher now rebuilds when such a file comes or goes).
"""
from __future__ import annotations

import re

import time
import urllib.request
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.upstreamfiles import waiting_upstream
from briefgen.preview.command import Preview
from briefgen.preview.watch import is_watched
from support import madeup
from support.examples import examples
from support.importing import config_text, fetch, rss
from support.previews import serving
from support.sites import MINIMAL_SITE, run_cli, write_site

NAME = "crane-collapse-at-berth-9-kills-worker.md"
PATH = f"content/articles/{NAME}"
BODY = ("<p>A crane toppled at Karvenholm's Berth 9 on Monday afternoon in strong winds.</p>"
        "<p>“It folded like paper,” said Pavel Draxe, a docker who saw the collapse.</p>")
CORRECTION = "<p>Correction: an earlier version of this article said the worker had died. He was injured.</p>"


def _feed(root: Path, title: str, body: str) -> None:
    (root / "feed.xml").write_text(rss("Evening Courier", [{
        "title": title, "link": "https://eveningcourier.example/local/ec-berth9-crane", "guid": "ec-berth9-crane",
        "date": "Mon, 16 Nov 2026 16:20:00 +0000", "html": body}]), encoding="utf-8")


def _says_it_waits(output: str) -> bool:
    return (f"{PATH}:" in output and f"waits in {NAME}.upstream" in output and "Correction: an earlier" in output
            and f"delete {NAME}.upstream" in output)


def test_the_testers_correction_is_said_by_every_command_until_it_is_resolved(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {"config.yaml": config_text("feed.xml")})
    _feed(root, "Crane collapse at Berth 9 kills worker", BODY)
    assert fetch(root).returncode == 0
    article = root / PATH
    article.write_text(article.read_text(encoding="utf-8").replace(
        "</p><p>“It", "</p><p>[Editor: the hospital says he is stable.]</p><p>“It"), encoding="utf-8")
    _feed(root, "Crane collapse at Berth 9 injures worker", BODY + CORRECTION)
    updated = fetch(root, "--update")
    said = updated.stdout + updated.stderr
    warned = [line for line in said.splitlines() if "warning:" in line and f"{NAME}.upstream" in line]
    assert (root / (PATH + ".upstream")).is_file() and len(warned) == 1, said  # one warning, not two (the summary
    # line also names the file since UX1, 2026-12-07)
    for command in (["check"], ["check", "-v"], ["build"], ["build"], ["fetch"], ["feeds"]):
        done = run_cli(command, root) if command[0] != "fetch" else fetch(root)
        output = done.stdout + done.stderr
        assert done.returncode == 0 and _says_it_waits(output), (command, output)
        assert "title: “Crane collapse at Berth 9 injures worker” there" in output, output
    (root / (PATH + ".upstream")).unlink()  # merged by hand and deleted
    for command in (["check"], ["build"], ["fetch"], ["feeds"]):
        done = run_cli(command, root) if command[0] != "fetch" else fetch(root)
        assert ".upstream" not in done.stdout + done.stderr, (command, done.stdout + done.stderr)


def test_the_preview_rebuilds_when_a_correction_comes_or_goes() -> None:
    assert is_watched(f"content/articles/{NAME}.upstream") and is_watched(f"content/articles/2026/{NAME}.upstream")
    assert not is_watched(f"content/articles/{NAME}~") and not is_watched("content/notes/x.md.upstream")


def _panel_says(preview: Preview, waits: bool) -> bool:
    """Whether the served panel comes to say (or stop saying) that the correction waits, within 20 s."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        page = urllib.request.urlopen(preview.url, timeout=10).read().decode("utf-8")  # (waits for a build)
        if ("not merged yet" in page and f"waits in {NAME}.upstream" in page) == waits:
            return True
        time.sleep(0.2)
    return False


def test_the_serve_panel_says_it_waits_until_the_file_is_gone(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, PATH: _article("Crane collapse", ["A crane toppled"], "S"),
                                          PATH + ".upstream": _article("Crane collapse", ["A crane fell"], "S")})
    with serving(root / "config.yaml") as preview:
        assert _panel_says(preview, True)
        (root / (PATH + ".upstream")).unlink()
        assert _panel_says(preview, False)
        (root / (PATH + ".upstream")).write_text(_article("Crane collapse", ["Correction"], "S"), encoding="utf-8")
        assert _panel_says(preview, True)


WORDS = st.lists(madeup.word, min_size=2, max_size=6).map(" ".join)
PARAGRAPHS = st.lists(WORDS, min_size=1, max_size=5, unique=True)


def _article(title: str, paragraphs: list[str], author: str) -> str:
    return (f"---\ntitle: {title}\nsource: Evening Courier\npublished: 2026-11-16\nauthor: {author}\nguid: g1\n---\n<div>\n"
            + "".join(f"<p>{p}.</p>" for p in paragraphs) + "\n</div>\n")


@settings(max_examples=examples(60), deadline=None)
@given(title=WORDS, edited_title=st.none() | WORDS, ours=PARAGRAPHS, added=PARAGRAPHS, dropped=st.integers(0, 2),
       author=WORDS, new_author=st.none() | WORDS)
@example(title="Crane collapse kills worker", edited_title="Crane collapse injures mechanic",
         ours=["A crane toppled", "Editor note"], added=["Correction an earlier version"], dropped=0, author="Staff",
         new_author=None)
def test_the_reminder_names_what_differs_at_the_first_line_that_does(
        tmp_path_factory, title: str, edited_title: str | None, ours: list[str], added: list[str], dropped: int,
        author: str, new_author: str | None) -> None:
    """Whatever the editor and the feed changed, the reminder names each differing field with the feed's value,
    the paragraphs only the feed's version has (their count, the first one's start) and those only the editor's
    has, and points at the editor's file's first differing line; none when the two say the same."""
    theirs = [p for p in ours[dropped:] if p not in added] + [p for p in added if p not in ours]
    root = tmp_path_factory.mktemp("site")
    mine = _article(edited_title or title, ours, author)
    upstream = _article(title, theirs, new_author or author)
    write_site(root, {PATH: mine, PATH + ".upstream": upstream})
    said = waiting_upstream(root, PATH + ".upstream")
    assert said.path == PATH and said.severity == "warning"
    first = next((k for k, (a, b) in enumerate(zip(mine.splitlines(), upstream.splitlines())) if a != b), None)
    assert said.line == (first + 1 if first is not None else said.line)
    assert (f"title: “{title}” there" in said.message) == (edited_title is not None and edited_title != title)
    assert (f"author: “{new_author}” there" in said.message) == (new_author is not None and new_author != author)
    only_there = [p for p in theirs if p not in ours]
    only_here = [p for p in ours if p not in theirs]
    if only_there:
        count = f"{len(only_there)} paragraph{'s' if len(only_there) != 1 else ''} only there"
        assert count in said.message and only_there[0].split(" ")[-1] in said.message, said.message
    if only_here:
        assert f"{len(only_here)} paragraph{'s' if len(only_here) != 1 else ''} only here" in said.message
    for side, own in (("there", only_there), ("here", only_here)):  # up to three quoted each, then how many more (T28)
        if own:
            quoted = re.search(rf"only {side}: (.*?)(?:; \d+ paragraphs? only here|\); merge)", said.message).group(1)
            assert quoted.count("“") == min(len(own), 3), said.message
            assert (f" and {len(own) - 3} more" in quoted) == (len(own) > 3), said.message
    if only_there and only_here:  # two different paragraphs are never quoted alike (T14, 2026-12-06)
        there = re.search("only there: “(.*?)”", said.message).group(1)
        assert there != re.search("only here: “(.*?)”", said.message).group(1), said.message
    if mine == upstream:
        assert "no difference left" in said.message
    assert f"delete {NAME}.upstream" in said.message and f"`mv {PATH}.upstream {PATH}`" in said.message


def test_a_correction_whose_article_is_gone_says_so_at_itself(tmp_path: Path) -> None:
    write_site(tmp_path, {PATH + ".upstream": _article("Crane collapse", ["A crane toppled"], "Staff")})
    said = waiting_upstream(tmp_path, PATH + ".upstream")
    assert said.path == PATH + ".upstream" and "that file is gone" in said.message and f"rename this file to {PATH}" \
        in said.message


def test_a_paragraph_added_beside_an_upstream_change_is_quoted_too(tmp_path: Path) -> None:
    """T28 (2026-12-07): the editor added a paragraph and the feed changed the first; "2 paragraphs only here" quoted
    only the changed one, so the added "Editor's note" was named nowhere."""
    write_site(tmp_path, {PATH: _article("Raid", ["Inspectors raided the headquarters over faked crash data",
                                                   "Editor's note: the maker disputes the figures"], "Staff"),
                          PATH + ".upstream": _article("Raid", ["Inspectors raided the headquarters over faked crash "
                                                                "and emissions data"], "Staff")})
    said = waiting_upstream(tmp_path, PATH + ".upstream")
    assert "2 paragraphs only here: “" in said.message and "“Editor's note: the maker disputes the figures.”" in \
        said.message, said.message


def test_one_paragraph_edited_in_its_end_is_quoted_where_it_differs(tmp_path: Path) -> None:
    """The reported input: one paragraph edited past its first 60 characters was quoted by the same opening words on
    both sides; now from three words before the first word that differs."""
    opening = "Pharmacists will be able to swap the recalled batches for tablets from unaffected batches"
    write_site(tmp_path, {PATH: _article("Recall", [f"{opening} at no cost, the regulator said"], "Staff"),
                          PATH + ".upstream": _article("Recall", [f"{opening} from Monday, the regulator said"], "Staff")})
    said = waiting_upstream(tmp_path, PATH + ".upstream")
    assert "only there: “… from unaffected batches from Monday, the regulator said.”" in said.message, said.message
    assert "only here: “… from unaffected batches at no cost, the regulator said.”" in said.message, said.message
