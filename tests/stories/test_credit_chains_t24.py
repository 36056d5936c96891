"""Credits follow the chain; a report that re-tells another member's is never the original; a print of an agency's copy
is a re-telling of it (roles.py, creditchains.py; the T24 trial, 2026-12-07).

T24's scoop story: Andes Business Wire's scoop (11:40Z), Reuters' report "…, as first reported by Andes Business Wire on
Monday" (14:05Z) and the Courier's reprint `via: Reuters`. The reprint's `via:` outvoted every text credit of ABW:
Reuters was "original", ABW "independent", the dates dismissed the credit, and the story page said "First reported here
by Andes Business Wire" beside ABW's "Independent report" chip and Reuters' "Reporting others re-tell". The Bolivia
story: a `via:` of an agency with no report in the briefing was dismissed by the dates, and El Altiplano's report, which
La Tribuna re-tells, was "independent" under a credit line of nobody. The Jujuy story: "SAN SALVADOR DE JUJUY (ASN) —"
was an independent report as the story credits the Courier. All three fail on the code before.
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

from briefgen.analyse.creditchains import known_earlier
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.roles import assign_roles
from briefgen.analyse.stories import report_of
from briefgen.build import build
from stories.storyeval import group, load_site

CONFIG = ("title: R\nbase_url: https://example.org/r/\ntimezone: UTC\ntopics: [{id: t, title: T, keywords: [lithium]}]\n"
          "sources:\n  - name: Andes Business Wire\n  - name: The Buenos Aires Courier\n"
          "  - name: Agencia Sudamericana de Noticias (ASN)\n  - name: El Altiplano\n")
SCOOP = ("Chile's state copper company Cecobre will take a 51% controlling stake in Salar Alto, the lithium joint venture "
         "it runs with the private miner Salares del Norte, from 2031. The price is about $1.2 billion.")
JUJUY = ("Herders from the Salinas Grandes basin blocked the road to the Cauchari lithium mine in Jujuy on Friday in "
         "protest at falling water levels in their wells.")
BOL = ("Bolivia signed lithium extraction contracts on Wednesday with the Chinese consortium Xinyuan Lithium and the "
       "Russian company Volga Rare Metals for plants at the Uyuni and Pastos Grandes salt flats.")
CASES = {
    "chain": ({"abw": ("Andes Business Wire", "2026-11-23T11:40:00Z", "", "SANTIAGO (Andes Business Wire) - " + SCOOP
                       + " three people said."),
               "reuters": ("Reuters", "2026-11-23T14:05:00Z", "", "SANTIAGO (Reuters) - " + SCOOP
                           + " as first reported by Andes Business Wire on Monday."),
               "courier": ("The Buenos Aires Courier", "2026-11-23T21:00:00-03:00", "Reuters", SCOOP
                           + " as first reported by Andes Business Wire on Monday.")},
              "Andes Business Wire", {"abw": "original", "reuters": "re-report", "courier": "re-report"}),
    "agency": ({"courier": ("The Buenos Aires Courier", "2026-11-27T17:30:00-03:00", "", JUJUY
                            + " Governor Ricardo Fernández Olmos said the road would not stay closed."),
                "ledger": ("Lithium Ledger", "2026-11-28T12:00:00Z", "", JUJUY + " according to The Buenos Aires Courier."),
                "altiplano": ("El Altiplano", "2026-11-28T10:00:00-04:00", "", JUJUY
                              + " The Buenos Aires Courier reported on Friday."),
                "diario": ("Diario Ibérico English", "2026-11-28T09:00:00Z", "", "SAN SALVADOR DE JUJUY (ASN) — " + JUJUY)},
               "The Buenos Aires Courier",
               {"courier": "original", "diario": "re-report", "ledger": "re-report", "altiplano": "re-report"}),
    "via-absent": ({"altiplano": ("El Altiplano", "2026-11-25T18:45:00-04:00", "", BOL + " Minister Franklin Mamani Choque spoke."),
                    "tribuna": ("La Tribuna", "2026-11-26T12:00:00-03:00", "", BOL + " the La Paz newspaper El Altiplano reported."),
                    "folha": ("Folha Econômica", "2026-11-26T08:00:00-03:00", "Agencia Sudamericana de Noticias (ASN)",
                              "LA PAZ (ASN) — " + BOL)},
                   "El Altiplano", {"altiplano": "original", "folha": "re-report", "tribuna": "re-report"}),
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
    retells = {slug: (outlet, report) for slug, outlet, report in story.retells}
    assert retells == {"folha": ("Agencia Sudamericana de Noticias (ASN)", ""), "tribuna": ("El Altiplano", "altiplano")}


def _visible(path: Path) -> str:
    text = path.read_text(encoding="utf-8").split("<main", 1)[1]
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def test_the_scoop_page_credits_abw_and_its_chips_agree(tmp_path: Path) -> None:
    """The built story page: the credit line and the chips say one thing (T24: "First reported here by ABW" beside
    ABW's "Independent report")."""
    root = _site(tmp_path, "chain")
    build(root / "config.yaml")
    page = _visible(root / "output" / "stories" / "abw" / "index.html")
    assert "First reported by Andes Business Wire , 23 November 2026 ." in page, page[:900]
    assert "Original reporting Andes Business Wire" in page and "Independent report" not in page, page[:1500]
    assert "Re-telling Reuters" in page and "Re-telling The Buenos Aires Courier" in page, page[:1500]


START = dt.datetime(2026, 11, 23, 11, 0, tzinfo=dt.timezone.utc)
OUTLETS = ("Andes Business Wire", "Reuters", "El Altiplano", "La Tribuna")
ABSENT = "Agencia Sudamericana de Noticias (ASN)"
# (hours after START, outlet, `via:` or "", credit in its text or "", whether it opens with the credit's dateline)
MEMBER = st.tuples(st.integers(0, 12), st.sampled_from(OUTLETS), st.sampled_from(OUTLETS + (ABSENT, "", "")),
                   st.sampled_from(OUTLETS + (ABSENT, "", "")), st.booleans())


def _members(drawn: list[tuple[int, str, str, str, bool]]):  # type: ignore[no-untyped-def]
    articles, reports, credits = [], [], []
    for n, (hours, source, via, text, printed) in enumerate(drawn):
        via = via if outlet_key(via) != outlet_key(source) else ""
        named = tuple(c for c in (via, text) if c and outlet_key(c) != outlet_key(source))
        article = factories.article(f"m{n}", START + dt.timedelta(hours=hours), source, via=via)
        dateline = f"la paz\t{'asn' if text == ABSENT else text.lower()}" if printed and text in named else ""
        articles.append(article)
        reports.append(report_of(article, (), b"", "", tuple(dict.fromkeys(named)), dateline=dateline))
        credits.append(tuple(dict.fromkeys(named)))
    return articles, reports, credits


@settings(max_examples=examples(300), deadline=None, database=None)
@given(st.lists(MEMBER, min_size=2, max_size=6))
@example([(0, "Andes Business Wire", "", "", False), (3, "Reuters", "", "Andes Business Wire", False),
          (12, "La Tribuna", "Reuters", "Andes Business Wire", False)])
@example([(0, "El Altiplano", "", "", False), (4, "La Tribuna", ABSENT, ABSENT, True),
          (8, "Reuters", "", "El Altiplano", False)])
@example([(0, "Andes Business Wire", "", "", False), (1, "Reuters", "", "Andes Business Wire", False),
          (2, "El Altiplano", "", "Andes Business Wire", False), (3, "La Tribuna", "", ABSENT, True)])
def test_roles_and_the_credit_line_never_disagree(drawn: list[tuple[int, str, str, str, bool]]) -> None:
    """Whatever the members' times, outlets, `via:`s, text credits and datelines: a member called the original
    re-tells no other member's report (credits no member's outlet whose report is not known to be later and does not
    credit it back: creditchains.retells_one_way); a member
    that says it prints an outlet's copy (its `via:`, its dateline) is a re-telling; with no outlet credited, the
    report the page says was "first reported here" is no "Independent report" when others re-tell it; with one
    credited, no independent report is known to be earlier than every report of it and every re-telling of it."""
    articles, reports, credits = _members(drawn)
    roles = assign_roles(articles, reports, credits)
    role = dict(roles.roles)
    at = {a.slug: a for a in articles}
    for article, report in zip(articles, reports):
        if role[article.slug] == "original":  # (unless that member credits it back, of a time not known to be later)
            assert not any(b is not article and outlet_key(b.source) in report.credited and not known_earlier(article, b)
                           and not (outlet_key(article.source) in r.credited and not known_earlier(b, article))
                           for b, r in zip(articles, reports)), (drawn, roles)
        if article.via or report.dateline:
            assert role[article.slug] == "re-report", (drawn, roles)
    if not roles.original:
        lead = roles.members[0]
        if any(told == lead for _, _, told in roles.retells):
            assert role[lead] != "independent", (drawn, roles)
    else:
        key = outlet_key(roles.original)
        tied = [a for a, r in zip(articles, reports) if role[a.slug] == "original" and r.source == key
                or key in r.credited]
        assert not any(role[slug] == "independent" and all(known_earlier(at[slug], t) for t in tied)
                       for slug in role), (drawn, roles)
