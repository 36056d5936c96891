"""A front-matter list that names an item twice counts it once, with a warning.

`articles: [a, a]` showed the note twice on a's page, and `topics: [t, t]` twice on t's
page, with the note's footnote ids twice (Nu: Duplicate ID). One site of generated notes
is built and checked with one Nu run.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from support.htmlcheck import require_vnu, validate_html
from support.sites import run_cli, write_site
from support.examples import examples

CONFIG = "title: Repeats\ntopics:\n  - id: talks\n    title: Talks\n  - id: aid\n    title: Aid\n"
ARTICLES = ("a0", "a1", "a2")


def test_repeated_articles_and_topics_show_a_note_once(tmp_path: Path) -> None:
    require_vnu()
    notes: list[tuple[list[str], list[str]]] = [(["a0", "a0"], ["talks", "talks"])]  # the reported input

    @settings(derandomize=True, database=None, deadline=None, max_examples=examples(20),
              phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.sampled_from(ARTICLES), min_size=1, max_size=4),
           st.lists(st.sampled_from(["talks", "aid"]), max_size=4))
    def collect(articles: list[str], topics: list[str]) -> None:
        notes.append((articles, topics))

    collect()
    files = {"config.yaml": CONFIG}
    for name in ARTICLES:
        files[f"content/articles/{name}.md"] = (f"---\ntitle: {name}\nsource: S\npublished: 2023-05-01\n"
                                                f"topics: [talks, talks, aid]\nauthor: [Bo, Bo]\n---\nText.\n")
    for index, (articles, topics) in enumerate(notes):
        files[f"content/notes/n{index}.md"] = (
            f"---\ntitle: N{index}\ndate: 2023-05-02\ntopics: [{', '.join(topics)}]\n"
            f"articles: [{', '.join(articles)}]\n---\nNote[^1] {index}.\n\n[^1]: Footnote.\n")
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert 'content/notes/n0.md:5: warning: "articles" lists "a0" twice; the repeat is left out' in built.stderr
    assert 'content/articles/a0.md:5: warning: "topics" lists "talks" twice' in built.stderr
    output = root / "output"
    assert validate_html(sorted(output.rglob("*.html"))) == []
    page = (output / "articles/a0/index.html").read_text(encoding="utf-8")
    assert page.count("Note<sup") == page.count('id="fnref-note-') and "Bo, Bo" not in page
