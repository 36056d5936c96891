"""Unit tests of Markdown → sanitised HTML (`briefgen.markup`).

Raw HTML is allowed in content, so every hostile construct is fed through the real
renderer and the exact output is checked: what is removed must be gone with its
content, what is allowed must survive unchanged.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.load.markup import MarkdownRenderer, plain_text, sanitise, smarten

RENDERER = MarkdownRenderer()


def render(source: str, prefix: str = "art") -> str:
    return RENDERER.render(source, prefix)


# --- dangerous markup is removed ------------------------------------------------------


@pytest.mark.parametrize("source", [
    "<script>alert(1)</script>\n\nAfter.",
    "<script src=\"https://evil.example/x.js\"></script>\n\nAfter.",
    "<style>body { display: none }</style>\n\nAfter.",
    "<iframe src=\"https://evil.example/\">inside</iframe>\n\nAfter.",
    "<form action=\"https://evil.example/\"><input name=\"q\"><button>Go</button></form>\n\nAfter.",
    "<svg onload=\"alert(1)\"><script>alert(2)</script><circle r=\"5\"/></svg>\n\nAfter.",
    "<object data=\"x.swf\">fallback</object><embed src=\"x.swf\">\n\nAfter.",
    "<math><mi>x</mi></math><textarea>typed</textarea><template>t</template>\n\nAfter.",
    "<noscript>no</noscript><select><option>o</option></select>\n\nAfter.",
    "<base href=\"https://evil.example/\"><link rel=\"stylesheet\" href=\"x.css\">"
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">\n\nAfter.",
])
def test_dangerous_elements_are_removed_with_their_content(source: str) -> None:
    html = render(source)
    assert html.strip().endswith("<p>After.</p>")
    for word in ("script", "style", "iframe", "form", "input", "button", "svg", "circle", "object",
                 "embed", "math", "textarea", "template", "noscript", "select", "base", "link", "meta",
                 "alert", "evil", "inside", "fallback", "typed", "display"):
        assert word not in html, (word, html)


def test_inline_script_in_a_paragraph_is_removed() -> None:
    assert render("Hello <script>alert(1)</script>world") == "<p>Hello world</p>"


@pytest.mark.parametrize("source, expected", [
    ('<p onclick="alert(1)">hi</p>', "<p>hi</p>"),
    ('<IMG SRC="https://example.org/a.png" ONERROR="alert(1)" alt="A">',
     '<p><img src="https://example.org/a.png" alt="A"></p>'),
    ('<div onmouseover="alert(1)" style="color:red" id="main">x</div>', "<div>x</div>"),
    ('<details ontoggle="alert(1)" open><summary>S</summary>x</details>',
     "<details><summary>S</summary>x</details>"),
])
def test_event_handlers_styles_and_foreign_ids_are_removed(source: str, expected: str) -> None:
    assert render(source) == expected


@pytest.mark.parametrize("source", [
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href="  javascript:alert(1)">click</a>',
    '<a href="java&#x09;script:alert(1)">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">click</a>',
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
])
def test_script_and_data_links_lose_their_href(source: str) -> None:
    html = render(source)
    assert "href" not in html
    assert not re.search(r"javascript|vbscript|data:", html, re.I), html
    assert ">click</a>" in html


@pytest.mark.parametrize("source", [
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="x">',
    "![x](data:image/png;base64,iVBORw0KGgo=)",
    '<img src="javascript:alert(1)" alt="x">',
])
def test_script_and_data_image_sources_are_removed(source: str) -> None:
    html = render(source)
    assert "src" not in html and "data:" not in html and "javascript" not in html
    assert html == "<p>x</p>"  # an <img> without src is invalid HTML5: its alt text stands in


def test_link_whose_href_was_removed_has_no_rel() -> None:
    # <a rel> without href is invalid HTML5 (Nu: "Element a is missing required attribute href").
    assert render("[click](javascript:alert(1))") == "<p><a>click</a></p>"
    assert render('<a title="t" href="data:x">d</a> [ok](https://example.org/)') == (
        '<p><a title="t">d</a> <a href="https://example.org/" rel="noopener noreferrer">ok</a></p>')


# --- allowed markup is kept ----------------------------------------------------------------


def test_plain_markdown_is_kept() -> None:
    assert render("A *b* **c** `d` [e](https://example.org/e \"E\")\n\n> quote\n\n- one\n- two\n\n1. x\n") == (
        '<p>A <em>b</em> <strong>c</strong> <code>d</code> '
        '<a href="https://example.org/e" title="E" rel="noopener noreferrer">e</a></p>\n'
        "<blockquote>\n<p>quote</p>\n</blockquote>\n"
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n"
        "<ol>\n<li>x</li>\n</ol>")


def test_tables_are_kept() -> None:
    assert render("| Outlet | Date |\n|---|---|\n| Reuters | 8 May |\n") == (
        "<table>\n<thead>\n<tr>\n<th>Outlet</th>\n<th>Date</th>\n</tr>\n</thead>\n"
        "<tbody>\n<tr>\n<td>Reuters</td>\n<td>8 May</td>\n</tr>\n</tbody>\n</table>")


@pytest.mark.parametrize("source", [
    '<abbr title="North Atlantic Treaty Organization">NATO</abbr>',
    "<mark>m</mark> <small>s</small> <sub>2</sub> <sup>3</sup> <kbd>k</kbd> <del>d</del> <ins>i</ins>",
    '<q cite="https://example.org/q">q</q> <time datetime="2023-05-08">8 May</time>',
])
def test_allowed_inline_raw_html_is_kept(source: str) -> None:
    assert render(source) == f"<p>{source}</p>"


def test_allowed_block_raw_html_is_kept() -> None:
    source = ('<figure><img src="https://example.org/map.png" alt="Map of the front">'
              "<figcaption>Front line</figcaption></figure>")
    assert render(source) == source


def test_http_https_and_mailto_links_are_kept() -> None:
    html = render("[a](http://example.org/a) [b](https://example.org/b) [c](mailto:desk@example.org)")
    assert re.findall(r'href="([^"]+)"', html) == [
        "http://example.org/a", "https://example.org/b", "mailto:desk@example.org"]


def test_relative_links_are_kept() -> None:
    html = render("[next](../other-article/)")
    assert 'href="../other-article/"' in html


# --- footnotes ---------------------------------------------------------------------------


def test_footnote_ids_carry_the_prefix() -> None:
    html = render("Claim.[^1]\n\n[^1]: The source.", prefix="geneva-talks")
    assert re.findall(r'(?:id|href)="([^"]+)"', html) == [
        "fnref-geneva-talks_1", "#fn-geneva-talks_1", "fn-geneva-talks_1", "#fnref-geneva-talks_1"]
    assert "fn:" not in html and "fnref:" not in html


def test_two_bodies_on_one_page_get_distinct_footnote_ids() -> None:
    source = "Claim.[^1]\n\n[^1]: The source."
    ids_a = set(re.findall(r'id="([^"]+)"', render(source, "a")))
    ids_b = set(re.findall(r'id="([^"]+)"', render(source, "b")))
    assert ids_a and ids_b and not ids_a & ids_b


def test_footnote_ids_of_bodies_whose_prefixes_extend_each_other_differ() -> None:
    ids_b = set(re.findall(r'id="([^"]+)"', render("Claim.[^1-x]\n\n[^1-x]: One.", "note-b")))
    ids_b1 = set(re.findall(r'id="([^"]+)"', render("Claim.[^x]\n\n[^x]: Two.", "note-b-1")))
    assert ids_b and ids_b1 and not ids_b & ids_b1  # both were fn-note-b-1-x


def test_content_cannot_set_ids_other_than_footnotes() -> None:
    html = render('<a id="skip-link" href="https://example.org/">x</a> <span id="main">y</span>')
    assert "id=" not in html


# --- images --------------------------------------------------------------------------------


def test_image_without_alt_gets_an_empty_alt() -> None:
    assert render('<img src="https://example.org/a.png">') == '<p><img alt="" src="https://example.org/a.png"></p>'


def test_image_with_alt_keeps_it() -> None:
    assert render("![Map of Kyiv](https://example.org/k.png)") == (
        '<p><img alt="Map of Kyiv" src="https://example.org/k.png"></p>')


def test_every_image_gets_alt() -> None:
    html = render('<img src="https://example.org/1.png"> <img src="https://example.org/2.png" alt="two">')
    assert html.count("<img") == 2
    assert html.count("alt=") == 2


# --- typographic quotes ------------------------------------------------------------------------


def test_quotes_are_curled_in_text() -> None:
    assert render("He said \"it's fine\" and 'ok'.") == (
        "<p>He said \u201cit\u2019s fine\u201d and \u2018ok\u2019.</p>")


def test_quotes_inside_code_pre_and_kbd_are_left_alone() -> None:
    html = render("Use `print(\"it's\")` or <kbd>'q'</kbd>.\n\n    x = \"a\" + 'b'\n")
    assert html == ("<p>Use <code>print(\"it's\")</code> or <kbd>'q'</kbd>.</p>\n"
                    "<pre><code>x = \"a\" + 'b'\n</code></pre>")


def test_quotes_in_attributes_are_left_alone() -> None:
    html = render('<abbr title="Xi\'s &quot;plan&quot;">plan</abbr> "x"')
    assert 'title="Xi\'s &quot;plan&quot;"' in html
    assert html.endswith("\u201cx\u201d</p>")


def test_smarten_resumes_after_code_closes() -> None:
    assert smarten('<p><code>"a"</code> "b" <pre><code>"c"</code></pre> "d"</p>') == (
        '<p><code>"a"</code> \u201cb\u201d <pre><code>"c"</code></pre> \u201cd\u201d</p>')


def reference_smarten(fragment: str) -> str:
    """`smarten` as first written: one pass over tags and quotes with a callback for each."""
    import re

    tokens, raw_block, openers = re.compile(r"<[^>]*>|&quot;|&#39;|[\"']"), re.compile(r"^<(/?)(code|pre|kbd)\b", re.I), \
        frozenset(" \t\n([{\u2014\u2013->")
    depth = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal depth
        token = match.group()
        if token[0] == "<":
            raw = raw_block.match(token)
            if raw:
                depth += -1 if raw.group(1) else 1
            return token
        if depth:
            return token
        start = match.start()
        before = fragment[start - 1] if start else ">"
        double = token in ('"', "&quot;")
        if before in openers:
            return "\u201c" if double else "\u2018"
        if not double and before.isalnum() and fragment[match.end():match.end() + 1].isalnum():
            return "\u2019"
        return "\u201d" if double else "\u2019"

    return tokens.sub(replace, fragment)


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(st.sampled_from(['"', "'", "&quot;", "&#39;", "&amp;", "a", "b", " ", "\n", "(", "\u2014", "-",
                                 "<p>", "</p>", "<code>", "</code>", "<pre>", "</pre>", "<KBD>", "</kbd>",
                                 '<a title="x\'y">', "</a>", "<", ">", "<br>", "<codex>"]), max_size=30).map("".join))
def test_smarten_equals_one_pass_over_tags_and_quotes(fragment: str) -> None:
    """Splitting at tags first gives what one pass with a callback for every tag gave: quotes at a piece's
    start, in attributes, inside code, pre and kbd (any case, nested), after a stray "<" or ">"."""
    assert smarten(fragment) == reference_smarten(fragment)


# --- headings ----------------------------------------------------------------------------------


def test_top_level_heading_is_demoted_to_h2() -> None:
    assert render("# Big news\n\n## Detail\n\n<h1>Raw</h1>") == (
        "<h2>Big news</h2>\n<h2>Detail</h2>\n<h2>Raw</h2>")


def test_no_h1_survives() -> None:
    assert "<h1" not in render("Title\n=====\n\ntext")


# --- helpers ---------------------------------------------------------------------------------


def test_sanitise_alone_removes_script_and_keeps_text() -> None:
    assert sanitise("<p>a<script>b</script>c</p>") == "<p>ac</p>"


def test_plain_text_unescapes_and_collapses_space() -> None:
    assert plain_text("<p>Tom &amp; Jerry</p>\n\n<p>said   &lt;hi&gt;</p>") == "Tom & Jerry said <hi>"


def test_renderer_is_reusable_without_leaking_state() -> None:
    first = render("A[^1]\n\n[^1]: one", "x")
    render("# Other\n\n[^2]: two\n\nB[^2]", "y")
    assert render("A[^1]\n\n[^1]: one", "x") == first


# --- exceptions and Ctrl-C inside the sanitiser reach the caller ----------------------


@pytest.mark.parametrize("error", [ValueError("a bug in the filter"), MemoryError(), KeyboardInterrupt()])
def test_an_exception_in_the_attribute_filter_is_raised_not_printed(error: BaseException) -> None:
    """nh3 prints an attribute filter's exception as "Exception ignored" and drops the attribute."""
    from briefgen.load import markup

    def failing(tag: str, attr: str, value: str) -> str | None:
        raise error

    with pytest.raises(type(error)):
        markup._nh3_clean('<a href="https://example.org/" title="t">x</a>', failing, tags={"a"},
                          attributes={"a": {"href", "title"}})


def test_ctrl_c_while_sanitising_stops_the_work() -> None:
    """Ctrl-C used to arrive inside nh3's attribute filter, where nh3 swallowed it: a build went on."""
    import os
    import signal
    import threading

    from briefgen.load import markup

    fragment = "<p>" + '<a href="https://example.org/a" title="a link">x</a> ' * 20_000 + "</p>"
    # Python's own Ctrl-C handler, also when the runner was started with SIGINT ignored (a
    # shell's background job: `cmd &`), where Python leaves it ignored.
    outer = signal.signal(signal.SIGINT, signal.default_int_handler)
    timer = threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT))
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            for _ in range(200):  # ~0.1 s each: the signal comes while nh3 works
                markup._clean(fragment)
    finally:
        timer.cancel()
        signal.signal(signal.SIGINT, outer)


def test_plain_blocks_keeps_blocks_apart() -> None:
    """Run together, a quotation's attribution and the heading after it made the person
    "Sergei Volkov Background Roughly" (a trial's 2,000-article site had hundreds such)."""
    from briefgen.analyse.quotes import quotes_in
    from briefgen.load.markup import plain_blocks

    html = render("> “Our support will continue.”\n>\n> — Kremlin spokesman Sergei Volkov\n\n## Background\n\n"
                  "Roughly 8 percent of respondents agreed.")
    text = plain_blocks(html)
    assert "Sergei Volkov\n\nBackground\n\nRoughly" in text
    assert [q.speaker for q in quotes_in("", text)] == ["Sergei Volkov"]


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["word", " ", "\n", "\n\n", "*x*"]),
                          st.characters(min_codepoint=0, max_codepoint=0x1f),
                          st.characters(min_codepoint=0x7f, max_codepoint=0x9f)), max_size=40))
def test_control_characters_are_replaced_with_a_warning_never_dropped_silently(parts: list[str]) -> None:
    """NUL and python-markdown's \\x02/\\x03 markers vanished without a word; \\x07 became U+FFFD silently."""
    source = "".join(parts)
    def control(c: str) -> bool:  # C0 but tab, LF, CR, FF; DEL and C1 (a review: C1 went unreported)
        return (c < " " and c not in "\t\n\r\x0c") or "\x7f" <= c <= "\x9f"

    controls = [c for c in source if control(c)]
    rendered = RENDERER.convert(source, "art")
    assert not any(control(c) for c in rendered.html)
    warned = [m for _, m, severity in rendered.problems if "control character" in m and severity == "warning"]
    assert len(warned) == (1 if controls else 0)
    if controls:
        assert f"{len(controls)} control character" in warned[0]
