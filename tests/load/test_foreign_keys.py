"""Front-matter keys of Hugo, Jekyll, Eleventy and Pelican name what briefgen calls them.

A trial moving a briefing from other generators: `date:` in an article was refused with
'(did you mean "draft"?)', `categories:`, `aliases:`, `link:` and a note's `published:` with no hint
at all, and Jekyll's `published: false` with "must be a date". Each foreign key (in any case, as
Pelican writes `Date:`) now says what to write (load/foreignkeys.py).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.load.config import TOP_KEYS, Config, Topic, parse_config
from briefgen.load.documents import ARTICLE_KEYS, NOTE_KEYS, make_article, make_note, parse_file
from briefgen.load.foreignkeys import ARTICLE_MEANT, ARTICLE_STANDS_FOR, CONFIG_MEANT, NOTE_MEANT, NOTE_STANDS_FOR
from briefgen.load.markup import MarkdownRenderer
from briefgen.load.yamltext import load_mapping
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

CONFIG = Config(title="T", base_url="", language="en", timezone="UTC", edition="weekly",
                topics=(Topic("ceasefire-talks", "Ceasefire talks", "", ("ceasefire",)),),
                sources=(), people=(), story_threshold=0.5, feeds=())
RENDERER = MarkdownRenderer()
ARTICLE = "title: Envoys meet\nsource: Example Times\npublished: 2023-05-08\n"
NOTE = "title: Why it matters\ndate: 2023-05-08\ntopics: [ceasefire-talks]\n"
# What a hint must name: a briefgen key in backticks, or the action to take instead.
_NAMES_A_WAY = re.compile(r"`[a-z_]+:|remove this key|move this text|draft: true|delete the file")


def _problems(kind: str, key: str, value: str = "x") -> list[str]:
    base, path = (ARTICLE, "content/articles/a.md") if kind == "article" else (NOTE, "content/notes/n.md")
    raw = f"---\n{base}{key}: {value}\n---\nThe ceasefire talks went on.\n".encode()
    make = make_article if kind == "article" else make_note
    _, problems = make(parse_file(raw, path, "a", RENDERER), path, "a", "rev", CONFIG)
    return [str(p) for p in problems]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from([("article", k) for k in ARTICLE_MEANT] + [("note", k) for k in NOTE_MEANT]),
       st.sampled_from([str.lower, str.title, str.upper]))
@example(("article", "date"), str.lower)
@example(("article", "categories"), str.lower)
@example(("note", "published"), str.lower)
@example(("article", "date"), str.title)
@example(("note", "source"), str.lower)  # an article's key in a note: was told about addresses
@example(("note", "via"), str.lower)  # was "unknown key" alone
def test_each_foreign_key_is_one_error_naming_what_to_write(case: tuple[str, str], spell) -> None:  # type: ignore[no-untyped-def]
    kind, key = case
    written = spell(key)
    meant = (ARTICLE_MEANT if kind == "article" else NOTE_MEANT)[key]
    problems = _problems(kind, written)
    assert problems == [f'content/{kind}s/{"a" if kind == "article" else "n"}.md:5: unknown key "{written}"; {meant}']
    assert _NAMES_A_WAY.search(meant), meant
    assert "did you mean" not in problems[0]


def test_the_tables_hold_no_key_briefgen_reads() -> None:
    assert not set(ARTICLE_MEANT) & set(ARTICLE_KEYS)
    assert not set(NOTE_MEANT) & set(NOTE_KEYS)
    assert all(key == key.lower() for key in (*ARTICLE_MEANT, *NOTE_MEANT))  # looked up in lower case


def test_an_articles_outlet_keys_in_a_note_say_a_note_credits_none() -> None:
    """`source: Example Wire` in a note (a name, not an address) was answered about addresses and slugs."""
    for key in ("source", "via"):
        (problem,) = _problems("note", key, "Example Wire")
        assert "credits no outlet: name the outlet in the body" in problem and "addresses" not in problem, problem


def test_jekylls_published_false_says_to_write_draft() -> None:
    for value in ("false", "true", "no"):
        base = ARTICLE.replace("published: 2023-05-08\n", "")
        raw = f"---\n{base}published: {value}\n---\nText.\n".encode()
        _, problems = make_article(parse_file(raw, "content/articles/a.md", "a", RENDERER), "content/articles/a.md",
                                   "a", "rev", CONFIG)
        assert [str(p) for p in problems] == [
            f'content/articles/a.md:4: "published" is the article\'s date (published: 2023-04-28), got '
            f"{ {'no': 'false'}.get(value, value) }; to leave an article out of the build, write `draft: true`"]


def test_a_hugo_article_and_note_fail_the_build_in_one_run_with_every_hint(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/hugo.md": "---\ntitle: Envoys meet again\nsource: Example Times\ndate: 2023-05-12\n"
                                    "categories: [ceasefire-talks]\naliases: [/old/envoys/]\n---\nText.\n",
        "content/notes/jekyll.md": "---\ntitle: Context\npublished: 2023-05-12\ntags: [geneva]\n---\nText.\n"})
    result = run_cli(["build"], site)
    assert result.returncode == 1
    assert not (site / "output").exists()
    for line in ('content/articles/hugo.md:4: unknown key "date"; an article\'s date is `published:`',
                 'content/articles/hugo.md:5: unknown key "categories"; an article\'s subjects are `topics:`',
                 'content/articles/hugo.md:6: unknown key "aliases"; briefgen makes no redirects',
                 'content/notes/jekyll.md:3: unknown key "published"; a note\'s date is `date:`',
                 'content/notes/jekyll.md:4: unknown key "tags"; a note is attached with `topics:`'):
        assert line in result.stderr, result.stderr


CONFIG_TEXT = "title: T\ntopics:\n  - id: ceasefire-talks\n    title: Ceasefire talks\n"


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(sorted(CONFIG_MEANT)), st.sampled_from([str.lower, str.title, str.upper]))
@example("description", str.lower)  # was '(did you mean "edition"?)'
@example("baseurl", lambda key: "baseURL")  # Hugo's spelling: no hint
@example("theme", str.lower)
def test_each_foreign_config_key_is_one_error_naming_what_to_write(key: str, spell) -> None:  # type: ignore[no-untyped-def]
    """hugo.toml, _config.yml, pelicanconf.py and mkdocs.yml settings copied into config.yaml."""
    written = spell(key)
    data, problems = load_mapping(f"{CONFIG_TEXT}{written}: x\n", "config.yaml")
    assert data is not None
    parse_config(data, "config.yaml", problems)
    assert [str(p) for p in problems] == [f'config.yaml:5: unknown key "{written}"; {CONFIG_MEANT[key]}']
    assert _NAMES_A_WAY.search(CONFIG_MEANT[key]) or "`" in CONFIG_MEANT[key]


def test_the_config_table_holds_no_key_briefgen_reads() -> None:
    assert not set(CONFIG_MEANT) & set(TOP_KEYS)
    assert all(key == key.lower() for key in CONFIG_MEANT)


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from([("article", k, b) for k, b in ARTICLE_STANDS_FOR.items()]
                       + [("note", k, b) for k, b in NOTE_STANDS_FOR.items()]),
       st.sampled_from([str.lower, str.title, str.upper]))
@example(("article", "date", "published"), str.lower)  # the trial's input: Jekyll's date, no published
@example(("note", "published", "date"), str.lower)
@example(("article", "publisher", "source"), str.title)
@example(("article", "sources", "source"), str.lower)  # a Hugo site's `sources: [Baltic Wire]` taxonomy
def test_a_required_key_under_another_name_is_one_error_not_two(case: tuple[str, str, str], spell) -> None:  # type: ignore[no-untyped-def]
    kind, key, briefgen_key = case
    base = ARTICLE if kind == "article" else NOTE
    without = "".join(line + "\n" for line in base.splitlines() if not line.startswith(f"{briefgen_key}:"))
    path = f"content/{kind}s/x.md"
    raw = f"---\n{without}{spell(key)}: 2023-05-08\n---\nThe ceasefire talks went on.\n".encode()
    make = make_article if kind == "article" else make_note
    _, problems = make(parse_file(raw, path, "a", RENDERER), path, "a", "rev", CONFIG)
    assert [str(p) for p in problems] == [
        f'{path}:{len(without.splitlines()) + 2}: unknown key "{spell(key)}"; '
        f'{(ARTICLE_MEANT if kind == "article" else NOTE_MEANT)[key]}']


def test_a_missing_required_key_with_no_other_name_is_still_an_error() -> None:
    path = "content/articles/x.md"
    raw = b"---\ntitle: Envoys meet\nsource: Example Times\ncategories: x\n---\nThe ceasefire talks went on.\n"
    _, problems = make_article(parse_file(raw, path, "a", RENDERER), path, "a", "rev", CONFIG)
    assert any('missing required key "published"' in str(p) for p in problems)


# --- dated file names (Jekyll's `_posts/2023-04-28-kyiv-responds.md`) --------------------------------------

DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))
SLUG_WORDS = st.lists(st.sampled_from(["kyiv", "responds", "talks", "2", "geneva", "x"]), min_size=1, max_size=4)


def _missing_date(kind: str, stem: str, front: str) -> list[str]:
    path = f"content/{kind}s/{stem}.md"
    raw = f"---\n{front}---\nThe ceasefire talks went on.\n".encode()
    make = make_article if kind == "article" else make_note
    _, problems = make(parse_file(raw, path, stem, RENDERER), path, stem, "rev", CONFIG)
    return [str(p) for p in problems]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["article", "note"]), DAYS, SLUG_WORDS, st.booleans())
@example("article", dt.date(2023, 4, 28), ["kyiv", "responds"], False)  # the trial's Jekyll post
def test_a_dated_file_name_without_a_date_key_says_what_to_write(kind, day, words, has_slug) -> None:  # type: ignore[no-untyped-def]
    """The date Jekyll reads from a post's name is not read; the missing date's error names the key and
    value to write, and (for an article without `slug:`) how to take the date out of the address."""
    rest = "-".join(words)
    stem = f"{day.isoformat()}-{rest}"
    key = "published" if kind == "article" else "date"
    base = "".join(line + "\n" for line in (ARTICLE if kind == "article" else NOTE).splitlines()
                   if not line.startswith(f"{key}:"))
    front = base + (f"slug: {rest}\n" if has_slug else "")
    path = f"content/{kind}s/{stem}.md"
    expected = (f'{path}:2: missing required key "{key}"; the date in the file name (as Jekyll names posts) is '
                f"not read: write `{key}: {day.isoformat()}`")
    if kind == "article" and not has_slug:
        expected += (f" (its address is still articles/{stem}/ from the whole name: for articles/{rest}/, rename "
                     f"the file {rest}.md or set `slug: {rest}`)")
    assert _missing_date(kind, stem, front) == [expected]
    # Written as the error says, the file has no problem left.
    assert _missing_date(kind, stem, front + f"{key}: {day.isoformat()}\n") == []


@given(st.sampled_from(["2023-02-30-talks", "2023-13-01-talks", "20230428-talks", "2023-04-28", "talks-2023-04-28"]))
def test_a_name_without_a_real_leading_date_keeps_the_plain_error(stem: str) -> None:
    base = "".join(line + "\n" for line in ARTICLE.splitlines() if not line.startswith("published:"))
    assert _missing_date("article", stem, base) == [f'content/articles/{stem}.md:2: missing required key "published"']


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(st.sampled_from(["2023", "04", "envoys-geneva", "posts", "news", "x.html"]), min_size=1, max_size=4),
       st.booleans())
@example(["2023", "04", "envoys-geneva"], True)  # the trial's Hugo `url:`
def test_a_page_path_in_url_says_it_is_the_page_address_elsewhere(parts: list[str], slash: bool) -> None:
    """Hugo's and Pelican's `url:` is the page's own path; briefgen's is the original report's address."""
    url = "/" + "/".join(parts) + ("/" if slash else "")
    problems = _problems("article", "url", url)
    assert problems == [
        f'content/articles/a.md:5: "url" must be an absolute http(s) link to the original, got "{url}"; in Hugo and '
        "Pelican `url:` is the page's own address, which briefgen makes from the file name (or `slug:`): remove "
        "it, or write the original report's address here"]


def test_a_migrated_jekyll_and_zola_site_names_every_key_in_one_failed_build(tmp_path: Path) -> None:
    """The trial's input: a Jekyll post dated by its name, a Zola page's tables written as YAML and an
    Eleventy page, all in one run; exit 1 and no output/ written."""
    site = write_site(tmp_path / "site", {
        **MINIMAL_SITE,
        "content/articles/2023-04-28-kyiv-responds.md": "---\nlayout: post\ntitle: Kyiv responds\n"
                                                        "source: Example Times\n---\nKyiv responded.\n",
        "content/articles/zola.md": "---\ntitle: Buffer zone\npublished: 2023-05-08\ntaxonomies:\n  tags: [zone]\n"
                                    "extra:\n  source: Example Times\n---\nMediators proposed a zone.\n",
        "content/articles/eleventy.md": "---\ntitle: Monitors\npublished: 2023-05-06\nsource: Example Times\n"
                                        "eleventyExcludeFromCollections: true\n---\nMonitors named.\n"})
    result = run_cli(["build"], site)
    assert result.returncode == 1
    assert not (site / "output").exists()
    for line in ('content/articles/2023-04-28-kyiv-responds.md:2: missing required key "published"; the date in '
                 "the file name (as Jekyll names posts) is not read: write `published: 2023-04-28`",
                 'content/articles/2023-04-28-kyiv-responds.md:2: unknown key "layout"',
                 'content/articles/zola.md:2: missing required key "source"',
                 'content/articles/zola.md:4: unknown key "taxonomies"; Zola\'s `[taxonomies]` are two keys here',
                 'content/articles/zola.md:6: unknown key "extra"; custom values',
                 'content/articles/eleventy.md:5: unknown key "eleventyExcludeFromCollections"; briefgen lists '
                 "every published file"):
        assert line in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from([("article", "title"), ("article", "source"), ("article", "published"), ("note", "title"),
                        ("note", "date")]), st.sampled_from([str.title, str.upper, lambda k: k[0].upper() + k[1:]]))
@example(("article", "title"), str.title)  # the trial's Pelican `Title:` inside `---` lines
def test_a_required_key_in_another_case_is_one_error_not_two(case: tuple[str, str], spell) -> None:  # type: ignore[no-untyped-def]
    kind, key = case
    base = ARTICLE if kind == "article" else NOTE
    written = spell(key)
    front = "".join(spell(key) + line[len(key):] + "\n" if line.startswith(f"{key}:") else line + "\n"
                    for line in base.splitlines())
    path = f"content/{kind}s/x.md"
    raw = f"---\n{front}---\nThe ceasefire talks went on.\n".encode()
    make = make_article if kind == "article" else make_note
    _, problems = make(parse_file(raw, path, "x", RENDERER), path, "x", "rev", CONFIG)
    line = 2 + [entry.split(":")[0] for entry in base.splitlines()].index(key)
    assert [str(p) for p in problems] == [f'{path}:{line}: unknown key "{written}" (did you mean "{key}"?)']
