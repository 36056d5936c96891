"""Accepting an import is not editing it: `fetch --update` still applies upstream changes.

`briefgen review accept` removes the `draft:` line, so the file's bytes are no longer the
ones fetch wrote, and `--update` took it for an edited file: the upstream change went
beside it as NAME.md.upstream although the editor had changed nothing. Accepting (like
fetch's own `also_in:` edits) now tells the feeds' state that the new bytes are briefgen's
(state.after_edits). A file the editor did edit — before or after accepting — still keeps
their version, with the new one beside it. Real feeds from a loopback server.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.review import decide
from support.feedserver import FeedServer, Reply
from support.importing import articles, config_text, fetch, front, rss
from support.sites import run_cli
from support.examples import examples

DATE = "Tue, 02 May 2023 14:00:00 +0000"
ITEMS = 2
RSS = {"Content-Type": "application/rss+xml"}


def _entry(index: int, version: int) -> dict[str, str]:
    return {"title": f"Envoys meet {index}", "link": f"https://o.example/{index}", "guid": f"g{index}",
            "date": DATE, "html": f"<p>Item {index}, version {version}.</p>"}


def _serve(server: FeedServer, versions: list[int], syndicated: set[int]) -> tuple[str, str]:
    own = server.script("/own", Reply(200, rss("Own Outlet", [_entry(i, v) for i, v in enumerate(versions)]), RSS))
    other = server.script("/other", Reply(200, rss("Other Outlet", [
        dict(_entry(i, 0), guid=f"other-{i}") for i in sorted(syndicated)]), RSS))
    return own, other


def test_an_accepted_file_takes_the_upstream_change_and_an_edited_one_gets_it_beside(
        site: Callable[..., Path], server: FeedServer) -> None:
    """The reported case, through the CLI: fetch; review accept; a change upstream; fetch --update."""
    versions = [0, 0]
    own, _ = _serve(server, versions, set())
    root = site({"url": own, "draft": True})
    assert fetch(root).returncode == 0
    accepted = run_cli(["review", "accept", "envoys-meet-0", "envoys-meet-1"], root)
    assert accepted.returncode == 0, accepted.stderr
    _serve(server, [1, 1], set())
    updated = fetch(root, "--update")
    assert updated.returncode == 0, updated.stderr
    assert "2 items changed upstream (`updated=` above): 2 files rewritten" in updated.stdout, updated.stdout
    folder = root / "content" / "articles"
    assert sorted(p.name for p in folder.iterdir()) == ["envoys-meet-0.md", "envoys-meet-1.md"]
    for index in range(ITEMS):
        text = (folder / f"envoys-meet-{index}.md").read_text(encoding="utf-8")
        assert f"Item {index}, version 1." in text and "draft" not in text
    edited = folder / "envoys-meet-1.md"  # now the editor edits one of them: that one is theirs
    edited.write_text(edited.read_text(encoding="utf-8") + "<p>Editor's note.</p>\n", encoding="utf-8")
    _serve(server, [2, 2], set())
    again = fetch(root, "--update")
    assert "1 file rewritten with the new version; 1 edited file got it beside it" in again.stdout, again.stdout
    assert "Item 0, version 2." in (folder / "envoys-meet-0.md").read_text(encoding="utf-8")
    assert "Editor's note." in edited.read_text(encoding="utf-8")
    assert "Item 1, version 2." in (folder / "envoys-meet-1.md.upstream").read_text(encoding="utf-8")


OPS = st.lists(st.tuples(st.sampled_from(["upstream", "syndicate", "accept", "reject", "edit", "fetch", "update"]),
                         st.integers(0, ITEMS - 1)), max_size=10)


@settings(max_examples=examples(30), deadline=None,  # one server for every example: each is rescripted
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ops=OPS)
@example(ops=[("accept", 0), ("upstream", 0), ("update", 0)])  # the report
@example(ops=[("edit", 0), ("accept", 0), ("upstream", 0), ("update", 0)])  # edited before accepting
@example(ops=[("accept", 0), ("edit", 0), ("upstream", 0), ("update", 0)])  # edited after accepting
@example(ops=[("syndicate", 0), ("fetch", 0), ("accept", 0), ("upstream", 0), ("update", 0)])  # also_in, then accept
@example(ops=[("accept", 0), ("syndicate", 0), ("fetch", 0), ("upstream", 0), ("update", 0)])  # accept, then also_in
def test_an_editors_edit_is_never_overwritten_and_an_unedited_import_always_updates(
        server: FeedServer, ops: list[tuple[str, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        versions, syndicated = [0] * ITEMS, set[int]()
        own, other = _serve(server, versions, syndicated)
        (root / "config.yaml").write_text(config_text({"url": own, "draft": True}, other), encoding="utf-8")
        folder = root / "content" / "articles"
        assert fetch_feeds(root / "config.yaml", FetchOptions(jobs=1)).ok
        # The model: per item, whether its file exists (not rejected), is a draft, was edited
        # (the editor's lines in it), and the version of the upstream text its file holds.
        exists, draft = [True] * ITEMS, [True] * ITEMS
        notes: list[list[str]] = [[] for _ in range(ITEMS)]
        in_file = [0] * ITEMS
        for step, (op, i) in enumerate(ops):
            path = folder / f"envoys-meet-{i}.md"
            if op == "upstream":
                versions[i] += 1
                _serve(server, versions, syndicated)
            elif op == "syndicate":
                syndicated.add(i)
                _serve(server, versions, syndicated)
            elif op in ("accept", "reject") and exists[i] and draft[i]:
                done, problems = decide(root, op, (path.stem,), False)
                if op == "reject" and notes[i]:  # an edited pending import is kept, an error saying how to reject it
                    assert not done and [p for p in problems if "edited since" in p.message], problems
                else:
                    assert done and not problems, problems
                    draft[i], exists[i] = False, op == "accept"
            elif op == "edit" and exists[i]:
                note = f"<p>Editor's note {step}.</p>"
                path.write_text(path.read_text(encoding="utf-8") + note + "\n", encoding="utf-8")
                notes[i].append(note)
            elif op in ("fetch", "update"):
                result = fetch_feeds(root / "config.yaml", FetchOptions(update=op == "update", jobs=1))
                assert result.ok, result.diagnostics
                if op == "update":
                    for k in range(ITEMS):
                        if exists[k] and not notes[k]:
                            in_file[k] = versions[k]
            for k in range(ITEMS):
                mine = folder / f"envoys-meet-{k}.md"
                beside = mine.with_name(mine.name + ".upstream")
                assert mine.exists() == exists[k], (k, ops[:step + 1])
                if not exists[k]:  # rejected in review: never imported again
                    continue
                text = mine.read_text(encoding="utf-8")
                assert f"Item {k}, version {in_file[k]}." in text, (k, ops[:step + 1], text)
                assert all(note in text for note in notes[k]), (k, ops[:step + 1], text)  # never overwritten
                assert (front(mine).get("draft") is True) == draft[k], (k, ops[:step + 1])
                if not notes[k]:  # unedited: never taken for an edited file
                    assert not beside.exists(), (k, ops[:step + 1])
                elif op == "update" and versions[k] != in_file[k]:  # edited: the new version beside it
                    assert f"Item {k}, version {versions[k]}." in beside.read_text(encoding="utf-8"), ops[:step + 1]
        assert sorted(articles(root)) == [f"envoys-meet-{k}.md" for k in range(ITEMS) if exists[k]]
