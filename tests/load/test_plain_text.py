"""The plain texts the analyses read (load/markup.plain_text, plain_blocks) collapse white space
with `str.split`, which must be exactly `re.sub(r"\\s+", " ", text).strip()`, the rule they were
written with: any white space of Unicode (and the control characters Python counts as such)."""
from __future__ import annotations

import html
import re
import sys

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.load import markup, plaintext
from briefgen.load.text import nfc

SPACE = re.compile(r"\s+")
WHITE = "".join(SPACE.findall("".join(map(chr, range(sys.maxunicode + 1)))))  # (every code point `\s` matches, in
# order: one search of them all, 0.23 s of each test process's collection, where a match per code point took 0.44 s)
TEXT = st.text(st.one_of(st.sampled_from(WHITE), st.characters(), st.sampled_from("<>&;/\x00 abp")), max_size=80)


SET_APART = re.compile(r"<blockquote\b[^>]*>", re.I)


def reference_blocks(fragment: str) -> str:
    """Blocks joined by a blank line, a block quotation's first block after one line break more
    (plaintext.SET_APART_BREAK, 2026-12-05, late night)."""
    if "<blockquote" in fragment:
        fragment = SET_APART.sub(lambda found: found.group() + "\x03", fragment)
    text = nfc(html.unescape(plaintext._TAG.sub("", plaintext._BLOCK_TAG.sub("\x00", fragment))))
    blocks, apart = [], False
    for part in text.split("\x00"):
        if "<blockquote" in fragment:
            apart = apart or "\x03" in part
            part = part.replace("\x03", "")
        part = SPACE.sub(" ", part).strip()
        if part:
            blocks.append(("\n" if apart and blocks else "") + part)
            apart = False
    return "\n\n".join(blocks)


def reference_text(fragment: str) -> str:
    return nfc(SPACE.sub(" ", html.unescape(plaintext._TAG.sub("", plaintext._BLOCK_TAG.sub(" ", fragment)))).strip())


def test_str_split_and_the_pattern_agree_on_every_character() -> None:
    assert all(c.isspace() for c in WHITE)
    assert sum(1 for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()) == len(WHITE)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.one_of(TEXT, st.sampled_from(["<p>", "</p>", "<li>", "<br>", "<em>", "</em>", "&amp;", "&#x301;",
                                                 "&nbsp;", "<h2 id=x>", "\u2028", "\x1f"])), max_size=12))
def test_plain_texts_equal_the_regular_expression_rule(parts: list[str]) -> None:
    fragment = "".join(parts)
    assert markup.plain_blocks(fragment) == reference_blocks(fragment)
    assert markup.plain_text(fragment) == reference_text(fragment)
