"""`fetch --update` never overwrites an editor's change to a `NAME.md.upstream` file.

An edited article gets the feed's newer version beside it as `NAME.md.upstream` (docs/fetch.md). An editor
merging by hand in that file lost the work to the next upstream change: the file was rewritten silently. Now
fetch records the bytes it wrote there (the feed's state, `Imported.upstream`); a `.upstream` that still holds
them takes the newest version (the documented contract), and one the editor changed is kept byte for byte,
with a warning at it, while the item stays "changed upstream" until the editor deletes it — then the next
`--update` writes the newest version there. Real feed files and `fetch_feeds`, a sequence of upstream versions.
"""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.examples import examples
from support.importing import config_text, rss

NOW = dt.datetime(2023, 5, 10, 12, 0, tzinfo=dt.timezone.utc)
ARTICLE = "content/articles/ceasefire-talks.md"


def _run(root: Path, version: int, update: bool = True) -> list[str]:
    """Fetch version `version` of the feed's one item; the run's diagnostics."""
    (root / "feed.xml").write_text(rss("Outlet", [{"title": "Ceasefire talks", "link": "https://outlet.example/1",
                                                    "guid": "g1", "html": f"<p>Version {version} of the story.</p>"}]),
                                   encoding="utf-8")
    result = fetch_feeds(root / "config.yaml", FetchOptions(update=update, jobs=1, now=NOW))
    assert result.ok, [str(p) for p in result.diagnostics]
    return [str(p) for p in result.diagnostics]


@settings(max_examples=examples(12), deadline=None)
@given(steps=st.lists(st.sampled_from(["upstream", "edit-beside", "delete-beside"]), min_size=1, max_size=6),
       words=st.text("abc xyz\n", min_size=1, max_size=20))
@example(steps=["upstream", "edit-beside", "upstream"], words="merged by hand")  # the reported sequence
def test_an_edited_upstream_file_is_never_overwritten(steps: list[str], words: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "config.yaml").write_text(config_text("feed.xml"), encoding="utf-8")
        _run(root, 0)
        article = root / ARTICLE
        article.write_bytes(article.read_bytes() + b"\nThe editor's own paragraph.\n")  # edited: fetch writes beside
        mine = article.read_bytes()
        beside = root / (ARTICLE + ".upstream")
        version, edited, held = 0, None, False  # the editor's .upstream bytes while there; a version held back
        for step in steps:
            if step == "upstream":
                version += 1
                problems = _run(root, version)
                if edited is not None:
                    assert beside.read_bytes() == edited  # kept, byte for byte
                    assert any(".md.upstream:1: warning: changed upstream again" in p for p in problems), problems
                    held = True
                else:
                    assert f"Version {version} of the story." in beside.read_text(encoding="utf-8")
            elif step == "edit-beside" and beside.exists():
                edited = beside.read_bytes() + f"\n{words}\n".encode()
                beside.write_bytes(edited)
            elif step == "delete-beside" and beside.exists():
                beside.unlink()
                if held:  # the version held back comes at the next --update (the feed unchanged)
                    _run(root, version)
                    assert f"Version {version} of the story." in beside.read_text(encoding="utf-8")
                edited, held = None, False
            assert article.read_bytes() == mine
