"""Very long words (tags, titles, names, URLs pasted as text) never push a page sideways on a phone.

A 200-letter tag widened the article page to 1,669 px in a 360 px viewport: a flex item is
never narrower than its longest word, and the body's `overflow-wrap: break-word` does not
lower that minimum. Every page of a site with long words everywhere, in headless Chromium.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from support.sites import published, run_cli, write_site
from support.examples import examples

WIDTH = 360
LONG = st.sampled_from(["x" * 200, "https://example.org/" + "a" * 120, "Donaudampfschifffahrts" * 6,
                        "\U0001F468\u200D\U0001F469\u200D\U0001F467" * 40, "#" + "y" * 150])


def test_long_words_stay_within_a_phone_screen(tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    rows: list[tuple[str, str, str]] = [("x" * 200, "Short title", "Author")]  # the reported input: a long tag

    @settings(derandomize=True, database=None, deadline=None, max_examples=examples(8),
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
    for path in pages_of(root / "output"):
        page.goto(path.as_uri())
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > WIDTH:
            wide.append((path.relative_to(root / "output").as_posix(), width))
    assert wide == []


def pages_of(output: Path) -> list[Path]:
    """The HTML files of `output` but the redirects at stories' former addresses (moved.html), which
    navigate away as they load (their story's page is measured in its own right)."""
    return [path for path in sorted(output.rglob("*.html"))
            if 'http-equiv="refresh"' not in path.read_text(encoding="utf-8")]


def test_long_names_from_the_config_and_notes_stay_within_a_phone_screen_and_paper(
        tmp_path: Path, page) -> None:  # type: ignore[no-untyped-def]
    # Reported: a German topic title of one 80-letter compound pushed every page to 718 px at
    # 320 px (the topic bar), and an outlet's or a person's long name the article and story pages
    # (topic chips, "people named") — on screen and in print. Names from config.yaml and notes
    # show in flex rows that the test above, with one short topic, never filled.
    compound = "Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenversicherungsanstalt"
    names: list[tuple[str, str, str]] = [(compound, compound + "Zeitung", "Hans " + compound + "mann")]

    @settings(derandomize=True, database=None, deadline=None, max_examples=examples(3),
              phases=[Phase.explicit, Phase.generate], suppress_health_check=[HealthCheck.too_slow])
    @given(LONG, LONG, LONG)
    def collect(topic: str, outlet: str, surname: str) -> None:
        names.append((topic, outlet, "Hans " + surname.strip("#").capitalize()))

    collect()
    config = [f'title: "{compound}"', "base_url: https://example.org/briefing/", "topics:"]
    config += [f'  - id: t{i}\n    title: "{topic}"\n    description: "{topic} {topic}"\n    keywords: [talks]'
               for i, (topic, _, _) in enumerate(names)]
    config += ["sources:"] + [f'  - name: "{outlet}"\n    url: https://example.org/{i}\n    note: "{outlet}"'
                              for i, (_, outlet, _) in enumerate(names)]
    config += ["people:"] + [f'  - name: "{person}"' for _, _, person in names]
    files = {"config.yaml": "\n".join(config) + "\n"}
    for i, (topic, outlet, person) in enumerate(names):
        for copy in range(2):  # a person named in two articles gets a page
            files[f"content/articles/a{i}-{copy}.md"] = (
                f'---\ntitle: "{topic} talks"\nsource: "{outlet}"\nauthor: "{person}"\n'
                f"published: 2023-05-0{1 + i}\ntopics: [{', '.join(f't{n}' for n in range(len(names)))}]\n"
                f'---\n"The talks go on," {person} said on Monday. {topic}\n')
        files[f"content/notes/n{i}.md"] = (
            f'---\ntitle: "{topic}"\ndate: 2023-05-0{1 + i}\nauthor: "{person}"\ntopics: [t{i}]\n'
            f"articles: [a{i}-0]\n---\n{topic}\n")
    root = write_site(tmp_path / "site", files)
    built = run_cli(["build"], root)
    assert built.returncode == 0, built.stderr
    assert (root / "output" / "people").is_dir()
    page.set_viewport_size({"width": 320, "height": 700})
    wide = []
    with published(root / "output", tmp_path) as url:  # served as published: 404.html's links are absolute
        for path in pages_of(root / "output"):
            page.goto(url + path.relative_to(root / "output").as_posix())
            for media in ("screen", "print"):
                page.emulate_media(media=media)
                width = page.evaluate("document.documentElement.scrollWidth")
                if width > 320:
                    wide.append((path.relative_to(root / "output").as_posix(), media, width))
    assert wide == []
