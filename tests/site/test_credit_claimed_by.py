"""A story page says whose word "first reported by" is when the credited report is not in the briefing
(site/model.py `StoryEntry.crediting`, story.html; a tester's page, T12, 2026-12-06: "First reported by Financial
Observer." above the Observer's own report, dated after the re-telling that credits it and so called independent:
analyse/roles.py). With the original's report in the briefing, its date is given as before; with a report of the
credited outlet in the story that is not the original (dated after the re-telling), the line does not say the
credited report is missing (a breaker, BR11: a wire's own item, timed by its feed, may be it)."""
from __future__ import annotations

from pathlib import Path

import pytest
from support.sites import MINIMAL_SITE, run_cli, story_credit, write_site

RETELLERS = ("Skimline", "Northern Ledger", "Harbour Post")
ORIGINAL = "Financial Observer"


def _article(outlet: str, published: str, via: str = "") -> str:
    via_line = f"via: {via}\n" if via else ""
    return (f"---\ntitle: Corvane to cut 120 jobs ({outlet})\nsource: {outlet}\npublished: {published}\n{via_line}"
            f"story: corvane-cuts\n---\nCorvane Aerospace will cut 120 jobs at its Brennock plant after the loss of "
            f"the Tern-1 lander.\n")


def _credit(root: Path) -> str:
    return story_credit(root / "output", "corvane-cuts")


@pytest.mark.parametrize("retellers", [1, 2, 3])
@pytest.mark.parametrize("original", ["absent", "before", "after"])
def test_the_credit_line_says_whose_claim_it_is(tmp_path_factory, retellers: int,
                                                original: str) -> None:  # type: ignore[no-untyped-def]
    """1-3 re-tellings `via:` the Observer on 19 March; its own report absent, on 18 March (the original: dated) or on
    20 March (after them: independent, and the credit theirs)."""
    files = {"config.yaml": MINIMAL_SITE["config.yaml"]}
    for n in range(retellers):
        files[f"content/articles/re-{n}.md"] = _article(RETELLERS[n], f"2026-03-19T{8 + n:02d}:00:00+00:00", ORIGINAL)
    if original != "absent":
        day = "2026-03-18" if original == "before" else "2026-03-20"
        files["content/articles/observer.md"] = _article(ORIGINAL, f"{day}T06:00:00+00:00")
    if retellers == 1 and original == "absent":
        files["content/articles/other.md"] = _article("Brennock Gazette", "2026-03-19T12:00:00+00:00")
    root = write_site(tmp_path_factory.mktemp("credit") / "site", files)
    built = run_cli(["build", "--quiet"], root)
    assert built.returncode == 0, built.stderr
    credit = _credit(root)
    if original == "before":
        assert credit == f"First reported by {ORIGINAL}, 18 March 2026.", credit
    elif original == "after":  # (the Observer's report is here, if not as the original: BR11, 2026-12-06)
        names = RETELLERS[:retellers]
        said = names[0] if retellers == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        assert credit == f"First reported by {ORIGINAL}, according to {said}.", credit
    else:
        names = RETELLERS[:retellers]
        said = names[0] if retellers == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        assert credit == (f"First reported by {ORIGINAL}, according to {said}; the report "
                          f"{'it credits' if retellers == 1 else 'they credit'} is not in this briefing."), credit
