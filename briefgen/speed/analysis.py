"""Per-article text analyses (topic keywords, people named), computed where the memo has none.

Each analysis scans an article's whole text. For many unseen articles (a cold build)
they run here first, all analyses of an article in one pass over its text and in worker
processes too; the topic and people stages then find every result in the memo.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from briefgen.speed.memo import Key, Memo
from briefgen.load.documents import Article
from briefgen.speed.parallel import share_work

PARALLEL_MIN_ARTICLES = 200


@dataclass(frozen=True, slots=True)
class Analysis:
    namespace: str  # memo namespace, e.g. "topics"
    config_key: str  # identity of the configuration the result depends on
    compute: Callable[[str, str], Any]  # (title, text) → result
    applies: Callable[[Article], bool] = lambda article: True

    def key(self, article: Article) -> Key:
        return (self.namespace, article.digest, self.config_key)


def analyse(articles: tuple[Article, ...], analyses: tuple[Analysis, ...], memo: Memo,
            text_of: Callable[[str], str], jobs: int) -> None:
    todo = []
    for article in articles:
        missing = tuple(a for a in analyses if a.applies(article) and memo.get(a.key(article)) is None)
        if missing:
            todo.append((article, missing))

    def run(index: int) -> tuple[Any, ...]:
        article, missing = todo[index]
        text = text_of(article.source_key)
        return tuple(a.compute(article.title, text) for a in missing)

    results = share_work(len(todo), jobs if len(todo) >= PARALLEL_MIN_ARTICLES else 1, run)
    for (article, missing), values in zip(todo, results):
        for analysis, value in zip(missing, values):
            memo.put(analysis.key(article), value)
