"""A name's slug is one folder name: however long the name, the build can write it.

A source named with 300 letters gave sources/xxx…x/ (300 characters) and the build failed
with "File name too long" (file systems stop at 255 bytes per name).
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from briefgen.site.urls import MAX_NAME_SLUG, is_slug, slugify
from support.sites import run_cli, write_site

WORDS = st.lists(st.sampled_from(["x" * 90, "Times", "Ø", "Новая", "-", " ", "ß" * 80, "a1"]), max_size=12)


@given(WORDS.map("".join), st.sampled_from(["source", "person"]))
def test_slugs_of_any_length_fit_a_folder_name_and_stay_distinct(name: str, fallback: str) -> None:
    slug = slugify(name, fallback=fallback)
    assert is_slug(slug) and len(slug) <= MAX_NAME_SLUG
    if len(name) > MAX_NAME_SLUG:
        assert slugify(name + "x", fallback=fallback) != slug  # the cut ends in the name's hash


def test_a_very_long_source_and_author_name_build(tmp_path: Path) -> None:
    files = {"config.yaml": "title: Long\ntopics:\n  - id: talks\n    title: Talks\n",
             "content/articles/a.md": f"---\ntitle: A\nsource: {'x' * 300}\nauthor: {'Y' * 300}\n"
                                      "published: 2023-05-01\n---\nText.\n"}
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    outlets = [p.name for p in (root / "output/sources").iterdir() if p.is_dir()]
    assert len(outlets) == 1 and len(outlets[0]) <= MAX_NAME_SLUG
