"""U+FFFD and U+FFFC in an address are percent-encoded, so the page stays valid HTML5.

`<a href="java&#0;script:alert(1)">` (a NUL reference, which HTML reads as U+FFFD) was kept as
the relative link `java\ufffdscript:alert(1)`, and the Nu Html Checker refused the page: "Illegal
character in path segment. “\ufffd” is not allowed". The checker's URL code points (galimatias)
end at U+FFEF, so the Specials block is refused wherever it stands — path, query or fragment,
in a body's href/src/cite and in `url:` alike. U+FFFD is what a broken byte or `&#0;` becomes
(common in feeds); U+FFFC is what text copied with an embedded picture carries. Both are now
percent-encoded, which a browser does too: the address means the same. The trial's body is an
entry of tests/load/data/broken_html.txt (test_hostile_site.py: its pages pass the Nu checker).
"""
from __future__ import annotations

from urllib.parse import unquote

from hypothesis import example, given, settings, strategies as st

from briefgen.load.htmlattrs import fix_url
from support.hostile import article
from support.examples import examples

_ASCII_KEPT = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/?%#")


def checker_accepts(char: str) -> bool:
    """A URL code point as the Nu Html Checker reads one (galimatias' isURLCodePoint), or `%`/`#`."""
    code = ord(char)
    return char in _ASCII_KEPT or any(low <= code <= high for low, high in (
        (0xA0, 0xD7FF), (0xE000, 0xFDCF), (0xFDF0, 0xFFEF),
        *((plane, plane + 0xFFFD) for plane in range(0x10000, 0x110000, 0x10000))))


TEXT = st.text(st.one_of(st.sampled_from("\ufffd\ufffc\ufff0\uffef\ufdd0a/?#%é "), st.characters()), max_size=12)


@settings(max_examples=examples(100), deadline=None)
@given(before=TEXT, after=TEXT, form=st.sampled_from(["{}", "https://news.example.com/{}", "mailto:desk@example.org?s={}"]))
@example(before="java", after="script:alert(1)", form="{}")
@example(before="caf", after="", form="https://news.example.com/{}")
def test_every_kept_address_has_only_characters_the_checker_accepts(before: str, after: str, form: str) -> None:
    written = form.format(f"{before}\ufffd{after}")
    fixed = fix_url(written)
    if fixed is None:
        return  # dropped (no valid reading): nothing invalid on the page
    assert all(checker_accepts(char) for char in fixed), fixed
    assert "\ufffd" in unquote(fixed)  # the same address, escaped as a browser sends it


def test_an_original_address_with_them_is_written_encoded() -> None:
    """`url:` takes the same form (htmlattrs.link_address); pages and feeds print it as found here.
    The trial's body is an entry of tests/load/data/broken_html.txt, whose pages the Nu checker reads."""
    found, problems = article("---\ntitle: T\nsource: S\npublished: 2023-05-08\n"
                              'url: "https://news.example.com/caf\\uFFFD/geneva?q=\\uFFFC#\\uFFFD"\n---\nText.\n')
    assert found is not None and problems == [], problems
    assert found.url == "https://news.example.com/caf%EF%BF%BD/geneva?q=%EF%BF%BC#%EF%BF%BD"
