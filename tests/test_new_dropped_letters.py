"""`briefgen new` names the letters its file name (the address) leaves out (README, "A five-minute tour").

BR24 (2026-12-06): `briefgen new article "习近平 meets Putin"` wrote content/articles/meets-putin.md without a word.
Every address briefgen makes keeps Latin letters and digits alone (site/urls.slugify: a person's page, an outlet's,
an article's), so the rule stays and `new` says what it left out (scaffold.address_note, dropped_letters).
Property over scripts: every letter or digit the slug loses is named, a title that loses none gets no note.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.scaffold import address_note, dropped_letters
from briefgen.site.urls import latin_slug, title_slug
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

# Words of several scripts, Latin with accents and folded letters among them
WORDS = st.sampled_from(["meets", "Putin", "Zürich", "Straße", "Føroya", "Łódź", "Əliyev", "习近平", "Путин", "Ελλάδα",
                         "नमस्ते", "العربية", "東京", "٣", "2026", "Ǆemal", "ŋ", "İstanbul", "a\u0301b"])
TITLES = st.lists(st.one_of(WORDS, st.text(min_size=1, max_size=4)), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=examples(300), deadline=None, database=None)
@given(TITLES)
@example("习近平 meets Putin")
def test_every_letter_the_address_leaves_out_is_named(title: str) -> None:
    note = address_note(title)
    lost = [c for c in title if c.isalnum() and not latin_slug(c)]
    if not latin_slug(title):
        assert "is a digest" in note
        return
    named = "".join(dropped_letters(title))
    assert all(c in named for c in lost) and all(f'"{word}"' in note for word in dropped_letters(title)[:3])
    assert bool(note) == bool(lost), (title, note)
    # What is named is what the file name lacks: none of it made Latin
    assert not any(latin_slug(c) for c in named if c.isalnum())


def test_the_reported_title(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", MINIMAL_SITE)
    done = run_cli(["new", "article", "习近平 meets Putin"], site)
    assert done.returncode == 0, done.stderr
    assert (site / "content/articles/meets-putin.md").is_file()
    assert '"习近平" is not in it; rename the file to spell it in Latin letters' in done.stdout
    done = run_cli(["new", "article", "Envoys meet in Zürich"], site)
    assert done.returncode == 0 and "not in it" not in done.stdout, done.stdout
    assert title_slug("Envoys meet in Zürich") == "envoys-meet-in-zurich"
