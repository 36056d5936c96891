"""Fixtures of the feed-import tests: a scripted loopback server and a site to import into."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from support.feedserver import FeedServer, feed_server
from support.importing import config_text


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with feed_server() as running:
        yield running


@pytest.fixture
def site(site_factory: Callable[..., Path]) -> Callable[..., Path]:
    """site(*feeds, extra="", files={}) → a project folder with that config."""
    def make(*feeds: str | Mapping[str, Any], extra: str = "", files: Mapping[str, str] | None = None) -> Path:
        return site_factory({"config.yaml": config_text(*feeds, extra=extra), **(files or {})})

    return make
