"""Which items a feed's `block:` and `keep:` rules let through (issue 11 §3).

Takes an item, the rules (the feed's own after the global `import:` ones, see
`load/feedconfig.py`) and the time of the fetch; gives a `Verdict`. Block rules are
tried first: the first matching rule with the action `drop` drops the item; `draft` and
`tag:NAME` rules mark it and let it go on. Then, when there are keep rules, an item
that matches none of them is dropped. Every dropped item names the rule that dropped
it, for `fetch -v`.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefgen.importer.read import FeedItem
from briefgen.load.feedconfig import FilterRule
from briefgen.load.markup import plain_text

FUTURE_SLACK = dt.timedelta(minutes=5)  # clocks disagree; beyond this a date is "in the future"

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt, Unicode 15.1): characters a
# reader never sees. A feed wrote "Cas\u200bino", "Cas\u00adino" past `block: "title=(?i)casino"`.
_IGNORABLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
                        "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3"
                        "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")
# A right-to-left override (U+202E) up to its pop (U+202C), the next override or embedding, or the
# end of the paragraph: shown in reverse order (UAX #9, X4 and X6), "\u202eonisac" as "casino".
_OVERRIDDEN = re.compile("\u202e([^\u202a-\u202e\u2066-\u2069\n]*)")


@dataclass(frozen=True, slots=True)
class Verdict:
    keep: bool
    reason: str = ""  # why it was dropped: the rule as written, or "no keep rule matched"
    line: int = 0  # the rule's line in config.yaml
    draft: bool = False
    tags: tuple[str, ...] = ()


def judge(item: FeedItem, block: tuple[FilterRule, ...], keep: tuple[FilterRule, ...],
          now: dt.datetime) -> Verdict:
    draft, tags = False, []
    for rule in block:
        if not matches(rule, item, now):
            continue
        if rule.action == "drop":
            return Verdict(False, f'block rule "{rule.text}"', rule.line)
        if rule.action == "draft":
            draft = True
        else:
            tags.append(rule.action.removeprefix("tag:").strip())
    if keep and not any(matches(rule, item, now) for rule in keep):
        return Verdict(False, "no keep rule matched", keep[0].line)
    return Verdict(True, draft=draft, tags=tuple(dict.fromkeys(tags)))


def as_read(text: str) -> str:
    """`text` as a reader reads it: overridden right-to-left runs in the order shown, without the
    characters no one sees (_IGNORABLE), in Unicode's compatibility form NFKC (full-width "ｃａｓｉｎｏ"
    is "casino"; UAX #15). What a rule is also tried on: a feed must not get an item past a block
    rule, or out of a keep rule's reach, with text that only looks like what the rule names."""
    if text.isascii():
        return text
    shown = _IGNORABLE.sub("", _OVERRIDDEN.sub(lambda run: run.group(1)[::-1], text))
    return unicodedata.normalize("NFKC", shown)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` is found in `text` as written or as read (`as_read`)."""
    if pattern.search(text) is not None:
        return True
    read = as_read(text)
    return read is not text and pattern.search(read) is not None


def matches(rule: FilterRule, item: FeedItem, now: dt.datetime) -> bool:
    """Whether `rule` matches `item`: its pattern is found in the field's text as written or as a
    reader reads it (`as_read`), or the item's date breaks a date rule; `now` is the fetch's time (UTC)."""
    if rule.field == "date":
        if item.published is None:
            return False
        if rule.pattern == "future":
            return item.published > now + FUTURE_SLACK
        return (now - item.published).total_seconds() > rule.max_age
    pattern = _compiled(rule.pattern)
    if rule.field == "author":
        return any(_found(pattern, a) for a in item.authors)
    if rule.field == "tag":
        return any(_found(pattern, t) for t in item.tags)
    if rule.field == "url":
        return pattern.search(item.link) is not None
    return _found(pattern, item.title if rule.field == "title" else plain_text(item.body_html))


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)  # validated when the config was loaded
