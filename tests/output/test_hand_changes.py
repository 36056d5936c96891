"""What is changed in `output/` by hand leaves it at the next build's swap, named by that build, once (output/strays.py).

A tester, 2026-12-05: an `output/CNAME` vanished from output/ without a word and was named one build later; a
page edited in place was called "not made by briefgen" a build after it was restored; and a page edited in place
whose article was then deleted came back into output/ with the swap. These drive `OutputTree` as publish.py does,
on real folders: after every build the output holds exactly the new site, and each change made by hand is named
by the build whose swap takes it out (or puts briefgen's file back), never again."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site
from test_commit import SITE as FILES, Site, expected, tree

from briefgen.gone import gone_addresses
from briefgen.output.commit import OutputTree, content_hash
from briefgen.output.record import DIGEST
from briefgen.outputchecks import start_checks

# (pages whose address is a promise, gone.py: one the last build published and this one does not is named, whatever
# was done to its file by hand — a tester, 2026-12-05: a page edited or touched whose article was deleted was not)
PROMISED = {"articles/a/index.html": b"<h1>A</h1>", "stories/s/index.html": b"<a href='../../articles/a/'>a</a>",
            "topics/t/index.html": b"<h1>T</h1>", "topics/t/feed.xml": b"<rss/>", "sources/o/index.html": b"<h1>O</h1>"}
SITE: Site = {**FILES, **PROMISED}

EDITS = ("append", "touch", "folder", "link", "pipe", "remove")  # (on a file briefgen wrote)
NEW = ("extra.html", "assets/extra.css", "new/a/b.html", "old/deep/x.html", "CNAME", ".nojekyll",
       "..briefgen.CNAME", "..briefgen.d/f")  # (named like a commit's temporary marker: a tester, 2026-12-05)


def commit(out: Path, state: Path, site: Site, gone: list[str] | None = None, forked: bool = False) -> OutputTree:
    """One build of `site` as publish() does it; the tree, to read what it found. `gone`: given the addresses
    `gone.gone_addresses` names, from what the last build published, as publish() does before the swap. `forked`:
    both trees checked by a forked child, as a build of a big site does while it plans (outputchecks.start_checks),
    else by `stage` here."""
    output = OutputTree(out, state)
    if forked:
        output.take_checks(start_checks(out, state, jobs=2, min_record=0)())
    staging = output.stage()
    if gone is not None:
        gone += [d.path for d in gone_addresses(out, out.resolve(), output.published, set(site))]
    for path, data in sorted(site.items()):
        content = data if isinstance(data, bytes) else data.read_bytes()
        if path in output.live and output.live[path][DIGEST] == content_hash(content):
            staging.keep(path)
        else:
            staging.written(path, staging.write(path, content))
    output.commit(staging, set(site))
    assert output.save_record() is None
    return output


def named(output: OutputTree, out: Path) -> set[str]:
    """What a build names (publish.py): entries taken out, files changed, entries of the spare nobody was told of."""
    return ({Path(full).relative_to(out).as_posix() for full in output.strays.added} | set(output.strays.edited)
            | set(output.removed))


def _by_hand(out: Path, path: str, how: str) -> str | None:
    """Change `path` in the live output; the entry a build should name for it (None: nothing to name)."""
    full = out / path
    if how == "append":
        with open(full, "ab") as handle:  # (in place: the spare shares the file by a hard link)
            handle.write(b"<!-- by hand -->")
        return path
    if how == "touch":  # (the same bytes: no edit to name, but no longer the file briefgen wrote)
        os.utime(full, ns=(1, 1))
        return None
    if how == "remove":
        full.unlink()
        return None
    full.unlink()
    if how == "pipe":  # (a page the warnings read: never waited on)
        os.mkfifo(full)
    elif how == "folder":
        full.mkdir()
        (full / "inside.html").write_bytes(b"by hand")
    else:
        full.symlink_to(out / "feed.xml")
    return path


def _added(out: Path, path: str) -> str | None:
    parts = path.split("/")
    for n in range(1, len(parts) + 1):  # (the outermost entry no build made)
        if not (out / "/".join(parts[:n])).exists():
            (out / path).parent.mkdir(parents=True, exist_ok=True)
            (out / path).write_bytes(b"by hand")
            return "/".join(parts[:n])
    return None  # (a path briefgen wrote: an edit, drawn apart)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.dictionaries(st.sampled_from(sorted(SITE)), st.sampled_from(EDITS), max_size=3),
       added=st.sets(st.sampled_from(NEW), max_size=3), dropped=st.sets(st.sampled_from(sorted(SITE)), max_size=2))
@example(edits={"old/deep/gone.html": "append"}, added={"CNAME"}, dropped={"old/deep/gone.html"})  # (the trial)
@example(edits={"articles/a/index.html": "touch", "topics/t/index.html": "append", "sources/o/index.html": "remove"},
         added=set(), dropped={"articles/a/index.html", "topics/t/index.html", "sources/o/index.html"})  # (a tester)
@pytest.mark.parametrize("forked", [False, True], ids=["checked-here", "checked-in-a-child"])
def test_a_change_by_hand_leaves_at_the_next_swap_and_is_named_once(tmp_path_factory: pytest.TempPathFactory,
                                                                    forked: bool, edits: dict[str, str],
                                                                    added: set[str], dropped: set[str]) -> None:
    base = tmp_path_factory.mktemp("hand")
    out, state = base / "output", base / "state"
    commit(out, state, SITE, forked=forked)
    commit(out, state, {**SITE, "index.html": b"v2"}, forked=forked)  # (from here on the spare is trusted, shares files)
    said = {_by_hand(out, path, how) for path, how in sorted(edits.items())} | {_added(out, path) for path in added}
    said.discard(None)
    site = {path: data for path, data in SITE.items() if path not in dropped} | {"index.html": b"v3"}
    gone: list[str] = []
    assert named(commit(out, state, site, gone, forked), out) == said
    assert sorted(gone) == sorted(path[:-len("/index.html")] for path in dropped if path.endswith("/index.html")
                                  and path in PROMISED)
    assert tree(out) == expected(site)
    for version in (b"v4", b"v5", b"v6"):  # (both trees swapped in again: nothing more is said, nothing comes back)
        site = {**site, "index.html": version}
        gone = []
        assert named(commit(out, state, site, gone, forked), out) == set() and gone == []
        assert tree(out) == expected(site)
        assert not [p for p in out.rglob("*") if p.is_symlink()]


def test_the_build_names_what_it_takes_out_of_the_output(tmp_path: Path) -> None:
    """The CLI: an added CNAME and a page edited in place are named by the build that takes them out or writes the
    page again, in words that say what happened, and by no build after; a deleted article's edited page is gone."""
    files = dict(MINIMAL_SITE)
    files["content/articles/second.md"] = files["content/articles/first-report.md"].replace(
        "Envoys meet", "Second envoys meet").replace("geneva-ceasefire", "second")
    files["content/articles/third.md"] = files["content/articles/first-report.md"].replace(
        "Envoys meet", "Third envoys meet").replace("geneva-ceasefire", "third")
    files["static/keybase.txt"] = "proof\n"
    root = write_site(tmp_path / "site", files)
    note = root / "content/notes/why-it-matters.md"
    assert run_cli(["build"], root).returncode == 0
    note.write_text(note.read_text() + "\nMore.\n")
    assert run_cli(["build"], root).returncode == 0
    with open(root / "output/articles/second/index.html", "a") as handle:
        handle.write("<!-- by hand -->")
    with open(root / "output/index.html", "a") as handle:
        handle.write("<!-- by hand -->")
    (root / "output/CNAME").write_text("briefing.example.org\n")
    os.utime(root / "output/articles/third/index.html", ns=(1, 1))  # (touched: the same bytes)
    (root / "content/articles/second.md").unlink()
    (root / "content/articles/third.md").unlink()
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    assert "output/CNAME: warning: was not made by briefgen" in done.stderr and "has left the output" in done.stderr
    assert "output/index.html: warning: was changed after briefgen wrote it" in done.stderr
    assert "this build wrote briefgen's own again" in done.stderr
    assert "output/articles/second/index.html: warning: was changed after briefgen wrote it" in done.stderr
    for slug in ("second", "third"):  # (edited or touched by hand, its article deleted: the address is named)
        assert f"output/articles/{slug}: warning: the last build published this page" in done.stderr, done.stderr
    assert not (root / "output/CNAME").exists() and not (root / "output/articles/second").exists()
    assert "by hand" not in (root / "output/index.html").read_text()
    for n in range(2):
        note.write_text(note.read_text() + f"\nMore {n}.\n")
        again = run_cli(["build"], root)
        assert again.returncode == 0 and "warning" not in again.stderr, again.stderr
        assert not (root / "output/articles/second").exists()
    with open(root / "output/keybase.txt", "a") as handle:  # (its source deleted, nothing else changed: it went on
        handle.write("by hand\n")  # being published, "nothing changed")
    (root / "static/keybase.txt").unlink()
    done = run_cli(["build"], root)
    assert "output/keybase.txt: warning: was changed after briefgen wrote it" in done.stderr, done.stderr
    assert not (root / "output/keybase.txt").exists()
