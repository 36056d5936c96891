"""A sitemap `<loc>` is `x(base + quote(path, safe=_PATH_SAFE))` for every path, also when the plain path is written
without either call (render/machine.sitemap_loc, SP11). Whole sitemaps: test_static_sitemap, test_machine_urls."""
from urllib.parse import quote

from hypothesis import example, given, strategies as st

from briefgen.render.feeds import x
from briefgen.render.machine import _PATH_SAFE, sitemap_loc

PLAIN = "abcXYZ0189/-._~!$'()*+,;=:@"
HOSTILE = "&<>%?# \"\x00\x0b\ufffe\ud800é\u0301ü中\u202e\\^`{|}[]"


def the_long_way(base: str, path: str) -> str:
    return x(base + quote(path, safe=_PATH_SAFE))


@given(st.sampled_from(["https://example.org/", "https://example.org/a&b/", "http://h/x%20y/", "https://e.org/<b>/"]),
       st.text(alphabet=st.sampled_from(PLAIN + HOSTILE)) | st.text())
@example("https://example.org/", "articles/a-b_c~d/")
@example("https://example.org/", "q&a/")
@example("https://example.org/", "i?j.html")
@example("https://example.org/", "o p.html")
@example("https://example.org/", "g%20h.html")
@example("https://example.org/", "caf\u00e9/")
@example("https://example.org/", "x\ny")
@example("https://example.org/a&b/", "plain/path/")
@example("https://example.org/", "\ud800")  # (a lone surrogate: quote's UnicodeEncodeError, both ways)
def test_loc_is_the_quoted_escaped_path(base: str, path: str) -> None:
    assert outcome(sitemap_loc, base, x(base), path) == outcome(the_long_way, base, path)


def outcome(function, *args):  # type: ignore[no-untyped-def]
    try:
        return function(*args)
    except Exception as exc:  # the same error either way
        return type(exc)
