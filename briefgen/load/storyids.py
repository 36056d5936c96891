"""An article's `story:` value: the id that pins it to a story, `none`, or nothing (grouped automatically).

Takes the article's front-matter `Fields`; gives the id as written ("" when the key is absent) and reports what
cannot be meant as written. A hostile trial (2026-12-04) found `story: ""`, `story: null` and `story: 42` accepted
without a word, where a list, a boolean or capitals were errors:
- empty (`story: ""`, `story: null`, `story: ~`, nothing after the colon) is read as every optional key's null is
  (as if the line were not there: grouped automatically; tests/load/test_null_optional_keys.py), with a warning:
  an empty `story:` is as often written to mean `none` (keep it alone), and the message gives the three things the
  editor can mean (an error at first; a warning since, as the build has a reading the docs promise for nulls);
- a value YAML types as a number or date (`story: 42`, `story: 2023-05-01`, `story: 010`) is a warning: it is used
  as the id as written (`stories/42/`, a valid id), but a number is more often a story's number in another tool
  or a slip; quoting it (`story: "42"`) says the id is meant and silences this;
- text that is no id (capitals, spaces, `.md`) is an error with the id it most likely means (`written_id`);
- a list (`story: [a, b]`) is an error naming the one id to write and how to merge the others' articles into it
  (an article is in one story); any other list or a mapping gets fields.py's message (yamlvalues.one_text).
"""
from __future__ import annotations

import datetime as dt

from briefgen.diagnostics import warning
from briefgen.load.fields import Fields
from briefgen.site.urls import MAX_SLUG, SLUG, too_long, written_id

_CHOICES = ("write `story: none` to keep this article alone, an id such as `story: port-strike` to pin it to a "
            "story, or remove the line to let briefgen group it")


def story_id(f: Fields) -> str:
    """The `story:` of the front matter `f` reads: an id matching SLUG, "none", or "" (absent, empty — with a
    warning —, or refused: reported as errors to `f.problems`; a number or date is kept as written, with a warning)."""
    if "story" not in f.data:
        return ""
    value, raw = f.data.get("story"), f.data.raw.get("story")
    if value is None or (isinstance(value, str) and not value.strip()):
        written = raw if raw is not None else ('""' if isinstance(value, str) else "nothing after the colon")
        f.problems.append(warning(f.path, f.line("story"), f'"story" is empty ({written}): read as no `story:` line, '
                                  f"so briefgen groups this article; {_CHOICES}"))
        return ""
    if isinstance(value, list) and value and all(isinstance(v, str) and written_id(v) for v in value):
        ids = [v.strip() if SLUG.match(v.strip()) else written_id(v) for v in value]  # (`story: [a, b]`: the
        merge = (f"; to show the articles of {' and '.join(ids[1:])} with it, give them `story: {ids[0]}` too"  # generic
                 if len(ids) > 1 else ", without the brackets")  # list message offered quoting the brackets: no id)
        f.report("story", f'"story" pins the article to one story, got a list ({", ".join(value)}): write '
                          f"`story: {ids[0]}`{merge}")
        return ""
    story = f.text("story")
    if story and story != "none" and not SLUG.match(story):
        f.report("story", _story_id_message(story))
    elif len(story) > MAX_SLUG:
        f.report("story", too_long("story id", story) + "; shorten it")
    elif raw is not None and isinstance(value, (int, float, dt.date)) and not isinstance(value, bool):
        kind = "a date" if isinstance(value, dt.date) else "a number"
        f.problems.append(warning(f.path, f.line("story"), f'"story" is {raw}, which YAML reads as {kind}; it is '
                                  f'used as the story id "{story}" (the page stories/{story}/): quote it '
                                  f'(`story: "{story}"`) if that id is meant, or write an id of words such as '
                                  f"`story: port-strike`"))
    return story


def _story_id_message(story: str) -> str:
    """An invalid `story:` value: what an id is, and the id it most likely means (`written_id`).
    A trial: `story: Kestrel Confirms` got only 'must match [a-z0-9][a-z0-9-]*'."""
    meant = written_id(story)
    fix = ((f"; write `story: {meant}`" if meant else "; write one such as `story: port-strike`")
           + (" (an article's slug is its file name without .md)" if story.strip().lower().endswith(".md") else ""))
    return (f'story id "{story}" must be lower-case Latin letters, digits and hyphens, starting with a letter or '
            f"digit (it is the address of the story's page, stories/<id>/), or `none`{fix}")
