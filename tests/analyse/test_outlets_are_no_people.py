"""Part of an outlet's name is no person (analyse/people.find_people).

A trial of a cycling briefing (tests/stories/doping/) published a People page "La Gazzetta",
"Person, named in 2 articles": the articles credit La Gazzetta dello Sport, a source of the site.
Names are runs of capitalised words that stop at lower-case words other than a few particles
("dello" is not one), at digits and at full stops, so "La Gazzetta dello Sport", "Il Sole 24 Ore"
and "Folha de S.Paulo" gave "La Gazzetta", "Il Sole" and "Folha de S"; only a found name equal to
an outlet's name was kept off the People pages.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.people import find_people
from support.sites import run_cli
from support.examples import examples
from test_outlet_names_of_the_world import CAPITALS, LOWER

DOPING = Path(__file__).resolve().parents[1] / "stories" / "doping"
JOINS = ["dello", "della", "degli", "de", "do", "dos", "van", "für", "am", "in", "24", "2000", "of the"]


@st.composite
def outlet_names(draw: st.DrawFn) -> str:
    """Outlet names whose words a name run does not span: "La Gazzetta dello Sport", "Il Sole 24 Ore",
    "Folha de S.Paulo", "Zeitung für Rhein"."""
    def word() -> str:
        return draw(st.sampled_from(CAPITALS)) + draw(st.text(LOWER, min_size=2, max_size=8))
    first = [word()] if draw(st.booleans()) else [draw(st.sampled_from(["La", "Il", "El", "Le"])), word()]
    rest = word() if draw(st.booleans()) else f"{draw(st.sampled_from(CAPITALS))}.{word()}"
    return " ".join([*first, draw(st.sampled_from(JOINS)), rest])


@settings(max_examples=examples(60), deadline=None, database=None)
@given(outlet_names())
@example("La Gazzetta dello Sport")
@example("Il Sole 24 Ore")
@example("Folha de S.Paulo")
def test_no_name_is_found_inside_an_outlet_of_the_site(outlet: str) -> None:
    text = (f"The rider was suspended on Monday, {outlet} reported. Officials declined to comment to "
            f"{outlet} on Tuesday. Sports director Marco Bianchi said “we will appeal”.")
    found = find_people("Rider suspended", text, (), (outlet,))
    assert [n.full for n in found.named if n.full in outlet] == [], found.named
    assert "Marco Bianchi" in [n.full for n in found.named]
    assert [q.speaker for q in found.quotes] == ["Marco Bianchi"]


def test_the_trial_site_has_no_person_la_gazzetta(tmp_path: Path) -> None:
    site = shutil.copytree(DOPING, tmp_path / "site")
    result = run_cli(["build", "--quiet"], cwd=site)
    assert result.returncode == 0, result.stderr
    people = {p.name for p in (site / "output" / "people").iterdir()}
    assert "la-gazzetta" not in people and {"tomas-vidal", "ignacio-ferrer"} <= people
