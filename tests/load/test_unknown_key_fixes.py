"""Every "unknown key" error says how to fix it (README: `path:line: what is wrong and how to fix
it`): the nearest allowed key, what another tool's key is written as here, or else the keys that the
mapping takes, in config.yaml (each of its mappings) and in front matter alike (load/fields.py).

Found in a contract audit (2026-12-03): `colour: red` in config.yaml, `homepage:` under `sources:`,
`summery:` in an article and a made-up key in a feed's entry each gave `unknown key "…"` and nothing
more, with no way to tell from the message what the key should be.
"""
from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.load.config import Config, Topic, parse_config
from briefgen.load.documents import make_article, make_note, parse_file
from briefgen.load.markup import MarkdownRenderer
from briefgen.load.yamltext import load_mapping

CONFIG = "title: T\ntopics:\n  - id: china-role\n    title: China's role\n"
# Where a key may be written: (the text before the key, the text after it), each a whole config.yaml.
CONFIG_PLACES = {
    "": ("", "{key}: 1\n"),
    "topics[1].": ("", "  - id: other\n    title: Other\n    {key}: 1\n"),
    "sources[0].": ("sources:\n  - name: Outlet\n    {key}: 1\n", ""),
    "people[0].": ("people:\n  - name: Avril Haines\n    {key}: 1\n", ""),
    "stories.": ("stories:\n  {key}: 1\n", ""),
    "listings.": ("listings:\n  {key}: 1\n", ""),
    "feeds[0].": ("feeds:\n  - url: https://example.org/rss.xml\n    {key}: 1\n", ""),
    "import.": ("import:\n  {key}: 1\n", ""),
    "markdown.": ("markdown:\n  {key}: 1\n", ""),
}
SITE = Config(title="T", base_url="", language="en", timezone="UTC", edition="weekly",
              topics=(Topic("china-role", "China's role", "", ("China",)),), sources=(), people=(),
              story_threshold=0.5, feeds=())
RENDERER = MarkdownRenderer()
KEYS = st.from_regex(r"[a-z][a-z_]{0,14}", fullmatch=True)


def _fixable(message: str, key: str) -> bool:
    """An unknown-key message for `key` goes on past the key's name with a fix."""
    found = re.search(rf'unknown key "[^"]*{re.escape(key)}"(.*)$', message)
    return found is None or bool(found.group(1).strip(" ;()"))


def front_matter_messages(kind: str, text: str) -> list[str]:
    path = f"content/{kind}s/a.md"
    make = make_article if kind == "article" else make_note
    return [str(p) for p in make(parse_file(text.encode(), path, "a", RENDERER), path, "a", "revision", SITE)[1]]


def config_messages(where: str, key: str) -> list[str]:
    before, after = CONFIG_PLACES[where]
    text = CONFIG + after.format(key=key) if after else before.format(key=key) + CONFIG
    data, problems = load_mapping(text, "config.yaml")
    assert data is not None
    parse_config(data, "config.yaml", problems)
    return [str(p) for p in problems if "unknown key" in p.message]


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(sorted(CONFIG_PLACES)), KEYS)
@example("", "colour")
@example("sources[0].", "homepage")
@example("feeds[0].", "zzzqqq")
def test_an_unknown_config_key_says_how_to_fix_it(where: str, key: str) -> None:
    for message in config_messages(where, key):
        assert _fixable(message, key), message


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(["article", "note"]), KEYS)
@example("article", "summery")
@example("note", "zzzqqq")
def test_an_unknown_front_matter_key_says_how_to_fix_it(kind: str, key: str) -> None:
    given_keys = ("title: T\nsource: S\npublished: 2023-05-08\n" if kind == "article"
                  else "title: N\ndate: 2023-05-08\ntopics: [china-role]\n")
    for message in front_matter_messages(kind, f"---\n{given_keys}{key}: 1\n---\nText.\n"):
        assert _fixable(message, key), message


def test_the_reported_keys_list_what_the_mapping_takes() -> None:
    assert config_messages("sources[0].", "homepage") == [
        'config.yaml:3: unknown key "sources[0].homepage" (the 1st entry of `sources:`); the keys here are name, url, note: remove it, or write '
        "the one meant"]
    summery = front_matter_messages("article", "---\ntitle: T\nsource: S\npublished: 2023-05-08\nsummery: x\n---\nText.\n")
    assert summery == ['content/articles/a.md:5: unknown key "summery"; the keys here are title, source, published, '
                       "url, via, author, topics, tags, ai_assisted, draft, slug, story, guid, date_inferred, also_in, "
                       "language: remove it, or write the one meant"]
