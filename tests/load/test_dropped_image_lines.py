"""An image the sanitiser removes for its address is named at its own line, with its address, and its `alt` and
`title` are not named again as raw HTML removed (briefgen/load/droppedmarkup.py). A hostile trial (2026-12-04):
Markdown images with javascript: addresses at lines 33 and 37, beside a raw <img> that stayed, gave "raw HTML … was
removed, its text kept: alt (2×), title" at the body's first line, where no image is."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer

RENDERER = MarkdownRenderer()
RAW_HTML = "raw HTML that pages do not publish was removed"
BAD = st.sampled_from(["javascript:alert({})", "vbscript:msgbox({})", "data:image/png;base64,AAAA{}",
                       "JaVaScRiPt:alert({})"])  # (each image's own address: a repeated one is said at its first line)
IMAGE = st.tuples(st.sampled_from(["im", "a map", "x"]), BAD, st.sampled_from(["", ' "t"', " 'a title'"]),
                  st.booleans())  # (alt, address, title, written as a reference)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(st.lists(IMAGE, min_size=1, max_size=4), st.integers(0, 3), st.booleans())
@example([("img ref", "javascript:alert(21)", ' "t"', True), ("im", "javascript:alert(16)", "", False)], 2, True)
def test_each_removed_image_is_named_at_its_own_line(images, gap: int, raw_kept: bool) -> None:  # type: ignore[no-untyped-def]
    lines = ["Plain intro about the ceasefire.", ""]
    if raw_kept:  # (an image of the same element that stays: the trial's figure)
        lines += ['<p><img src="https://example.org/x.png" alt="kept"></p>', ""]
    definitions, where = [], {}
    for index, (alt, address, title, reference) in enumerate(images):
        address = address.format(index)
        lines += [""] * gap
        if reference:
            lines.append(f"Text and ![{alt}][r{index}] here.")
            definitions.append((index, f"[r{index}]: {address}{title}"))
        else:
            lines.append(f"Text and ![{alt}]({address}{title}) here.")
            where[index] = len(lines) - 1
        lines.append("")
    for index, definition in definitions:
        lines.append(definition)
        where[index] = len(lines) - 1
    body = "\n".join(lines) + "\n"
    said = RENDERER.convert(body, "a").problems
    assert not [message for _, message, _ in said if RAW_HTML in message], said
    named = {line for line, message, _ in said if "removed, and what" in message}
    assert named == set(where.values()), (said, where)


def test_the_trial_body() -> None:
    body = _TRIAL  # (the trial's lines 7-37 that matter, at their lines: line 33 is the body's 27th)
    said = RENDERER.convert(body, "a").problems
    assert not [(line, message) for line, message, _ in said if RAW_HTML in message and "alt" in message], said
    assert {line for line, message, _ in said if "javascript:alert(16)" in message} == {26}  # (file line 33)
    assert {line for line, message, _ in said if "javascript:alert(21)" in message} == {30}  # (file line 37)


_TRIAL = """\
Plain intro about the ceasefire.

<figure><img src="https://evil.example/x.png" srcset="https://evil.example/a.png 1x, javascript:alert(1) 2x" \
onerror="alert(2)"><figcaption>Cap</figcaption></figure>
""" + "\n" * 23 + """\
[ref link][r1] and ![img ref][r2] and <javascript:alert(14)> and [inline](javascript:alert(15)) and ![im](javascript:alert(16))
and [spaced]( javascript:alert(17) ) and [angle](<javascript:alert(18)>) and [enc](javascript&colon;alert(19))

[r1]: javascript:alert(20)
[r2]: javascript:alert(21) "t"
"""
