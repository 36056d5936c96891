"""A name written in another case gets the "did you mean" hint SPEC promises for unknown keys.

Trial: in config.yaml `sources: [{name: A, URL: …, NOTE: …}]` and `topics: [{ID: x, …}]` were errors
without a hint ('unknown key "sources[0].URL"'), while `Title:` got one: difflib compares characters
as they are, and "URL" shares none with "url", so the shortest names -- the ones people write in
capitals -- got nothing. Two callers (time zones, templates) had worked around it on their own.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.diagnostics import did_you_mean
from briefgen.load.config import TOP_KEYS
from briefgen.load.feedconfig import FEED_KEYS
from briefgen.load.documents import ARTICLE_KEYS, NOTE_KEYS
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

KEY_SETS = st.sampled_from([TOP_KEYS, FEED_KEYS, ARTICLE_KEYS, NOTE_KEYS, ("id", "title", "description", "keywords"),
                            ("name", "url", "note"), ("name", "aliases")])


@settings(max_examples=examples(200), deadline=None)
@given(keys=KEY_SETS, data=st.data())
def test_a_key_in_any_case_is_hinted_as_itself(keys: tuple[str, ...], data: st.DataObject) -> None:
    key = data.draw(st.sampled_from(keys))
    written = "".join(data.draw(st.sampled_from([c.lower(), c.upper()])) for c in key)
    assert did_you_mean(written, keys) == f' (did you mean "{key}"?)'


@settings(max_examples=examples(100), deadline=None)
@given(keys=KEY_SETS, word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12))
def test_case_is_all_that_is_ignored(keys: tuple[str, ...], word: str) -> None:
    """Written in lower case, a word gets the hint it always got (difflib's, on the names as they are)."""
    import difflib

    close = difflib.get_close_matches(word, sorted(keys), n=1, cutoff=0.6)
    assert did_you_mean(word, keys) == (f' (did you mean "{close[0]}"?)' if close else "")


def test_the_reported_config_names_each_key_meant(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"] + "sources:\n  - name: Example Times\n    URL: https://news.example.com\n" \
                                           "    NOTE: A wire\n"
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": config})
    done = run_cli(["check"], root)
    assert done.returncode == 1
    assert 'config.yaml:10: unknown key "sources[0].URL" (the 1st entry of `sources:`; did you mean "url"?)' in done.stderr
    assert 'config.yaml:11: unknown key "sources[0].NOTE" (the 1st entry of `sources:`; did you mean "note"?)' in done.stderr
