"""What `briefgen new` writes as a placeholder is never published without a word (load/emptybody.py).

A new user's trial: `briefgen new article "..."`, `draft: true` removed, built: the page told readers
"Summarise the article in your own words; quote briefly and attribute.", and `check` said nothing.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.load.emptybody import PLACEHOLDERS, placeholder_warnings
from briefgen.load.markup import MarkdownRenderer
from support.sites import MINIMAL_SITE, run_cli, write_site
from support.examples import examples

LINES = st.lists(st.text("abcdefghij ,.", max_size=30), max_size=4)


@settings(max_examples=examples(60), deadline=None, database=None)
@given(LINES, st.sampled_from(PLACEHOLDERS), LINES)
def test_a_placeholder_anywhere_in_a_body_is_found_at_its_line(before: list[str], placeholder: str,
                                                               after: list[str]) -> None:
    body = "\n\n".join([*before, placeholder, *after]) + "\n"
    wrapped = body.replace(placeholder, placeholder.replace(" ", "\n", 3))  # (an editor's hard wrap)
    for text in (body, wrapped):
        found = placeholder_warnings(text, html(text))
        assert [(line, placeholder in message) for line, message in found] == [(2 * len(before), True)]
    changed = body.replace(placeholder, placeholder[:-1] + " of my own.")
    assert placeholder_warnings(changed, html(changed)) == []
    hidden = body.replace(placeholder, f"<!-- {placeholder} -->")  # (not on the page: not published)
    assert placeholder_warnings(hidden, html(hidden)) == []


def html(body: str) -> str:
    return MarkdownRenderer().convert(body, "").html


def test_both_placeholders_are_each_said() -> None:
    body = f"{PLACEHOLDERS[0]}\n\n{PLACEHOLDERS[1]}\n"
    assert [line for line, _ in placeholder_warnings(body, html(body))] == [0, 2]


def test_a_new_article_and_note_left_as_written_get_a_warning_each(tmp_path: Path) -> None:
    root = write_site(tmp_path, MINIMAL_SITE)
    for kind, title in (("article", "Envoys meet in Geneva"), ("note", "Why Geneva matters")):
        assert run_cli(["new", kind, title], root).returncode == 0
    for made in (root / "content/articles/envoys-meet-in-geneva.md", root / "content/notes/why-geneva-matters.md"):
        made.write_text(made.read_text(encoding="utf-8").replace("draft: true\n", ""), encoding="utf-8")
    done = run_cli(["check"], root)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "is the placeholder `briefgen new` wrote" in line]
    assert [line.split(":")[0] for line in lines] == ["content/articles/envoys-meet-in-geneva.md",
                                                      "content/notes/why-geneva-matters.md"]
