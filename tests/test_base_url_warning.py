"""An unusable `base_url` is one error, not also the warning "base_url is not set".

Reported: `base_url: example.org/briefing` gave the error and then the misleading warning
"base_url is not set: feeds and sitemap use http://localhost:8000/" (an invalid value was
replaced by "" and then taken for a missing one).
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.build import BuildOptions, gather
from briefgen.checking import check
from support.sites import MINIMAL_SITE, write_site
from support.examples import examples

NOT_SET = "base_url is not set"


def _base_url_problems(line: str, options: BuildOptions = BuildOptions()) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        config = MINIMAL_SITE["config.yaml"].replace("base_url: https://example.org/briefing/\n", line)
        root = write_site(Path(folder), {**MINIMAL_SITE, "config.yaml": config})
        _, problems = gather(root / "config.yaml", options)
        return [str(p) for p in problems if "base_url" in p.message]


def test_the_reported_invalid_base_url_is_one_error(site_factory) -> None:  # type: ignore[no-untyped-def]
    root = site_factory()
    config = root / "config.yaml"
    config.write_text(config.read_text().replace("https://example.org/briefing/", "example.org/briefing"))
    assert [str(d) for d in check(config, BuildOptions(jobs=1)).diagnostics] == [
        'config.yaml:2: "base_url" must be an absolute http(s) URL like https://example.org/briefing/, '
        'got "example.org/briefing"']


def test_a_missing_or_empty_base_url_is_still_the_warning() -> None:
    for line in ("", "base_url:\n", "base_url: ''\n"):
        (found,) = _base_url_problems(line)
        assert found.startswith("config.yaml:1: warning: base_url is not set: feeds and sitemap use")
    assert _base_url_problems("", BuildOptions(base_url="https://example.org/x/")) == []


@settings(max_examples=examples(60), deadline=None, database=None)  # no .hypothesis/ folder in the checkout
@given(value=st.one_of(st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
                       st.sampled_from(["https://", "ftp://example.org/", "//example.org/", "example.org",
                                        "https://example.org/?q=1", "https://example.org/#top"])))
@example(value="example.org/briefing")
def test_a_base_url_is_either_used_reported_or_not_set_never_two_of_them(value: str) -> None:
    found = _base_url_problems(f"base_url: {json.dumps(value)}\n")  # a JSON string is a YAML string
    assert len(found) <= 1
    if not value.strip():
        assert len(found) == 1 and NOT_SET in found[0]
    elif found:
        assert NOT_SET not in found[0] and found[0].startswith('config.yaml:2: "base_url" ')
