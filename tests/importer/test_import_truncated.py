"""A feed cut short imports its complete entries only; the cut one comes whole, once, later.

A server that stops sending (or a file read while it is written) gives a document that ends
inside an entry. feedparser's lenient parser still gave that entry with what it had — a title
without its link, guid, date or body — and fetch imported it as a stub dated now (a page with
nothing to read). When the whole feed came, the entry was imported a second time, beside the
stub: the stub's identity was a digest of what it had. Now the last entry of a document that
ends inside it is left out, with a warning, and the next complete fetch imports it once.
Real feeds (RSS 2.0, Atom, RSS 1.0) read by feedparser from files of the project.
"""
from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from support.importing import articles, config_text, esc, fetch, front, rss
from support.examples import examples

DATE = "2023-05-02T14:00:00Z"


def _entries(count: int) -> list[dict[str, str]]:
    return [{"title": f"Envoys meet, day {n}", "link": f"https://outlet.example/day-{n}", "guid": f"urn:day:{n}",
             "html": f"<p>Day {n} of the talks in Geneva.</p>"} for n in range(count)]


def _atom(entries: list[dict[str, str]]) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Outlet</title>'
            f'<id>urn:outlet</id><updated>{DATE}</updated><link href="https://outlet.example/"/>\n' + "".join(
                f'<entry><title>{esc(e["title"])}</title><id>{e["guid"]}</id><link href="{e["link"]}"/>'
                f'<updated>{DATE}</updated><content type="html">{esc(e["html"])}</content></entry>\n'
                for e in entries) + "</feed>\n")


def _rdf(entries: list[dict[str, str]]) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<channel rdf:about="https://outlet.example/"><title>Outlet</title><link>https://outlet.example/</link>'
            '<description>d</description></channel>\n' + "".join(
                f'<item rdf:about="{e["guid"]}"><title>{esc(e["title"])}</title><link>{e["link"]}</link>'
                f'<dc:date>{DATE}</dc:date><description>{esc(e["html"])}</description></item>\n'
                for e in entries) + "</rdf:RDF>\n")


FORMATS = {"rss": lambda entries: rss("Outlet", [dict(e, date="Tue, 02 May 2023 14:00:00 +0000") for e in entries]),
           "atom": _atom, "rdf": _rdf}


def _complete(root: Path, count: int) -> None:
    """Every entry is in exactly one file, whole."""
    files = articles(root)
    assert len(files) == count, sorted(files)
    fronts = [(front(p), p.read_text(encoding="utf-8")) for p in files.values()]
    for n in range(count):
        [(data, text)] = [(d, t) for d, t in fronts if d.get("guid") == f"urn:day:{n}"]
        assert data["url"] == f"https://outlet.example/day-{n}" and f"Day {n} of the talks" in text, text
        assert "date_inferred" not in data, data


def test_a_feed_cut_inside_its_last_entry_imports_that_entry_once_when_whole(site: Callable[..., Path]) -> None:
    """The reported case, through the CLI: the download stopped inside the third entry's link."""
    whole = FORMATS["rss"](_entries(3))
    root = site("feeds/outlet.xml", files={"feeds/outlet.xml": whole[:whole.index("https://outlet.example/day-2")]})
    cut = fetch(root)
    assert cut.returncode == 0, cut.stderr
    assert "ends inside its last entry" in cut.stderr and "new=2" in cut.stdout, cut.stdout + cut.stderr
    (root / "feeds" / "outlet.xml").write_text(whole, encoding="utf-8")
    again = fetch(root)
    assert "new=1" in again.stdout, again.stdout
    _complete(root, 3)


@settings(max_examples=examples(25), deadline=None)
@given(kind=st.sampled_from(sorted(FORMATS)), count=st.integers(1, 3), cut=st.floats(0.3, 1.0))
@example(kind="rss", count=3, cut=0.9)
@example(kind="atom", count=2, cut=0.8)
@example(kind="rdf", count=2, cut=0.85)
def test_whatever_a_feed_is_cut_at_no_entry_is_imported_half_or_twice(kind: str, count: int, cut: float) -> None:
    whole = FORMATS[kind](_entries(count))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "feeds").mkdir()
        (root / "config.yaml").write_text(config_text("feeds/outlet.xml"), encoding="utf-8")
        feed = root / "feeds" / "outlet.xml"
        feed.write_text(whole[:int(len(whole) * cut)], encoding="utf-8")
        fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))  # (an error when nothing of a feed is left)
        for path in articles(root).values():  # what was imported is whole
            assert "date_inferred" not in front(path) and "Day " in path.read_text(encoding="utf-8"), path.name
        feed.write_text(whole, encoding="utf-8")
        assert fetch_feeds(root / "config.yaml", FetchOptions(jobs=1)).ok
        _complete(root, count)
