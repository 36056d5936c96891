"""Unit tests of the import stages on small values, without a network or a CLI."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.importer.articles import REMOVE, edit_front
from briefgen.importer.boilerplate import clean_html
from briefgen.importer.configedit import NewFeed, add_feeds
from briefgen.importer.http import retry_after
from briefgen.importer.identity import choose_mode, fingerprint, identity_of
from briefgen.importer.jsonfeed import looks_like_json
from briefgen.importer.links import canonical, dedup_key, resolve, rewrite_links
from briefgen.importer.state import BACKOFF_CAP, FeedState, after_answer, after_failure, waiting
from briefgen.importer.status import status_of
from briefgen.load.yamltext import load_mapping


@pytest.mark.parametrize("url, clean", [
    ("https://x.example/a?utm_source=rss&id=3", "https://x.example/a?id=3"),
    ("https://x.example/a?id=3&UTM_Medium=x#frag", "https://x.example/a?id=3#frag"),
    ("https://x.example/a?fbclid=1&gclid=2&msclkid=3&mc_cid=4&mc_eid=5&_hsenc=6&mtm_kwd=7", "https://x.example/a"),
    ("https://x.example/a?ref=own.example", "https://x.example/a"),
    ("https://x.example/a?ref=www.own.example", "https://x.example/a"),
    ("https://x.example/a?ref=partner.example", "https://x.example/a?ref=partner.example"),
    ("https://x.example/a?b=2&a=1&q=%7Ex+y", "https://x.example/a?b=2&a=1&q=%7Ex+y"),
    ("https://x.example/a?", "https://x.example/a?"),
    ("https://x.example/path;p?x=1", "https://x.example/path;p?x=1"),
])
def test_canonical(url: str, clean: str) -> None:
    assert canonical(url, frozenset({"own.example"})) == clean


def test_a_url_without_trackers_is_the_same_object_byte_for_byte() -> None:
    url = "HTTPS://Example.org/A%2Fb?z=1&a=%E2%82%AC#x"
    assert canonical(url) is url


def test_dedup_key_folds_scheme_www_order_and_trailing_slash() -> None:
    assert dedup_key("http://www.x.org/a/?b=2&a=1#top") == dedup_key("https://x.org/a?a=1&b=2")
    assert dedup_key("https://x.org:443/a") == dedup_key("https://x.org/a")
    assert dedup_key("https://x.org/a") != dedup_key("https://x.org/b")


def test_resolve_uses_the_first_usable_base() -> None:
    bases = ("", "https://desk.example.net/news/", "http://cdn.example/feed.xml")
    assert resolve("/news/1", bases) == "https://desk.example.net/news/1"
    assert resolve("2023/05/x", ("https://desk.example.net/news/2023/05/m",)) == \
        "https://desk.example.net/news/2023/05/2023/05/x"
    assert resolve("javascript:alert(1)", bases) == "" and resolve("/x", ("feeds/local.xml",)) == ""
    assert resolve("https://abs.example/", ()) == "https://abs.example/"


def test_rewrite_links_in_sanitised_html() -> None:
    html = ('<p><a href="/a?utm_source=x">a</a><img src="i.png"><a href="#fn1">1</a>'
            '<a href="mailto:x@y.example">m</a> href="/not-a-tag"</p>')
    out = rewrite_links(html, ("https://s.example/dir/page",), frozenset())
    assert out == ('<p><a href="https://s.example/a">a</a><img src="https://s.example/dir/i.png">'
                   '<a href="#fn1">1</a><a href="mailto:x@y.example">m</a> href="/not-a-tag"</p>')


def test_identity_modes() -> None:
    assert choose_mode(["a", "b", "c"], ["1", "2", "3"]) == "guid"
    assert choose_mode(["a"] * 20 + [f"g{n}" for n in range(20)], [str(n) for n in range(40)]) == "link"
    assert choose_mode([""] * 4, ["x"] * 4) == "link+date"
    assert choose_mode([f"g{n}" for n in range(39)] + [""], [""] * 40) == "guid"  # 1 in 40 is within 5%
    assert choose_mode(["a"] * 3, ["1", "2", "3"], pinned="guid") == "guid"
    when = dt.datetime(2023, 5, 10, 9, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert identity_of("guid", "", "https://x/1", when, "d") == "https://x/1"
    assert identity_of("link+date", "g", "https://x/1", when, "d") == "https://x/1#2023-05-10T06:00:00Z"
    assert identity_of("link", "g", "", None, "d") == "g"


def test_fingerprint_ignores_dates_but_not_content() -> None:
    base = fingerprint("T", "https://x/1", ["A"], ["t"], "<p>b</p>")
    assert base == fingerprint("T", "https://x/1", ["A"], ["t"], "<p>b</p>")
    assert base != fingerprint("T", "https://x/1", ["A"], ["t"], "<p>c</p>")
    assert base != fingerprint("T", "https://x/1", ["A", "B"], ["t"], "<p>b</p>")


def test_retry_after_seconds_and_http_dates() -> None:
    assert retry_after("120", now=1000.0) == 1120.0
    moment = dt.datetime(2099, 10, 21, 7, 28, tzinfo=dt.timezone.utc).timestamp()
    assert retry_after("Wed, 21 Oct 2099 07:28:00 GMT", now=moment - 3600) == moment
    assert retry_after("Wed, 21 Oct 2099 07:28:00 GMT", now=0.0) == 86400.0  # at most a day ahead
    assert retry_after("999999999999999", now=0.0) == 86400.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=2e9) == 2e9  # in the past: now
    assert retry_after("soon", now=0.0) is None and retry_after("", now=0.0) is None


def test_back_off_doubles_and_is_capped_at_a_day_and_never_disables() -> None:
    state = FeedState("https://x.example/feed")
    delays = []
    for _ in range(12):
        state = after_failure(state, 0.0, 500, "HTTP 500")
        delays.append(state.next_allowed)
    assert delays[:3] == [300.0, 600.0, 1200.0] and delays[-1] == BACKOFF_CAP
    assert not waiting(state, BACKOFF_CAP + 1, force=False)  # a day later it is asked again
    assert waiting(state, 10.0, force=False) and not waiting(state, 10.0, force=True)
    limited = after_failure(FeedState("u"), 0.0, 429, "429", retry_after=5 * 86400)
    assert limited.next_allowed == BACKOFF_CAP and waiting(limited, 10.0, force=True)
    ok = after_answer(state, 5.0, 200, "")
    assert ok.errors == 0 and not waiting(ok, 5.0, force=False)


def test_status_words() -> None:
    fresh = status_of(FeedState("u"), "U", 1000.0)
    assert fresh.state == "new"
    failing = status_of(after_failure(FeedState("u"), 5.0, 0, "timeout after 20 s"), "U", 10.0)
    assert failing.state == "failing" and "timeout after 20 s" in failing.detail
    stale = status_of(after_answer(FeedState("u", runs=()), 5.0, 200, ""), "U", 40 * 86400.0)
    assert stale.state == "stale"


def test_boilerplate_keeps_real_content() -> None:
    html = ('<p>The post office reopened.</p><img src="a.png" width="640" height="1">'
            '<p><a href="https://x.example/other">Read more</a> about the talks here.</p>')
    assert clean_html(html, "https://x.example/story") == html


def test_edit_front_keeps_every_other_byte() -> None:
    raw = b"---\r\ntitle: T  # mine\r\ndraft: true\r\ntopics: [a]\r\n---\r\nBody\r\n"
    assert edit_front(raw, "draft", REMOVE) == b"---\r\ntitle: T  # mine\r\ntopics: [a]\r\n---\r\nBody\r\n"
    assert edit_front(raw, "also_in", ["X: Y"]) == (b"---\r\ntitle: T  # mine\r\ndraft: true\r\ntopics: [a]\r\n"
                                                    b"also_in:\r\n- 'X: Y'\r\n---\r\nBody\r\n")
    assert edit_front(b"no front matter", "draft", REMOVE) is None


def test_add_feeds_to_config_text() -> None:
    text = "title: T  # t\nfeeds:\n- url: a\n  source: A\n\n# next\nedition: weekly\n"
    new, why = add_feeds(text, [NewFeed("https://b.example/#x", "B: b", "News")])
    assert why == "" and new == ("title: T  # t\nfeeds:\n- url: a\n  source: A\n"
                                 "- url: https://b.example/#x\n  source: 'B: b'\n  category: News\n"
                                 "\n# next\nedition: weekly\n")
    appended, _ = add_feeds("title: T", [NewFeed("https://c.example/")])
    assert appended == "title: T\nfeeds:\n  - url: https://c.example/\n"
    empty, _ = add_feeds("feeds:\ntitle: T\n", [NewFeed("u")])
    assert empty == "feeds:\n  - url: u\ntitle: T\n"


def test_json_feed_detection() -> None:
    assert looks_like_json(b'\xef\xbb\xbf  {"version": 1}') and looks_like_json(b"x", "application/feed+json")
    assert not looks_like_json(b"<?xml ?><rss/>")


# --- editing one front-matter key keeps everything the editor wrote ------------------------------

_comments = st.sampled_from(["# editor: check quotes first", "#x", "# a 'quoted' #hash", '# "q"', "#", "# ---"])
_values = st.sampled_from(["true", "'a # b'", '"x #y"', "plain#text", "[a, b]  ", "2023-05-10", "x:y"])


@settings(max_examples=examples(200), deadline=None)
@given(entries=st.lists(st.tuples(st.sampled_from(["title", "source", "draft", "note", "also_in"]), _values,
                                  st.one_of(st.just(""), _comments), st.lists(_comments, max_size=2)),
                        min_size=1, max_size=5, unique_by=lambda e: e[0]),
       target=st.sampled_from(["draft", "also_in", "note"]), remove=st.booleans())
def test_edit_front_keeps_every_comment(entries: list, target: str, remove: bool) -> None:
    lines = []
    for key, value, after, below in entries:
        lines.append(f"{key}: {value}" + (f"   {after}" if after else ""))
        lines += below
    raw = ("---\n" + "\n".join(lines) + "\n---\nBody\n").encode()
    edited = edit_front(raw, target, REMOVE if remove else ["Wire Two"])
    if edited is None:  # the original must then not parse
        assert load_mapping("\n".join(lines) + "\n", "")[0] is None or load_mapping("\n".join(lines), "")[1]
        return
    text = edited.decode()
    for key, _, after, below in entries:
        for comment in ([after] if after else []) + below:
            assert comment in text.splitlines() or any(line.endswith(comment) for line in text.splitlines()), (
                comment, text)
    assert text.endswith("---\nBody\n")
