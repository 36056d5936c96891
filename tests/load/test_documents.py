"""Unit tests of content loading: bytes → text → front matter + body → typed Article / Note.

Stages are called directly on small values: `textfile.decode`, `frontmatter.split`,
`content.parse_file` + `make_article` / `make_note`. Every message and line number is
asserted exactly: it is what the editor reads as `path:line: message`. (Cross-file
checks — two files for one slug, notes citing unknown articles — belong to the loader
and the broken-site test.)
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, strategies as st

from briefgen.load.config import Config, Topic
from briefgen.load.documents import Article, Note, ParsedFile, make_article, make_note, parse_file, summarise
from briefgen.load.frontmatter import Split, split
from briefgen.load.markup import MarkdownRenderer, plain_text
from briefgen.load.text import decode

KYIV = ZoneInfo("Europe/Kyiv")
CONFIG = Config(
    title="T", base_url="", language="en", timezone="Europe/Kyiv", edition="weekly",
    topics=(Topic("china-role", "China's role", "", ("China",)),
            Topic("ceasefire-talks", "Ceasefire talks", "", ("ceasefire",))),
    sources=(), people=(), story_threshold=0.5, feeds=())
RENDERER = MarkdownRenderer()
ARTICLE_PATH = "content/articles/a.md"
NOTE_PATH = "content/notes/n.md"
GOOD_FRONT = "title: Envoys meet\nsource: Example Times\npublished: 2023-05-08\n"


def parsed(raw: bytes | str, stem: str = "a") -> ParsedFile:
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    return parse_file(data, f"content/articles/{stem}.md", stem, RENDERER)


def article(raw: bytes | str, stem: str = "a") -> tuple[Article | None, list[str]]:
    path = f"content/articles/{stem}.md"
    value, problems = make_article(parsed(raw, stem), path, stem, "revision", CONFIG)
    return value, [str(p) for p in problems]


def note(raw: str, stem: str = "n") -> tuple[Note | None, list[str]]:
    path = f"content/notes/{stem}.md"
    parsed = parse_file(raw.encode("utf-8"), path, stem, RENDERER)
    value, problems = make_note(parsed, path, stem, "revision", CONFIG)
    return value, [str(p) for p in problems]


def front(extra: str = "", base: str = GOOD_FRONT, body: str = "Body.\n") -> str:
    return f"---\n{base}{extra}---\n{body}"


# --- decoding ----------------------------------------------------------------------


def test_decode_strips_bom_and_normalises_line_endings() -> None:
    text, problems = decode(b"\xef\xbb\xbf---\r\na: 1\r\nb: 2\rc: 3\n", "f.md")
    assert problems == []
    assert text == "---\na: 1\nb: 2\nc: 3\n"


def test_decode_reports_non_utf8_byte_with_offset_and_line() -> None:
    raw = b"---\ntitle: Caf\xe9\n---\n"
    text, problems = decode(raw, "content/articles/x.md")
    assert text is None
    assert [str(p) for p in problems] == [
        "content/articles/x.md:2: not valid UTF-8: byte 0xe9 at offset 14 (\"é\" in Windows-1252, which older "
        "Windows editors save); save the file as UTF-8"]
    assert raw.index(b"\xe9") == 14


# --- front matter splitting -----------------------------------------------------------


def test_split_gives_front_body_and_body_line() -> None:
    parts, problems = split("---\ntitle: T\nsource: S\n---\nFirst line\nsecond\n", "f.md")
    assert problems == []
    assert parts == Split("title: T\nsource: S", "First line\nsecond\n", 5)


def test_split_accepts_dots_and_trailing_spaces_on_delimiters() -> None:
    parts, problems = split("---  \ntitle: T\n...\t\nBody", "f.md")
    assert problems == []
    assert parts == Split("title: T", "Body", 4)


def test_split_keeps_a_later_horizontal_rule_in_the_body() -> None:
    parts, _ = split("---\ntitle: T\n---\nA\n\n---\n\nB\n", "f.md")
    assert parts is not None
    assert parts.body == "A\n\n---\n\nB\n"


@pytest.mark.parametrize("text", ["Body text, then a rule.\n---\nBody\n", "", "-- \ntitle: T\n---\n"])
def test_missing_opening_line_is_an_error_on_line_1(text: str) -> None:
    parts, problems = split(text, "f.md")
    assert parts is None
    assert [str(p) for p in problems] == [
        "f.md:1: content files must start with a line `---`, then the front matter (title, ...), "
        "then another `---` line"]


def test_unclosed_front_matter_is_an_error() -> None:
    parts, problems = split("---\ntitle: T\nsource: S\n\nBody text\n", "f.md")
    assert parts is None
    assert [str(p) for p in problems] == [
        "f.md:1: front matter is not closed: add a line `---` after the last key"]


def test_bom_and_crlf_file_reads_like_a_plain_one() -> None:
    unix = front(body="He said \"yes\".\n")
    windows = b"\xef\xbb\xbf" + unix.replace("\n", "\r\n").encode()
    assert parsed(windows) == parsed(unix)
    assert parsed(windows).body_html == "<p>He said \u201cyes\u201d.</p>"
    plain, plain_problems = article(unix)
    crlf, crlf_problems = article(windows)
    assert plain_problems == crlf_problems == []
    assert crlf == plain is not None


def test_crlf_file_reports_the_same_line_numbers() -> None:
    _, problems = article(front("topics: no\n").replace("\n", "\r\n").encode())
    assert problems == ['content/articles/a.md:5: "topics" must be a list like [a, b], got false']


def test_missing_opening_line_in_a_content_file() -> None:
    value, problems = article("Envoys met in Geneva.\n")
    assert value is None
    assert problems == [
        "content/articles/a.md:1: content files must start with a line `---`, then the front matter "
        "(title, ...), then another `---` line"]


def test_non_utf8_content_file_is_reported_with_byte_offset() -> None:
    raw = front(body="Caf\u00e9 talks\n").encode("latin-1")
    value, problems = article(raw)
    assert value is None
    offset = raw.index(b"\xe9")
    assert problems == [f"content/articles/a.md:6: not valid UTF-8: byte 0xe9 at offset {offset} (\"é\" in "
                        "Windows-1252, which older Windows editors save); save the file as UTF-8"]


# --- YAML errors ---------------------------------------------------------------------


def test_yaml_error_line_is_counted_from_the_top_of_the_file() -> None:
    value, problems = article("---\ntitle: T\nsource: Reuters: Europe\npublished: 2023-05-08\n---\n")
    assert value is None
    assert problems == ["content/articles/a.md:3: invalid YAML: mapping values are not allowed in this "
                        "context (a value containing ': ' must be quoted)"]


def test_yaml_error_after_a_bom_and_crlf_keeps_its_line() -> None:
    raw = b"\xef\xbb\xbf---\r\ntitle: T\r\nsource: S\r\npublished: [2023\r\n---\r\n"
    _, problems = article(raw)
    assert len(problems) == 1
    assert problems[0].startswith("content/articles/a.md:4: invalid YAML: a list in [ ] opens on this line")  # its opening


def test_tab_indentation_gets_a_hint() -> None:
    _, problems = article("---\ntitle: T\n\tsource: S\npublished: 2023-05-08\n---\n")
    assert problems == ["content/articles/a.md:3: invalid YAML: found a tab character that violates "
                        "indentation (indent with spaces, not tabs)"]


def test_front_matter_that_is_a_list_is_an_error() -> None:
    value, problems = article("---\n- title\n- source\n---\n")
    assert value is None
    assert problems == ["content/articles/a.md:2: expected `key: value` pairs here, found a list"]


def test_duplicate_key_names_both_lines() -> None:
    value, problems = article(front("title: Another title\n"))
    assert problems == ['content/articles/a.md:5: duplicate key "title" (first set on line 2); keep only one']
    assert value is not None and value.title == "Envoys meet"  # the first one is kept


def test_empty_front_matter_reports_each_missing_key() -> None:
    _, problems = article("---\n---\nBody\n")
    assert problems == ['content/articles/a.md:2: missing required key "title"',
                        'content/articles/a.md:2: missing required key "source"',
                        'content/articles/a.md:2: missing required key "published"']


# --- types: YAML's loose typing is not let through ---------------------------------------


@pytest.mark.parametrize("value, shown", [("no", "false"), ("yes", "true"), ("{a: b}", "a mapping")])
def test_topics_must_be_a_list_not_a_boolean(value: str, shown: str) -> None:
    result, problems = article(front(f"topics: {value}\n"))
    assert problems == [f'content/articles/a.md:5: "topics" must be a list like [a, b], got {shown}']
    assert result is not None and result.topics == ()


def test_note_topics_and_articles_no_are_rejected() -> None:
    _, problems = note("---\ntitle: N\ndate: 2023-05-08\ntopics: no\narticles: off\n---\nText.\n")
    assert problems == ['content/notes/n.md:4: "topics" must be a list like [a, b], got false',
                        'content/notes/n.md:5: "articles" must be a list like [a, b], got false']


def test_boolean_title_must_be_quoted() -> None:
    _, problems = article(front(base="title: yes\nsource: S\npublished: 2023-05-08\n"))
    assert problems == ['content/articles/a.md:2: "title" must be text, got yes, which YAML reads as true (quote it: "yes")']


def test_flags_must_be_booleans() -> None:
    _, problems = article(front('ai_assisted: "yes"\ndraft: 1\n'))
    assert problems == ['content/articles/a.md:5: "ai_assisted" must be true or false, got "yes" in quotes, which '
                        'is text: write ai_assisted: true, without quotes',
                        'content/articles/a.md:6: "draft" must be true or false, got 1']


def test_author_and_tags_accept_one_string_or_a_list() -> None:
    result, problems = article(front("author: Jane Doe\ntags: [sanctions, G7]\n"))
    assert problems == []
    assert result is not None
    assert (result.authors, result.tags) == (("Jane Doe",), ("sanctions", "G7"))


def test_list_items_must_be_text_and_are_reported_on_their_own_line() -> None:
    _, problems = article(front("tags:\n  - sanctions\n  - [nested]\n"))
    assert problems == ['content/articles/a.md:7: "tags" items must be text, got a list']


@pytest.mark.parametrize("url", ["javascript:alert(1)", "www.example.org/a", "/relative/path", "ftp://x/y"])
def test_url_must_be_absolute_http(url: str) -> None:
    result, problems = article(front(f"url: '{url}'\n"))
    assert problems == [f'content/articles/a.md:5: "url" must be an absolute http(s) link to the original, '
                        f'got "{url}"' + ("; write https://www.example.org/a" if url.startswith("www.") else "")
                        + ("; in Hugo and Pelican `url:` is the page's own address, which briefgen makes from the "
                           "file name (or `slug:`): remove it, or write the original report's address here"
                           if url.startswith("/") else "")]
    assert result is not None and result.url == ""


def test_story_id_must_be_a_slug_or_none() -> None:
    ok, ok_problems = article(front("story: none\n"))
    assert ok_problems == [] and ok is not None and ok.story == "none"
    _, problems = article(front("story: Big Story\n"))
    assert problems == ['content/articles/a.md:5: story id "Big Story" must be lower-case Latin letters, digits and '
                        "hyphens, starting with a letter or digit (it is the address of the story's page, "
                        "stories/<id>/), or `none`; write `story: big-story`"]


# --- dates ---------------------------------------------------------------------------


HOURS = " (a time of day runs from 00:00 to 23:59: check the hour and the minutes)"


@pytest.mark.parametrize("value, reason", [
    ("2023-02-30", " (February 2023 has 28 days: check the day)"),
    ("2023-02-29", " (February 2023 has 28 days; 2023 is not a leap year: check the day)"),
    ("2023-13-01", " (there is no month 13: dates are written year-month-day, as in 2023-05-08; write 2023-01-13 if "
                   "that is the day)"),
    ("'2023-04-31'", " (April 2023 has 30 days: check the day)"),
    ("2023-05-08T25:00:00", HOURS), ("2023-05-08 10:61:00", HOURS)])
def test_impossible_dates_are_errors(value: str, reason: str) -> None:
    result, problems = article(front(base=f"title: T\nsource: S\npublished: {value}\n"))
    assert problems == [f'content/articles/a.md:4: "published" is not a real date: {value.strip(chr(39))}{reason}']
    assert result is not None  # kept, so notes citing it do not cascade errors


@pytest.mark.parametrize("value, shown", [("last Tuesday", '"last Tuesday"'), ("2023", "2023"),
                                          ("[2023-05-08]", "a list")])
def test_non_dates_are_errors(value: str, shown: str) -> None:
    _, problems = article(front(base=f"title: T\nsource: S\npublished: {value}\n"))
    assert problems == ['content/articles/a.md:4: "published" must be a date like 2023-05-08 or '
                        f'2023-05-08T14:30:00+03:00, got {shown}']


def test_leap_day_is_a_real_date() -> None:
    result, problems = article(front(base="title: T\nsource: S\npublished: 2024-02-29\n"))
    assert problems == []
    assert result is not None and result.published == dt.datetime(2024, 2, 29, tzinfo=KYIV)


@pytest.mark.parametrize("value, expected, has_time", [
    ("2023-05-08", dt.datetime(2023, 5, 8, 0, 0, tzinfo=KYIV), False),
    ("2023-05-08 23:30:00", dt.datetime(2023, 5, 8, 23, 30, tzinfo=KYIV), True),
    ("2023-05-08T23:30", dt.datetime(2023, 5, 8, 23, 30, tzinfo=KYIV), True),
    ("'2023-05-08'", dt.datetime(2023, 5, 8, 0, 0, tzinfo=KYIV), False),
])
def test_naive_dates_are_read_in_the_site_timezone(value: str, expected: dt.datetime, has_time: bool) -> None:
    result, problems = article(front(base=f"title: T\nsource: S\npublished: {value}\n"))
    assert problems == []
    assert result is not None
    assert result.published == expected
    assert result.published.utcoffset() == dt.timedelta(hours=3)  # Kyiv summer time, not UTC
    assert result.has_time is has_time


@pytest.mark.parametrize("value, offset", [("2023-05-08T23:30:00Z", 0), ("2023-05-08T23:30:00+01:00", 1),
                                           ("'2023-05-08T23:30:00-04:00'", -4)])
def test_explicit_offsets_give_the_instant_in_the_site_timezone(value: str, offset: int) -> None:
    result, problems = article(front(base=f"title: T\nsource: S\npublished: {value}\n"))
    assert problems == []
    assert result is not None
    written = dt.datetime(2023, 5, 8, 23, 30, tzinfo=dt.timezone(dt.timedelta(hours=offset)))
    assert result.published == written  # the instant as written
    assert result.published.utcoffset() == dt.timedelta(hours=3)  # shown on the site's (Kyiv's) calendar


@given(moment=st.datetimes(min_value=dt.datetime(1971, 1, 1), max_value=dt.datetime(2999, 12, 31)),
       seconds=st.booleans(), sep=st.sampled_from(["T", " "]),
       zone=st.sampled_from(["EEST", "CEST", "UTC", "GMT", "EST", "Europe/Athens", "America/New_York", "Z_X"]))
@example(moment=dt.datetime(2026, 7, 22, 18, 40), seconds=True, sep=" ", zone="EEST")
def test_a_time_zone_name_after_a_date_is_named_with_what_to_write(moment: dt.datetime, seconds: bool, sep: str,
                                                                   zone: str) -> None:
    """"2026-07-22 18:40:00 EEST" (as feeds and e-mails write dates) was "not a real date", as if the day
    did not exist; the error names the zone and says to write an offset, or nothing."""
    written = moment.strftime(f"%Y-%m-%d{sep}%H:%M" + (":%S" if seconds else "")) + f" {zone}"
    _, problems = article(front(base=f"title: T\nsource: S\npublished: {written}\n"))
    assert problems == [f'content/articles/a.md:4: "published" ends in the time-zone name "{zone}", which is not '
                        "read: write the offset from UTC instead (as in 2023-05-08T14:30:00+03:00), or nothing, for "
                        f"the time in config.yaml's timezone (Europe/Kyiv); got {written}"]


@pytest.mark.parametrize("value, reason", [("2023-02-30 10:00 EEST", " (February 2023 has 28 days: check the day)"),
                                           ("2023-05-08 25:00 UTC", HOURS)])
def test_an_impossible_date_with_a_zone_name_is_still_not_a_real_date(value: str, reason: str) -> None:
    _, problems = article(front(base=f"title: T\nsource: S\npublished: {value}\n"))
    assert problems == [f'content/articles/a.md:4: "published" is not a real date: {value}{reason}']


def test_note_date_is_required_and_checked() -> None:
    _, missing = note("---\ntitle: N\n---\nText.\n")
    assert missing == ['content/notes/n.md:2: missing required key "date"']
    _, bad = note("---\ntitle: N\ndate: 2023-02-30\n---\nText.\n")
    assert bad == ['content/notes/n.md:3: "date" is not a real date: 2023-02-30 (February 2023 has 28 days: check the day)']


# --- topics ------------------------------------------------------------------------


def test_unknown_topic_id_has_a_hint_and_the_list_of_topics() -> None:
    result, problems = article(front("topics: [china-rol, ceasefire-talks]\n"))
    assert problems == ['content/articles/a.md:5: unknown topic "china-rol" (did you mean "china-role"?); '
                        "topics are defined in config.yaml (ceasefire-talks, china-role)"]
    assert result is not None and result.topics == ("ceasefire-talks",)


def test_unknown_topic_far_from_all_has_no_hint() -> None:
    _, problems = note("---\ntitle: N\ndate: 2023-05-08\ntopics: [weather]\n---\nText.\n")
    assert problems == ['content/notes/n.md:4: unknown topic "weather"; topics are defined in config.yaml '
                        "(ceasefire-talks, china-role)"]


def test_absent_topics_means_assign_from_keywords_and_empty_list_means_none() -> None:
    absent, _ = article(front())
    empty, _ = article(front("topics: []\n"))
    assert absent is not None and absent.topics is None
    assert empty is not None and empty.topics == ()


def test_unknown_topic_in_a_block_list_points_at_its_item() -> None:
    _, problems = article(front("topics:\n  - china-role\n  - china-rol\n"))
    assert [p.split(" unknown")[0] for p in problems] == ["content/articles/a.md:7:"]


# --- slugs -----------------------------------------------------------------------------


@pytest.mark.parametrize("stem", ["Bad_Name", "-leading-hyphen", "Geneva", "kyïv-talks", "a b"])
def test_bad_file_name_slug_is_an_error_on_line_1(stem: str) -> None:
    result, problems = article(front(), stem=stem)
    assert problems == [
        f'content/articles/{stem}.md:1: slug "{stem}" must match [a-z0-9][a-z0-9-]* (lowercase letters, '
        "digits, hyphens); rename the file or set `slug:` — nothing is renamed for you, because URLs are "
        "promises"]
    assert result is not None and result.slug == stem  # never silently renamed


def test_slug_key_overrides_the_file_name() -> None:
    result, problems = article(front("slug: geneva-talks-2023\n"), stem="Bad_Name")
    assert problems == []
    assert result is not None and result.slug == "geneva-talks-2023"


def test_bad_slug_key_points_at_its_line() -> None:
    _, problems = article(front("slug: Geneva Talks\n"))
    assert problems == [
        'content/articles/a.md:5: slug "Geneva Talks" must match [a-z0-9][a-z0-9-]* (lowercase letters, '
        "digits, hyphens); fix the `slug:` value — nothing is renamed for you, because URLs are promises"]


# --- notes -------------------------------------------------------------------------------


def test_note_kind_defaults_to_context() -> None:
    value, problems = note("---\ntitle: N\ndate: 2023-05-08\n---\nText\n")
    assert problems == []
    assert value is not None
    assert (value.kind, value.pinned, value.draft, value.topics, value.articles) == (
        "context", False, False, (), ())


@pytest.mark.parametrize("kind", ["context", "why-it-matters", "what-to-watch", "correction"])
def test_every_note_kind_is_accepted(kind: str) -> None:
    value, problems = note(f"---\ntitle: N\ndate: 2023-05-08\nkind: {kind}\n---\nText.\n")
    assert problems == []
    assert value is not None and value.kind == kind


@pytest.mark.parametrize("kind, hint", [("analysis", ""), ("why-it-mattters", ' (did you mean "why-it-matters"?)'),
                                        ("corection", ' (did you mean "correction"?)')])
def test_unknown_note_kind_is_an_error(kind: str, hint: str) -> None:
    _, problems = note(f"---\ntitle: N\ndate: 2023-05-08\nkind: {kind}\n---\nText.\n")
    assert problems == [f'content/notes/n.md:4: "kind" must be one of context, why-it-matters, '
                        f'what-to-watch, correction, got "{kind}"{hint}']


def test_note_fields_are_typed() -> None:
    value, problems = note("---\ntitle: Why it matters\ndate: 2023-05-08T10:00:00+03:00\n"
                           "topics: [china-role]\narticles: [a, b]\nkind: why-it-matters\n"
                           "author: [Editor One, Editor Two]\npinned: true\n---\nBody\n")
    assert problems == []
    assert value is not None
    assert value.topics == ("china-role",)
    assert value.articles == ("a", "b")
    assert value.articles_line == 5
    assert value.authors == ("Editor One", "Editor Two")
    assert value.pinned is True
    assert value.body_html == "<p>Body</p>"


# --- unknown keys ---------------------------------------------------------------------------


def test_unknown_article_keys_have_hints() -> None:
    _, problems = article(front("authr: X\ntopic: [china-role]\nai-assisted: true\ncolour: red\n"))
    assert problems == [
        'content/articles/a.md:5: unknown key "authr" (did you mean "author"?)',
        'content/articles/a.md:6: unknown key "topic" (did you mean "topics"?)',
        'content/articles/a.md:7: unknown key "ai-assisted" (did you mean "ai_assisted"?)',
        'content/articles/a.md:8: unknown key "colour"; the keys here are title, source, published, url, via, author, '
        "topics, tags, ai_assisted, draft, slug, story, guid, date_inferred, also_in, language: remove it, or write "
        "the one meant",
    ]


@pytest.mark.parametrize("key", ["summary", "description", "excerpt", "abstract", "lead", "teaser", "dek", "Summary"])
def test_a_summary_key_says_where_the_summary_is_written(key: str) -> None:
    """`summary:` (Hugo), `excerpt:` (Jekyll), `description:` … were refused with no way forward: the
    summary is the body's first paragraph, which the error now says."""
    _, problems = article(front(f"{key}: My own summary.\n"))
    assert problems == [f'content/articles/a.md:5: unknown key "{key}"; an article\'s summary (front page, listings, '
                        "feeds, the meta description) is its body's first paragraph: move this text to the start "
                        "of the body"]


def test_unknown_note_keys_have_hints() -> None:
    _, problems = note("---\ntitle: N\ndate: 2023-05-08\npined: true\npublished: 2023-05-08\n---\nText.\n")
    assert problems == ['content/notes/n.md:4: unknown key "pined" (did you mean "pinned"?)',
                        'content/notes/n.md:5: unknown key "published"; a note\'s date is `date:` '
                        "(date: 2023-04-28, or 2023-04-28T10:00:00+02:00)"]


# --- a valid article, end to end -------------------------------------------------------------


def test_valid_article_is_fully_typed() -> None:
    result, problems = article(front(
        "url: https://example.org/a\nvia: The Wall Street Journal\nai_assisted: true\n"
        "guid: tag:example.org,2023:1\ndate_inferred: true\n",
        body="First paragraph about *China*.\n\nSecond.\n"))
    assert problems == []
    assert result == Article(
        slug="a", path=ARTICLE_PATH, title="Envoys meet", source="Example Times",
        published=dt.datetime(2023, 5, 8, tzinfo=KYIV), has_time=False, url="https://example.org/a",
        via="The Wall Street Journal", authors=(), topics=None, tags=(), ai_assisted=True, draft=False,
        story="", guid="tag:example.org,2023:1", date_inferred=True,
        summary=result.summary, revision="revision", published_line=4, via_line=6, source_line=3)  # summary: see the plain-text tests below
    assert result.summary.startswith("First paragraph about China")


def test_parsed_file_has_sanitised_body_and_its_plain_text_is_derivable() -> None:
    found = parsed(front(body="First *para*.\n\n<script>x()</script>\n\nSecond.\n"))
    assert [(line, severity) for line, _, severity in found.problems] == [(8, "warning")]  # never silent
    assert found.body_html.split() == ["<p>First", "<em>para</em>.</p>", "<p>Second.</p>"]
    assert plain_text(found.body_html) == "First para. Second."
    assert found.front is not None and found.front.line_of("source") == 3


def test_parsed_file_with_problems_keeps_lines_and_no_body() -> None:
    found = parsed("title: T\n")
    assert found.front is None and found.body_html == ""
    assert [line for line, _ in found.problems] == [1]


def test_plain_text_of_inline_markup_has_no_stray_spaces() -> None:
    source = front(body="Talks with *China*, then [Kyiv](https://example.org/k).\n\nNext.\n")
    result, _ = article(source)
    assert result is not None
    assert result.summary == "Talks with China, then Kyiv."
    assert plain_text(parsed(source).body_html) == "Talks with China, then Kyiv. Next."


def test_summary_is_the_first_paragraph_cut_at_a_word() -> None:
    assert summarise("<p>Short one.</p><p>Next.</p>") == "Short one."
    long = "<p>" + "word " * 100 + "</p>"
    cut = summarise(long, limit=22)
    assert cut == "word word word word\u2026"


@given(st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2060, 1, 1)),
       st.integers(-12 * 60, 14 * 60), st.sampled_from(["UTC", "Europe/Kyiv", "America/New_York", "Asia/Kolkata"]))
def test_a_moment_with_any_offset_is_the_same_instant_in_the_site_timezone(moment: dt.datetime, minutes: int,
                                                                           zone: str) -> None:
    """Kept in its own offset, a date was listed under one month and sorted under another."""
    from briefgen.load.fields import parse_moment

    written = moment.replace(tzinfo=dt.timezone(dt.timedelta(minutes=minutes)))
    found = parse_moment(written.isoformat(), ZoneInfo(zone))
    assert found is not None
    parsed, has_time = found
    assert parsed == written and has_time  # the same instant
    assert parsed.utcoffset() == ZoneInfo(zone).utcoffset(parsed.replace(tzinfo=None))  # on the site's calendar


@given(st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)), st.integers(-12 * 60, 14 * 60),
       st.booleans())
def test_a_date_out_of_range_is_a_problem_at_its_line_never_an_exception(day: dt.date, minutes: int,
                                                                          with_time: bool) -> None:
    """`published: 9999-12-31` ended the build in OverflowError ("unexpected error")."""
    offset = dt.timezone(dt.timedelta(minutes=minutes))
    value = dt.datetime(day.year, day.month, day.day, 23, 59, tzinfo=offset).isoformat() if with_time \
        else day.isoformat()
    result, problems = article(front(base=f"title: T\nsource: S\npublished: '{value}'\n"))
    if 1000 <= day.year <= 9000:
        assert result is not None and problems == []
    else:
        assert len(problems) == 1 and "years 1000–9000" in str(problems[0])


@given(st.integers(0, 6 * 3600), st.integers(0, 6 * 3600), st.sampled_from(["Europe/Kyiv", "America/New_York"]))
@example(9000, 11400, "Europe/Kyiv")  # 00:30Z (03:30+03:00) and 01:10Z (03:10+02:00)
def test_moments_compare_as_instants_across_a_dst_change(a: int, b: int, zone: str) -> None:
    """A review: in the hour the end of DST repeats, 03:10+02:00 sorted before 03:30+03:00 (one
    ZoneInfo for both: Python compares such datetimes by wall clock)."""
    from briefgen.load.fields import parse_moment

    start = dt.datetime(2023, 10, 28, 22, tzinfo=dt.timezone.utc) if zone == "Europe/Kyiv" \
        else dt.datetime(2023, 11, 5, 3, tzinfo=dt.timezone.utc)  # a few hours either side of the change
    x, y = (start + dt.timedelta(seconds=s) for s in (a, b))
    px, py = (parse_moment(m.isoformat(), ZoneInfo(zone)) for m in (x, y))
    assert px is not None and py is not None
    assert (px[0] < py[0]) == (x < y) and (px[0] == py[0]) == (x == y)


@given(st.sampled_from(["title", "source", "published"]), st.sampled_from(["", " ", "   # fill in", "\t"]),
       st.permutations(["title", "source", "published", "url"]))
@example("source", "", ["title", "url", "published", "source"])
def test_a_required_key_written_blank_is_named_at_its_line(key: str, after: str, order: list[str]) -> None:
    """Reported (a trial, 2026-12-04): `source:` left blank on line 5 was 'a.md:2: missing required key "source"' —
    at the title's line, and "missing" though the key is there. It is named at its own line as written blank."""
    values = {"title": "Envoys meet", "source": "Example Times", "published": "2023-05-08",
              "url": "https://example.org/a"}
    lines = [f"{k}:{after}" if k == key else f"{k}: {values[k]}" for k in order]
    if "\t" in after:
        lines[order.index(key)] = f"{key}:"  # (a tab after the colon is YAML's own error, said elsewhere)
    _, problems = article("---\n" + "\n".join(lines) + "\n---\nBody.\n")
    assert problems == [f'{ARTICLE_PATH}:{order.index(key) + 2}: "{key}" has no value: write it after the colon '
                        "(it is required)"], problems
