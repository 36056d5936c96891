"""One text that reads as a list (`tags: gas, oil`) is a warning that says how to write either.

`tags: gas, oil` became the one tag "gas, oil" and `author: Jane Doe, John Smith` one author,
silently: YAML makes a list only of `[a, b]` or `- a`. Now such a value is a warning at its
line showing the list to write and how to keep one item (load/listlike.py): for tags, topic
keywords and people's aliases any comma or semicolon; for authors only what cannot be one
name ("Smith, Jane" and "Jane Doe, Jr." stay quiet). Topics and articles named that way were
already errors ("unknown topic") and now say the same. `briefgen fetch` writes a feed's one
byline that reads as several ("Jane Doe, John Smith") as a list of one, so imports stay quiet. Checked as a property: the value is
kept as written, and each form the warning offers, written back, reads as meant without it.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from briefgen.load.listlike import flow_list, items
from support.hostile import article, note
from support.importing import articles, config_text, fetch, front, rss
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

WORDS = st.sampled_from(["gas", "oil", "G7", "Jane Doe", "John Smith", "Smith", "it's", "Kyiv: talks", "#energy",
                         "Ukraine’s grid", "50%", "- x", "[a]", "Jr.", "\"q\""])
SEPARATOR = st.sampled_from([", ", ",", "; ", " , "])
WARNING = "in YAML a comma does not make a list"


def read(key: str, written: str) -> tuple[tuple[str, ...], list[str]]:
    value, problems = article(f"---\ntitle: T\nsource: S\npublished: 2023-05-08\n{key}: {written}\n---\nBody.\n")
    assert value is not None, problems
    return (value.tags if key == "tags" else value.authors), problems


@settings(max_examples=examples(60), deadline=None)
@given(key=st.sampled_from(["tags", "author"]), parts=st.lists(WORDS, min_size=1, max_size=4, unique=True),
       separator=SEPARATOR)
def test_a_text_that_reads_as_a_list_is_warned_and_both_offered_forms_read_as_meant(
        key: str, parts: list[str], separator: str) -> None:
    text = separator.join(parts)
    written = flow_list([text])[1:-1]  # one YAML scalar, quoted when it must be
    held, problems = read(key, written)
    assert held == (text.strip(),)  # kept as written
    warned = [p for p in problems if WARNING in p]
    found = items(text.strip(), "names" if key == "author" else "items")
    assert bool(warned) == bool(found)
    if len(parts) > 1 and key == "tags":
        assert warned, text  # any comma between tags
    if not found:
        return
    assert warned[0].startswith(f'content/articles/a.md:5: warning: "{key}" is one item, "{text.strip()}": {WARNING}')
    as_list, problems = read(key, flow_list(found))
    assert as_list == tuple(dict.fromkeys(found)) and not [p for p in problems if WARNING in p]
    as_one, problems = read(key, flow_list([text.strip()]))
    assert as_one == (text.strip(),) and problems == []


@pytest.mark.parametrize("author, warned", [
    ("Jane Doe, John Smith", True), ("Jane Doe; John Smith", True), ("Doe, Jane, Smith, John", True),
    ("Smith, Jane", False), ("Jane Doe, Jr.", False), ("Doe, Jane Mary", False), ("Jane Doe", False)])
def test_an_author_warns_only_when_it_cannot_be_one_name(author: str, warned: bool) -> None:
    held, problems = read("author", author)
    assert held == (author,)
    assert bool([p for p in problems if WARNING in p]) == warned


def test_topics_and_articles_named_that_way_say_how_to_list_them() -> None:
    _, problems = note("---\ntitle: N\ndate: 2023-05-08\ntopics: china-role, ceasefire-talks\n---\nBody.\n")
    assert problems == ['content/notes/n.md:4: unknown topic "china-role, ceasefire-talks" (did you mean '
                        '"ceasefire-talks"?); topics are defined in config.yaml '
                        "(ceasefire-talks, china-role); in YAML a comma does not make a list: write "
                        "`topics: [china-role, ceasefire-talks]`"]


def test_the_reported_article_and_config_in_a_build(tmp_path: Path) -> None:
    config = MINIMAL_SITE["config.yaml"].replace("keywords: [ceasefire, truce, armistice, peace talks]",
                                                 "keywords: ceasefire, truce")
    root = write_site(tmp_path / "site", {
        **MINIMAL_SITE, "config.yaml": config + "people:\n  - name: Avril Haines\n    aliases: DNI Haines, Haines\n",
        "content/articles/first-report.md": "---\ntitle: Envoys meet\nsource: Example Times\npublished: 2023-05-10\n"
                                            "tags: gas, oil\nauthor: Jane Doe, John Smith\n---\nA ceasefire.\n"})
    result = run_cli(["build"], root)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        'config.yaml:7: warning: "topics[0].keywords" is one item, "ceasefire, truce": in YAML a comma does not '
        "make a list; for 2 items write `keywords: [ceasefire, truce]`, to keep one write "
        '`keywords: ["ceasefire, truce"]`',
        'config.yaml:10: warning: "people[0].aliases" is one item, "DNI Haines, Haines": in YAML a comma does not '
        "make a list; for 2 items write `aliases: [DNI Haines, Haines]`, to keep one write "
        '`aliases: ["DNI Haines, Haines"]`',
        'content/articles/first-report.md:5: warning: "tags" is one item, "gas, oil": in YAML a comma does not make '
        'a list; for 2 items write `tags: [gas, oil]`, to keep one write `tags: ["gas, oil"]`',
        'content/articles/first-report.md:6: warning: "author" is one item, "Jane Doe, John Smith": in YAML a comma '
        "does not make a list; for 2 items write `author: [Jane Doe, John Smith]`, to keep one write "
        '`author: ["Jane Doe, John Smith"]`']


def test_a_feeds_byline_of_several_names_is_imported_as_one_author_without_the_warning(tmp_path: Path) -> None:
    root = write_site(tmp_path / "site", {
        "config.yaml": config_text("wire.rss"),
        "wire.rss": rss("Wire", [
            {"title": "Truce talks resume", "link": "https://outlet.example/a", "guid": "a",
             "date": "Wed, 10 May 2023 09:00:00 +0000", "author": "Jane Doe, John Smith", "html": "<p>Truce.</p>"},
            {"title": "Truce holds", "link": "https://outlet.example/b", "guid": "b",
             "date": "Wed, 10 May 2023 10:00:00 +0000", "author": "Smith, Jane", "html": "<p>Truce.</p>"}])})
    assert fetch(root).returncode == 0
    written = {front(path)["title"]: front(path)["author"] for path in articles(root).values()}
    assert written == {"Truce talks resume": ["Jane Doe, John Smith"], "Truce holds": "Smith, Jane"}
    built = run_cli(["build"], root)
    assert built.returncode == 0 and WARNING not in built.stderr, built.stderr
