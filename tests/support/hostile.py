"""Shared values for the tests of hostile and silently changed input (tests/load/).

Small builders only: a config with two topics, and functions that run a content file
through the real stages (`parse_file` + `make_article` / `make_note`).
"""
from __future__ import annotations

from briefgen.load.config import Config, Topic
from briefgen.load.documents import Article, Note, make_article, make_note, parse_file
from briefgen.load.markup import MarkdownRenderer

CONFIG = Config(
    title="T", base_url="", language="en", timezone="Europe/Kyiv", edition="weekly",
    topics=(Topic("china-role", "China's role", "", ("China",)),
            Topic("ceasefire-talks", "Ceasefire talks", "", ("ceasefire",))),
    sources=(), people=(), story_threshold=0.5, feeds=())
RENDERER = MarkdownRenderer()
GOOD_FRONT = "title: Envoys meet\nsource: Example Times\npublished: 2023-05-08\n"


def article(text: str, stem: str = "a") -> tuple[Article | None, list[str]]:
    path = f"content/articles/{stem}.md"
    parsed = parse_file(text.encode("utf-8"), path, stem, RENDERER)
    value, problems = make_article(parsed, path, stem, "source-key", "digest", CONFIG)
    return value, [str(p) for p in problems]


def note(text: str, stem: str = "n") -> tuple[Note | None, list[str]]:
    path = f"content/notes/{stem}.md"
    parsed = parse_file(text.encode("utf-8"), path, stem, RENDERER)
    value, problems = make_note(parsed, path, stem, "source-key", "digest", CONFIG)
    return value, [str(p) for p in problems]
