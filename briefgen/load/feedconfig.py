"""The `feeds:` and `import:` parts of the config schema: what `briefgen fetch` imports, and how.

Takes the LineMaps of config.yaml (via `Fields`); gives typed `FeedSpec`s and one
`ImportSettings`, every problem as a diagnostic with its line. Filter regexes and CSS
selectors are compiled here once, so a bad one is a config error with a line number
(issue 11 §3) rather than a failure in the middle of a fetch.

```yaml
import:                          # optional: for every feed
  draft: true                    # imports wait for `briefgen review`
  block: ["title=(?i)^opinion", "date=max-age:30d"]
  keep: ["content=(?i)ukrain"]
  strip: ["css=.newsletter-signup", "regex=<p>Sponsored.*?</p>"]
  timeout: 20                    # seconds per request
  retry_delay: 0.5               # seconds before the first retry within a run, doubled for the next
  max_new: 100                   # more new entries from one feed in one run: all of them drafts, with a warning
feeds:
  - url: https://example.org/rss.xml
    source: Example Outlet
    topics: [ceasefire-talks]
    category: Europe             # from OPML: a folder, informational
    draft: false                 # overrides import.draft for this feed
    identity: auto               # auto | guid | link | link+date
    max_new: 500                 # overrides import.max_new for this feed
    block: [{match: "title=(?i)live:", action: draft}]
```
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from briefgen.diagnostics import did_you_mean, error, has_errors, warning
from briefgen.load.topicids import unknown_topic
from briefgen.load.codepoints import code_points, visible
from briefgen.load.fields import Fields
from briefgen.load.outletpages import shared_pages
from briefgen.load.yamlvalues import describe
from briefgen.load.yamltext import LineList, LineMap
from briefgen.load.webaddresses import redacted

RULE_FIELDS = ("title", "url", "author", "tag", "content", "date")
IDENTITY_MODES = ("auto", "guid", "link", "link+date")
FEED_KEYS = ("url", "source", "topics", "category", "draft", "identity", "max_new", "keep", "block", "strip")
IMPORT_KEYS = ("draft", "keep", "block", "strip", "timeout", "retry_delay", "max_new")
DEFAULT_TIMEOUT = 20.0  # seconds for one request (connect, then each read)
DEFAULT_RETRY_DELAY = 0.5  # seconds before a feed's first retry within a run, doubled for the next (importer/http.py)
# New entries one feed may publish in one run; past it all of them wait in `briefgen review` as drafts. A feed's
# usual run brings a few, a first fetch its 10-100 entries; a trial's feed published 10,000 in one run, silently.
DEFAULT_MAX_NEW = 100
MAX_NEW_CEILING = 1_000_000
_AGE = re.compile(r"^max-age:(\d+)([dhm])$")
_AGE_UNITS = {"d": 86400, "h": 3600, "m": 60}


@dataclass(frozen=True, slots=True)
class FilterRule:
    """`field=pattern`: a regex searched in a text field, or a date condition.

    Date rules match an item that breaks them: `date=max-age:30d` matches items dated more
    than 30 days before the fetch, `date=future` items dated after it (beyond a few
    minutes). An undated item matches neither.
    """

    field: str  # one of RULE_FIELDS
    pattern: str  # regex text; for `date`: "future" or "max-age:<N><d|h|m>"
    action: str  # "drop", "draft" or "tag:NAME" (what a matching block rule does)
    text: str  # the rule as written, for `fetch -v`
    line: int
    max_age: float = 0.0  # seconds, for date=max-age


@dataclass(frozen=True, slots=True)
class StripRule:
    """Remove from every body of a feed: elements matching a CSS selector, or text matching a regex."""

    kind: str  # "css" (before sanitising, on the feed's HTML) | "regex" (on the sanitised HTML)
    pattern: str
    line: int


@dataclass(frozen=True, slots=True)
class ImportSettings:
    draft: bool = False
    keep: tuple[FilterRule, ...] = ()
    block: tuple[FilterRule, ...] = ()
    strip: tuple[StripRule, ...] = ()
    timeout: float = DEFAULT_TIMEOUT
    max_new: int = DEFAULT_MAX_NEW
    retry_delay: float = DEFAULT_RETRY_DELAY  # seconds, 0-60


@dataclass(frozen=True, slots=True)
class FeedSpec:
    url: str
    source: str
    topics: tuple[str, ...]
    line: int
    category: str = ""
    draft: bool | None = None  # None: as `import.draft` says
    identity: str = "auto"
    keep: tuple[FilterRule, ...] = ()
    block: tuple[FilterRule, ...] = ()
    strip: tuple[StripRule, ...] = ()
    max_new: int | None = None  # None: as `import.max_new` says

    @property
    def shown(self) -> str:
        """The URL as messages show it: a password in it replaced by `***` (webaddresses.redacted)."""
        return redacted(self.url)


def parse_import(fields: Fields) -> ImportSettings:
    value = fields.data.get("import")
    if value is None:
        return ImportSettings()
    if not isinstance(value, LineMap):
        fields.report("import", '"import" must be a mapping like `import: {draft: true}`')
        return ImportSettings()
    f = Fields(value, fields.path, fields.problems, "import.")
    f.reject_unknown(IMPORT_KEYS)
    return ImportSettings(draft=f.flag("draft"), keep=_rules(f, "keep"), block=_rules(f, "block"),
                          strip=_strips(f), timeout=f.number("timeout", DEFAULT_TIMEOUT, 1.0, 300.0, "seconds"),
                          max_new=f.integer("max_new", DEFAULT_MAX_NEW, 1, MAX_NEW_CEILING),
                          retry_delay=f.number("retry_delay", DEFAULT_RETRY_DELAY, 0.0, 60.0, "seconds"))


def parse_feeds(fields: Fields, topic_ids: set[str], outlets: tuple[str, ...] = ()) -> tuple[FeedSpec, ...]:
    """`feeds:`. Two feeds' `source:` names, or one and an outlet's name under `sources:` (`outlets`), that make
    one page address are an error at the later (load/outletpages.py)."""
    feeds = []
    seen: dict[str, int] = {}
    named: list[tuple[str, int]] = []  # each `source:` written, with its line
    for index, item in fields.mapping_list("feeds"):
        f = Fields(item, fields.path, fields.problems, f"feeds[{index}].")
        f.reject_unknown(FEED_KEYS)
        topics = f.text_list("topics")
        for topic in topics:
            if topic not in topic_ids:
                f.problems.append(error(f.path, f.item_line("topics", topic),
                                        unknown_topic(topic, topic_ids, "a feed's topics are ids under `topics:`")))
        url = f.text("url", required=True)
        unreadable = address_problem(url)
        if unreadable:
            f.report("url", f"feed {redacted(url)} {unreadable}")
            url = ""  # (never asked for: reading it failed `fetch` with "unexpected error: ValueError")
        elif url and (other := scheme_problem(url)):  # a warning: the other feeds still import (`fetch`)
            f.problems.append(warning(f.path, f.line("url"), f"feed {redacted(url)} {other}"))
        if url in seen:
            f.report("url", f"feed {url} is listed twice (first on line {seen[url]}); keep one")
        elif url:
            seen[url] = f.line("url")
        identity = f.text("identity", default="auto")
        if identity not in IDENTITY_MODES:
            f.report("identity", f'"identity" must be one of {", ".join(IDENTITY_MODES)}, got "{identity}"'
                                 f"{did_you_mean(identity, IDENTITY_MODES)}")
            identity = "auto"
        draft = f.flag("draft") if "draft" in item and item["draft"] is not None else None
        most = (f.integer("max_new", DEFAULT_MAX_NEW, 1, MAX_NEW_CEILING)
                if "max_new" in item and item["max_new"] is not None else None)
        source = _name(f, "source", "write the outlet's name, or remove the line (the feed's own title is then used)")
        category = _name(f, "category", "write the folder's name, or remove the line")
        if source:
            named.append((source, f.line("source")))
        feeds.append(FeedSpec(url, source, topics, item.line, category, draft, identity,
                              _rules(f, "keep"), _rules(f, "block"), _strips(f), most))
    fields.problems.extend(shared_pages(named, outlets, fields.path))
    return tuple(feeds)


def _name(f: Fields, key: str, fix: str) -> str:
    """The text of a feed's optional `key` (`source:` — the outlet every article of the feed names — or
    `category:`, OPML's folder), refused with an error at its line, like an empty one, when it is written and
    shows nothing (`codepoints.visible`, the rule of titles, authors and `via:`: U+3164 HANGUL FILLER, U+200B,
    U+2800 …): such a `source:` gave every imported article a blank outlet, which the build then refused
    article by article. "" when absent, null, refused or of a wrong type (reported by `Fields.text`)."""
    before = len(f.problems)
    text = f.text(key)
    written = f.data.get(key)
    if not isinstance(written, str) or visible(text) or has_errors(f.problems[before:]):
        return text
    unseen = "".join(c for c in written if c != " ")
    f.report(key, f'"{f.where}{key}" ' + (f"shows nothing: it holds only invisible characters ({code_points(unseen)})"
                                          if unseen else "is empty") + f"; {fix}")
    return ""


def address_problem(url: str) -> str:
    """For an http(s) address no URL parser reads (`https://[::1/feed`, a port `:99999` or `:rss`):
    what is wrong and the fix; else "". A file path is left to the fetch that reads it."""
    if not re.match(r"(?i)https?:", url):
        return ""
    try:
        urlsplit(url).port  # noqa: B018 — (raises ValueError for a port out of range or not a number)
    except ValueError as exc:
        return (f"is not a valid address ({exc}); copy the feed's address again from the outlet's site, "
                "like https://example.org/rss.xml")
    return ""


def scheme_problem(url: str) -> str:
    """For a feed address `briefgen fetch` cannot read by its kind (`ftp://…`, `feed:…`, `mailto:…`, a
    `file://` on another host, `//host/…` or `host:8080/…` with no scheme): what is wrong and the fix;
    else "" (http(s), a `file:` address of this machine, a path). The same rule as
    importer/location.local_path (a test holds the two equal): a trial's `ftp://` feed passed `check`
    and `build`, and failed every `fetch`. Names no password (the caller shows the address redacted)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    written = f"https://{url.lstrip('/')}"
    if not scheme and url.startswith("//"):  # (a path to fetch, which has none: it failed as "no file at //…")
        return f"has no scheme; write the address in full, like {redacted(written)}"
    if scheme in ("http", "https") or len(scheme) <= 1:  # (one letter: a Windows drive, so a path)
        return ""
    if "." in scheme or scheme == "localhost" or parts.path[:1].isdigit():  # example.org:8080/rss.xml
        return f"has no https:// in front; write the address in full, like {redacted(written)}"
    if scheme == "file":
        host = (parts.hostname or "").lower()
        return "" if host in ("", "localhost") else (
            f"is a file: address on another machine ({host}), which `briefgen fetch` cannot read; "
            "give a file: address of this machine, a file path or an http(s) address")
    return (f"uses {scheme}:, which `briefgen fetch` cannot read; give the feed's http(s) address, like "
            "https://example.org/rss.xml, or a file path")


def _items(f: Fields, key: str) -> list[tuple[Any, int]]:
    """The items of a list under `key` with their lines (a single item may be written alone)."""
    value = f.data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        return [(value, f.line(key))]
    return [(item, value.line_of(i) if isinstance(value, LineList) else f.line(key))
            for i, item in enumerate(value)]


def _rules(f: Fields, key: str) -> tuple[FilterRule, ...]:
    rules = []
    for item, line in _items(f, key):
        action = "drop"
        if isinstance(item, LineMap):
            rule_fields = Fields(item, f.path, f.problems, f"{f.where}{key}[].")
            rule_fields.reject_unknown(("match", "action"))
            text = rule_fields.text("match", required=True, multiline=True)
            action = rule_fields.text("action", default="drop")
            if not (action in ("drop", "draft") or re.fullmatch(r"tag:\S.*", action)):
                rule_fields.report("action", f'"action" must be drop, draft or tag:NAME, got "{action}"')
                action = "drop"
            elif key == "keep" and action != "drop":
                rule_fields.report("action", '"action" belongs to block rules; a keep rule only keeps')
        elif isinstance(item, (str, int, float)) and not isinstance(item, bool):
            text = str(item).strip()
        else:
            f.problems.append(error(f.path, line, f'"{f.where}{key}" items must be rules like "title=regex" '
                                                  f"or {{match: ..., action: ...}}, got {describe(item)}"))
            continue
        rule = _rule(text, action, line, key, f)
        if rule is not None:
            rules.append(rule)
    return tuple(rules)


def _rule(text: str, action: str, line: int, key: str, f: Fields) -> FilterRule | None:
    where = f'{f.where}{key} rule "{text}"'
    field, sep, pattern = text.partition("=")
    field = field.strip()
    if not sep or field not in RULE_FIELDS:
        hint = did_you_mean(field, RULE_FIELDS) if sep else ""
        f.problems.append(error(f.path, line, f"{where}: write FIELD=PATTERN with FIELD one of "
                                              f"{', '.join(RULE_FIELDS)}{hint}"))
        return None
    if field == "date":
        age = _AGE.match(pattern.strip())
        if pattern.strip() != "future" and age is None:
            f.problems.append(error(f.path, line, f"{where}: a date rule is date=future or date=max-age:N "
                                                  "with N days, hours or minutes (30d, 12h, 90m)"))
            return None
        if key == "keep":
            f.problems.append(error(f.path, line, f"{where}: date rules match items outside the limit, so "
                                                  "they belong under block:"))
            return None
        seconds = int(age.group(1)) * _AGE_UNITS[age.group(2)] if age else 0
        return FilterRule(field, pattern.strip(), action, text, line, float(seconds))
    try:
        re.compile(pattern)
    except re.error as exc:
        f.problems.append(error(f.path, line, f"{where}: invalid regular expression ({exc})"))
        return None
    return FilterRule(field, pattern, action, text, line)


def _strips(f: Fields) -> tuple[StripRule, ...]:
    rules = []
    for item, line in _items(f, "strip"):
        text = item if isinstance(item, str) else ""
        kind, sep, pattern = text.partition("=")
        where = f'{f.where}strip rule "{text or describe(item)}"'
        if not sep or kind.strip() not in ("css", "regex") or not pattern.strip():
            f.problems.append(error(f.path, line, f"{where}: write css=SELECTOR or regex=PATTERN"))
            continue
        kind, pattern = kind.strip(), pattern.strip()
        problem = _check_css(pattern) if kind == "css" else _check_regex(pattern)
        if problem:
            f.problems.append(error(f.path, line, f"{where}: {problem}"))
            continue
        rules.append(StripRule(kind, pattern, line))
    return tuple(rules)


def _check_regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"invalid regular expression ({exc})"
    return ""


def _check_css(selector: str) -> str:
    from selectolax.lexbor import LexborHTMLParser  # only configs with strip rules pay for it

    try:
        LexborHTMLParser("<p></p>").css(selector)
    except Exception as exc:  # selectolax raises its own error types (and ValueError) for bad selectors
        return f"invalid CSS selector ({exc})"
    return ""
