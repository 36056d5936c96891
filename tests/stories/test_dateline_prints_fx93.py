"""A print that shows its wire only by its dateline counts as one with `via:` (roles.py, creditchains.printed; FX93,
2026-12-07).

BR53: "SANTIAGO, Chile (Reuters) — …" printed by The Buenos Aires Courier at 10:00, Reuters' own report at 11:00
crediting Andes Business Wire (08:00): with `via: Reuters` the print's credit reached ABW whatever its time (a print
may be timed before its wire's copy, BR10) and ABW was the original; with the dateline alone FX88's dated rule stopped
it at Reuters, and the story said "First reported by Bloomberg" (no report of it in the briefing, one member's plain
credit) and ABW's scoop independent. Fails on main ef10377b.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from support.examples import examples
from support.sites import write_site
from stories.storyeval import group, load_site

S = ("Chile's state copper company Cecobre will take a 51% controlling stake in Salar Alto, the lithium joint venture "
     "it runs with the private miner Salares del Norte, from 2031. The price is about $1.2 billion.")
A, R, E, T, B, C = ("Andes Business Wire", "Reuters", "El Altiplano", "La Tribuna", "Bloomberg",
                    "The Buenos Aires Courier")
CONFIG = ("title: R\nbase_url: https://example.org/r/\ntimezone: UTC\ntopics: [{id: t, title: T, keywords: [lithium]}]\n"
          "sources:\n" + "".join(f"  - name: {s}\n" for s in (A, R, E, T, C, B)))


def _story(root: Path, members: dict[str, tuple[str, int, str, str]]):  # type: ignore[no-untyped-def]
    files = {"config.yaml": CONFIG}
    for slug, (source, hour, via, body) in members.items():
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: Lithium {slug}\nsource: {source}\npublished: "
                                                f"2026-11-23T{hour:02d}:00:00Z\n" + (f"via: {via}\n" if via else "")
                                                + f"---\n{body}\n")
    (story,) = group(load_site(write_site(root, files))).stories
    return story.original, dict(story.roles), story.retells


def _forms(root: Path, others: dict[str, tuple[str, int, str, str]], wire: str, hour: int):  # type: ignore[no-untyped-def]
    via = _story(root / "via", {**others, "c": (C, hour, wire, S)})
    dateline = _story(root / "dateline", {**others, "c": (C, hour, "", f"SANTIAGO, Chile ({wire}) \u2014 {S}")})
    return via, dateline


REPORTED = {"a": (A, 8, "", S), "r": (R, 11, "", S + " Andes Business Wire reported."),
            "e": (E, 12, "", S + " The Buenos Aires Courier reported."), "t": (T, 7, "", S + " Bloomberg reported.")}


def test_the_reported_print(tmp_path: Path) -> None:
    via, dateline = _forms(tmp_path, REPORTED, R, 10)
    assert via[:2] == ("", {"t": "independent", "a": "original", "c": "re-report", "r": "re-report", "e": "re-report"})
    assert dateline == via


CREDITS = ("", " {} reported.", " as first reported by {}.", " according to {}.")


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from((R, B, A)), st.integers(6, 13),
       st.lists(st.tuples(st.sampled_from((A, R, E, T, B)), st.integers(6, 13), st.sampled_from(CREDITS),
                          st.sampled_from((A, R, E, T, B, C))), min_size=2, max_size=4))
@example(R, 10, [(A, 8, "", A), (R, 11, " {} reported.", A), (E, 12, " {} reported.", C), (T, 7, " {} reported.", B)])
@example(R, 7, [(A, 6, " {} reported.", C), (E, 6, " {} reported.", A)])  # (the print a relay by its `via:` only)
@example(B, 7, [(A, 6, "", A), (B, 8, " {} reported.", C)])  # (the print's copy of ABW's text credited ABW)
def test_a_dateline_print_counts_as_a_via_print(wire: str, hour: int, drawn: list[tuple[str, int, str, str]]) -> None:
    """Any story (members of five outlets at drawn hours, each crediting one outlet plainly, as the first report or
    none) with a print of a wire's copy: the roles, the credited outlet and the re-tellings are the same whether the
    print names its wire by `via:` or only by the dateline opening it."""
    import tempfile
    others = {f"m{n}": (source, h, "", S + credit.format(credited) if credited != source else S)
              for n, (source, h, credit, credited) in enumerate(drawn)}
    with tempfile.TemporaryDirectory() as root:
        via, dateline = _forms(Path(root), others, wire, hour)
    assert dateline == via, (wire, hour, others)
