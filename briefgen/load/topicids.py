"""The message for a `topics:` entry (an article's, a note's, a feed's) that names no topic of config.yaml.

Takes the word written and the ids config.yaml gives (valid or not: config.py reports the invalid ones);
gives the text after "unknown topic": a suggestion and the list of ids, drawn from the valid ids only. A
tester (2026-12-05) read "topics are defined in config.yaml ()" with no topic configured, "(, Closure,
traffic)" when a topic had no id, and 'did you mean "Closure"?' for an id that config.yaml's own error
refuses (ids are a-z, 0-9 and single hyphens): a suggestion that leads to the next error.
"""
from __future__ import annotations

from collections.abc import Iterable

from briefgen.diagnostics import did_you_mean
from briefgen.site.urls import MAX_SLUG, TOPIC_ID


def usable_ids(ids: Iterable[str]) -> list[str]:
    """The ids a `topics:` entry may name (config.py's rule: TOPIC_ID, at most MAX_SLUG characters), sorted."""
    return sorted({i for i in ids if i and TOPIC_ID.match(i) and len(i) <= MAX_SLUG})


def unknown_topic(topic: str, ids: Iterable[str], which: str = "topics are defined in config.yaml") -> str:
    """'unknown topic "x" (did you mean "y"?); topics are defined in config.yaml (a, y)' — `which` says where
    topics are defined; with no valid id, that config.yaml defines none usable yet; and how many of its topics
    are left out for an id of their own error."""
    given = set(ids)
    valid = usable_ids(given)
    left_out = len(given) - len(valid)
    listed = f"{which} ({', '.join(valid)})" if valid else \
        "config.yaml defines no topic with a valid id yet: add one under `topics:`, with an id and a title"
    invalid = (f"; {left_out} topic{'s' if left_out != 1 else ''} of config.yaml without a valid id "
               f"{'are' if left_out != 1 else 'is'} left out until {'their errors are' if left_out != 1 else 'its error is'}"
               " fixed") if left_out and valid else ""
    return f'unknown topic "{topic}"{did_you_mean(topic, valid)}; {listed}{invalid}'
