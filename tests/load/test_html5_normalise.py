"""The HTML5 repair of sanitised fragments: content-model and attribute errors fixed, text kept.

Unit cases show what each kind of repair gives; the properties check the repair's
assumptions on generated input (nh3's output is a well-formed serialisation; the cheap
attribute-only pass equals the full repair on Markdown without raw HTML) and its promises
(idempotent, no text lost). Validity itself is checked with the Nu checker on whole sites
in test_hostile_site.py.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.load.html5 import normalise, normalise_attributes
from briefgen.load.html5tree import MAX_DEPTH, parse
from briefgen.load.htmlattrs import datetime_value, fix_url
from briefgen.load.markup import MarkdownRenderer, _clean, sanitise
from briefgen.load.rawhtml import defuse
from support.hostile import TOKEN, Soup, soups
from support.examples import examples

CI = settings(derandomize=True, database=None, max_examples=examples(150), deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
RENDERER = MarkdownRenderer()


def render(source: str) -> str:
    return RENDERER.render(source, "p")


# --- the reported inputs -------------------------------------------------------------------


def test_unclosed_bold_before_a_new_paragraph_ends_with_its_paragraph() -> None:
    assert render("The truce <b>held overnight, officials said.\n\nA new paragraph.") == (
        "<p>The truce <b>held overnight, officials said.</b></p>\n<p>A new paragraph.</p>")


def test_a_lone_list_item_gets_its_list() -> None:
    assert render("<li>lone item</li>\n\nafter") == "<ul><li>lone item</li></ul>\n\n<p>after</p>"
    assert sanitise("<li>from a feed</li>") == "<ul><li>from a feed</li></ul>"


# --- content models ------------------------------------------------------------------------


@pytest.mark.parametrize("fragment, repaired", [
    ("<b>x<p>y</p>z</b>", "<b>x</b><p>y</p><b>z</b>"),
    ("<p>a<div>b</div>c</p>", "<p>a</p><div>b</div><p>c</p>"),
    ("<h2><div>x</div></h2>", "<div>x</div>"),
    ("<span>a<ul><li>b</li></ul></span>", "<span>a</span><ul><li>b</li></ul>"),
    ("<dt>t</dt><dd>d</dd>", "<dl><dt>t</dt><dd>d</dd></dl>"),
    ("<dd>d</dd>", "<dl><dt></dt><dd>d</dd></dl>"),
    ("<td>c</td>", "<table><tbody><tr><td>c</td></tr></tbody></table>"),
    ("<figcaption>c</figcaption>", "<div>c</div>"),
    ("<ul>text<li>a</li></ul>", "<ul><li>text</li><li>a</li></ul>"),
    ("<ul><li>a</li><ul><li>b</li></ul></ul>", "<ul><li>a<ul><li>b</li></ul></li></ul>"),
    ("<table><tbody><tr>text<td>a</td></tr></tbody></table>",
     "<table><tbody><tr><td>text</td><td>a</td></tr></tbody></table>"),
    ('<a href="https://e.org/">x<a href="https://f.org/">y</a></a>', '<a href="https://e.org/">xy</a>'),
    ("<table><tbody><tr><th><h2>x</h2></th></tr></tbody></table>",
     "<table><tbody><tr><th><p>x</p></th></tr></tbody></table>"),
    ("<details>x</details>", "<div>x</div>"),
    ("<details><p>a</p><summary>s</summary></details>", "<details><summary>s</summary><p>a</p></details>"),
    ("<figure><p>a</p><figcaption>c</figcaption><p>b</p></figure>", "<figure><p>a</p><div>c</div><p>b</p></figure>"),
    ("<dl><dt>t</dt></dl>", "<dl><dt>t</dt><dd></dd></dl>"),
    ('<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>',
     "<table><tbody><tr><td>a</td></tr></tbody></table>"),
    ('<table><tbody><tr><td rowspan="3">a</td></tr></tbody></table>',
     "<table><tbody><tr><td>a</td></tr></tbody></table>"),
    ("<table><tbody><tr></tr></tbody></table>", "<table><tbody><tr><td></td></tr></tbody></table>"),
    ("<pre>a<div>b</div>c</pre>", "<pre>a</pre><div>b</div><pre>c</pre>"),
])
def test_content_model_repairs(fragment: str, repaired: str) -> None:
    assert normalise(fragment) == repaired
    assert normalise(repaired) == repaired


@pytest.mark.parametrize("fragment, repaired", [
    ('<time datetime="soon">8 May</time>', "8 May"),
    ("<time>8 May</time>", "8 May"),
    ("<time>2023-05-08</time>", "<time>2023-05-08</time>"),
    ('<a href="https://e.org/a b" rel="noopener noreferrer">x</a>',
     '<a href="https://e.org/a%20b" rel="noopener noreferrer">x</a>'),
    ('<a href="http://" rel="noopener noreferrer">x</a>', "<a>x</a>"),
    ('<ol start="x"><li>a</li></ol>', "<ol><li>a</li></ol>"),
    ('<ol reversed="no"><li>a</li></ol>', "<ol><li>a</li></ol>"),
    ('<table><tbody><tr><td colspan="0">a</td></tr></tbody></table>',
     "<table><tbody><tr><td>a</td></tr></tbody></table>"),
    ('<img src="https://e.org/i.png" width="50%">', '<img alt="" src="https://e.org/i.png">'),
    ('<table><tbody><tr><th scope="everything">a</th></tr></tbody></table>',
     "<table><tbody><tr><th>a</th></tr></tbody></table>"),
    ('<img alt="Map &amp; &quot;key&quot;">', "Map &amp; \"key\""),
    ('<sup id="fn-a">1</sup><sup id="fn-a">2</sup><a id="fn- x">3</a>', '<sup id="fn-a">1</sup><sup>2</sup><a>3</a>'),
])
def test_attribute_repairs(fragment: str, repaired: str) -> None:
    assert normalise(fragment) == repaired


@pytest.mark.parametrize("url, fixed", [
    ("https://example.org/a b", "https://example.org/a%20b"),
    ("https://example.org/a|b^c{d}`e\\f", "https://example.org/a%7Cb%5Ec%7Bd%7D%60e%5Cf"),
    ("https://example.org/%zz%41", "https://example.org/%25zz%41"),
    ("https://example.org/a#b#c", "https://example.org/a#b%23c"),
    (" https://example.org/ ", "https://example.org/"),
    ("https://user:pw@example.org/x", "https://example.org/x"),
    ("https://пример.рф/путь", "https://xn--e1afmkfd.xn--p1ai/путь"),
    ("../a b", "../a%20b"), ("#a b", "#a%20b"), ("mailto:a b@e.org", "mailto:a%20b@e.org"),
    ("http://", None), ("https://exa mple.org/", None), ("http:example.org", None), ("https://e.org:99999/", None),
])
def test_urls_are_percent_encoded_or_refused(url: str, fixed: str | None) -> None:
    assert fix_url(url) == fixed


@pytest.mark.parametrize("value, valid", [
    ("2023-05-08", True), ("2023-02-29", False), ("2024-02-29", True), ("2023-13-01", False), ("2023-05", True),
    ("2023", True), ("0000", False), ("14:30", True), ("24:00", False), ("2023-05-08T14:30:00+03:00", True),
    ("2023-05-08 14:30Z", True), ("2023-05-08T14:30+25:00", False), ("PT2H30M", True), ("P3D", True),
    ("PT", False), ("soon", False), ("", False), ("2023-W19", False), ("8 May", False),
])
def test_datetime_values(value: str, valid: bool) -> None:
    assert (datetime_value(value) is not None) == valid


def test_deep_nesting_is_unwrapped_below_the_limit_and_keeps_its_text() -> None:
    fragment = "<div>" * 5000 + "deep text" + "</div>" * 5000
    repaired = normalise(fragment)
    assert repaired.count("<div>") == MAX_DEPTH and "deep text" in repaired


def test_a_stray_end_tag_is_kept_as_text_not_lost() -> None:
    assert normalise("a</b>c<i>d</i>") == "a&lt;/b&gt;c<i>d</i>"


# --- properties ----------------------------------------------------------------------------------


@CI
@given(soups())
def test_nh3_output_is_a_well_formed_serialisation(soup: Soup) -> None:
    cleaned = _clean(defuse(soup.text))
    roots, changed = parse(cleaned)
    assert not changed, cleaned


@CI
@given(soups())
def test_repair_is_idempotent_and_keeps_every_token(soup: Soup) -> None:
    cleaned = _clean(defuse(soup.text))
    repaired = normalise(cleaned)
    assert normalise(repaired) == repaired
    assert set(TOKEN.findall(repaired)) == set(TOKEN.findall(cleaned))


MARKDOWN_PIECES = st.sampled_from([
    "zq1", "word", " ", "\n", "\n\n", "*", "**", "_", "`", "[", "]", "(", ")", "![", "](", "https://e.org/a b",
    "javascript:x", "# ", "## ", "- ", "1. ", "> ", "    ", "|", "---", "[^1]", "[^1]: note", "&", "&amp;",
    "\\", "'", '"', "[r]", "[r]: https://e.org/r|s", "%zz", "#x y", "mailto:a b", "data:x",
])


@CI
@given(st.lists(MARKDOWN_PIECES, max_size=30).map("".join))
def test_attribute_pass_equals_full_repair_on_markdown_without_raw_html(source: str) -> None:
    import markdown

    raw = markdown.Markdown(extensions=["tables", "footnotes", "sane_lists"]).convert(source)
    cleaned = _clean(raw)
    assert normalise_attributes(cleaned) == normalise(cleaned), (source, cleaned)


@CI
@given(soups())
def test_a_fragment_the_quick_check_passes_is_one_the_repair_leaves_alone(soup: Soup) -> None:
    from briefgen.load.html5 import _Fixer
    from briefgen.load.html5check import needs_no_repair
    from briefgen.load.html5tree import serialise

    cleaned = _clean(defuse(soup.text))
    if needs_no_repair(cleaned):
        roots, changed = parse(cleaned)
        fixer = _Fixer()
        nodes = fixer.place(fixer.fix_all(roots, frozenset()))
        parts: list[str] = []
        serialise(nodes, parts)
        assert not changed and not fixer.changed and "".join(parts) == cleaned, cleaned


def test_the_quick_check_passes_ordinary_raw_html() -> None:
    from briefgen.load.html5check import needs_no_repair

    assert needs_no_repair('<p>The <abbr title="NATO">NATO</abbr> <a href="https://e.org/x" rel="noopener '
                           'noreferrer">summit</a>.</p>\n<ul>\n<li>a</li>\n</ul><div><p>b</p></div>')
    assert needs_no_repair("<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n"
                           "</tr>\n</tbody>\n</table>")
    assert not needs_no_repair("<b><p>x</p></b>")
    assert not needs_no_repair("<ul>text<li>a</li></ul>")
    assert not needs_no_repair('<a href="https://e.org/a b">x</a>')
