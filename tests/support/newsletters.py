"""Newsletters' and one event's listed bodies in Markdown, their plain text, and tiny sites of a few reports whose
stories the roundup tests compare (tests/stories/test_roundups_fx54.py, test_roundups_one_event_fx57.py,
test_roundups_t22.py, test_roundups_newsletters_fx62.py shared near-copies of these until FX62).

    listed_body("Good morning.", [("Levy", "Indonesia's levy …"), ("Court", "A court …")], "bold")
    # -> "Good morning.\n\n**Levy.** Indonesia's levy …\n\n**Court.** A court …"
    stories_of(tmp_path, {"wire": ("Headline", "Reuters", "2026-11-13T08:40:00+00:00", "Body …"), …})
    # -> {("letter",), ("wire", "wire2")}: each story's members, sorted
"""
from __future__ import annotations

from pathlib import Path

from briefgen.load.markup import MarkdownRenderer, plain_blocks
from stories.storyeval import group, load_site

# T22's joint statement of Indonesia and Malaysia on the EU deforestation rule (2026-11-13): two reports of one event,
# slug → (headline, source, published, body), beside which a newsletter listing it is another story
JOINT_STATEMENT = {
    "star-cpopc": ("Malaysia, Indonesia agree joint front on EU rule at CPOPC meeting", "Semenanjung Star",
                   "2026-11-13T15:00:00+08:00", "KUALA LUMPUR: Malaysia and Indonesia on Friday agreed to present a "
                   "joint position to the European Union on its deforestation regulation, and to set up a shared "
                   "smallholder mapping fund, after a ministerial meeting of the Council of Palm Oil Producing "
                   "Countries here."),
    "wire-cpopc": ("Indonesia, Malaysia agree joint stance on EU deforestation law", "Reuters",
                   "2026-11-13T08:40:00+00:00", "KUALA LUMPUR, Nov 13 (Reuters) - Indonesia and Malaysia agreed on "
                   "Friday to negotiate jointly with the European Union over its deforestation rule and to fund "
                   "satellite mapping for smallholders. The joint statement was signed in Kuala Lumpur."),
}
# A list's item in each shape: its lead-in `label` and its `text`; the separator between items
ITEM_SHAPES = {
    "bold": ("**{label}.** {text}", "\n\n"),
    "bold-colon": ("**{label}:** {text}", "\n\n"),
    "bullets": ("- **{label}.** {text}", "\n"),
    "bullets-colon": ("- **{label}:** {text}", "\n"),
    "numbered": ("{n}. **{label}** \u2014 {text}", "\n"),
    "dash": ("**{upper}** \u2013 {text}", "\n\n"),
    "plain-colon": ("{label}: {text}", "\n\n"),
    "plain": ("{label}. {text}", "\n\n"),
    "bold-dash": ("**{label}** \u2014 {text}", "\n\n"),
    "bare-bullets": ("- {text}", "\n"),
    "bare-numbered": ("{n}. {text}", "\n"),
}


def listed_body(head: str, items: list[tuple[str, str]], shape: str) -> str:
    """A body in Markdown: `head` (a paragraph, or "" for none), then `items` ((lead-in, text) pairs) in `shape`
    (`ITEM_SHAPES`; "bare-…" shapes write no lead-in)."""
    item, separator = ITEM_SHAPES[shape]
    listed = separator.join(item.format(label=label, upper=label.upper(), text=text, n=n)
                            for n, (label, text) in enumerate(items, 1))
    return (head + "\n\n" if head else "") + listed


def plain(markdown: str) -> str:
    """The plain blocks of `markdown` as the story features read them (load/plaintext.plain_blocks)."""
    return plain_blocks(MarkdownRenderer().render(markdown, "x"))


def stories_of(tmp_path: Path, articles: dict[str, tuple[str, str, str, str]],
               timezone: str = "UTC") -> set[tuple[str, ...]]:
    """The stories (each its members' slugs, sorted) of a site in `tmp_path` of `articles`: slug → (headline, source,
    published as ISO 8601, Markdown body), all in one topic, the site in `timezone`."""
    (tmp_path / "content/articles").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text(f"title: T\nlanguage: en\ntimezone: {timezone}\ntopics:\n  - id: w\n"
                                          "    title: W\n")
    for slug, (head, source, published, body) in articles.items():
        (tmp_path / f"content/articles/{slug}.md").write_text(
            f'---\ntitle: "{head}"\nsource: {source}\npublished: {published}\n---\n{body}\n')
    return {tuple(sorted(s.members)) for s in group(load_site(tmp_path)).stories}
