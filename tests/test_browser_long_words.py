"""Very long words (tags, titles, names, URLs pasted as text) never push a page sideways on a phone.

A 200-letter tag widened the article page to 1,669 px in a 360 px viewport: a flex item is
never narrower than its longest word, and the body's `overflow-wrap: break-word` does not
lower that minimum. Every page of a site with long words everywhere, in headless Chromium.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from support.sites import run_cli, write_site

WIDTH = 360
LONG = st.sampled_from(["x" * 200, "https://example.org/" + "a" * 120, "Donaudampfschifffahrts" * 6,
                        "\U0001F468\u200D\U0001F469\u200D\U0001F467" * 40, "#" + "y" * 150])


def test_long_words_stay_within_a_phone_screen(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    rows: list[tuple[str, str, str]] = [("x" * 200, "Short title", "Author")]  # the reported input: a long tag

    @settings(derandomize=True, database=None, deadline=None, max_examples=8,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow])
    @given(LONG, LONG, LONG)
    def collect(tag: str, title: str, author: str) -> None:
        rows.append((tag, title, author))

    collect()
    files = {"config.yaml": "title: Long words\ntopics:\n  - id: talks\n    title: Talks\n"}
    for index, (tag, title, author) in enumerate(rows):
        files[f"content/articles/a{index}.md"] = (
            f'---\ntitle: "{title}"\nsource: "Outlet {index} {author[:60]}"\nauthor: "{author}"\n'
            f'published: 2023-05-0{1 + index % 9}\ntopics: [talks]\ntags: ["{tag}"]\n---\n{title} {tag}\n')
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    page.set_viewport_size({"width": WIDTH, "height": 700})
    wide = []
    for path in sorted((root / "output").rglob("*.html")):
        page.goto(path.as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > WIDTH:
            wide.append((path.relative_to(root / "output").as_posix(), width))
    assert wide == []
