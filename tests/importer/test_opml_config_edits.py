"""`briefgen opml import` adds feeds to config.yaml by lines, and keeps the edit only when it reads back as the old
mapping plus exactly the new feeds, every other byte as it was (configedit.py); otherwise it refuses at a line.

Before 2026-12-05 the edit was only checked by the config schema, and the file was written back as text: a CRLF
config came back with LF line ends, its byte-order mark dropped, its text in NFC; and a `feeds:` list anchored and
used by an alias elsewhere (`mirror: *f`) gave that key the new feeds too, silently.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.configedit import NewFeed, edit_config
from briefgen.importer.opml import import_opml
from briefgen.load.text import decode
from briefgen.load.yamltext import load_mapping
from support.examples import examples
from support.importing import HEAD

BOM = b"\xef\xbb\xbf"
ENDS = ["\n", "\r\n", "\r"]

# How `feeds:` is written: (lines, whether lines can extend it). `{i}` is the list's indentation.
FEEDS = {
    "absent": ([], True),
    "empty": (["feeds:"], True),
    "empty, a comment": (["feeds:   # none yet"], True),
    "block": (["feeds:", "{i}- url: https://a.example/rss", "{i}  source: A  # the first"], True),
    "block, comments between": (["feeds:", "{i}# Europe", "{i}- url: https://a.example/rss", "",
                                 "{i}# Asia", "{i}- {{url: 'https://b.example/rss', source: B}}  # flow item"], True),
    "block, anchored item": (["feeds:", "{i}- &first", "{i}  url: https://a.example/rss", "{i}- *first"], True),
    "flow list": (["feeds: [{{url: https://a.example/rss}}]"], False),
    "flow, empty": (["feeds: []"], False),
    "null": (["feeds: null"], False),
    "anchored, aliased elsewhere": (["feeds: &mine", "{i}- url: https://a.example/rss", "mirror: *mine"], False),
    "an alias": (["theirs: &theirs", "  - url: https://a.example/rss", "feeds: *theirs"], False),
}

OTHER = [  # other keys, written before or after `feeds:`
    ["title: 'Briefing: \"daily\"'  # the name"],
    ["# a comment of its own", "", "language: uk"],
    ["defaults: &d", "  timeout: 20", "import:", "  <<: *d", "  draft: true"],
    ["topics:", "  - id: talks", "    keywords: [ceasefire, truce]   # flow list"],
    ["note: |", "  two lines", "  of text", ""],
    ["café: 'e\u0301'"],  # (not NFC: kept so)
]

names = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=12).map(str.strip)
new_feeds = st.lists(st.builds(NewFeed, st.sampled_from(["https://n.example/rss", "https://n.example/#x: y",
                                                         "https://n.example/?a=1&b='2'"]),
                               names, st.sampled_from(["", "News", "Europe / Baltics", "# not a comment"])),
                     min_size=1, max_size=3)


@st.composite
def configs(draw: st.DrawFn) -> tuple[bytes, bool]:
    """(config.yaml's bytes, whether its `feeds:` is written so that lines can extend it)."""
    style = draw(st.sampled_from(sorted(FEEDS)))
    lines, editable = FEEDS[style]
    indent = draw(st.sampled_from(["", "  ", "    "]))
    before = draw(st.lists(st.sampled_from(range(len(OTHER))), max_size=2, unique=True))
    after = draw(st.lists(st.sampled_from([i for i in range(len(OTHER)) if i not in before]), max_size=2,
                          unique=True))
    body = [line for i in before for line in OTHER[i]] + [line.format(i=indent) for line in lines] + \
        [line for i in after for line in OTHER[i]]
    end = draw(st.sampled_from(ENDS))
    text = end.join(body) + (end if draw(st.booleans()) else "")
    return (BOM if draw(st.booleans()) else b"") + text.encode("utf-8"), editable


def read(raw: bytes) -> dict:
    text, problems = decode(raw, "config.yaml")
    assert text is not None, problems
    data, problems = load_mapping(text, "config.yaml")
    assert data is not None, problems
    return data


def plain(value: object) -> object:
    """`value` as plain dicts and lists (a LineMap, a LineList), for comparing."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def inserted_only(old: bytes, new: bytes) -> bool:
    """Whether `new` is `old` with whole lines inserted at one place (and a line end given to a last line that had
    none): every byte the editor wrote, comments included, is where it was."""
    for cut in range(len(old) + 1):
        if new.startswith(old[:cut]) and new.endswith(old[cut:]) and (cut == 0 or old[cut - 1:cut] in b"\r\n"
                                                                       or cut == len(old)):
            return True
    return False


@settings(max_examples=examples(120), deadline=None)
@given(config=configs(), feeds=new_feeds)
@example(config=(b"\xef\xbb\xbftitle: T\r\nfeeds:\r\n  - url: https://a.example/rss\r\n# after\r\nlanguage: uk\r\n",
                 True), feeds=[NewFeed("https://n.example/rss", "N: n", "News")])  # CRLF and a BOM: kept
@example(config=(b"feeds: &mine\n  - url: https://a.example/rss\nmirror: *mine\n", False),
         feeds=[NewFeed("https://n.example/rss")])  # the alias would get the new feed too: refused
def test_added_feeds_read_back_as_the_old_config_plus_exactly_them(config: tuple[bytes, bool],
                                                                   feeds: list[NewFeed]) -> None:
    raw, editable = config
    before = read(raw)
    edit = edit_config(raw, feeds)
    if edit.data is None:
        assert not editable, (edit.line, edit.why)
        assert edit.why and edit.line >= 0 and ("then import again" in edit.why or "by hand" in edit.why)
        return
    assert editable, edit.data
    after = read(edit.data)
    expected = {**before, "feeds": [*(before.get("feeds") or []), *(feed.mapping() for feed in feeds)]}
    assert plain(after) == plain(expected)
    assert list(after) == list(before) + ([] if "feeds" in before else ["feeds"])  # (order kept)
    assert edit.data.startswith(BOM) == raw.startswith(BOM)
    assert inserted_only(raw, edit.data), edit.data
    ends = {end for end in ENDS if end.encode() in raw.replace(b"\r\n", b"")} | ({"\r\n"} if b"\r\n" in raw else set())
    new_ends = {end for end in ENDS if end.encode() in edit.data.replace(b"\r\n", b"")} | (
        {"\r\n"} if b"\r\n" in edit.data else set())
    assert new_ends <= (ends or {"\n"}), (ends, new_ends)


@pytest.mark.parametrize("written, line, says", [
    ("feeds: []\n", 1, "not written as a list with one `- url:` per line"),
    ("title: T\nfeeds: &f\n  - url: https://a.example/rss\nmirror: *f\n", 2, "an alias uses elsewhere"),
    ("theirs: &t\n  - url: https://a.example/rss\nfeeds: *t\n", 3, "add the feeds at line 1 by hand"),
    ("{title: T, feeds: []}\n", 1, "one flow mapping"),
    ("base: &b\n  feeds:\n    - url: https://a.example/rss\n<<: *b\n", 4, "merge key"),
    ("title: \"a\u2028b\"\nfeeds:\n", 1, "U+2028"),
])
def test_what_lines_cannot_extend_is_refused_at_its_line(written: str, line: int, says: str) -> None:
    edit = edit_config(written.encode("utf-8"), [NewFeed("https://n.example/rss")])
    assert edit.data is None and edit.line == line and says in edit.why, edit


def test_opml_import_keeps_a_crlf_config_with_a_bom_byte_for_byte(tmp_path: Path) -> None:
    head = HEAD.replace("title: Import Briefing", "title: Import Briefing  # ours")
    raw = BOM + (head + "feeds:\n  - url: https://a.example/rss\n\n# later\nlanguage: en\n").replace(
        "\n", "\r\n").encode("utf-8")
    (tmp_path / "config.yaml").write_bytes(raw)
    (tmp_path / "subs.opml").write_text('<?xml version="1.0"?><opml version="2.0"><head/><body>'
                                        '<outline text="New: one" xmlUrl="https://n.example/rss"/></body></opml>')
    lines, problems = import_opml(tmp_path / "config.yaml", tmp_path / "subs.opml", dry_run=False)
    assert not problems, problems
    assert (tmp_path / "config.yaml").read_bytes() == raw.replace(
        b"rss\r\n\r\n# later", b"rss\r\n  - url: https://n.example/rss\r\n    source: 'New: one'\r\n\r\n# later")


def test_opml_import_refuses_with_the_line_and_changes_nothing(tmp_path: Path) -> None:
    raw = (HEAD + "feeds: [{url: https://a.example/rss}]  # one line\n").encode("utf-8")
    (tmp_path / "config.yaml").write_bytes(raw)
    (tmp_path / "subs.opml").write_text('<?xml version="1.0"?><opml version="2.0"><head/><body>'
                                        '<outline text="N" xmlUrl="https://n.example/rss"/></body></opml>')
    _, problems = import_opml(tmp_path / "config.yaml", tmp_path / "subs.opml", dry_run=False)
    line = HEAD.count("\n") + 1
    assert [(p.line, p.severity) for p in problems] == [(line, "error")], problems
    assert "not written as a list with one `- url:` per line" in problems[0].message and "nothing was changed" in problems[0].message
    assert (tmp_path / "config.yaml").read_bytes() == raw
