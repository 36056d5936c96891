"""A feed's `source:` or `category:` in config.yaml that shows nothing is refused at its line, like an empty one.

Reported (2026-12-05): `source: "\\u3164"` (a Hangul filler) passed config.yaml's check, where a title, an author
or `via:` of it is refused or left out (load/codepoints.py `visible`): every article of the feed was then written
with a blank `source:`, which the build refused file by file. The kind: a name shown to readers (the outlet) or
the editor (OPML's folder) checked for emptiness, not by what shows. Now load/feedconfig.py applies the same rule
and refuses it at its line; OPML import writes no such value (the feed is added without it), and a feed whose own
title shows nothing does not name the outlet (its address does).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.fetch import FetchOptions, fetch_feeds
from briefgen.importer.opml import import_opml
from briefgen.load.codepoints import visible
from briefgen.load.config import load_config
from support.examples import examples
from support.importing import config_text, front, rss
from support.sites import write_site

# Default_Ignorable_Code_Point (DerivedCoreProperties.txt), White_Space (PropList.txt) and the braille blank, as
# tests/load/test_blank_names.py draws them
DEFAULT_IGNORABLE = [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, *range(0x180B, 0x1810),
                     *range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2060, 0x2070), 0x3164,
                     *range(0xFE00, 0xFE10), 0xFEFF, 0xFFA0, *range(0x1BCA0, 0x1BCA4), *range(0x1D173, 0x1D17B),
                     0xE0001, *range(0xE0020, 0xE0080), *range(0xE0100, 0xE01F0)]
WHITE_SPACE = [0x20, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029, 0x202F, 0x205F, 0x3000]
BLANK = st.lists(st.sampled_from([chr(c) for c in (*DEFAULT_IGNORABLE, *WHITE_SPACE, 0x2800)]), min_size=1,
                 max_size=5).map("".join)
SHOWN = st.text(st.characters(categories=("L", "N")), min_size=1, max_size=4)


def _problems(tmp: Path, source: str | None, category: str | None, escaped: bool) -> tuple[list, int]:
    """(the config's problems, the line of the feed's first key after `url:`) for one feed with these values,
    written as YAML escapes or as the characters themselves."""
    spec = {key: value for key, value in (("source", source), ("category", category)) if value is not None}
    text = config_text({"url": "feed.xml"}) + "".join(
        f"    {key}: {_yaml_escaped(value) if escaped else json.dumps(value, ensure_ascii=False)}\n"
        for key, value in spec.items())
    (tmp / "config.yaml").write_text(text, encoding="utf-8")
    _, problems = load_config(tmp / "config.yaml", "config.yaml")
    return problems, text.splitlines().index("  - url: feed.xml") + 2


def _yaml_escaped(text: str) -> str:
    """`text` as a YAML double-quoted scalar of escapes only (`\\u3164`, `\\U0001BCA0`: YAML has no surrogate
    pairs, which JSON writes)."""
    return '"' + "".join(f"\\u{ord(c):04X}" if ord(c) < 0x10000 else f"\\U{ord(c):08X}" for c in text) + '"'


@settings(derandomize=True, database=None, max_examples=examples(60), deadline=None)
@given(blank=BLANK, key=st.sampled_from(["source", "category"]), escaped=st.booleans(), other=SHOWN)
@example(blank="\u3164", key="source", escaped=True, other="Wire")  # the report
@example(blank="", key="category", escaped=True, other="Wire")  # an empty one: refused too, at its line
def test_a_blank_source_or_category_is_refused_at_its_line(tmp_path_factory, blank: str, key: str, escaped: bool,
                                                           other: str) -> None:
    tmp = tmp_path_factory.mktemp("c")
    values = {"source": other, "category": other} | {key: blank}
    problems, first = _problems(tmp, values["source"], values["category"], escaped)
    line = first + (0 if key == "source" else 1)
    at = [p for p in problems if p.severity == "error" and p.line == line and f'"feeds[0].{key}"' in p.message]
    assert len(at) == 1, [(p.line, p.message) for p in problems]
    if "\u2028" not in blank and "\u2029" not in blank:  # (a line break is said as such)
        assert ("shows nothing" if blank.strip(" ") else "is empty") in at[0].message
    assert not [p for p in problems if p.severity == "error" and p.line != line], problems


@settings(derandomize=True, database=None, max_examples=examples(30), deadline=None)
@given(name=SHOWN, blank=BLANK)
def test_a_name_that_shows_is_kept_with_blanks_beside_it(tmp_path_factory, name: str, blank: str) -> None:
    tmp = tmp_path_factory.mktemp("c")
    padded = blank.strip() + name if visible(blank.strip() + name) else name
    problems, _ = _problems(tmp, padded, name, True)
    assert not [p for p in problems if p.severity == "error"], problems


def test_opml_import_writes_no_blank_name(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {"config.yaml": config_text()})
    (tmp_path / "subs.opml").write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body>'
        '<outline text="\u3164"><outline text="News"><outline type="rss" text="\u3164\u200b" '
        'xmlUrl="https://wire.example/rss"/></outline></outline></body></opml>', encoding="utf-8")
    lines, problems = import_opml(root / "config.yaml", tmp_path / "subs.opml", dry_run=False)
    assert not problems and any("added" in line for line in lines), (lines, problems)
    config, problems = load_config(root / "config.yaml", "config.yaml")
    assert config is not None and not [p for p in problems if p.severity == "error"], problems
    (feed,) = config.feeds
    assert feed.source == "" and feed.category == "News"


def test_a_feed_titled_with_nothing_shown_is_named_by_its_address(site: Callable[..., Path]) -> None:
    items = [{"title": "Monitors deploy", "link": "https://w.example/1", "guid": "w-1",
              "date": "Fri, 06 Nov 2026 09:00:00 GMT"}]
    root = site({"url": "wire-feed.xml"}, files={"wire-feed.xml": rss("\u3164", items)})
    result = fetch_feeds(root / "config.yaml", FetchOptions(jobs=1))
    assert result.total("new") == 1
    (path,) = (root / "content/articles").glob("*.md")
    assert front(path)["source"] == "wire-feed"
