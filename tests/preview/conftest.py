"""Fixtures of the preview tests: `preview`, a running `briefgen serve` of the minimal site."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefgen.preview.command import Preview
from support.previews import serving
from support.sites import MINIMAL_SITE


@pytest.fixture
def preview(site_factory: Callable[..., Path]) -> Iterator[Preview]:
    with serving(site_factory(MINIMAL_SITE) / "config.yaml") as running:
        yield running
