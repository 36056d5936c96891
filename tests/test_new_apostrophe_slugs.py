"""A new file's name keeps a possessive or contraction whole, whichever apostrophe the title has.

A new editor's trial (2026-12-03): `briefgen new article "Kestrel's 2nd launch: what's next?"` wrote
`kestrel-s-2nd-launch-what-s-next.md` — the straight apostrophe a hyphen — while the same title typed
with a typographic ’ gave `kestrels-2nd-…` (NFKD drops ’): one title, two addresses by the key
pressed. Now both are read alike (site/urls.title_slug): dropped before s, t, re, ve, ll, d, m
("kestrels", "whats", "dont"), a hyphen elsewhere ("l'accord" → "l-accord", two words). The same
rule names `briefgen fetch`'s imports; names' pages (outlets, people) keep theirs, so no published
address moves.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.site.urls import slugify, title_slug
from support.sites import MINIMAL_SITE, run_cli
from support.examples import examples

TITLES = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzÉé0123456789 -:?'\u2019\u02bc"), max_size=60)
WORDS = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzé"), min_size=1, max_size=12)


@settings(max_examples=examples(300), deadline=None, database=None)
@given(TITLES, st.sampled_from(["", "en", "fr", "de", "da"]))
@example("Kestrel\u2019s 2nd launch: what\u2019s next?", "")
@example("L\u2019accord d\u2019\u00c9lys\u00e9e", "fr")
def test_every_apostrophe_gives_the_same_name(title: str, language: str) -> None:
    straight = title.replace("\u2019", "'").replace("\u02bc", "'")
    assert title_slug(title, language=language) == title_slug(straight, language=language)


@settings(max_examples=examples(200), deadline=None, database=None)
@given(WORDS, st.sampled_from(["s", "t", "re", "ve", "ll", "d", "m"]), WORDS, st.sampled_from(["'", "\u2019"]))
def test_a_possessive_or_contraction_stays_one_word_and_an_elision_two(word: str, ending: str, rest: str,
                                                                        mark: str) -> None:
    assert title_slug(f"{word}{mark}{ending} {rest}") == title_slug(f"{word}{ending} {rest}")
    if not rest.lower().startswith(("s", "t", "re", "ve", "ll", "d", "m")):
        assert title_slug(f"{word}{mark}{rest}") == title_slug(f"{word} {rest}")


def test_names_pages_keep_their_addresses() -> None:
    assert slugify("O'Brien's Kitchen") == "o-brien-s-kitchen" and slugify("O\u2019Brien") == "obrien"


def test_the_trial_title_through_briefgen_new(site_factory: Callable[..., Path]) -> None:
    root = site_factory(MINIMAL_SITE)
    done = run_cli(["new", "article", "Kestrel's 2nd launch: what's next?"], root)
    assert done.returncode == 0, done.stderr
    assert (root / "content/articles/kestrels-2nd-launch-whats-next.md").is_file()
