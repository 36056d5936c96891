"""Build a synthetic, deterministic briefing corpus in memory.

Takes a seed and an article count; gives a `Corpus` of frozen `Article` and
`Note` records that `corpus_writers` serialises for briefgen, Hugo or Pelican.
Every random draw goes through one `random.Random(seed)`, and nothing iterates
over a set, so the same seed and count give the same corpus on any machine.

Articles come in *events*: one outlet reports first and others re-tell it a
few days later (often with `via:`), sharing names, places, numbers and a few
paraphrased sentences. Story grouping therefore has real work to do, as it
would on a real briefing, instead of seeing N unrelated texts.

By default an event's names, places and numbers come from small pools and its
sentences from templates shared by every event of its topic, so that at 10,000
articles hundreds of events within two weeks read alike (docs/log/stories.md, Limits).
`distinct=True` (`make_corpus.py --distinct-events`) gives each event, as real
events have, a detail of its own: a village, an official and a count drawn from
large generated pools, told in two sentences that lead every report of the event,
in the original's words or a re-teller's. The default corpus is unchanged by it
(no extra random draws).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from types import MappingProxyType
from typing import Mapping

import corpus_text as text

DEFAULT_SEED = 20230224
YEAR_START = date(2023, 1, 1)
YEAR_END = date(2023, 12, 31)
TOPIC_IDS = tuple(topic_id for topic_id, _, _, _ in text.TOPICS)
OUTLET_HOMES = {name: url for name, url, _ in text.OUTLETS}
# Slots an event fixes, so that its re-tellings name the same people and places.
EVENT_SLOTS = ("west", "west_adj", "city", "front", "speaker", "surname", "billion",
               "number", "aid_item", "sector", "month")
EVENT_SIZES = (1, 2, 3, 4, 5, 6)
EVENT_SIZE_WEIGHTS = (55, 15, 12, 8, 6, 4)
_SLOT = re.compile(r"\{(\w+)\}")
_NO_SLOTS: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Article:
    """One source article; `topics` are the intended ones, always known."""

    slug: str
    title: str
    source: str
    published: str  # ISO 8601 text exactly as written in front matter
    url: str
    via: str | None
    authors: tuple[str, ...]
    topics: tuple[str, ...]
    explicit_topics: bool  # False: briefgen must assign topics from keywords
    tags: tuple[str, ...]
    ai_assisted: bool | None
    body: str


@dataclass(frozen=True, slots=True)
class Note:
    """One editor note attached to topics and/or articles."""

    slug: str
    title: str
    date: str
    kind: str
    topics: tuple[str, ...]
    articles: tuple[str, ...]
    author: str
    pinned: bool
    body: str


@dataclass(frozen=True, slots=True)
class Corpus:
    seed: int
    articles: tuple[Article, ...]
    notes: tuple[Note, ...]


@dataclass(frozen=True, slots=True)
class Event:
    """A news event reported by one or more outlets; the first reported it first."""

    topics: tuple[str, ...]
    day: date
    fixed: Mapping[str, str]
    facts: tuple[str, ...]
    outlets: tuple[str, ...]
    specifics: tuple[tuple[str, str], ...] = ()  # (original's words, a re-teller's) of the event's own detail


class Filler:
    """Fills `{slot}` templates from the vocabulary pools with one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._slots: dict[str, tuple[str, ...]] = {}

    def fill(self, template: str, fixed: Mapping[str, str] = _NO_SLOTS) -> str:
        names = self._slots.get(template)
        if names is None:
            names = self._slots[template] = tuple(_SLOT.findall(template))
        values = {name: fixed[name] if name in fixed else self._draw(name) for name in names}
        filled = template.format(**values)
        return filled[0].upper() + filled[1:]

    def _draw(self, name: str) -> str:
        if name == "link":
            home = self.rng.choice(text.OUTLETS)[1]
            return f"{home}/documents/{self.rng.randrange(10_000, 99_999)}"
        return self.rng.choice(text.POOLS[name])


def slugify(title: str) -> str:
    """Lower-case ASCII words joined by '-', at most eight words (like most SSGs)."""
    plain = title.lower().replace("'", "").replace("\u2019", "")
    words = [w for w in re.split(r"[^a-z0-9]+", plain) if w]
    return "-".join(words[:8]) or "item"


class SlugRegistry:
    """Hands out unique slugs; a repeated headline gets -2, -3, ... like `hugo new`."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def claim(self, base: str) -> str:
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        return base if count == 1 else f"{base}-{count}"


def generate_corpus(n_articles: int, seed: int = DEFAULT_SEED, distinct: bool = False) -> Corpus:
    """Events until `n_articles` articles exist, then about one note per 50 articles.

    `distinct`: every event also gets details of its own (module docstring)."""
    rng = random.Random(seed)
    filler = Filler(rng)
    slugs = SlugRegistry()
    articles: list[Article] = []
    while len(articles) < n_articles:
        event = make_event(filler, n_articles - len(articles))
        if distinct:
            event = with_specifics(filler, event)
        for position in range(len(event.outlets)):
            articles.append(make_article(filler, slugs, event, position))
    notes = make_notes(filler, articles, max(1, n_articles // 50)) if articles else ()
    return Corpus(seed=seed, articles=tuple(articles), notes=tuple(notes))


def make_event(filler: Filler, max_size: int) -> Event:
    rng = filler.rng
    primary = rng.choice(TOPIC_IDS)
    others = [t for t in TOPIC_IDS if t != primary]
    extra = rng.choices((0, 1, 2), weights=(57, 35, 8))[0]
    topics = (primary, *rng.sample(others, extra))
    fixed = MappingProxyType({slot: rng.choice(text.POOLS[slot]) for slot in EVENT_SLOTS})
    secondary = [s for topic in topics[1:] for s in text.BY_TOPIC[topic]]
    templates = rng.sample(text.BY_TOPIC[primary], 6 - min(2, len(secondary)))
    templates += rng.sample(secondary, 6 - len(templates))
    facts = tuple(filler.fill(s, fixed) for s in templates)
    size = min(max_size, rng.choices(EVENT_SIZES, weights=EVENT_SIZE_WEIGHTS)[0])
    outlets = tuple(rng.sample([name for name, _, _ in text.OUTLETS], size))
    day = YEAR_START + timedelta(days=rng.randrange(365))
    return Event(topics=topics, day=day, fixed=fixed, facts=facts, outlets=outlets)


def with_specifics(filler: Filler, event: Event) -> Event:
    """`event` with two sentences of its own: one village, and in each an official and a count."""
    rng = filler.rng
    village = (rng.choice(text.VILLAGE_STARTS) + rng.choice(text.VILLAGE_ROOTS) + rng.choice(text.VILLAGE_ENDS)).capitalize()
    told = []
    for original, retold in rng.sample(text.SPECIFICS, 2):
        values = {"village": village, "tally": str(rng.randrange(12, 4000)),
                  "official": f"{rng.choice(text.FIRST_NAMES)} {rng.choice(text.SURNAME_ROOTS)}{rng.choice(text.SURNAME_ENDS)}"}
        told.append((original.format(**values), retold.format(**values)))
    return replace(event, specifics=tuple(told))


def make_article(filler: Filler, slugs: SlugRegistry, event: Event, position: int) -> Article:
    rng = filler.rng
    source = event.outlets[position]
    delay = 0 if position == 0 else rng.choice((0, 1, 1, 2, 3, 5))
    day = min(YEAR_END, event.day + timedelta(days=delay))
    title = filler.fill(rng.choice(text.TITLES[event.topics[0]]), event.fixed)
    slug = slugs.claim(slugify(title))
    return Article(
        slug=slug,
        title=title,
        source=source,
        published=published_text(rng, day),
        url=f"{OUTLET_HOMES[source]}/{day:%Y/%m/%d}/{slug}",
        via=event.outlets[0] if position > 0 and rng.random() < 0.7 else None,
        authors=byline(rng),
        topics=event.topics,
        explicit_topics=rng.random() < 0.5,
        tags=tuple(rng.sample(text.TAGS, rng.choice((0, 0, 1, 2, 3, 4)))),
        ai_assisted=ai_flag(rng, source),
        body=compose_body(filler, event, retelling=position > 0),
    )


def published_text(rng: random.Random, day: date) -> str:
    """Mix the ISO 8601 forms editors and feeds produce: date, naive, UTC, offset."""
    form = rng.random()
    if form < 0.4:
        return day.isoformat()
    clock = f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}:00"
    if form < 0.65:
        return f"{day.isoformat()}T{clock}"
    if form < 0.85:
        return f"{day.isoformat()}T{clock}Z"
    return f"{day.isoformat()}T{clock}+0{rng.choice((2, 3))}:00"


def byline(rng: random.Random) -> tuple[str, ...]:
    count = rng.choices((0, 1, 2), weights=(30, 55, 15))[0]
    # (a name drawn twice is written once: briefgen warns of a repeated author, and a benchmark's build
    # printed ~40 such warnings at 100,000 articles; the draws, and so the rest of the corpus, are unchanged)
    return tuple(dict.fromkeys(f"{rng.choice(text.FIRST_NAMES)} {rng.choice(text.LAST_NAMES)}" for _ in range(count)))


def ai_flag(rng: random.Random, source: str) -> bool | None:
    """The aggregator often declares AI help; elsewhere it is rare or left unsaid (None)."""
    roll = rng.random()
    if source == text.AGGREGATOR:
        return True if roll < 0.6 else None
    return True if roll < 0.02 else False if roll < 0.1 else None


class BodyBuilder:
    """Accumulates Markdown blocks and a running word count."""

    def __init__(self, filler: Filler, event: Event) -> None:
        self.filler = filler
        self.event = event
        self.blocks: list[str] = []
        self.words = 0
        self._topical = [s for topic in event.topics for s in text.BY_TOPIC[topic]]
        self._general = list(text.GENERAL)
        self._decks: dict[bool, list[str]] = {True: [], False: []}

    def add(self, block: str) -> None:
        self.blocks.append(block)
        self.words += block.count(" ") + 1

    def sentence(self) -> str:
        """A topic sentence (60%) or a general one, sometimes about this event's people.

        Templates are dealt from shuffled decks so that an article does not
        repeat itself until it has used every template once.
        """
        rng = self.filler.rng
        topical = rng.random() < 0.6
        deck = self._decks[topical]
        if not deck:
            deck.extend(self._topical if topical else self._general)
            rng.shuffle(deck)
        return self.filler.fill(deck.pop(), self.event.fixed if rng.random() < 0.5 else _NO_SLOTS)

    def paragraph(self, sentences: list[str]) -> None:
        rng = self.filler.rng
        if rng.random() < 0.2:
            sentences[-1] = emphasise(rng, sentences[-1])
        self.add(" ".join(sentences))

    def mixed(self, count: int) -> list[str]:
        return [self.sentence() for _ in range(count)]

    def heading(self) -> None:
        self.add("## " + self.filler.fill(self.filler.rng.choice(text.HEADINGS), self.event.fixed))

    def bullets(self) -> None:
        rng = self.filler.rng
        intro = self.filler.fill(rng.choice(text.BULLET_INTROS))
        items = "\n".join(f"- {self.sentence()}" for _ in range(rng.randint(3, 5)))
        self.add(f"{intro}\n\n{items}")

    def quote(self) -> None:
        quote = self.filler.rng.choice(text.QUOTES)
        self.add(f"> \u201c{quote}\u201d\n>\n> \u2014 {self.event.fixed['speaker']}")

    def table(self) -> None:
        rng = self.filler.rng
        countries = rng.sample(text.POOLS["west"], rng.randint(3, 6))
        rows = [f"| {c.removeprefix('the ')} | {rng.randrange(5, 90) / 10:.1f} "
                f"| {rng.randrange(1, 50) / 10:.1f} |" for c in countries]
        header = "| Country | Pledged (bn EUR) | Delivered (bn EUR) |\n|---|---:|---:|"
        self.add("Pledges announced so far:\n\n" + header + "\n" + "\n".join(rows))


def emphasise(rng: random.Random, sentence: str) -> str:
    """Wrap two or three whole words in *...* or **...** (never inside a link)."""
    words = sentence.split(" ")
    if len(words) < 6 or "](" in sentence:
        return sentence
    start = rng.randrange(1, len(words) - 4)
    span = words[start:start + rng.choice((2, 3))]
    if any(not w[-1].isalnum() for w in span):
        return sentence
    mark = rng.choice(("*", "*", "**"))
    return " ".join(words[:start] + [mark + " ".join(span) + mark] + words[start + len(span):])


def paraphrase(rng: random.Random, facts: list[str]) -> list[str]:
    """Re-word an outlet's copy of shared facts with a random subset of substitutions."""
    chosen = [pair for pair in text.PARAPHRASES if rng.random() < 0.5]
    out = []
    for fact in facts:
        for before, after in chosen:
            fact = fact.replace(before, after)
        out.append(fact)
    return out


def compose_body(filler: Filler, event: Event, retelling: bool) -> str:
    """About 700 words: lede, paragraphs, headings, a list, a quote, maybe a table."""
    rng = filler.rng
    facts = list(event.facts)
    if retelling:
        rng.shuffle(facts)
        facts = paraphrase(rng, facts[:rng.randint(3, 6)])
    target = rng.randint(640, 760)
    body = BodyBuilder(filler, event)
    if event.specifics:  # the event's own detail leads every report of it (`distinct` corpora only)
        facts[:0] = [retold if retelling else told for told, retold in event.specifics]
    body.paragraph(facts[:2])
    body.paragraph(body.mixed(3))
    body.heading()
    body.paragraph(facts[2:4] + body.mixed(2))
    body.bullets()
    body.paragraph(body.mixed(4))
    body.quote()
    if rng.random() < 0.15:
        body.table()
    body.heading()
    leftover = facts[4:]
    while body.words < target:
        body.paragraph(body.mixed(rng.randint(3, 5)) + leftover)
        leftover = []
    return "\n\n".join(body.blocks) + "\n"


def make_notes(filler: Filler, articles: list[Article], count: int) -> list[Note]:
    """Editor notes attached to topics, to nearby articles (often one story), or both."""
    rng = filler.rng
    slugs = SlugRegistry()
    notes = []
    for _ in range(count):
        kind = rng.choices(text.NOTE_KINDS, weights=text.NOTE_KIND_WEIGHTS)[0]
        title = filler.fill(rng.choice(text.NOTE_TITLES[kind]))
        mode = rng.random()
        first = rng.randrange(len(articles))
        attached = tuple(a.slug for a in articles[first:first + rng.randint(1, 3)]) if mode >= 0.4 else ()
        topics = tuple(rng.sample(TOPIC_IDS, rng.randint(1, 2))) if mode < 0.4 or mode >= 0.8 else ()
        day = articles[first].published[:10]
        paragraphs = [" ".join(filler.fill(rng.choice(text.GENERAL)) for _ in range(3)) for _ in range(2)]
        notes.append(Note(
            slug=slugs.claim(f"{day}-{slugify(title)}"), title=title, date=day, kind=kind,
            topics=topics, articles=attached, author=rng.choice(text.EDITORS),
            pinned=rng.random() < 0.05, body="\n\n".join(paragraphs) + "\n",
        ))
    return notes
