"""A follow-up is related to its event whatever outlets do with a name's accents (relatedlinks.Folding; FX26, the
T20 trial's lost link, 2026-12-06).

Related links are read from the mean cosine of two stories' article pairs (relatedlinks.cosine_links). A name the
wire writes with its accents ("María Fernanda González Rojas", "Copiapó") and another outlet without them were two
terms each, so their weight was lost to every pair of reports that spelt it differently: T20's breach story and its
day two scored 0.242 under RELATED_MIN (0.25), unlinked, although the same reports spelt alike would score 0.255.
Now the related link's reading folds the terms the archive writes both ways into one term, of the summed document
frequency, so the score does not depend on who kept the accents. The story grouping is not changed (FX22 keeps the
terms for its pairs: folding them there moved a merge).

The site below (my own words): a footbridge collapse at Penacova (two reports), the engineers' report and the
prosecutor's inquiry a week later (two reports; related, not one story), and a hard negative, another town's bridge
closed for cracks two days after the collapse (same kind, other names: linked to nothing).
"""
from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.sites import write_site

from stories.storyeval import group, load_site

CONFIG = """title: Centro Region Briefing
base_url: https://example.org/centro/
timezone: Europe/Lisbon
topics:
  - {id: bridges, title: Bridges and roads, keywords: [bridge, footbridge, cables, engineers]}
"""
NAMES = dict(mayor="João Magalhães Simões", mayor_short="Mr Magalhães Simões", chief="Conceição Araújo",
             town="Penacova", river="Mondego", eng="Inês Gonçalves Brandão")


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _article(title: str, source: str, when: str, body: str) -> str:
    return f'---\ntitle: "{title}"\nsource: {source}\npublished: {when}\n---\n{body}\n'


def site_files(accented: str) -> dict[str, str]:
    """The site's files; `accented`: which of the reports a, b (the collapse), c, d (the inquiry) keep the names'
    accents, the others writing them as many English-language outlets do, without."""
    n = {k: NAMES if k in accented else {key: _plain(v) for key, v in NAMES.items()} for k in "abcd"}
    a, b, c, d = n["a"], n["b"], n["c"], n["d"]
    return {
        "config.yaml": CONFIG,
        "content/articles/a-collapse.md": _article(
            "Footbridge over the Mondego collapses at Penacova, two hurt", "Agencia Centro", "2026-03-02T09:10:00",
            f"A pedestrian footbridge over the river {a['river']} collapsed at {a['town']} early on Monday, sending "
            f"two walkers into the water. Both were pulled out by firefighters and taken to hospital in Coimbra.\n\n"
            f"\"We heard a crack like a gunshot and then the deck was gone,\" said {a['mayor']}, the mayor of "
            f"{a['town']}, who reached the river within minutes.\n\n{a['chief']}, who leads the district's civil "
            f"protection service, said the steel holding the deck would be examined. {a['mayor_short']} closed the "
            f"riverside path."),
        "content/articles/b-collapse.md": _article(
            "Two injured as Penacova footbridge gives way", "Iberian Post", "2026-03-02T11:40:00",
            f"Two people were injured on Monday when a footbridge spanning the {b['river']} river in the Portuguese "
            f"town of {b['town']} gave way beneath them, local officials said.\n\n{b['mayor']}, the town's mayor, "
            f"said the structure had been inspected last year. {b['chief']}, the civil protection chief, said "
            f"engineers would look at the structure.\n\nThe riverside path was closed."),
        "content/articles/c-inquiry.md": _article(
            "Corroded cables brought down Penacova footbridge, engineers find", "Agencia Centro",
            "2026-03-09T10:00:00",
            f"Corroded anchor cables caused the footbridge at {c['town']} to collapse a week ago, an engineers' report "
            f"found on Monday, and the public prosecutor has opened an inquiry into the last inspection.\n\n"
            f"{c['eng']}, who led the review, said two of the four anchors had rusted through. {c['mayor']}, the "
            f"mayor, said the town had asked for a new inspection in 2024 and was never answered.\n\n{c['chief']} "
            f"said every footbridge in the district would be checked."),
        "content/articles/d-inquiry.md": _article(
            "Prosecutor opens inquiry after report on collapsed walkway", "Iberian Post", "2026-03-09T15:20:00",
            f"Portuguese prosecutors opened an inquiry on Monday after engineers blamed rusted anchor cables for the "
            f"collapse of a pedestrian crossing at {d['town']}.\n\nThe report, led by {d['eng']}, found that the "
            f"inspection of last year had missed the corrosion. {d['mayor']}, the mayor, said he was angry. "
            f"{d['chief']} said the district would check its bridges."),
        "content/articles/e-viseu.md": _article(
            "Cracks close Viseu road bridge for checks", "Agencia Centro", "2026-03-04T08:30:00",
            "Engineers closed the road bridge over the river Pavia in Viseu on Wednesday after cracks were found in "
            "two of its concrete piers during a routine inspection.\n\n\"Nobody is in danger, but we will not take "
            "risks,\" said Rui Fontes Matias, the city's works councillor. Buses will run a detour for at least a "
            "month."),
        "content/articles/f-viseu.md": _article(
            "Viseu shuts bridge after inspectors find cracked piers", "Iberian Post", "2026-03-04T12:00:00",
            "The city of Viseu closed a road bridge on Wednesday after inspectors found cracks in its piers. Rui "
            "Fontes Matias, a councillor, said a detour would last at least a month while engineers assess the "
            "concrete."),
    }


def _grouped(accented: str) -> tuple[list[tuple[str, ...]], list[tuple[str, str, float]], int]:
    """(the stories' members, the related links as (first story's lead, second's, score), suggestions)."""
    with tempfile.TemporaryDirectory() as tmp:
        grouping = group(load_site(write_site(Path(tmp), site_files(accented))))
    lead = {s.id: s.members[0] for s in grouping.stories}
    stories = sorted(tuple(sorted(s.members)) for s in grouping.stories)
    links = sorted((*sorted((lead[r.first], lead[r.second])), r.score) for r in grouping.related)
    return stories, links, len(grouping.suggestions)


STORIES = [("a-collapse", "b-collapse"), ("c-inquiry", "d-inquiry"), ("e-viseu", "f-viseu")]


def test_the_follow_up_is_linked_when_the_wire_keeps_the_accents() -> None:
    """The agency keeps the accents, the other outlet drops them: three stories, the inquiry related to the collapse
    (0.265, as when all four spell alike), the other town's bridge linked to nothing, nothing suggested. Failed
    before: no link (the names' weight lost to the four pairs spelt differently)."""
    stories, links, suggestions = _grouped("ac")
    assert stories == STORIES and suggestions == 0
    assert [link[:2] for link in links] == [("a-collapse", "c-inquiry")], links
    assert links == _grouped("")[1]


@settings(max_examples=6, deadline=None)
@given(st.sets(st.sampled_from("abcd")).map(lambda s: "".join(sorted(s))))
def test_the_link_does_not_depend_on_who_keeps_the_accents(accented: str) -> None:
    """Any of the four reports keeping the accents, the others not: the same stories, and the same related links at
    the same score as when none keeps them (the folded term weighs as the one spelling would). Failed before for
    every mixed spelling (0.2618 and less, unlinked, against 0.2651)."""
    assert _grouped(accented) == _grouped("")
