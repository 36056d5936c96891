"""Property-based tests (hypothesis): the one front-matter writer round-trips any text, and any
feed entry imports or yields a diagnostic — never a traceback — and the site still builds.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.importing import config_text, esc
from support.sites import run_cli, write_site
from support.examples import examples

from briefgen.build import BuildOptions, build
from briefgen.diagnostics import Diagnostic
from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.load.codepoints import FORBIDDEN
from briefgen.load.onelines import fold_lines
from briefgen.load.fields import Fields
from briefgen.load.frontmatter import parse, write
from briefgen.load.text import nfc, shows_text

YAML_LOOKALIKES = ["12:30", "010", "0o10", "0x1F", "1.10", "1e3", ".inf", "-.nan", "yes", "No", "on", "off", "y",
                   "null", "~", "Null", "true", "False", "- x", "---", "...", ": ", "#", "a #b", "a: b", "[x]",
                   "{x: y}", "!tag", "&anchor", "*alias", "|", ">", "%YAML", "@x", "`x", "'", '"', "2023-05-10",
                   "2023-05-10T09:00:00Z", "<<", "=", "? x", "\t", "\\", "Reuters: World", "1_000", "+1", "0b101"]
# Text a field may hold: control characters and noncharacters are refused by the build
# (load/codepoints.py; tested in tests/load), so the writer is not asked to round-trip them; nor line breaks in
# a one-line field, which the build folds with a warning (load/onelines.py, tested in tests/load).
text_values = st.one_of(st.sampled_from(YAML_LOOKALIKES), st.text(min_size=1, max_size=40),
                        st.builds(lambda a, b: a + b, st.sampled_from(YAML_LOOKALIKES), st.text(max_size=10)),
                        ).filter(lambda value: FORBIDDEN.search(value) is None and fold_lines(value.strip()) is None)


def read_back(text: str, key: str, as_list: bool = False) -> object:
    """The value of `key` as the build reads it: frontmatter.parse, then fields.Fields."""
    data, _, _, problems = parse(text, "x.md")
    assert data is not None and problems == [], (text, problems)
    found: list[Diagnostic] = []
    fields = Fields(data, "x.md", found)
    value = fields.text_list(key) if as_list else fields.text(key)
    assert found == [], (text, found)
    return value


@settings(max_examples=examples(400), deadline=None)
# (distinct authors, each showing something, as the importer writes them (read._unique): a repeat is a
# warning since dc90afc, a blank or invisible item since 4d9d8a9)
@given(title=text_values, source=text_values,
       authors=st.lists(text_values.filter(lambda a: shows_text(nfc(a))), min_size=1, max_size=3,
                        unique_by=lambda a: nfc(a).strip().casefold()))  # (authors differing in case are one)
@example(title="12:30", source="12:30", authors=["\u0f4d"])  # found by hypothesis once text was read in NFC
def test_front_matter_writer_round_trips_any_text(title: str, source: str, authors: list[str]) -> None:
    text = write({"title": title, "source": source, "published": dt.date(2023, 5, 10), "author": authors,
                  "url": None, "draft": True}, "Body.\n")
    # The build reads text in NFC (load/text.nfc: 'ཌྷ' is a composition exclusion, so NFC changes it)
    # and fields strip surrounding whitespace, both by design.
    assert read_back(text, "title") == nfc(title).strip()
    assert read_back(text, "source") == nfc(source).strip()
    assert read_back(text, "author", as_list=True) == tuple(nfc(a).strip() for a in authors)


def test_briefgen_new_article_with_a_source_that_looks_like_yaml(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {"config.yaml": config_text().replace(
        "topics:", "sources:\n  - name: 'Reuters: World'\ntopics:")})
    made = run_cli(["new", "article", "12:30 talks: yes"], root)
    assert made.returncode == 0, made.stderr
    text = (root / "content/articles/12-30-talks-yes.md").read_text(encoding="utf-8")
    assert read_back(text, "source") == "Reuters: World" and read_back(text, "title") == "12:30 talks: yes"
    checked = run_cli(["check", "--drafts"], root)
    assert checked.returncode == 0, checked.stderr


# --- any feed entry ---------------------------------------------------------------------------------

hostile = st.sampled_from(["<script>alert(1)</script>", "<b>", "</p>", "<li>x", "&amp;", "&bogus;", "]]>",
                           "---", "\u2028", "\x85", "javascript:x", "//cdn.example/x", "?utm_source=x",
                           "<img src=x onerror=y>", "<a href='/rel'>r</a>", '"', "\ud7ff", "\U0001F600"])
field = st.one_of(st.text(max_size=30), hostile, st.builds(lambda a, b: a + b, hostile, st.text(max_size=8)))
entry = st.fixed_dictionaries({"title": field, "guid": st.one_of(st.just(""), field), "link": field,
                               "date": st.one_of(st.just(""), st.sampled_from(
                                   ["Wed, 10 May 2023 09:00:00 +0300", "2099-01-01T00:00:00Z", "garbage",
                                    "Mon, 31 Feb 2023 00:00:00 GMT"])),
                               "html": field, "author": field, "tag": field})


def xml_text(value: str) -> str:
    """XML 1.0 allows neither these characters nor escaped ones: a feed cannot carry them."""
    return esc("".join(c for c in value if c in "\t\n\r" or " " <= c <= "\ud7ff" or "\ue000" <= c <= "\ufffd"
                       or c > "\uffff"))


def rss_of(entries: list[dict[str, str]]) -> str:
    items = []
    for e in entries:
        parts = [f"<title>{xml_text(e['title'])}</title>", f"<link>{xml_text(e['link'])}</link>",
                 f"<description>{xml_text(e['html'])}</description>",
                 f"<author>{xml_text(e['author'])}</author>", f"<category>{xml_text(e['tag'])}</category>"]
        if e["guid"]:
            parts.append(f"<guid>{xml_text(e['guid'])}</guid>")
        if e["date"]:
            parts.append(f"<pubDate>{xml_text(e['date'])}</pubDate>")
        items.append(f"<item>{''.join(parts)}</item>")
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Prop</title>'
            f"<link>https://prop.example/</link>{''.join(items)}</channel></rss>")


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("props")


@settings(max_examples=examples(8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(entry, min_size=1, max_size=4))
def test_any_feed_entry_imports_or_yields_a_diagnostic_and_the_site_builds(workdir: Path,
                                                                          entries: list[dict[str, str]]) -> None:
    root = workdir / f"site{len(list(workdir.iterdir()))}"
    write_site(root, {"config.yaml": config_text("feeds/p.xml"), "feeds/p.xml": rss_of(entries)})
    result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
    assert result.config_ok
    for d in result.diagnostics:
        assert d.path == "config.yaml" and d.line > 0 and d.message, d
    if result.ok:
        assert result.written >= 1
    built = build(root / "config.yaml", BuildOptions(jobs=1))
    assert built.ok, [str(d) for d in built.diagnostics]
