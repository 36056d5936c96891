"""A reprint's `via:` of an outlet that says another had the news first credits that one (creditchains.relaying_outlets,
creditkinds.py; BR39 class 2, FX75, 2026-12-07).

BR39: "Reuters 12:00Z …, as first reported by Bloomberg" and the Courier's reprint `via: Reuters`, Bloomberg with no
report in the briefing, made Reuters the story's original ("First reported by Reuters"); so did Andes Business Wire's
own report dated after Reuters' (a time zone's slip: "10:00-05:00"). Reuters' own words say it was not first. A plain
"Bloomberg reported" is no such claim (the synthetic 10x corpus's filler credits: FX71's try, which followed every
credit, moved 12 of its 477 roles). The reported inputs and the property fail on the code before (main 43f40841).
"""
from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from support import factories
from support.examples import examples
from support.sites import write_site

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.roles import assign_roles
from briefgen.analyse.stories import report_of
from briefgen.build import build
from stories.storyeval import group, load_site

CONFIG = ("title: R\nbase_url: https://example.org/r/\ntimezone: UTC\ntopics: [{id: t, title: T, keywords: [lithium]}]\n"
          "sources:\n  - name: Andes Business Wire\n  - name: The Buenos Aires Courier\n  - name: Reuters\n"
          "  - name: Bloomberg\n  - name: El Altiplano\n  - name: La Tribuna\n")
S = ("Chile's state copper company Cecobre will take a 51% controlling stake in Salar Alto, the lithium joint venture "
     "it runs with the private miner Salares del Norte, from 2031. The price is about $1.2 billion.")
A, R, C, E, B = "Andes Business Wire", "Reuters", "The Buenos Aires Courier", "El Altiplano", "Bloomberg"
CASES = {
    "head-absent": ({"r": (R, "2026-11-23T12:00:00Z", "", S + " as first reported by Bloomberg."),
                     "c": (C, "2026-11-23T15:00:00Z", "Reuters", S),
                     "e": (E, "2026-11-23T16:00:00Z", "", S + " three people said.")},
                    B, {"r": "re-report", "c": "re-report", "e": "independent"}),
    "head-later": ({"a": (A, "2026-11-23T10:00:00-05:00", "", S + " three people said."),
                    "r": (R, "2026-11-23T14:00:00Z", "", S + " as first reported by Andes Business Wire."),
                    "c": (C, "2026-11-23T16:00:00Z", "Reuters", S)},
                   A, {"a": "independent", "r": "re-report", "c": "re-report"}),
    "head-absent-broke": ({"r": (R, "2026-11-23T12:00:00Z", "", S + " Bloomberg, which broke the story, said so."),
                           "c": (C, "2026-11-23T15:00:00Z", "Reuters", S),
                           "t": ("La Tribuna", "2026-11-23T16:00:00Z", "", S + " Reuters reported.")},
                          B, {"r": "re-report", "c": "re-report", "t": "re-report"}),
    # a plain credit is no claim of the first report: Reuters stays the credited outlet, as before
    "plain": ({"r": (R, "2026-11-23T12:00:00Z", "", S + " Bloomberg reported."),
               "c": (C, "2026-11-23T15:00:00Z", "Reuters", S),
               "e": (E, "2026-11-23T16:00:00Z", "", S + " three people said.")},
              R, {"r": "original", "c": "re-report", "e": "independent"}),
}


def _site(root: Path, name: str) -> Path:
    files = {"config.yaml": CONFIG}
    for slug, (source, when, via, body) in CASES[name][0].items():
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: Lithium {slug}\nsource: {source}\npublished: {when}\n"
                                                + (f"via: {via}\n" if via else "") + f"---\n{body}\n")
    return write_site(root / name, files)


def test_the_reported_inputs(tmp_path: Path) -> None:
    for name, (_, original, roles) in CASES.items():
        (story,) = group(load_site(_site(tmp_path, name))).stories
        assert (story.original, dict(story.roles)) == (original, roles), (name, story)


def _visible(path: Path) -> str:
    text = path.read_text(encoding="utf-8").split("<main", 1)[1]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def test_the_built_pages_name_the_first_reporter(tmp_path: Path) -> None:
    """The story pages of the two reported inputs: the credit line names the outlet Reuters says was first, never
    Reuters, and Reuters' chip is a re-telling."""
    for name, first in (("head-absent", B), ("head-later", A)):
        root = _site(tmp_path, name)
        build(root / "config.yaml")
        (page,) = [page for p in (root / "output" / "stories").glob("*/index.html")
                   if "has moved" not in (page := _visible(p))]
        assert f"First reported by {first}" in page and "First reported by Reuters" not in page, (name, page[:900])
        assert "Re-telling Reuters" in page and "Original reporting Reuters" not in page, (name, page[:1500])


FIRST_FRAMES = ("as first reported by {}", "{} first reported the deal", "{} was first to report the deal",
                "{}, which first reported the deal, said", "{}, which broke the story, said", "{} had the story first",
                "first revealed by {}", "citing an exclusive {} report")
PLAIN_FRAMES = ("according to {}", "{} reported", "{} said it had seen a draft", "told {} in an interview",
                "a {} report said")


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.sampled_from(FIRST_FRAMES + PLAIN_FRAMES), st.sampled_from((B, R, A, E, "The Wall Street Journal")))
def test_a_credits_kind_is_read_from_its_words(frame: str, outlet: str) -> None:
    """Every frame that gives the first report is read so, of any outlet; no plain one is."""
    from briefgen.analyse.creditkinds import first_reports, gives_first_report  # (FX75's module)
    text = f"Cecobre will take a controlling stake in Salar Alto, {frame.format(outlet)}. The price is $1.2 billion."
    credits = detect_credits(text, credit_finder((A, C, E)))
    assert [c.outlet for c in credits] == [outlet], (text, credits)
    assert first_reports(credits) == ((outlet,) if frame in FIRST_FRAMES else ()), (text, credits)
    assert gives_first_report(credits[0].cue) is (frame in FIRST_FRAMES)


START = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone.utc)


def _member(n: int, hours: int, source: str, via: str = "", credit: str = "", first: bool = False):  # type: ignore[no-untyped-def]
    article = factories.article(f"m{n}", START + dt.timedelta(hours=hours), source, via=via)
    named = tuple(c for c in (via, credit) if c)
    return article, report_of(article, (), b"", "", named, first=credit if first else ""), named


@settings(max_examples=examples(300), deadline=None, database=None)
@given(st.one_of(st.none(), st.integers(0, 12)), st.integers(0, 12), st.integers(1, 6), st.lists(st.integers(0, 12), max_size=2),
       st.sampled_from((A, B)), st.booleans(), st.integers(1, 2))
@example(None, 2, 3, [6], B, False, 1)
@example(6, 4, 2, [], A, False, 1)
@example(None, 2, 3, [1], B, True, 2)
def test_a_via_of_a_relay_never_credits_the_relay(head: int | None, relay: int, later: int, others: list[int],
                                                  head_outlet: str, head_via: bool, reprints: int) -> None:
    """A head (its report at any time, or none), a relay that gives it the first report (or prints its copy, `via:`),
    reprints `via:` the relay after it, other independent reports: the story credits the head or no one, never the
    relay or a later outlet, and the relay's report is a re-telling."""
    relayed = _member(1, relay, R, via=head_outlet) if head_via else _member(1, relay, R, credit=head_outlet, first=True)
    drawn = ([_member(0, head, head_outlet)] if head is not None else []) + [relayed] + [
        _member(2 + n, relay + later + n, C if n == 0 else "Diario Ibérico English", via=R) for n in range(reprints)] + [
        _member(5 + n, hours, E if n else "La Tribuna") for n, hours in enumerate(others)]
    articles, reports, credits = (list(x) for x in zip(*drawn))
    roles = assign_roles(articles, reports, credits)
    assert roles.original in (head_outlet, ""), roles
    assert dict(roles.roles)["m1"] == "re-report", roles
    assert all(role == "re-report" for slug, role in roles.roles if slug in ("m2", "m3")), roles
    assert all(outlet_key(outlet) != outlet_key(R) for slug, outlet, _ in roles.retells if slug == "m1"), roles
