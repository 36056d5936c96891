"""The feed-state cache is untrusted: whatever paths it names, fetch writes only inside content/articles/."""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.importing import config_text, fetch, rss
from support.sites import write_site
from support.examples import examples

from briefgen.importer.fetch import FetchOptions, fetch_feeds

ITEM = {"title": "Talks resume", "link": "https://ex.org/talks", "guid": "urn:talks"}
VICTIM = b"---\ntitle: Victim\n---\nNot fetch's to write.\n"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def tamper(root: Path, path: str, victim: Path) -> None:
    """Point every item of the feed's state at `path`, with the victim's hash as 'what fetch wrote'."""
    for state_file in (root / ".briefgen-cache/feeds").glob("*.json"):
        data = json.loads(state_file.read_text(encoding="utf-8"))
        for key, (_, kept, _, *rest) in data["items"].items():  # (rest: upstream, aliases, link)
            data["items"][key] = [path, kept, hashlib.sha256(victim.read_bytes()).hexdigest(), *rest]
        state_file.write_text(json.dumps(data), encoding="utf-8")


def test_the_reported_tampered_state_writes_nothing_outside(site: Callable[..., Path], tmp_path: Path) -> None:
    outside = tmp_path / "x"
    outside.mkdir()
    victim = outside / "victim.md"
    victim.write_bytes(VICTIM)
    root = site({"url": "feeds/f.xml", "source": "Wire"}, files={"feeds/f.xml": rss("Wire", [ITEM])})
    fetch(root)
    tamper(root, os.path.relpath(victim, root), victim)
    (root / "feeds/f.xml").write_text(rss("Wire", [dict(ITEM, title="Talks resume in Geneva")]))
    result = fetch(root, "--update", "-v")
    assert result.returncode == 0, result.stderr
    assert snapshot(outside) == {"victim.md": VICTIM}
    # the damaged record was dropped: the item's file (found by its guid) is what counts now
    assert (root / "content/articles/talks-resume.md").is_file() and "Traceback" not in result.stderr


parts = st.sampled_from(["..", ".", "", "content", "articles", "x", "victim.md", "out.md", "outdir", "a\0b.md",
                         "..\\..\\x\\victim.md", "content\\articles\\..\\..\\x", "~", ".hidden.md", "ok.md"])
hostile_paths = st.one_of(
    st.lists(parts, min_size=1, max_size=7).map("/".join),
    st.lists(parts, min_size=1, max_size=5).map(lambda p: "content/articles/" + "/".join(p)),
    st.sampled_from(["ABSOLUTE", "content/articles/out.md", "content/articles/outdir/victim.md",
                     "content/articles/../../x/victim.md", "content/articles/\0.md", "/etc/passwd"]),
    st.text(max_size=30))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("state-paths")


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=hostile_paths)
def test_no_state_path_makes_fetch_write_outside_the_articles(workdir: Path, path: str) -> None:
    case = workdir / f"case{len(list(workdir.iterdir()))}"
    outside, root = case / "x", case / "site"
    outside.mkdir(parents=True)
    victim = outside / "victim.md"
    victim.write_bytes(VICTIM)
    write_site(root, {"config.yaml": config_text({"url": "feeds/f.xml", "source": "Wire"}),
                      "feeds/f.xml": rss("Wire", [ITEM])})
    assert fetch_feeds(root / "config.yaml", FetchOptions(jobs=1)).written == 1
    articles = root / "content/articles"
    (articles / "out.md").symlink_to(victim)  # symlinks out of the folder, as an attacker would leave them
    (articles / "outdir").symlink_to(outside, target_is_directory=True)
    tamper(root, str(victim) if path == "ABSOLUTE" else path, victim)
    (root / "feeds/f.xml").write_text(rss("Wire", [dict(ITEM, title="Talks resume in Geneva")]))
    before = snapshot(outside)
    result = fetch_feeds(root / "config.yaml", FetchOptions(update=True, jobs=1))
    assert result.config_ok
    assert snapshot(outside) == before
    assert sorted(p.name for p in outside.iterdir()) == ["victim.md"]
