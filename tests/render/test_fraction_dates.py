"""Every moment a page, JSON-LD or sitemap writes is HTML's "valid global date and time string".

A tester (2026-12-05) wrote `published: 2026-11-05T10:00:00.5` and got
`<time datetime="2026-11-05T10:00:00.500000+01:00">` on the article, edition and source pages
and in JSON-LD: the Nu checker says "A fraction of a second must be one, two, or three digits".
`render.dates.iso` now writes at most three fraction digits (cut, not rounded). Checked as a
property over any aware moment with microseconds, against the grammar written from the HTML
spec (§2.3.5.5 dates, §2.3.5.4 times, §2.3.5.7 offsets), and on one built page with the Nu
checker (skipped locally when vnu.jar is absent, as tests/support/htmlcheck.py says).
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support import factories
from support.examples import examples
from support.htmlcheck import validate_html
from support.sites import write_site

from briefgen.build import BuildOptions, build
from briefgen.render.dates import iso
from briefgen.render.jsonld import article_jsonld

# HTML: valid date string "-" ... ; "T" or " "; valid time string (hh:mm, optional :ss and
# a fraction of one to three digits); valid time-zone offset string ("Z", or ±hh:mm / ±hhmm).
GLOBAL_DATE_AND_TIME = re.compile(
    r"[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
    r"[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,3})?)?"
    r"(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])")
DATE = re.compile(r"[0-9]{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")
BASE = "https://example.org/briefing/"

MOMENTS = st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30),
                       timezones=st.timezones(), allow_imaginary=False)


def year_positive(text: str) -> bool:
    return int(text.split("-", 1)[0]) > 0


@settings(max_examples=examples(150), deadline=None, database=None)
@given(when=MOMENTS)
def test_any_moment_is_a_valid_global_date_and_time_string(when: dt.datetime) -> None:
    site = factories.site((factories.article("a", when),), (), {"a": ("ceasefire-talks",)}, base_url=BASE)
    written = json.loads(str(article_jsonld(site.entries[0], site.config)))["isBasedOn"]["datePublished"]
    for text in (iso(when), written):
        assert GLOBAL_DATE_AND_TIME.fullmatch(text) and year_positive(text), text
        back = dt.datetime.fromisoformat(text)
        assert dt.timedelta(0) <= when - back < dt.timedelta(milliseconds=1), (when, text)


@settings(max_examples=examples(40), deadline=None, database=None)
@given(day=st.dates(min_value=dt.date(1, 1, 1)))
def test_a_date_is_a_valid_date_string(day: dt.date) -> None:
    assert DATE.fullmatch(iso(day)) and year_positive(iso(day))


SITE = {
    "config.yaml": "title: Ferries\nbase_url: https://example.org/briefing/\ntimezone: Europe/Berlin\n"
                   "topics:\n  - id: ferries\n    title: Ferries\n    keywords: [ferry]\n",
    "content/articles/half.md": "---\ntitle: The ferry is late\nsource: Example Times\n"
                                "published: 2026-11-05T10:00:00.5\ntopics: [ferries]\n---\nThe ferry is late.\n",
    "content/articles/tiny.md": "---\ntitle: The ferry is back\nsource: Other Post\n"
                                "published: 2026-11-05T11:30:00.123456+01:00\ntopics: [ferries]\n---\nThe ferry is back.\n",
}


def test_a_built_site_with_fractions_of_a_second_writes_valid_dates(tmp_path: Path) -> None:
    result = build(write_site(tmp_path, SITE) / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    pages = sorted(result.output_dir.rglob("*.html"))
    seen = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for value in re.findall(r'<time datetime="([^"]*)"', text):
            assert GLOBAL_DATE_AND_TIME.fullmatch(value) or DATE.fullmatch(value), (page, value)
            seen.append(value)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S):
            for value in re.findall(r'"date(?:Published|Modified)": "([^"]*)"', block):
                assert GLOBAL_DATE_AND_TIME.fullmatch(value) or DATE.fullmatch(value), (page, value)
                seen.append(value)
    assert "2026-11-05T10:00:00.500+01:00" in seen and "2026-11-05T11:30:00.123+01:00" in seen
    sitemap = (result.output_dir / "sitemap.xml").read_text(encoding="utf-8")
    assert all(DATE.fullmatch(v) for v in re.findall(r"<lastmod>([^<]*)</lastmod>", sitemap))
    article = result.output_dir / "articles"
    checked = [p for p in pages if p.is_relative_to(article)][:1] + [
        p for p in pages if p.parent.parent.name in ("editions", "sources")][:2]
    assert validate_html(checked) == []
