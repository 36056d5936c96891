"""`review accept|reject` does all that was asked or nothing, and says which.

A tester (2026-12-05): `review reject a b` with a edited said "nothing was rejected" of a, yet
rejected (deleted) b; `review accept a b nonexistent` accepted none. Both commands now check every
name first — unknown, unreadable, edited (reject), a draft line that cannot be removed (accept) —
and act only when all pass. Checked as a property over mixes of good, edited, unknown and
flow-mapping drafts for both commands (the library's `decide`, on copies of one fetched site),
and once through the CLI with the reported input.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.importing import articles, config_text, fetch, rss
from support.sites import run_cli, write_site

from briefgen.importer.review import decide
from test_import_review import ITEMS

SLUGS = ("opinion-why-talks-fail", "ceasefire-talks-in-geneva", "football-results")
FLOW = ('---\n{title: "Wire report", source: "Wire Outlet", published: 2026-11-07T09:00:00Z, '
        'url: "https://w.example/2", guid: w-2, draft: true}\n---\nOne.\n')


@pytest.fixture(scope="module")
def fetched(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = write_site(tmp_path_factory.mktemp("review") / "site", {
        "config.yaml": config_text("feeds/o.xml", extra="import:\n  draft: true\n"), "feeds/o.xml": rss("O", ITEMS[:3])})
    assert fetch(root).returncode == 0
    assert sorted(p.stem for p in articles(root).values()) == sorted(SLUGS)
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    folder = root / "content"
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def edit(root: Path, slug: str) -> None:
    path = root / "content/articles" / f"{slug}.md"
    path.write_bytes(path.read_bytes() + b"\nMy own paragraph.\n")


@settings(max_examples=examples(25), deadline=None, database=None)
@given(action=st.sampled_from(["accept", "reject"]),
       kinds=st.lists(st.sampled_from(["good", "edited"]), min_size=3, max_size=3),
       named=st.lists(st.booleans(), min_size=3, max_size=3),
       unknown=st.lists(st.sampled_from(["footbal-results", "nonexistent", "opinion"]), max_size=2, unique=True),
       flow=st.booleans())
def test_a_mix_of_names_is_decided_all_or_nothing(fetched: Path, tmp_path_factory: pytest.TempPathFactory,
                                                  action: str, kinds: list[str], named: list[bool],
                                                  unknown: list[str], flow: bool) -> None:
    root = tmp_path_factory.mktemp("mix") / "site"
    shutil.copytree(fetched, root)
    for slug, kind in zip(SLUGS, kinds):
        if kind == "edited":
            edit(root, slug)
    if flow:
        (root / "content/articles/wire-report.md").write_text(FLOW, encoding="utf-8")
    chosen = [s for s, n in zip(SLUGS, named) if n] + (["wire-report"] if flow else []) + unknown
    if not chosen:
        chosen = [SLUGS[0]]
    before = snapshot(root)
    done, problems = decide(root, action, tuple(chosen), False)
    verb = f"{action}ed"
    blocked = bool(unknown) or (action == "accept" and flow) or (
        action == "reject" and any(k == "edited" and s in chosen for s, k in zip(SLUGS, kinds)))
    if blocked:
        assert done == [] and problems, (done, problems)
        assert all(f"nothing was {verb}" in p.message for p in problems), [str(p) for p in problems]
        assert snapshot(root) == before
    else:
        assert not problems, [str(p) for p in problems]
        assert sorted(line.split()[1] for line in done) == sorted(f"content/articles/{s}.md" for s in chosen)
        assert all(line.startswith(verb) for line in done)
        left = {p.stem for p in articles(root).values()}
        assert (left.isdisjoint(chosen) if action == "reject" else set(chosen) <= left)


def test_the_reported_reject_and_accept(fetched: Path, tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(fetched, root)
    edit(root, SLUGS[1])
    before = snapshot(root)
    rejected = run_cli(["review", "reject", SLUGS[1], SLUGS[2]], root)
    assert rejected.returncode == 1 and rejected.stdout == "", rejected.stdout
    assert "edited since `briefgen fetch` imported it" in rejected.stderr and "nothing was rejected" in rejected.stderr
    assert snapshot(root) == before
    accepted = run_cli(["review", "accept", SLUGS[1], SLUGS[2], "nonexistent"], root)
    assert accepted.returncode == 1 and accepted.stdout == "" and "nothing was accepted" in accepted.stderr
    assert snapshot(root) == before
