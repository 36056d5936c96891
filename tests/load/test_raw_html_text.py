"""No text of the editor's raw HTML disappears silently.

An HTML5 parser drops text in several ways (an unclosed `<script>` takes everything
after it; an unknown tag takes its "attributes"; a comment runs to the end). Each such
`<` becomes text before sanitising (`rawhtml.defuse`). What the sanitiser still removes
with its content (a closed `<script>…</script>`) is counted and reported as a warning.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from briefgen.load.markup import MarkdownRenderer, plain_text, sanitise
from briefgen.load.rawhtml import defuse
from support.hostile import GOOD_FRONT, TOKEN, Soup, soups, without_comments
from support.examples import examples

CI = settings(derandomize=True, database=None, max_examples=examples(150), deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
RENDERER = MarkdownRenderer()
SWALLOWING = ["script", "style", "textarea", "title", "xmp", "plaintext", "noscript", "iframe", "template",
              "select", "object", "form", "svg", "math", "noembed", "noframes"]


def body(text: str) -> tuple[str, list[str]]:
    """(plain text of the article body, problems) for a body under good front matter."""
    from briefgen.load.documents import parse_file

    parsed = parse_file(f"---\n{GOOD_FRONT}---\n{text}".encode(), "content/articles/a.md", "a", RENDERER)
    problems = [f"content/articles/a.md:{p[0]}: {'warning: ' if len(p) > 2 else ''}{p[1]}" for p in parsed.problems]
    return plain_text(parsed.body_html), problems


def test_reported_input_keeps_everything_after_a_bare_script_tag() -> None:
    text, problems = body("The memo says the <script> tag was removed from the page.\n\nA second paragraph.\n")
    assert text == "The memo says the <script> tag was removed from the page. A second paragraph."
    assert problems == []


@pytest.mark.parametrize("tag", SWALLOWING)
@pytest.mark.parametrize("where", ["inline", "block"])
def test_an_unclosed_swallowing_tag_is_shown_as_text(tag: str, where: str) -> None:
    source = (f"Before <{tag}> after the tag.\n\nMore words follow.\n" if where == "inline"
              else f"<{tag}>\nafter the tag\n\nMore words follow.\n")
    text, problems = body(source)
    assert f"<{tag}>" in text and "after the tag" in text and "More words follow." in text
    assert problems == []


@pytest.mark.parametrize("source", ["Before <!-- never closed.\n\nMore words follow.\n",
                                    "<!-- never closed\n\nMore words follow.\n",
                                    "Before <![CDATA[ never closed.\n\nMore words follow.\n"])
def test_unclosed_comment_and_cdata_are_shown_as_text(source: str) -> None:
    text, problems = body(source)
    assert "never closed" in text and "More words follow." in text
    # (a comment never closed is said: the editor's note is published, tests/load/test_html_comments.py)
    assert [p for p in problems if "<!--" not in source or "is never closed" not in p] == [], problems


@pytest.mark.parametrize("source, shown", [
    ("If x<y and y>z then", "If x<y and y>z then"),
    ("A stray </ b> end", "A stray </ b> end"),
    ("Code <?php echo 1 ?> here", "Code <?php echo 1 ?> here"),
    ("Data <![CDATA[ x > y ]]> here", "Data x > y here"),
    ("The <Moscow> line", "The <Moscow> line"),
    ("Cut off <a href=https://example.org/", "Cut off <a href=https://example.org/"),
])
def test_text_the_parser_would_drop_is_kept(source: str, shown: str) -> None:
    assert body(source) == (shown, [])


def test_closed_script_is_removed_with_a_warning_naming_line_and_count() -> None:
    text, problems = body("First paragraph.\n\nSecond <script>var x = secret words;</script> paragraph.\n")
    assert text == "First paragraph. Second paragraph."
    assert problems == [
        "content/articles/a.md:8: warning: 5 words of raw HTML were removed (<script> …, whose content is "
        "never shown); to show such a tag as text, write it in backticks (`<script>`) or as &lt;script>"]


@pytest.mark.parametrize("tag", ["style", "textarea", "title", "noscript", "iframe", "template", "select",
                                 "object", "form", "math"])
def test_every_closed_hidden_element_is_reported(tag: str) -> None:
    text, problems = body(f"Visible <{tag}>hidden words</{tag}> text.\n")
    assert "Visible" in text and "text." in text
    assert len(problems) == 1 and "warning: 2 words of raw HTML were removed" in problems[0], problems


# The children whose text an svg or a formula shows; nh3 removes their text with them (also outside
# svg or math). Counted by comparing what the sanitiser kept, those words went uncounted (an svg of
# labels: no warning at all), and each child was named as "removed, its text kept".
FOREIGN_TEXT = {"svg": ["text", "title", "desc", "tspan", "textPath", "a", "g"],
                "math": ["mi", "mo", "mn", "mtext", "ms", "mrow", "msup", "semantics"]}


@settings(max_examples=examples(20), deadline=None)
@given(st.lists(st.sampled_from([(outer, child) for outer, children in FOREIGN_TEXT.items() for child in children]),
                min_size=1, max_size=3), st.lists(st.sampled_from(["gas", "flows", "peak", "x", "2"]), min_size=1,
                                                  max_size=3))
@example([("svg", "text"), ("math", "mi")], ["January", "peak"])
def test_words_of_svg_and_math_children_are_counted_and_not_said_to_be_kept(parts: list[tuple[str, str]],
                                                                          said: list[str]) -> None:
    html = "".join(f"<{outer}><{child}>{' '.join(said)}</{child}></{outer}>" for outer, child in parts)
    text, problems = body(f"Visible text.\n\n{html}\n\nMore text.\n")
    assert text == "Visible text. More text."
    count = len(parts) * len(said)
    tags = ", ".join(f"<{outer}>" for outer in dict.fromkeys(outer for outer, _ in parts))
    assert problems == [f"content/articles/a.md:8: warning: {count} word{'s' if count > 1 else ''} of raw HTML "
                        f"{'were' if count > 1 else 'was'} removed ({tags} …, whose content is never shown); to "
                        f"show such a tag as text, write it in backticks (`<{parts[0][0]}>`) or as "
                        f"&lt;{parts[0][0]}>"]


def test_code_spans_and_escapes_are_the_way_to_show_tags() -> None:
    assert body("Write `<script>` or &lt;script>.\n") == ("Write <script> or <script>.", [])


def test_office_and_custom_tags_are_dropped_but_keep_their_text() -> None:
    assert body("<o:p>office</o:p> <my-widget>custom</my-widget> words\n") == ("office custom words", [])


def test_defuse_is_idempotent_on_its_own_output() -> None:
    once = defuse('a <script> b <x y> <!-- c <![CDATA[d]]> <b>e</b>')
    assert defuse(once) == once


def _check(soup: Soup, kept: str, problems: list[str]) -> None:
    expected = set(TOKEN.findall(without_comments(soup.text)))
    missing = expected - set(TOKEN.findall(kept))
    assert missing <= soup.hidden, (soup.text, kept, missing - soup.hidden)
    if missing:
        assert any("words of raw HTML were removed" in p or "word of raw HTML was removed" in p
                   for p in problems), (soup.text, problems)


@CI
@given(soups())
def test_markdown_with_raw_html_loses_no_text_silently(soup: Soup) -> None:
    text, problems = body(soup.text)
    assert all(re.match(r"content/articles/a\.md:\d+: ", p) for p in problems)
    assert not any("error" in p.split(": ")[0] for p in problems)
    _check(soup, text, problems)


@CI
@given(soups())
def test_feed_html_keeps_all_visible_text(soup: Soup) -> None:
    """The sanitiser alone (feed content): hidden elements may go, everything else stays."""
    kept = plain_text(sanitise(soup.text))
    expected = set(TOKEN.findall(without_comments(soup.text)))
    assert expected - set(TOKEN.findall(kept)) <= soup.hidden


def test_table_cells_beyond_the_header_are_kept() -> None:
    """python-markdown drops them silently; a row longer than the header is valid HTML."""
    text, problems = body("| a | b |\n|---|---|\n| x | y | kept words |\n")
    assert text == "a b x y kept words" and problems == []


def test_headings_are_consecutive_below_the_page_title() -> None:
    html = RENDERER.render("### Background\n\n###### Detail\n\n# Top\n\n#### Next", "p")
    assert html == "<h2>Background</h2>\n<h3>Detail</h3>\n<h2>Top</h2>\n<h3>Next</h3>"


@settings(derandomize=True, database=None, max_examples=examples(80), deadline=None)
@given(st.sampled_from(["urn", "ID", "JIRA", "foo", "x-ref", "doc-id"]),
       st.text(alphabet="abcXYZ0123456789-:.", min_size=1, max_size=12),
       st.sampled_from(["Book {t} cited.", "Case {t} filed; ticket open.", "{t}"]),
       st.sampled_from(["", " ", "  "]), st.sampled_from(["", " A 12", " x=1"]))
@example("urn", "isbn:0451450523", "Book {t} cited.", "", "")
@example("ID", "12345", "Case {t} filed; ticket open.", "", "")
@example("ID", "12345", "Case {t} filed; ticket open.", " ", "")
def test_text_in_angle_brackets_with_a_colon_or_hyphen_is_kept(scheme: str, rest: str, sentence: str, space: str,
                                                              words: str) -> None:
    """Reported (a hostile trial, 2026-12-04): "Book <urn:isbn:0451450523> cited." was published as "Book  cited.",
    and "<ID:12345>", "<JIRA:ABC-1>", "<foo:bar>" went the same way, with no warning: a name with ":" or "-" was
    kept as markup (Word's `<o:p>`, custom elements) and the sanitiser dropped the empty element. One that no end
    tag closes is text; one that is closed stays markup, its content shown. Also with words after the name
    ("<ID: 12345>", a re-test the same day)."""
    token = (f"<{scheme}:{space}{rest}{words}>" if ":" not in scheme and "-" not in scheme
             else f"<{scheme}{rest}{space and ' '}{words.strip()}>")
    written = sentence.format(t=token)
    text, problems = body(written + "\n")
    assert text == " ".join(written.split()), (written, text)  # HTML shows a run of spaces as one
    assert problems == []
    closed, _ = body("A <x-card>card text</x-card> and <o:p>Word</o:p> here.\n")
    assert closed == "A card text and Word here."
