"""A warning about an address is given at the line where that address is written, whole and in order.

A tester (2026-12-05): `![Ferry map](https://e.org/map.png)` on line 6 and `![](https://e.org/map)` on line 8
gave "alt.md:6: the image https://e.org/map has no alt text" (the address found inside a longer one);
`<img alt="" src="…/x">` (decoration, said so) was warned of, its address taken for an earlier `…/x.png`;
and a `javascript:` link of a raw `<a href>` on line 10 was reported at a `[…](javascript:…)` of line 30 (the
openers were tried in turn, `](` first wherever it was). droppedlinks.address_offset now finds the first whole
occurrence after an opener (the attribute's own name for raw HTML), weaker openers (prose brackets) only when
there is none. Checked as properties: images with addresses where some are prefixes of others, in Markdown and
raw HTML, each warned at its own line; a removed link whatever other spellings of its address stand around it.
Since 2026-12-05 a Markdown link's spelling shown as text in a raw HTML block (python-markdown publishes the
block as written) no longer wins over the real link after it (mdrawblocks.raw_block_spans): a property over the
block's tag, its nesting and the real link's spelling.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer
from briefgen.load.unnamed import unnamed_parts

RENDERER = MarkdownRenderer()


def warnings_of(source: str) -> list[tuple[int, str]]:
    rendered = RENDERER.convert(source, "x")
    return sorted((line, message) for line, message, _ in rendered.problems)


STEM = st.from_regex(r"https://e\.org/[a-z]{1,4}", fullmatch=True)
# (an image without alt text, or with it; as Markdown or as raw HTML; its address a stem or the stem with more)
PART = st.tuples(st.sampled_from(["md-bare", "md-alt", "html-bare", "html-alt", "html-decor", "md-link"]),
                 st.sampled_from(["", ".png", "/more", "-x"]))


def written(kind: str, address: str) -> str:
    return {"md-bare": f"A chart ![]({address}) here.", "md-alt": f"A chart ![Ferry map]({address}) here.",
            "html-bare": f'<img src="{address}">', "html-alt": f'<img alt="Ferry map" src="{address}">',
            "html-decor": f'<img alt="" src="{address}">', "md-link": f"See [the map]({address}) now."}[kind]


@settings(max_examples=examples(120), deadline=None, database=None)
@given(stem=STEM, parts=st.lists(PART, min_size=1, max_size=6))
def test_each_image_without_alt_text_is_warned_at_its_own_line(stem: str, parts: list[tuple[str, str]]) -> None:
    lines = [written(kind, stem + tail) for kind, tail in parts]
    source = "Intro.\n\n" + "\n\n".join(lines) + "\n"
    rendered = RENDERER.convert(source, "x")
    said = sorted(unnamed_parts(source, rendered.html))
    expected = sorted((2 + 2 * i, stem + tail) for i, (kind, tail) in enumerate(parts) if kind.endswith("bare"))
    assert [(line, _address(message)) for line, message in said] == expected, (source, said)


def _address(message: str) -> str:
    return message.split("the image ", 1)[1].split(" has no alt text", 1)[0]


def test_the_reported_images() -> None:
    source = ("Intro.\n\n\n\n\nA chart: ![Ferry map](https://e.org/map.png)\n\nAnd a thumbnail ![](https://e.org/map)\n"
              '\n<img src="http://127.0.0.1:8765/h/x.png" alt="s">\n\n<img alt="" src="http://127.0.0.1:8765/h/x">\n')
    said = unnamed_parts(source, RENDERER.convert(source, "x").html)
    assert [(line, _address(message)) for line, message in said] == [(7, "https://e.org/map")], said


DECOYS = {"prose": "Old notes mention (javascript:alert(1)) in passing.",  # a weaker opener
          "longer": '<p><a href="https://e.org/?q=javascript:alert(1)2">ok</a></p>',  # inside a longer one
          "text": "Write javascript:alert(1) never."}  # alone in prose
AFTER = "<div>\n[md js](javascript:alert(1))\n</div>"  # (in a raw block: shown as text, not a link)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(before=st.lists(st.sampled_from(sorted(DECOYS)), max_size=3), between=st.integers(0, 3),
       after=st.booleans())
def test_a_removed_link_is_said_at_its_own_line_not_at_another_spelling(before: list[str], between: int,
                                                                        after: bool) -> None:
    raw = '<p><a href="javascript:alert(1)">js</a></p>'
    source = "Intro.\n\n" + "".join(DECOYS[d] + "\n\n" for d in before) + "Text.\n\n" * between + raw + "\n"
    source += f"\n{AFTER}\n" if after else ""
    line = source.split("\n").index(raw)
    removed = [(at, m) for at, m in warnings_of(source) if "removed" in m and '"javascript:alert(1)"' in m]
    assert len(removed) == 1 and removed[0][0] == line, (source, removed)


def test_the_reported_javascript_link() -> None:
    source = ("Intro <b>x</b> text.\n\n"
              '<div>click</div> <a href="javascript:alert(1)">js</a>\n\n'
              "<math><mtext>\n\n[md js](javascript:alert(1)) and <javascript:alert(3)>\n")
    removed = [(at, m) for at, m in warnings_of(source) if "address" in m and "javascript:alert(1)" in m]
    assert removed and removed[0][0] == 2, removed


BLOCKS = ["div", "section", "details", "figure", "aside", "blockquote", "table"]
DECOY_SPELLINGS = ["[md js]({a})", "[md js][r]\n\n[r]: {a}", "<{a}>", "[x]( {a} )"]
REAL = {"raw": '<p><a href="{a}">js</a></p>', "md": "See [the call]({a}) here.", "inline": "A <a href='{a}'>call</a>."}


@settings(max_examples=examples(80), deadline=None, database=None)
@given(tag=st.sampled_from(BLOCKS), nested=st.booleans(), decoy=st.sampled_from(DECOY_SPELLINGS),
       real=st.sampled_from(sorted(REAL)), between=st.integers(0, 2),
       address=st.sampled_from(["javascript:alert(1)", "javascript:void(0)", "data:text/html,x"]))
def test_markdown_shown_as_text_in_a_raw_block_before_the_real_link_is_passed_over(
        tag: str, nested: bool, decoy: str, real: str, between: int, address: str) -> None:
    inner = decoy.format(a=address)
    block = f"<{tag}>\n<{tag}>\n{inner}\n</{tag}>\nmore\n</{tag}>" if nested else f"<{tag}>\n{inner}\n</{tag}>"
    link = REAL[real].format(a=address)
    source = "Intro.\n\n" + block + "\n\n" + "Text.\n\n" * between + link + "\n"
    line = source.split("\n").index(link)
    removed = [at for at, m in warnings_of(source) if "removed" in m and f'"{address}"' in m]
    assert removed == [line], (source, warnings_of(source))


def test_the_reported_raw_block() -> None:
    source = ("Intro.\n\n<div>\nOld text: [call](javascript:alert(1)) here.\n</div>\n\nMiddle.\n\n"
              '<p><a href="javascript:alert(1)">real</a></p>\n')
    assert [at for at, m in warnings_of(source) if "removed" in m] == [8]
