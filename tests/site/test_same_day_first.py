"""A story page claims who reported first only when the briefing can tell (a trial, 2026-12-04: three reports dated
11 March without a time, and the page said "First reported here by Calderbridge Echo", the one listed first).
Reports sharing the lead's date, one of them without a time, are named together: "Reported the same day, …, by A,
B and C: which came first is not known." (site/model.py `StoryEntry.same_day_first`)."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, story_credit, write_site

OUTLETS = ("Calderbridge Echo", "Valley Radio", "Northfold Standard")


def _article(outlet: str, published: str) -> str:
    return (f"---\ntitle: Council backs the closure plan ({outlet})\nsource: {outlet}\npublished: {published}\n"
            f"story: closure-plan\n---\nThe council backed the plan to close three primary schools, {outlet} "
            f"reported.\n")


def _credit(root: Path) -> str:
    return story_credit(root / "output", "closure-plan")


@settings(max_examples=examples(6), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(times=st.lists(st.sampled_from(["", "T08:00:00+00:00", "T17:30:00+00:00"]), min_size=3, max_size=3),
       second_day=st.booleans())
def test_first_is_claimed_only_when_the_times_tell(tmp_path_factory, times: list[str],
                                                   second_day: bool) -> None:  # type: ignore[no-untyped-def]
    days = ["2026-03-11", "2026-03-11", "2026-03-12" if second_day else "2026-03-11"]
    files = {"config.yaml": MINIMAL_SITE["config.yaml"]}
    for n, (outlet, day, time) in enumerate(zip(OUTLETS, days, times)):
        files[f"content/articles/plan-{n}.md"] = _article(outlet, day + time)
    root = write_site(tmp_path_factory.mktemp("same") / "site", files)
    built = run_cli(["build", "--quiet"], root)
    assert built.returncode == 0, built.stderr
    credit = _credit(root)
    same_day = [t for d, t in zip(days, times) if d == "2026-03-11"]
    if len(same_day) >= 2 and "" in same_day:
        assert credit.startswith("Reported the same day, 11 March 2026, by ") and "not known" in credit, credit
        named = OUTLETS[:len(same_day)]
        assert all(outlet in credit for outlet in named) and not (second_day and OUTLETS[2] in credit), credit
    else:
        assert credit.startswith("First reported here by "), credit
