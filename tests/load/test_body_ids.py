"""Ids declared in bodies (toc headings, attr_list) stay unique on every page that shows several bodies.

An article page shows the article's body and its notes' bodies, a topic page and the front
page many notes' bodies, next to the theme's own ids ("main", month headings "2023-05",
"notes-title"). One site of generated headings is built and checked with one Nu run.
"""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from support.htmlcheck import require_vnu, validate_html
from support.sites import run_cli, write_site
from support.examples import examples

CONFIG = """\
title: Ids
markdown:
  extensions: [toc, attr_list]
topics:
  - id: talks
    title: Talks
"""
# Headings whose toc ids repeat each other, the theme's ids, month anchors, footnote ids.
HEADINGS = st.sampled_from(["Background", "Main", "2023-05", "Notes title", "Search results", "Other articles",
                            "Pages", "Topic talks", "Note n0", "Fn n0 1", "Background {#main}", "X {#2023-05}",
                            "Y {#background}", "Z {: #note-n1 }", "Main_1"])
BODIES = st.lists(HEADINGS, min_size=1, max_size=8).map(
    lambda names: "".join(f"## {name}\n\ntext [up](#background)\n\n" for name in names) + "[TOC]\n")


def test_bodies_ids_are_unique_on_every_page(tmp_path: Path) -> None:
    require_vnu()
    bodies: list[str] = ["## Background\n\n[TOC]\n", "## Background\n\n## 2023-05\n",  # the reported inputs
                         "## H {#x}\n\n## H {#x}\n\n## H {#x}\n"]

    @settings(derandomize=True, database=None, deadline=None, max_examples=examples(20),
              phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow])
    @given(BODIES)
    def collect(body: str) -> None:
        bodies.append(body)

    collect()
    files = {"config.yaml": CONFIG}
    for index, body in enumerate(bodies):
        files[f"content/articles/a{index}.md"] = (
            f"---\ntitle: A{index}\nsource: S\npublished: 2023-05-0{1 + index % 9}\ntopics: [talks]\n---\n{body}")
        files[f"content/notes/n{index}.md"] = (
            f"---\ntitle: N{index}\ndate: 2023-05-0{1 + index % 9}\ntopics: [talks]\n"
            f"articles: [{', '.join(sorted({'a0', f'a{index}'}))}]\n---\n{body}")
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    output = root / "output"
    assert validate_html(sorted(output.rglob("*.html"))) == []
    page = (output / "articles/a0/index.html").read_text(encoding="utf-8")
    # (each block of a body has dir="auto": render/bidi.py)
    assert re.search(r'<h2 (?:dir="auto" )?id="a0_background">Background</h2>', page) and 'href="#a0_background"' in page
    # a note's headings rank below its title, an h3 (partials/note.html: headings_below)
    assert re.search(r'<h4 (?:dir="auto" )?id="note-n0_background">Background</h4>', page)


def test_footnote_ids_stay_apart_when_one_slug_extends_another(tmp_path: Path) -> None:
    require_vnu()
    notes: list[tuple[str, str]] = [("b", "1-x"), ("b-1", "x")]  # the reported input: both said fn-note-b-1-x

    @settings(derandomize=True, database=None, deadline=None, max_examples=examples(20),
              phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(st.sampled_from(["b", "1", "x", "2"]), min_size=1, max_size=3).map("-".join),
           st.lists(st.sampled_from(["1", "x", "b"]), min_size=1, max_size=3).map("-".join))
    def collect(slug: str, label: str) -> None:
        notes.append((slug, label))

    collect()
    files = {"config.yaml": "title: Ids\ntopics:\n  - id: talks\n    title: Talks\n"}
    labels: dict[str, str] = {}
    for slug, label in notes:
        labels.setdefault(slug, label)  # a file per slug; the reported input's labels kept
    for slug, label in labels.items():
        files[f"content/notes/{slug}.md"] = (f"---\ntitle: N {slug}\ndate: 2023-05-01\ntopics: [talks]\n---\n"
                                             f"Claim.[^{label}]\n\n[^{label}]: Source.\n")
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert validate_html(sorted((root / "output").rglob("*.html"))) == []
