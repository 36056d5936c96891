"""The people listing is alphabetical: its pager names the first page "page 1", not "the newest".

A trial with page_size 5: people/page/2/ linked back with "← Previous the newest" to the names
A–E, which are no newer than any other page's.
"""
from __future__ import annotations

import re
from pathlib import Path

from support.sites import run_cli, write_site

SURNAMES = ["Abbot", "Brandt", "Corvin", "Dunmore", "Ellery", "Fenwick", "Garside", "Holloway", "Ingram",
            "Jessop", "Kestrel", "Lowther"]
CONFIG = """\
title: People Briefing
timezone: UTC
listings:
  page_size: 5
topics:
  - id: talks
    title: Talks
    keywords: [talks]
"""


def test_an_alphabetical_listing_does_not_call_its_first_page_the_newest(tmp_path: Path) -> None:
    files = {"config.yaml": CONFIG}
    for n, surname in enumerate(SURNAMES):
        files[f"content/articles/a{n}.md"] = (
            f"---\ntitle: Report {n}\nsource: Wire\npublished: 2026-03-{1 + n:02d}\nstory: none\ntopics: [talks]\n---\n"
            f"Anna {surname} said the talks were \"going nowhere at all, sadly\".\n")
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    second = (site / "output/people/page/2/index.html").read_text()
    assert "the newest" not in second
    assert "Previous</span> page 1</a>" in second
    topic_pages = [p.read_text() for p in (site / "output/topics/talks/page").glob("*/index.html")]
    assert any("the newest</a>" in page for page in topic_pages)  # a dated listing's landing page is the newest


def test_names_with_accented_initials_are_filed_under_their_letter(tmp_path: Path) -> None:
    """A trial: the people index put "Özdemir" and "Ørsted" after "Zola" under the heading "É" (code
    point order; every non-ASCII initial shared one anchor), and the sources index put "Šiauliai Žinios"
    after "Vilnius Herald"."""
    files = {"config.yaml": CONFIG.replace("page_size: 5", "page_size: 30")}
    people = ["Cem Özdemir", "Anders Ørsted", "Olaf Scholz", "Émile Éluard", "Annalena Baerbock", "Paul Zola"]
    outlets = ["Vilnius Herald", "Šiauliai Žinios", "Riga Daily", "Ärzte Zeitung", "Baltic Wire", "Zürich Post"]
    for n, (person, outlet) in enumerate(zip(people, outlets)):
        files[f"content/articles/a{n}.md"] = (
            f"---\ntitle: Report {n}\nsource: {outlet}\npublished: 2026-03-{1 + n:02d}\nstory: none\n"
            f"topics: [talks]\n---\n{person} said the talks were \"going nowhere at all, sadly\".\n")
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    index = (site / "output/people/index.html").read_text()
    headings = re.findall(r'<h2 class="month-heading" id="([^"]+)">([^<]+)</h2>', index)
    assert headings == [("letter-b", "B"), ("letter-e", "E"), ("letter-o", "O"), ("letter-s", "S"), ("letter-z", "Z")]
    listed = re.findall(r'<a href="\.\./people/[^"]+"><bdi>([^<]+)</bdi></a>', index)
    assert listed == ["Baerbock, Annalena", "Éluard, Émile", "Ørsted, Anders", "Özdemir, Cem", "Scholz, Olaf",
                      "Zola, Paul"]
    sources = re.findall(r'<a href="\.\./sources/[^/]+/">([^<]+)</a>', (site / "output/sources/index.html").read_text())
    assert sources == ["Ärzte Zeitung", "Baltic Wire", "Riga Daily", "Šiauliai Žinios", "Vilnius Herald", "Zürich Post"]


def test_a_person_quoted_more_often_than_their_page_shows_says_where_the_rest_are(tmp_path: Path) -> None:
    """A tester, 2026-12-05: a person's page showed "the 50 most recent of 85" quotes and no way to the other 35. It
    says where they are — in the stories it lists, over its pages — and those pages reach every article quoting them."""
    files = {"config.yaml": CONFIG.replace("page_size: 5", "page_size: 20")}
    for n in range(56):
        files[f"content/articles/q{n:02d}.md"] = (
            f"---\ntitle: Report {n}\nsource: Wire\npublished: 2026-03-{1 + n % 28:02d}T{n // 28 + 8:02d}:00:00Z\n"
            f"story: none\ntopics: [talks]\n---\nAnna Brandt said the talks were \"going nowhere, for reason {n}\".\n")
    site = write_site(tmp_path / "site", files)
    result = run_cli(["build"], cwd=site)
    assert result.returncode == 0, result.stderr
    person = site / "output/people/anna-brandt"
    landing = (person / "index.html").read_text()
    assert "(the 50 most recent of 56; the others are in the stories below and on the older pages)" in landing
    pages = [landing] + [p.read_text() for p in (person / "page").glob("*/index.html")]
    linked = {m for page in pages for m in re.findall(r'href="\.\./\.\./(?:\.\./\.\./)?articles/(q\d\d)/"', page)}
    assert linked == {f"q{n:02d}" for n in range(56)}
