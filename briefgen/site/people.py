"""People placed in the site: the people found (analyse.people) with their pages, entries and stories."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

from briefgen.analyse.people import PeopleFound, filing_order
from briefgen.analyse.quotepieces import MIN_SHORTENED, fragment, fragments_joined, grouped, in_part, quote_words, same_quotation  # noqa: F401 (same_quotation, MIN_SHORTENED: read here before)
from briefgen.site.model import Entry, PersonEntry, Quote, StoryEntry
from briefgen.site.urls import person_anchor, slugify


def person_urls(people: PeopleFound, articles: Sequence[Any] = ()) -> dict[str, str]:
    """canonical name → "people/<slug>/", slugs made unique ("li-hui", "li-hui-2"). Of names that share a
    slug, the one seen first gets the plain slug, then the others in that order: by the earliest publication (then
    slug) of an article naming them, read from `articles` (site.model's Article: `slug`, `published`), then by
    name. An archive that grows by newer articles moves no one: BR24 (2026-12-06) saw "José Pérez" and "Jose Perez"
    (both declared) swap people/jose-perez/ and -2/ without a word once José was named in more articles (the rule
    then: declared, then named in the most articles, which changes with every build and with `people:`). What
    changes anyway (a back-dated or deleted article) is named by the next build (gonepeople.py). A misspelling
    seen before the right spelling keeps the plain slug (docs/people.md, "Addresses")."""
    by_base: dict[str, list[int]] = {}
    for k, person in enumerate(people.people):
        by_base.setdefault(slugify(person.name, fallback="person"), []).append(k)
    urls: dict[str, str] = {}
    taken = set(by_base)
    first: dict[str, tuple[float, str]] = {}
    if any(len(members) > 1 for members in by_base.values()):  # (rare: the dates are read only then)
        first = {a.slug: (a.published.timestamp(), a.slug) for a in articles}
    never = (float("inf"), "")

    def appearance(k: int) -> tuple:
        person = people.people[k]
        seen = min((first.get(slug, never) for slug in person.articles), default=never)
        return (seen, person.name)

    for base, members in by_base.items():
        ranked = sorted(members, key=appearance) if len(members) > 1 else members
        urls[people.people[ranked[0]].name] = f"people/{base}/"
        n = 1
        for k in ranked[1:]:
            n += 1
            while f"{base}-{n}" in taken:  # ("li-hui-2" may be another name's plain slug)
                n += 1
            taken.add(f"{base}-{n}")
            urls[people.people[k].name] = f"people/{base}-{n}/"
    return {person.name: urls[person.name] for person in people.people}


def people_entries(people: PeopleFound, by_slug: Mapping[str, Entry], stories: Mapping[str, StoryEntry],
                   urls: Mapping[str, str]) -> tuple[tuple[PersonEntry, ...], dict[str, tuple[StoryEntry, ...]],
                                                     dict[str, tuple[Quote, ...]]]:
    """The people of the site, and each one's stories and quotes (newest first).

    `by_slug` and `stories` must be in site order (entries newest first, ties by slug; stories
    by first report, newest first, ties by id): orders are taken from them, not sorted again
    (at 10,000 articles people name ~60,000 entries and stories; 0.3 → 0.1 s).
    """
    entry_rank = {slug: i for i, slug in enumerate(by_slug)}
    story_rank = {story_id: i for i, story_id in enumerate(stories)}
    story_list = list(stories.values())
    story_of_rank = [story_rank[entry.story] for entry in by_slug.values()]  # entry rank → its story's rank
    found, person_stories, person_quotes = [], {}, {}
    for person in people.people:
        # Their articles and stories by rank, as numbers (~77,000 articles at 10,000: sorting slugs by
        # a key function and keeping the first of each story was 0.07 s of every rebuild's site model)
        ranks = list(map(entry_rank.get, person.articles))
        if None in ranks:  # (an article not in the site: a draft)
            ranks = [rank for rank in ranks if rank is not None]
        ordered = tuple(map(story_list.__getitem__, sorted(set(map(story_of_rank.__getitem__, ranks)))))
        pairs = sorted(((slug, q) for slug, q in person.quotes if slug in entry_rank), key=lambda pair: entry_rank[pair[0]])
        quotes = once_each(tuple(Quote(q.text, by_slug[slug]) for slug, q in pairs),
                           frozenset(k for k, (_, q) in enumerate(pairs) if q.statement))  # (fragments.statement_words)
        others = tuple(s for s in person.spellings if s != person.name and not _part_of(s, person.name))
        found.append(PersonEntry(person.name, index_name(person.name, person.kind, person.spellings, person.given_first,
                                                              person.particle_first), person.kind,
                                 urls[person.name], person_anchor(urls[person.name]), person.declared, others,
                                 len(ranks), len(ordered), len(quotes)))
        person_stories[person.name], person_quotes[person.name] = ordered, quotes
    return tuple(found), person_stories, person_quotes


@dataclass(frozen=True, slots=True)
class PersonQuote(Quote):
    """A quotation on a person's page, once: `entry` is its earliest report, `also_in` the other reports that
    quote it, oldest first (a template may say "also in The Morning Post"; `Quote`'s fields alone show it once), and
    `in_part` the reports that print only a piece of it inside their own sentence (quotepieces.in_part: "in part in")."""

    also_in: tuple[Entry, ...] = ()
    in_part: tuple[Entry, ...] = ()


def once_each(quotes: tuple[Quote, ...], statements: frozenset[int] = frozenset()) -> tuple[PersonQuote, ...]:
    """A person's `quotes` (in site order, newest report first) with each quotation once (`same_quotation`): the
    earliest report's (by publication, then an original before a re-telling, `via:`), with its own words, and
    the other reports in `also_in`, oldest first, but those that print only a piece of it inside their own sentence
    in `in_part` (quotepieces.in_part); the result is in site order of the reports kept. A trial's page
    showed Józef Wiśniewski's "acted on every warning …" twice, from the newsletter and from a daily re-telling it.
    A quotation whose words were seen before joins that one's group by a look-up; others are compared only with
    the distinct word sequences of the groups sharing a run of `MIN_SHORTENED` words with them (a person quoted
    1,000 times is not 500,000 comparisons; at 10,000 benchmark articles, where most quotations recur word for
    word, the people's entries took 0.15 s of a one-article edit's 1.5 s before the look-up, py-spy). The grouping
    and the pieces shown only inside a longer quotation are analyse/quotepieces.py's (the article pages count the
    same; `statements`: indices of an organisation's own statement's words, shown though pieces)."""
    # What depends on a quotation's text alone, once per distinct text: most of a person's quotations recur word for
    # word (at 10,000 benchmark articles, 9,296 quotations of 26 people, 8 distinct texts; these calls were ~0.1 s of
    # a one-article edit, cProfile of `assemble`, 2026-12-06)
    texts = [q.text for q in quotes]
    words_of = {text: quote_words(text) for text in dict.fromkeys(texts)}
    piece = {text: fragment(found, text) for text, found in words_of.items()}
    words = [words_of[text] for text in texts]
    groups, shapes = grouped(words)
    kept: list[tuple[int, PersonQuote]] = []
    for members in fragments_joined(groups, shapes, words, texts, statements):
        # the earliest report's words, and of one report's the longest: a headline's excerpt of a quotation is that
        # report's quotation, not another report of it (a trial's Q&A, 2026-12-05, was "also in" itself)
        oldest = sorted(members, key=lambda j: (piece[texts[j]], _report_age(quotes[j]), -len(words[j])))
        first = quotes[oldest[0]]
        others = {quotes[j].entry.article.slug: j for j in oldest[1:]
                  if quotes[j].entry.article.slug != first.entry.article.slug}
        partial = {text for text in {texts[j] for j in others.values()}
                   if in_part(words_of[text], text, words[oldest[0]])}
        parts = {j for j in others.values() if texts[j] in partial}
        kept.append((oldest[0], PersonQuote(first.text, first.entry, tuple(quotes[j].entry for j in others.values()
                                                                           if j not in parts),
                                            tuple(quotes[j].entry for j in others.values() if j in parts))))
    return tuple(q for _, q in sorted(kept, key=lambda pair: pair[0]))


def _report_age(quote: Quote) -> tuple:
    """Oldest first: publication time, then an original before a re-telling (`via:`), then the slug."""
    article = quote.entry.article
    return (article.published.timestamp(), bool(article.via), article.slug)


def former_person_urls(people: Sequence[PersonEntry]) -> tuple[tuple[str, PersonEntry], ...]:
    """The addresses each person's page may have had in an earlier build: (url, person) pairs, by url.

    A page's address is made from the canonical name, and which spelling is canonical can change as
    the archive grows — a full name seen after its acronym ("NSC" → "people/national-security-council/"),
    a misspelling outnumbered by the right spelling, a tie broken by the accented one (docs/people.md).
    Known from the content alone, like a story's former ids (site/stories.former_ids): every spelling
    in "also written as" gives "people/<slug of the spelling>/", which redirects to the person's page
    (pages.moved_pages). Left out: an address that is any person's page, and one that two people's
    spellings give (neither gets it; whatever the order of the people, the answer is the same).
    """
    pages = {person.url for person in people}
    claims: dict[str, dict[str, PersonEntry]] = {}
    for person in people:
        for spelling in person.also_written_as:
            url = f"people/{slugify(spelling, fallback='person')}/"
            if url not in pages:
                claims.setdefault(url, {})[person.url] = person
    return tuple((url, next(iter(owners.values()))) for url, owners in sorted(claims.items()) if len(owners) == 1)


def _part_of(surface: str, name: str) -> bool:
    """"Haines" or "Avril" of "Avril Haines": a short form, not another spelling; "Von der Leyen" at a
    sentence's start is one of "Ursula von der Leyen" too (compared case-folded)."""
    words, full = surface.casefold().split(), name.casefold().split()
    return any(full[i:i + len(words)] == words for i in range(len(full) - len(words) + 1))


def index_name(name: str, kind: str, written: Sequence[str] = (), given_first: bool = False,
               particle_first: bool = False) -> str:
    """The name as the people index shows it, surname first: "Haines, Avril", "Sisi, Abdel Fattah al-"
    (`filing_order`, as `sort_name` orders it; "Meseret Alemayehu" as written, `given_first`)."""
    filed = filing_order(name, kind, written, given_first, particle_first)  # "Al Nuaimi, Khalid", "Sisi, Abdel Fattah al-"; `written`: its spellings
    return f"{filed[0]}, {filed[1]}" if filed else name
