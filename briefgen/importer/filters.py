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
from dataclasses import dataclass
from functools import lru_cache

from briefgen.importer.read import FeedItem
from briefgen.load.feedconfig import FilterRule
from briefgen.load.markup import plain_text

FUTURE_SLACK = dt.timedelta(minutes=5)  # clocks disagree; beyond this a date is "in the future"


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


def matches(rule: FilterRule, item: FeedItem, now: dt.datetime) -> bool:
    if rule.field == "date":
        if item.published is None:
            return False
        if rule.pattern == "future":
            return item.published > now + FUTURE_SLACK
        return (now - item.published).total_seconds() > rule.max_age
    pattern = _compiled(rule.pattern)
    if rule.field == "author":
        return any(pattern.search(a) for a in item.authors)
    if rule.field == "tag":
        return any(pattern.search(t) for t in item.tags)
    value = {"title": item.title, "url": item.link}.get(rule.field)
    if value is None:  # content
        value = plain_text(item.body_html)
    return pattern.search(value) is not None


@lru_cache(maxsize=512)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)  # validated when the config was loaded
