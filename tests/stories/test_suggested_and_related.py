"""A pair of stories both suggested as one story and listed as related read, in `check -v`, as two verdicts (a
university trial, 2026-12-04: "merge these" and "link them, never merge" for the same two reports of a strike's
first day). The related line now says that the pair is also suggested and what readers see meanwhile."""
from __future__ import annotations

from pathlib import Path

from support.sites import run_cli, write_site

CONFIG = """title: Campus
base_url: https://example.org/briefing/
timezone: Europe/London
topics:
  - {id: dispute, title: The strike, keywords: [strike, picket, lecturers, union]}
sources:
  - {name: Calderbridge Courier, url: "https://courier.example.org"}
  - {name: The Calder Clarion, url: "https://clarion.example.org"}
"""
CLARION = """---
title: "Day one of the strike: empty lecture halls and a cold morning"
source: The Calder Clarion
published: 2026-03-16T20:00:00
---
For most students, the strike meant a cancelled nine o'clock and a quiet campus. Lecture theatres in the Hartley
Building stood empty on Monday, and a sign on the door of the maths department read simply: "Closed — industrial
action."

Our reporters counted more than 200 people on picket lines across the campus by mid-morning. Some students brought
coffee; a few crossed the lines to get to the library.

Final-year student Ellis Maguire joined the picket at the art school. "My dissertation is due in five weeks and I
still think they're right," she said.

Professor Annika Thorsby, the vice-chancellor, walked past the main gate shortly before nine. Asked by the Clarion
whether she would meet the union, she replied: "My door has always been open."

The strike is due to continue until Friday 27 March.
"""
COURIER = """---
title: "Picket lines go up at Calderbridge University as strike begins"
source: Calderbridge Courier
published: 2026-03-16T13:00:00
---
Lecturers stood outside every entrance to the Castlegate campus from 7.30am on Monday as the first day of a ten-day
strike got under way.

Braziers, flasks and a borrowed gazebo marked the main gate on Castlegate Road, where about forty staff and a
handful of students gathered. The university said 52% of scheduled teaching sessions had been cancelled.

Chemistry lecturer Lidia Kowalczyk said she had never struck before in 22 years. "I kept telling myself it would
get sorted out," she said. "It didn't, so here I am with a placard."

The union's Rosalind Fenwick claimed the real figure for cancelled classes was above 70%. "Look at the car
parks," she said, pointing to rows of empty spaces.

A university spokesman insisted that the library and student services were open as normal.
"""


def test_a_related_pair_also_suggested_says_so(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {"config.yaml": CONFIG, "content/articles/clarion-day-one.md": CLARION,
                                          "content/articles/courier-day-one.md": COURIER})
    done = run_cli(["check", "-v"], root)
    assert done.returncode == 0, done.stderr
    said = done.stdout + done.stderr
    assert 'may belong to the story "clarion-day-one"' in said, said
    (related,) = [line for line in said.splitlines() if line.startswith("related: ")]
    assert "courier-day-one → clarion-day-one" in related and "also suggested as one story" in related, said
