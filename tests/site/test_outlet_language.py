"""An outlet's name is marked in the language its articles declare (a reader trial, 2026-12-04: titles and summaries
carried `lang="ar"`, `"el"`, `"zh"`, but the outlet's name in every by-line, on its page and in the Sources index did
not, and a screen reader read "الرصيف اليومي" in the site's English voice: WCAG 3.1.2, language of parts)."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings, strategies as st

from briefgen.build import BuildOptions, build
from support.examples import examples
from support.sites import write_site

CONFIG = "title: Heat\nbase_url: https://example.org/h/\ntopics:\n  - id: heat\n    title: Heat\n    keywords: [heat]\n"
OUTLETS = {"ar": "الرصيف اليومي", "el": "Η Καθημερινή του Νότου", "zh": "海港日报", "de": "Hafenblatt"}


def _article(n: int, source: str, language: str) -> str:
    line = f"language: {language}\n" if language else ""
    return f"---\ntitle: Heat report {n}\nsource: {source}\npublished: 2026-07-0{n + 1}\n{line}---\nThe heat.\n"


@settings(max_examples=examples(6), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(OUTLETS)), st.sampled_from(["same", "mixed", "none"]))
def test_an_outlet_whose_articles_share_a_language_is_named_in_it(tmp_path_factory, language: str,
                                                                  how: str) -> None:  # type: ignore[no-untyped-def]
    name = OUTLETS[language]
    second = {"same": language, "mixed": "en" if language != "en" else "de", "none": ""}[how]
    files = {"config.yaml": CONFIG, "content/articles/a0.md": _article(0, name, language if how != "none" else ""),
             "content/articles/a1.md": _article(1, name, second)}
    root = write_site(tmp_path_factory.mktemp("outlet") / "site", files)
    result = build(root / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    marked = how == "same"
    front = (root / "output/index.html").read_text(encoding="utf-8")
    byline = re.search(r'<a class="meta__outlet"[^>]*>(<bdi[^>]*>)' + re.escape(name), front)
    assert byline and (f'lang="{language}"' in byline.group(1)) == marked, byline
    page = next((root / "output/sources").glob("*/index.html")).read_text(encoding="utf-8")
    assert (f'<h1 dir="auto" lang="{language}">{name}</h1>' in page) == marked
