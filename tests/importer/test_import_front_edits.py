"""Fetch's `also_in:` and review's `draft:` edits of a front matter the editor may have written by hand.

A hostile trial (2026-12-04): `review accept` on a file whose front matter was one YAML flow
mapping (`{title: …, draft: true}`) deleted every key and said "accepted"; fetch appended
`also_in:` lines below a flow mapping, which then did not parse; a file with CR-only line ends
never got its `also_in:`. The kind: an edit by lines of YAML that lines do not describe. Now
every edit is read back and kept only when it is the old mapping with that one change; else it
is refused, at a line, and the file is left as it was.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.importer.frontedit import REMOVE, front_edit
from briefgen.load.frontmatter import split
from briefgen.load.text import decode
from briefgen.load.yamltext import load_mapping
from support.examples import examples
from support.importing import build_ok, fetch, rss
from support.sites import run_cli

# (value as written, value as read): plain, quoted, tricky text, lists in both styles, a date, a tag
_SCALARS = [("Second report", "Second report"), ('"Reuters: World"', "Reuters: World"), ("'a # b'", "a # b"),
            ('"yes"', "yes"), ("plain#text", "plain#text"), ("!!str 12", "12"), ("'12:30'", "12:30")]
_LISTS = [(["Old Wire"], ["Old Wire"]), (["Old Wire", "'Other: Wire'"], ["Old Wire", "Other: Wire"])]
_COMMENTS = ["# mine", "# check quotes first", "#x", "# a 'quoted' #hash"]


def _value(kind: int, index: int, multiline: bool, indent: str) -> tuple[str, object]:
    if kind == 0:
        written, read = _SCALARS[index % len(_SCALARS)]
        return " " + written, read
    written_items, read = _LISTS[index % len(_LISTS)]
    if kind == 1:  # flow list, over lines or not
        joiner = f",\n{indent}  " if multiline else ", "
        return " [" + joiner.join(written_items) + "]", read
    return "".join(f"\n{indent}- {item}" for item in written_items), read  # block list


@st.composite
def front_matters(draw: st.DrawFn) -> tuple[bytes, dict, list[str], bytes, set[str]]:
    """(the file's bytes, the mapping its front matter is, its comments, its body, the keys whose edit may be
    refused) in one of many styles."""
    keys = draw(st.lists(st.sampled_from(["title", "source", "draft", "also_in", "tags", "note"]),
                         min_size=0, max_size=5, unique=True))
    style = draw(st.sampled_from(["block", "block", "block", "flow", "flow-lines", "indented"]))
    indent = "  " if style == "indented" else ""
    entries, mapping, comments = [], {}, []
    anchor = None
    refusable: set[str] = set()
    for key in keys:
        if key == "draft":
            written, read = " " + draw(st.sampled_from(["true", "false", "yes", "!!bool true"])), None
            read = written.strip() in ("true", "yes", "!!bool true")
        else:
            kind = draw(st.integers(0, 2)) if key in ("also_in", "tags") else 0
            written, read = _value(kind, draw(st.integers(0, 9)), draw(st.booleans()), indent)
        if style.startswith("flow") and "\n" in written:  # (a block list has no place in a flow mapping)
            written, read = " [Old Wire]", ["Old Wire"]
        if style.startswith("block") and anchor is None and draw(st.booleans()) and "\n" not in written \
                and not written.strip().startswith("!!"):
            anchor = key
            written = " &a" + written
        elif anchor is not None and not style.startswith("flow") and key == "note" and draw(st.booleans()):
            written, read = " *a", mapping[anchor]
            refusable.add(anchor)  # (its anchor goes with its value, and the alias then means nothing)
        mapping[key] = read
        explicit = style == "block" and draw(st.integers(0, 5)) == 0
        head = f"{indent}? {key}\n{indent}:" if explicit else f"{indent}{json_key(key, draw(st.booleans()))}:"
        line = head + written
        if not style.startswith("flow") and draw(st.booleans()):
            comment = draw(st.sampled_from(_COMMENTS))
            comments.append(comment)
            line += "   " + comment if "\n" not in written and not explicit else "\n" + indent + comment
        entries.append(line)
    if style == "flow":
        text = "{" + ", ".join(e.strip() for e in entries) + "}" if entries else "{}"
    elif style == "flow-lines":
        text = "{\n" + ",\n".join("  " + e.strip() for e in entries) + "\n}"
    else:
        text = "\n".join(entries)
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    bom = "\ufeff" if draw(st.booleans()) else ""
    body = f"Body line one.{newline}# not front matter{newline}"
    raw = (bom + "---\n" + (text + "\n" if text else "") + "---\n").replace("\n", newline) + body
    if style.startswith("flow"):
        refusable.update(("draft", "also_in", "note"))
    return raw.encode(), mapping, comments, body.encode(), refusable


def json_key(key: str, quoted: bool) -> str:
    return f'"{key}"' if quoted else key


def _front(raw: bytes) -> dict | None:
    text, _ = decode(raw, "")
    parts = split(text, "")[0] if text is not None else None
    return load_mapping(parts.front, "", first_line=2)[0] if parts is not None else None


_EDITS = st.sampled_from([("draft", REMOVE), ("also_in", "add"), ("note", REMOVE)])


@settings(max_examples=examples(300), deadline=None)
@given(front_matters(), _EDITS)
@example((b'---\n{title: "Second report", source: "Wire Outlet", guid: d-2, draft: true}\n---\nOne.\n',
          {"title": "Second report", "source": "Wire Outlet", "guid": "d-2", "draft": True}, [], b"One.\n",
          {"draft"}),
         ("draft", REMOVE))
@example((b'---\r{title: A, url: "https://w.example/1"}\r---\rMine.\r',
          {"title": "A", "url": "https://w.example/1"}, [], b"Mine.\r", {"also_in"}), ("also_in", "add"))
def test_an_edit_is_the_one_change_or_a_refusal(drawn: tuple, edit: tuple) -> None:
    raw, mapping, comments, body, refusable = drawn
    before = _front(raw)
    assert before == mapping, (raw, before, mapping)  # (the generator's own check: briefgen reads it so)
    key, value = edit
    if value == "add":
        old = mapping.get("also_in")
        value = (list(old) if isinstance(old, list) else []) + ["Wire Two"]
    result = front_edit(raw, key, value)
    if result.data is None:
        assert result.line >= 1 and result.why, result
        assert key in refusable, (raw, result)  # a block mapping is edited (but for an anchor an alias needs)
        assert result.line <= raw.count(b"\n") + raw.count(b"\r") - raw.count(b"\r\n")
        return
    after = _front(result.data)
    expected = {k: v for k, v in mapping.items() if k != key}
    if value is not REMOVE:
        expected[key] = value
    assert after == expected, (raw, result.data)
    assert all(isinstance(after[k], type(expected[k])) for k in expected)  # (True is not 1)
    assert result.data.endswith(body)
    text = result.data.decode("utf-8")
    for comment in comments:
        assert comment in text, (comment, text)
    if b"\r" in raw and b"\n" not in raw:  # CR-only stays CR-only; CRLF stays CRLF
        assert b"\n" not in result.data
    elif b"\r\n" in raw:
        assert result.data.count(b"\n") == result.data.count(b"\r\n")


def test_a_block_mapping_keeps_its_indentation_and_a_merge_is_refused() -> None:
    assert front_edit(b"---\n  title: x\n---\n", "also_in", ["W"]).data == b"---\n  title: x\n  also_in:\n  - W\n---\n"
    merged = front_edit(b"---\nbase: &b {draft: true}\n<<: *b\ntitle: x\n---\n", "draft", REMOVE)
    assert merged.data is None and merged.line == 2


FLOW = ('---\n{title: "Second report", source: "Wire Outlet", published: 2026-11-07T09:00:00Z, '
        'url: "https://w.example/2", guid: d-2, draft: true}\n---\n<div>\n<p>One.</p>\n</div>\n')


def test_review_accept_refuses_a_flow_mapping_and_leaves_the_file(site: Callable[..., Path]) -> None:
    root = site(files={"content/articles/second-report.md": FLOW})
    path = root / "content/articles/second-report.md"
    before = path.read_bytes()
    result = run_cli(["review", "accept", "second-report"], root)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "content/articles/second-report.md:2: the front matter is written as one flow mapping" in result.stderr
    assert "remove `draft: true` by hand" in result.stderr and "accepted" not in result.stdout
    assert path.read_bytes() == before


def test_fetch_says_it_cannot_add_also_in_to_a_flow_mapping_and_writes_a_cr_only_file(
        site: Callable[..., Path]) -> None:
    when = dt.datetime(2026, 11, 6, 9, tzinfo=dt.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")
    items = [{"title": "Monitors deploy", "link": "https://w.example/1", "guid": "w-1", "date": when},
             {"title": "Monitors return", "link": "https://w.example/2", "guid": "w-2", "date": when}]
    flow = ('---\n{title: Monitors deploy near the line, source: Example Outlet, published: 2026-11-06T11:00:00Z,'
            ' url: "https://w.example/1"}\n---\nMy summary.\n')
    cr = "---\rtitle: Monitors return\rsource: Example Outlet\rpublished: 2026-11-06T11:00:00Z\r" \
         "url: https://w.example/2\r---\rMine.\r"
    root = site({"url": "feeds/w.xml", "source": "Wire Outlet"},
                files={"feeds/w.xml": rss("W", items), "content/articles/mine.md": flow,
                       "content/articles/cr.md": cr})
    result = fetch(root)
    assert result.returncode == 0, result.stderr
    assert "duplicate=2" in result.stdout
    assert (root / "content/articles/mine.md").read_text() == flow
    assert ("content/articles/mine.md:2: warning: the front matter is written as one flow mapping" in result.stderr
            and 'add `also_in: ["Wire Outlet"]` to the front matter by hand' in result.stderr), result.stderr
    assert (root / "content/articles/cr.md").read_bytes() == (cr[:-len("---\rMine.\r")] + "also_in:\r- Wire Outlet\r"
                                                                "---\rMine.\r").encode()
    build_ok(root)
