"""Credits round a loop of equal times tell no order; a via: of a chain's member counts for its head; a passing "as X
noted at the time" is background (roles.py, creditchains.py, BR39, 2026-12-07).

BR39: three reports of one minute crediting each other round a loop ("ABW 10:00Z as first reported by Reuters",
"Reuters … El Altiplano", "El Altiplano … ABW") gave "First reported by ABW, according to ABW, El Altiplano and
Reuters", every chip a re-telling, ABW's own report too; two of one minute crediting each other gave the credit to one of
them by its slug. All fail on the code before (main b6abe761).
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

from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.roles import assign_roles
from briefgen.analyse.stories import report_of
from briefgen.build import build
from stories.storyeval import group, load_site

CONFIG = ("title: R\nbase_url: https://example.org/r/\ntimezone: UTC\ntopics: [{id: t, title: T, keywords: [lithium]}]\n"
          "sources:\n  - name: Andes Business Wire\n  - name: The Buenos Aires Courier\n  - name: Reuters\n  - name: BBC\n"
          "  - name: Bloomberg\n  - name: El Altiplano\n  - name: La Tribuna\n")
S = ("Chile's state copper company Cecobre will take a 51% controlling stake in Salar Alto, the lithium joint venture "
     "it runs with the private miner Salares del Norte, from 2031. The price is about $1.2 billion.")
A, R, C, E = "Andes Business Wire", "Reuters", "The Buenos Aires Courier", "El Altiplano"
TEN = "2026-11-23T10:00:00Z"
CASES = {
    "cycle3": ({"a": (A, TEN, "", S + " as first reported by Reuters."), "r": (R, TEN, "", S + " as first reported by El Altiplano."),
                "e": (E, TEN, "", S + " as first reported by Andes Business Wire.")},
               "", {"a": "independent", "r": "independent", "e": "independent"}),
    "cycle2": ({"a": (A, TEN, "", S + " as first reported by Reuters."), "r": (R, TEN, "", S + " as first reported by Andes Business Wire.")},
               "", {"a": "independent", "r": "independent"}),
    "cycle-via": ({"a": (A, TEN, "", S + " as first reported by Reuters."), "r": (R, TEN, "", S + " as first reported by Andes Business Wire."),
                   "c": (C, "2026-11-23T15:00:00Z", "Reuters", S)},
                  "Reuters", {"r": "original", "a": "independent", "c": "re-report"}),
    # FX85: the page said "First reported by Reuters, according to Andes Business Wire and Reuters", every Reuters
    # report later than ABW's and one re-telling it, none the original
    "credited-back": ({"a": (A, TEN, "", S + " Reuters reported."),
                       "r": (R, "2026-11-23T11:00:00Z", "", S + " Andes Business Wire reported."),
                       "q": (R, "2026-11-23T11:00:00Z", "", S + " three people said.")},
                      A, {"a": "original", "r": "re-report", "q": "independent"}),
}


def _site(root: Path, name: str, cases: dict = CASES) -> Path:  # type: ignore[type-arg]
    files = {"config.yaml": CONFIG}
    for slug, (source, when, via, body) in cases[name][0].items():
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: Lithium {slug}\nsource: {source}\npublished: {when}\n"
                                                + (f"via: {via}\n" if via else "") + f"---\n{body}\n")
    return write_site(root / name, files)


def test_the_reported_cycles(tmp_path: Path) -> None:
    for name, (_, original, roles) in CASES.items():
        (story,) = group(load_site(_site(tmp_path, name))).stories
        assert (story.original, dict(story.roles)) == (original, roles), (name, story)


def _visible(path: Path) -> str:
    text = path.read_text(encoding="utf-8").split("<main", 1)[1]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def test_the_cycle_page_credits_nobody_and_cites_no_outlet_of_itself(tmp_path: Path) -> None:
    root = _site(tmp_path, "cycle3")
    build(root / "config.yaml")
    (page,) = [page for p in (root / "output" / "stories").glob("*/index.html")
               if "has moved" not in (page := _visible(p))]
    assert "First reported by" not in page and "according to" not in page, page[:900]
    assert "Re-telling" not in page and "3 independent reports" in page, page[:1500]


START = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone.utc)
OUTLETS = (A, R, E, "La Tribuna")
# (hours after START — few, so times tie —, outlet, credit in its text or "", `via:` or "", whether it opens with
# the credit's dateline)
MEMBER = st.tuples(st.integers(0, 2), st.sampled_from(OUTLETS), st.sampled_from(OUTLETS + ("Bloomberg", "", "")),
                   st.sampled_from(OUTLETS + ("", "", "", "", "")), st.booleans())


def _members(drawn: list[tuple[int, str, str, str, bool]]):  # type: ignore[no-untyped-def]
    articles, reports, credits = [], [], []
    for n, (hours, source, text, via, printed) in enumerate(drawn):
        via = via if outlet_key(via) != outlet_key(source) else ""
        named = tuple(dict.fromkeys(c for c in (via, text) if c and outlet_key(c) != outlet_key(source)))
        article = factories.article(f"m{n}", START + dt.timedelta(hours=hours), source, via=via)
        articles.append(article)
        dateline = f"santiago\t{text.lower()}" if printed and text in named else ""
        reports.append(report_of(article, (), b"", "", named, dateline=dateline))
        credits.append(named)
    return articles, reports, credits


@settings(max_examples=examples(400), deadline=None, database=None)
@given(st.lists(MEMBER, min_size=2, max_size=5))
@example([(0, A, R, "", False), (0, R, E, "", False), (0, E, A, "", False)])
@example([(0, A, R, "", False), (0, R, A, "", False)])
@example([(0, A, R, "", True), (0, R, A, "", False)])
@example([(0, A, R, "", False), (0, R, A, "", False), (5, "La Tribuna", "", R, False)])
@example([(1, A, R, A, False), (1, R, A, R, False), (1, R, R, R, False)])  # (FX75: ABW re-told the Reuters report
# that credits it back, not the one that does not)
@example([(0, A, R, "", False), (1, R, A, "", False), (1, R, "", "", False)])  # (FX85: "First reported by Reuters",
# Reuters' report a re-telling of ABW's earlier one; ABW is credited now)
def test_the_chips_and_the_credit_line_agree_over_any_credit_graph(drawn: list[tuple[int, str, str, str, bool]]) -> None:
    """Whatever the credits and times: a re-telling never re-tells its own outlet; with one credited, a member of that outlet is a re-telling only when it prints another's copy
    (`via:`) or another member of it is the original; members crediting each other of one time are not re-tellings of
    each other, unless a `via:` says so."""  # (and no loop of one time leaves every member a re-telling)
    articles, reports, credits = _members(drawn)
    roles = assign_roles(articles, reports, credits)
    role = dict(roles.roles)
    at = {a.slug: a for a in articles}
    for slug, outlet, told in roles.retells:
        assert outlet_key(outlet) != outlet_key(at[slug].source), (drawn, roles)
    if any(a.via or r.dateline for a, r in zip(articles, reports)):
        return  # (prints: the editor's word, kept round a loop; the dates' dismissal keeps the first cast's roles)
    if roles.original:  # (none credited: the dates dismissed the credit and the roles are the first cast's, roles.py)
        key = outlet_key(roles.original)
        own = [a for a in articles if outlet_key(a.source) == key]
        if not any(role[a.slug] == "original" for a in own):
            assert all(role[a.slug] != "re-report" or a.via or r.dateline for a, r in zip(articles, reports)
                       if a in own), (drawn, roles)
    dated = {a.slug: bool(r.dateline) for a, r in zip(articles, reports)}.__getitem__
    for a in articles:
        for b in articles:
            if (a.published == b.published and not a.via and not b.via and not dated(a.slug) and not dated(b.slug) and outlet_key(a.source) != outlet_key(b.source)
                    and outlet_key(b.source) in credits_of(a, articles, reports)
                    and outlet_key(a.source) in credits_of(b, articles, reports)
                    and all(outlet_key(x.source) != outlet_key(b.source) or x.published == b.published for x in articles)
                    and all(outlet_key(x.source) != outlet_key(a.source) or x.published == a.published for x in articles)):
                assert (a.slug, b.source, b.slug) not in roles.retells, (drawn, roles)


def credits_of(article, articles, reports):  # type: ignore[no-untyped-def]
    return next(r.credited for a, r in zip(articles, reports) if a is article)
