"""A file is said to be UTF-16 or UTF-32 only when it is: a byte-order mark, or bytes that read, in one byte
order, as text an editor saves (load/text._reads_as_text). Binary bytes are not.

A trial's config.yaml holding the bytes 00 01 02 was "not UTF-8 but UTF-16 (as Windows' Unicode saves
text)": read as UTF-16 they are "Ā", printable, and nothing else was asked. Saving the file as UTF-8 could
not help; such bytes are now reported as what they hold (a NUL) where YAML reads them.
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st

from briefgen.load.text import decode
from support.examples import examples

YAML = st.lists(st.sampled_from(["title: Talks\n", "topics:\n", "  - id: talks\n", "Київ: ", "base_url: x\n",
                                 "# note\n", "tags: [a, b]\n"]), min_size=1, max_size=8).map("".join)


def _claims(raw: bytes) -> str:
    _, problems = decode(raw, "config.yaml")
    return " ".join(str(p) for p in problems)


@settings(max_examples=examples(100), deadline=None)
@given(raw=st.lists(st.sampled_from([0, 0, 0, 1, 2, 3, 0x10, 0x1b, 0x41, 0x0a, 0x7f, 0x80, 0xc3, 0xff]), min_size=1,
                    max_size=60).map(bytes).filter(lambda b: 0 in b and not b.startswith((b"\xff\xfe", b"\xfe\xff"))))
@example(raw=b"\x00\x01\x02")  # the trial's
@example(raw=b"\x00\x01\x02\x03\x00\x05\x06\x07")
def test_binary_bytes_are_never_called_utf16_or_utf32(raw: bytes) -> None:
    text = None
    for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        size = 4 if "32" in encoding else 2
        decoded = raw[:len(raw) - len(raw) % size].decode(encoding, "replace")  # (whole code units, as read)
        if decoded and sum(" " <= c <= "~" or c in "\n\t" for c in decoded) * 4 >= len(decoded) \
                and "\x00" not in decoded:
            text = decoded  # (it may really be such text: then the claim is fair)
    if text is None:
        assert "UTF-16" not in _claims(raw) and "UTF-32" not in _claims(raw), raw


@settings(max_examples=examples(60), deadline=None)
@given(text=YAML, encoding=st.sampled_from(["utf-16-le", "utf-16-be", "utf-16", "utf-32-le", "utf-32-be",
                                             "utf-32"]))
def test_text_saved_wide_is_named(text: str, encoding: str) -> None:
    name = "UTF-16" if "16" in encoding else "UTF-32"
    raw = text.encode(encoding)
    if "Київ" in text and not encoding.endswith(("16", "32")) and raw.count(0) * 3 < min(len(raw), 400):
        return  # (too few zero bytes to tell without a mark: read as UTF-8, which says "not valid UTF-8")
    assert f"not UTF-8 but {name}" in _claims(raw), (text, encoding)


def test_the_reported_bytes() -> None:
    claims = _claims(b"\x00\x01\x02")
    assert "UTF-16" not in claims and "UTF-32" not in claims
