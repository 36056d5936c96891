"""The piece-kind rule's reason names the form that held two stories apart (heldapart.KINDS, `PairScore.opinion`): an
opinion piece, a roundup's headline, or a body read as a list of several events' items (T27, 2026-12-07: `check -v`
told "one is an opinion piece or a roundup of several events" for a live blog and a report, neither of them an
opinion piece: the report's body was read as a list of items). Each kind × the other rules; the reported pair on a
built site. Fails on the code before.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import given, strategies as st

from briefgen.analyse.heldapart import HELD_APART, KINDS, held_apart
from briefgen.analyse.similarity import PairScore
from stories.storyeval import group, load_site
from support.madeup import FAST

@FAST
@given(st.lists(st.sampled_from(("", "opinion", "roundup", "listed")), min_size=1, max_size=4), st.booleans())
def test_the_kind_that_applied_is_named(kinds: list[str], named: bool) -> None:
    pairs = [PairScore(0, 1, 0.45, 0.9, 1.0, False, shared_name=named, event_word=True, capped=True, opinion=kind)
             for kind in kinds]
    reasons = held_apart(pairs)
    said = [KINDS[k] for k in dict.fromkeys(kinds) if k]
    assert [r for r in reasons if r in KINDS.values()] == said, reasons
    assert HELD_APART[11][1] not in reasons  # (the old "an opinion piece or a roundup", whichever held)
    assert ("no rare name in common" in reasons) == (not named)


def test_the_reported_pair() -> None:
    """A report whose body is read as a list of items (bodyroundups.py) beside a live blog: the listed form is named."""
    bodies = {
        "live": ("LIVE: Baltic pipeline and cable damage – what we know", "Kaleva Radio News", "2026-11-23T08:30:00+02:00",
                 "**08:30** Good morning. The Balticlink gas pipeline between Inkoo and Paldiski lost pressure overnight.\n\n"
                 "**09:10** The operator Nordfiber says its EstFin 3 data cable to Tallinn is down.\n\n"
                 "**11:20** The Finnish coast guard says a patrol vessel is on its way to the Gulf of Finland."),
        "report": ("Cables and pipeline cut in Baltic, Sweden on alert", "Stockholms Dagblad", "2026-11-23T13:40:00+01:00",
                   "A gas pipeline and two telecom cables on the floor of the Gulf of Finland were damaged on Monday "
                   "morning, Finnish and Estonian operators said.\n\nSweden's government met in the afternoon. »We are "
                   "following this closely together with our Finnish friends,« Prime Minister Ulf Kristersson told "
                   "reporters at Rosenbad.\n\nSwedish Navy spokesman Jimmie Adamsson said two Swedish ships were in the "
                   "area. Kristersson added that Sweden would \"offer every help that is asked for\"."),
    }
    root = Path(tempfile.mkdtemp())
    try:
        (root / "content/articles").mkdir(parents=True)
        (root / "config.yaml").write_text("title: T\ntopics:\n  - id: c\n    title: C\nsources:\n"
                                          "  - name: Kaleva Radio News\n  - name: Stockholms Dagblad\n")
        for slug, (title, source, when, body) in bodies.items():
            (root / f"content/articles/{slug}.md").write_text(
                f"---\ntitle: \"{title}\"\nsource: {source}\npublished: {when}\n---\n{body}\n")
        grouping = group(load_site(root))
    finally:
        shutil.rmtree(root)
    reasons = [r for s in grouping.suggestions for r in s.held_apart]
    assert not any("opinion piece" in r for r in reasons), reasons
    assert KINDS["listed"] in reasons, reasons
