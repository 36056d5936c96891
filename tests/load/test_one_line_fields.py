"""A text field that is one line by nature (title, source, via, author, tags, a note's title, the site's
and a topic's title, an outlet's or a person's name …) with a line break in it is folded to one line,
with a warning at its line (fields.Fields, onelines.py).

A trial's `title: |` with two lines kept its line break in <title>, the feeds and the pages. YAML writes a
break with a block scalar (`|` keeps every one, `>` those before a more-indented line) or an escape in a
double-quoted string ("\\n", "\\u2028" …). A topic's description and an outlet's note may run on.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.load.config import parse_config
from briefgen.load.yamltext import load_mapping
from support.examples import examples
from support.hostile import article, note

WORDS = st.lists(st.sampled_from(["Ceasefire", "talks", "stall", "in", "Geneva", "Kyiv’s", "envoys"]),
                 min_size=2, max_size=5)
BREAKS = st.sampled_from(["\\n", "\\r\\n", " \\n  ", "\\u2028", "\\n\\n", "\\t\\n"])
WARNING = "is one line but holds a line break"


def _quoted(words: list[str], breaks: list[str]) -> str:
    """A double-quoted YAML value with a break (written as an escape) after each word but the last."""
    return '"' + "".join(w + (b if i < len(words) - 1 else "") for i, (w, b) in
                         enumerate(zip(words, breaks + [""] * len(words)))) + '"'


def _block(words: list[str], style: str) -> str:
    return f"{style}\n" + "".join(f"  {w}\n" if style == "|" or i % 2 == 0 else f"    {w}\n"
                                  for i, w in enumerate(words))


@settings(max_examples=examples(60), deadline=None)
@given(field=st.sampled_from(["title", "source", "via", "author", "tags", "story"]), words=WORDS,
       breaks=st.lists(BREAKS, min_size=4, max_size=4), block=st.sampled_from(["", "|", ">"]))
def test_an_article_field_is_folded_to_one_line_with_a_warning(
        field: str, words: list[str], breaks: list[str], block: str) -> None:
    written = _block(words, block) if block else _quoted(words, breaks)
    front = {"title": "T", "source": "S", "published": "2023-05-08", field: written}
    text = "---\n" + "".join(f"{k}: {v}\n" for k, v in front.items()).replace("\n\n", "\n") + "---\nBody.\n"
    value, problems = article(text)
    assert value is not None, problems
    held = {"title": value.title, "source": value.source, "via": value.via, "story": value.story,
            "author": value.authors[0] if value.authors else "", "tags": value.tags[0] if value.tags else ""}[field]
    if field == "story":  # (an id: its own rule refuses the spaces; what matters is no line break reached it)
        assert "\n" not in held
        return
    assert held == " ".join(words), (written, held)
    line = list(front).index(field) + 2
    assert any(p.startswith(f"content/articles/a.md:{line}: warning: \"{field}\" {WARNING}") for p in problems), problems


@settings(max_examples=examples(20), deadline=None)
@given(words=WORDS, breaks=st.lists(BREAKS, min_size=4, max_size=4))
def test_list_items_and_a_notes_title_are_folded_too(words: list[str], breaks: list[str]) -> None:
    text = ("---\ntitle: T\nsource: S\npublished: 2023-05-08\ntags:\n  - gas\n  - " + _quoted(words, breaks)
            + "\n---\nBody.\n")
    value, problems = article(text)
    assert value is not None and value.tags == ("gas", " ".join(words)), (value, problems)
    assert any(p.startswith(f'content/articles/a.md:7: warning: "tags" {WARNING}') for p in problems), problems
    value, problems = note(f"---\ntitle: {_quoted(words, breaks)}\ndate: 2023-05-08\ntopics: [talks]\n---\nB.\n")
    assert value is not None and value.title == " ".join(words), problems
    assert any(f'content/notes/n.md:2: warning: "title" {WARNING}' in p for p in problems), problems


def test_config_titles_and_names_are_folded_and_descriptions_may_run_on() -> None:
    text = ("title: |\n  Ukraine\n  Briefing\ntopics:\n  - id: talks\n    title: \"Peace\\ntalks\"\n"
            "    description: |\n      Line one.\n      Line two.\nsources:\n  - name: \"Vell\\nPost\"\n"
            "    note: \"One.\\nTwo.\"\n")
    data, problems = load_mapping(text, "config.yaml")
    assert data is not None, problems
    config = parse_config(data, "config.yaml", problems)
    assert (config.title, config.topics[0].title, config.sources[0].name) == ("Ukraine Briefing", "Peace talks",
                                                                              "Vell Post")
    assert config.topics[0].description == "Line one.\nLine two." and config.sources[0].note == "One.\nTwo."
    folded = sorted(str(p).split(":")[1] for p in problems if WARNING in str(p))
    assert folded == ["1", "11", "6"], problems


def test_the_reported_title() -> None:
    value, problems = article("---\ntitle: |\n  Two line\n  title talks\nsource: Vell Post\n"
                              "published: 2023-05-09\n---\nBody.\n")
    assert value is not None and value.title == "Two line title talks"
    assert problems == ['content/articles/a.md:2: warning: "title" is one line but holds a line break (YAML\'s '
                        '`|` or `>` keeps them, and "\\n" writes one), so it is read as "Two line title talks"; '
                        'write it on one line (in quotes if it holds ": " or " #")']
