"""People and organisations: who is named in which article, and who said what.

Per article (`people_analysis`, memoised by the build): the names found in the text
(`names.names_in`, no declaration needed), the declared names and aliases of config.yaml
found as written, and every quotation with its speaker (`quotes.quotes_in`: the person in
the attribution frame, never everyone the sentence mentions). Kept compact — each name
once per article, each quotation with its speaker's article-local full name — so that a
100,000-article archive holds a few names per article, not every occurrence.

Across the site (`people_of`): one canonical name per person (declared `people:` win; transliterations and
surname-only mentions are folded, names.NameIndex), which articles name them, what they said, the spellings seen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Mapping

from briefgen.analyse.acronyms import COMMON_ACRONYMS_UPPER, acronym_definers, initials
from briefgen.analyse.agencynames import agency_names
from briefgen.analyse.credits import KNOWN_OUTLETS, credit_finder
from briefgen.analyse.fragments import reporters_fragment, statement_words
from briefgen.analyse.onewordbodies import one_word_body
from briefgen.analyse.outletkeys import all_forms, outlet_core, outlet_key
from briefgen.analyse.outletleads import leading_form
from briefgen.analyse.misspeltnamed import misspelt_named
from briefgen.analyse.middlenames import dropped_middles
from briefgen.analyse.alonenames import alone_titles, alone_usage
from briefgen.analyse.filing import filing_order, given_called, particles_led, sort_name, surname_start  # noqa: F401 (read from here before: filing.py)
from briefgen.analyse.firmsources import listed_outlet_keys, own_voices, voiced
from briefgen.analyse.companyforms import without_legal_form
from briefgen.analyse.namekeys import fold
from briefgen.analyse.initialnames import told_titles
from briefgen.analyse.knownas import known_as, text_aliases
from briefgen.analyse.laternames import later_fulls
from briefgen.analyse.names import ORGANISATION, PERSON, Found, NameIndex, NameMention, mentions_in
from briefgen.analyse.nameruns import classify
from briefgen.analyse.quotejoin import joined
from briefgen.analyse.quotepieces import shown as page_shown
from briefgen.analyse.quoteresult import without_echoes
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.speakergender import fits_sex, frame_gender, gendered_owner
from briefgen.analyse.textmatch import Phrases, TextAnalysis, by_language, lower, normalise, phrases
from briefgen.analyse.wrappedlines import unwrapped
from briefgen.load.config import Person, Source
from briefgen.load.documents import Article
from briefgen.load.textcut import shorten

MAX_QUOTE = 400  # characters of a quotation shown on People pages; longer ones are cut at a word
OTHER = "other"  # config.yaml people[n].kind: neither a person nor an organisation (load/config.PERSON_KINDS)
MIN_ARTICLES = 2  # an undeclared name gets a page when this many articles name it (or it is quoted)


@dataclass(frozen=True, slots=True)
class Named:
    """A name as one article uses it: its article-local full form, kind, and spellings used."""
    full: str
    kind: str  # names.PERSON | names.ORGANISATION
    surfaces: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Said:
    """A quotation and its speaker as the article names them."""

    text: str
    speaker: str  # article-local full name of the speaker
    kind: str
    frame: str  # the rule that attributed it (quotes.Quote.frame), for `check -v`
    gender: str = ""  # "m"/"f" when the frame tells ("he said", "Mr Harrowgate said": speakergender.py), else ""
    fragment: bool = False  # words the reporter's sentence quotes (fragments.py): quoted, not shown on People pages
    statement: bool = False  # an organisation's own statement's words (fragments.statement_words): shown, if a piece


@dataclass(frozen=True, slots=True)
class ArticlePeople:
    named: tuple[Named, ...]  # in order of first mention
    quotes: tuple[Said, ...]  # in text order; only quotations with a named speaker
    unnamed: tuple[str, ...] = ()  # folded names the article shows to be places or things (names.mentions_in)
    defined: tuple[tuple[str, str], ...] = ()  # acronyms it defines by other words, with them: ("SMA", "Chilean environment superintendency")
    given_called: tuple[str, ...] = ()  # full names it calls by a title and the given name ("Ms Meseret": filing.given_called)
    particle_led: tuple[str, ...] = ()  # full names whose particles it capitalises inside a sentence (filing.particles_led)
    alone: tuple[tuple[str, str], ...] = ()  # short names written alone: (full, title), (full, "") a vox pop (alonenames.py)
    known_as: tuple[tuple[str, str], ...] = ()  # (full name, another it is known as): "X, known as Y," (knownas.py)


def find_people(title: str, text: str, declared: tuple[str, ...] = (), outlets: tuple[str, ...] = (),
                language: str = "") -> ArticlePeople:
    """The names and attributed quotations of one article (pure). A name found inside the name of a
    news outlet (the site's `outlets` and credits.KNOWN_OUTLETS, as written there) is none: "La
    Gazzetta" of "La Gazzetta dello Sport", "Il Sole" of "Il Sole 24 Ore", "Folha de S" of "Folha de
    S.Paulo" — names stop at lower-case words, digits and full stops that outlets' names have (a trial
    published "La Gazzetta" as a person); nor is a name whose article-local full name is an outlet's ("Ravensmere"
    after "told the Ravensmere Record", a trial's person "Ravensmere Record", 2026-12-04). `language`: the article's (BCP 47; "": English), for names and frames. A quotation its own frame splits is
    one (quotejoin.joined: "We will … not back down."); a fragment the reporter's sentence quotes is marked
    `Said.fragment` (fragments.py: 'described it as “unacceptable”'), which `people_of` does not show. A newline
    inside a paragraph is a space, as the paragraph is shown (wrappedlines.py)."""
    title, text = unwrapped(title), unwrapped(text)
    order: list[tuple[str, str]] = []
    surfaces: dict[tuple[str, str], list[str]] = {}
    outlet_names = _outlet_names(outlets)
    unnamed: set[str] = set()
    outlet_keys = _outlet_keys(outlets)
    outlet_named: dict[str, bool] = {}  # full name → whether it is an outlet's (a name recurs: keyed once)
    outlet_word: dict[str, bool] = {}  # surface → whether its first word is a word of an outlet's name (the same)
    mentions: list[Found] = []
    agencies = agency_names(text)  # ("Maghreb Arabe Presse (MAP)": no person's; agencynames.py)
    forms = {form for _, _, *written in agencies for form in written}
    for m in mentions_in(title, text, language, unnamed, unwrap=False):
        if m[4] in forms or any(a <= m[1] < b for a, b, _, _ in agencies) and text[m[1]:m[2]] == m[0]:
            continue
        if (named := outlet_named.get(m[4])) is None:  # (or its initials: "told PPW", Pharmacy Practice Weekly's; T14)
            named = outlet_named[m[4]] = outlet_core(outlet_key(m[4])) in outlet_keys or m[4] in _outlet_initials(outlets)
        if (word := outlet_word.get(m[0])) is None:
            word = outlet_word[m[0]] = (first := _FIRST_WORD.match(m[0])) is not None and fold(first.group()) in outlet_names[1]
        if not named and not (word and _inside_outlet(m, title, text, outlet_names)):
            mentions.append(m)
    pattern = _declared_phrases(tuple(declared))
    if pattern is not None:  # declared spellings are found even where discovery would not see a name
        for haystack in (title, text):
            for found in pattern.finditer(lower(haystack)):
                written = haystack[found.start():found.end()]
                mentions.append((written, found.start(), found.end(), PERSON, written, "", False))
    middles = dropped_middles(m[4] for m in mentions if m[3] == PERSON)  # "Bola Tinubu" of "Bola Ahmed Tinubu"
    for surface, _, _, kind, full, _, _ in mentions:
        key = (middles.get(full, full) if kind == PERSON else full, kind)
        if key not in surfaces:
            order.append(key)
            surfaces[key] = []
        if surface not in surfaces[key]:
            surfaces[key].append(surface)
    named = tuple(Named(full, kind, tuple(surfaces[(full, kind)])) for full, kind in order)
    found = joined(without_echoes(quotes_in(title, text, language, unwrap=False)), text)
    later = later_fulls(mentions)  # "“…,” Mr Okafor said. Chinedu Okafor …": his (laternames.py)

    def speaker(q) -> str:  # (the later full name, laternames.py; then the name with its middle, middlenames.py)
        said = later.speaker(text, q.name, q.start, q.end) if q.name and not q.in_title else q.name or q.speaker or ""
        return middles.get(said, said)
    quotes = tuple(Said(_shortened(q.text), speaker(q), _body_or(q, text), q.frame, frame_gender(q),
                        reporters_fragment(q, text, title), statement_words(q, text, title))
                   for q in found if q.speaker and q.kind in (PERSON, ORGANISATION))
    return ArticlePeople(named, quotes, tuple(sorted(unnamed)), acronym_definers(text), given_called(text, mentions),
                         particles_led(text, mentions), alone_usage(text, mentions, found), known_as(text, mentions))


def _body_or(quote, text: str) -> str:
    """A quotation's speaker's kind: a one-word person the article shows to be a body (onewordbodies.one_word_body:
    "Tesco, asked about the recall, said" beside "Tesco's stores") is an organisation, as names_in reads it."""
    if quote.kind == PERSON and quote.name and " " not in quote.name and one_word_body(text, quote.name):
        return ORGANISATION
    return quote.kind or PERSON


@lru_cache(maxsize=64)  # built once per configuration, not once per article
def _outlet_initials(outlets: tuple[str, ...]) -> frozenset[str]:
    """The acronyms of three letters or more the site's outlets' names make (acronyms.initials: "Pharmacy Practice
    Weekly" → "PPW"), common acronyms ("CEO", "PDF") left out: an article's "told PPW" names the outlet, no
    organisation. Not the known outlets' (credits.KNOWN_OUTLETS): their two letters ("AA", "MP") are too often
    something else's."""
    return frozenset(i for name in all_forms(outlets) if len(i := initials(name)) >= 3 and i not in COMMON_ACRONYMS_UPPER)


@lru_cache(maxsize=64)  # built once per configuration, not once per article
def _outlet_names(outlets: tuple[str, ...]) -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of outlets' names (credits.CreditFinder.known) and the first words of names found
    inside them: any word of an outlet's name, folded."""
    names = (*all_forms(outlets), *KNOWN_OUTLETS, *(alias for aliases in KNOWN_OUTLETS.values() for alias in aliases))
    return credit_finder(outlets).known, frozenset(fold(w) for name in names for w in re.findall(r"\w+", name))


_FIRST_WORD = re.compile(r"\w+")


def _inside_outlet(mention: Found, title: str, text: str, outlet_names: tuple[re.Pattern[str], frozenset[str]]) -> bool:
    """Whether the mention (offsets in the title or the text: the one whose words are there) lies
    inside an outlet's name written there. Only the text around the mention is searched, and only
    for a mention whose first word is a word of some outlet's name."""
    surface, start, end = mention[0], mention[1], mention[2]
    pattern, words = outlet_names
    first = _FIRST_WORD.match(surface)
    if first is None or fold(first.group(0)) not in words:
        return False
    for haystack in (text, title):
        if haystack[start:end] == surface:
            return any(m.start() <= start and end <= m.end() for m in
                       pattern.finditer(haystack, max(0, start - 80), min(len(haystack), end + 80)))
    return False


@lru_cache(maxsize=64)  # built once per configuration, not once per article
def _outlet_keys(outlets: tuple[str, ...]) -> frozenset[str]:
    """The keys (outletkeys.outlet_core) of the site's outlets (by each of their name_forms and leading words) and the
    known ones."""
    names = (*all_forms(outlets), *KNOWN_OUTLETS, *(alias for aliases in KNOWN_OUTLETS.values() for alias in aliases),
             *filter(None, map(leading_form, outlets)))  # ("Radio Dalka" of "Radio Dalka Mogadishu": outletleads.py)
    return frozenset(outlet_core(outlet_key(name)) for name in names)


@lru_cache(maxsize=64)  # built once per configuration, not once per article
def _declared_phrases(declared: tuple[str, ...]) -> Phrases | None:
    return phrases(normalise(n) for n in declared)


def _shortened(text: str) -> str:
    return shorten(text, MAX_QUOTE)


def people_analysis(people: tuple[Person, ...], sources: tuple[Source, ...] = (), language: str = "") -> TextAnalysis:
    """`find_people` as a per-article analysis, in each article's language (its own, else the site's
    `language`); the declared names and aliases, the names of the site's outlets (config.yaml `sources:`)
    and the word lists the site's language is read with (languages.lexicon_of) are its settings."""
    declared = tuple(sorted({name for p in people for name in (p.name, *p.aliases) if name.strip()}))
    names = tuple(sorted({s.name.strip() for s in sources if s.name.strip()}))
    return TextAnalysis("people", by_language(repr((declared, names)), language),
                        lambda title, text: find_people(title, text, declared, names, language),
                        run_in=lambda title, text, lang: find_people(title, text, declared, names, lang), language=language)


@dataclass(frozen=True, slots=True)
class PersonFound:
    """A person or organisation of the site: canonical name, where named, what they said."""

    name: str  # canonical
    kind: str
    declared: bool
    articles: tuple[str, ...]  # slugs, in the order the caller gave the articles
    quotes: tuple[tuple[str, Said], ...]  # (article slug, quotation), same order
    spellings: tuple[str, ...]  # as seen in the content, first seen first
    given_first: bool = False  # filed under the given name: an article calls them "Ms Meseret" (filing.filing_order)
    particle_first: bool = False  # filed under the particles: an article writes "“…,” Van der Merwe said" (the same)


@dataclass(frozen=True, slots=True)
class PeopleFound:
    people: tuple[PersonFound, ...]  # by sort name (surname first for people)
    index: NameIndex  # canonical names of every spelling seen (and misspellings: analyse/spelling.py)
    named_in: Mapping[str, tuple[str, ...]]  # article slug → canonical names of the people listed
    said_in: Mapping[str, tuple[tuple[str, str], ...]]  # article slug → (canonical speaker, quotation text) its page shows
    # A surname written alone that several people bear, not listed: (surname, the people, the articles writing it)
    ambiguous: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()

    def without_occurrences(self) -> PeopleFound:
        """These people as memoised: the name index without its list of every mention (2 MB at 10,000 articles,
        read on every edit), which only the misspelling suggestions need (memoised apart: build.Plan)."""
        return replace(self, index=replace(self.index, occurrences=()))


def article_mentions(articles: Iterable[Article], found: Mapping[str, ArticlePeople]
                     ) -> dict[str, tuple[NameMention, ...]]:
    """Article slug → every surface of every name it gives, as `NameIndex.build` takes them."""
    made: dict[tuple[str, str, str, str, bool], NameMention] = {}  # one value per distinct mention: most recur in many articles

    def mention(surface: str, kind: str, full: str, title: str, described: bool) -> NameMention:  # (title: "Mr"/"Mrs", the frames' sex)
        found_one = made.get((surface, kind, full, title, described))
        if found_one is None:
            found_one = made[(surface, kind, full, title, described)] = NameMention(surface, 0, 0, kind, full, title, described=described)
        return found_one
    # (a sex the article's frames tell, as a title: initialnames.fold_initials merges no initials across it; BR19; else
    # the title a short name written alone has, or its description as a private person: alonenames.py)
    return {a.slug: tuple(mention(s, n.kind, n.full, told.get(n.full) or (alone.get(n.full) or "" if s == n.full else ""),
                                  s == n.full and alone.get(n.full) == "")
                          for told in [told_titles(found[a.slug].quotes)] for alone in [alone_titles(found[a.slug].alone)]
                          for n in found[a.slug].named for s in n.surfaces)
            + tuple(mention(full, PERSON, full, "", True) for full, title in found[a.slug].alone  # (a vox pop quoted, not
                    if not title and all(n.full != full for n in found[a.slug].named)) for a in articles}  # named)


def people_of(articles: tuple[Article, ...], found: Mapping[str, ArticlePeople],
              declared: tuple[Person, ...], outlets: Iterable[str] = (), news: tuple[str, ...] = ()) -> PeopleFound:
    """Everyone the site lists: declared people who are named, and undeclared names named in at
    least `MIN_ARTICLES` articles or quoted at least once (a fragment the reporter's sentence quotes counts, though
    a page does not show it: `Said.fragment`); sorted by surname (organisations by name).

    News outlets named in the text ("The Moscow Times reported") are not listed: they are sources (their own pages),
    recognised by `outlets` (the site's; not a company's own statement: firmsources.py) and credits.KNOWN_OUTLETS, with
    a legal form or not ("Fjordgass AS" of the source Fjordgass: companyforms.without_legal_form); `news`: sources noted as outlets (firmsources.outlet_noted). A
    declared `kind` wins over the one read from the text; a name declared `kind: other` (a place, a ship, a product
    the text reads as a person) is not listed and its quotes are nobody's. Nor is
    an undeclared person whose name some article shows to be a place or a thing (`ArticlePeople.unnamed`;
    places.py: one sense per discourse, across the archive), unless quoted: then an organisation."""
    voices = own_voices(articles, found, news)  # (a source its own article quotes by name speaks for itself: T19)
    outlet_keys = listed_outlet_keys(outlets, voices, news)  # (all their names; not a company's statement: firmsources, T17)
    aliased = declared + text_aliases(declared, [pair for a in articles for pair in found[a.slug].known_as])  # (knownas.py)
    index = NameIndex.build(aliased, article_mentions(articles, found), {a.slug: found[a.slug].defined for a in articles})
    canonical_of = lru_cache(maxsize=None)(voiced(index.canonical, voices))  # name as an article gives it → canonical: once

    declared_names = {p.name for p in declared}
    kinds: dict[str, str] = {p.name: p.kind for p in declared if p.kind}  # (setdefault below keeps them)
    for p in declared:  # a person declared with initials ("Mohammed bin Salman", aliases [MBS]) whose initials read as a
        if not p.kind and " " in p.name and any(a.isupper() for a in p.aliases) and classify(p.name.split()) == (PERSON, 0):
            kinds[p.name] = PERSON  # body's ("MBS said"): the name's own words tell its kind (QW18, 2026-12-06)
    unlisted = {name for name, kind in kinds.items() if kind == OTHER}
    unlisted |= {name for name in index.ambiguous if name not in declared_names}  # ("Solberg": which one?)
    for name in (*index.organisations, *voices.values()):  # "Brightwell said": the company, however an article read it first
        kinds.setdefault(name, ORGANISATION)
    bearers: dict[str, set[str]] = {}  # a surname → the people named in full with it (a quote's lone "Mr X": whose?)
    for name in set(index.names.values()):
        words = name.split()
        if len(words) > 1 and kinds.get(name, PERSON) == PERSON and name not in index.organisations:
            bearers.setdefault(normalise(" ".join(words[surname_start(words):])), set()).add(name)
    genders: dict[str, set[str]] = {}  # canonical name → the genders its quotations' frames tell (speakergender.py)
    for article in articles:
        for quote in found[article.slug].quotes:
            name = canonical_of(quote.speaker) if quote.gender and " " in quote.speaker else None  # (named in full)
            if name is not None and name not in index.ambiguous:
                genders.setdefault(name, set()).add(quote.gender)
    where: dict[str, list[str]] = {}
    said: dict[str, list[tuple[str, Said]]] = {}
    names_of: dict[str, list[str]] = {}  # article slug → canonical names, first named first
    called: set[str] = set()  # canonical names an article calls by a title and the given name (filing.given_called)
    led: set[str] = set()  # canonical names whose particles an article capitalises inside a sentence (filing.particles_led)
    for article in articles:
        seen = names_of[article.slug] = []
        for named in found[article.slug].named:
            canonical = canonical_of(named.full)
            if canonical is not None and canonical not in seen:
                seen.append(canonical)
                kinds.setdefault(canonical, named.kind)
        for quote in found[article.slug].quotes:
            # A speaker the index does not know ("China's foreign ministry", read from the frame) stays as written;
            # the article names its speaker either way (a page said "named in 1 article" of quotes from two).
            speaker = canonical_of(quote.speaker) or quote.speaker
            owners = index.ambiguous.get(speaker) or (
                bearers.get(normalise(speaker), ()) if " " not in speaker and quote.kind == PERSON else ())
            if len(owners) > 1:  # "Mr Harrowgate … he said" where two Harrowgates are named: the one it fits, or none
                speaker = gendered_owner(owners, quote.gender, genders) or speaker
                if speaker not in owners:
                    unlisted.add(speaker)
            elif " " not in quote.speaker and not fits_sex(speaker, quote.gender, genders):  # "Ms Zhang" is no Zhang
                unlisted.add(speaker := quote.speaker)  # Wei, "Mr Zhang said" elsewhere (speakergender.py; T17)
            if speaker not in seen:
                seen.append(speaker)
            said.setdefault(speaker, []).append((article.slug, quote))
            kinds.setdefault(speaker, quote.kind)
        for name in seen:
            where.setdefault(name, []).append(article.slug)
        called.update(filter(None, map(canonical_of, found[article.slug].given_called)))
        led.update(filter(None, map(canonical_of, found[article.slug].particle_led)))
    listed = [name for name in where
              if name in declared_names or len(where[name]) >= MIN_ARTICLES or name in said]
    listed += [name for name in said if name not in where]
    places = set().union(*(found[a.slug].unnamed for a in articles))
    for name in [n for n in listed if n not in declared_names and (kinds.get(n, PERSON) == PERSON or n.isupper()) and fold(n) in places]:
        if name in said:
            kinds[name] = ORGANISATION  # a place or a thing that speaks: its council, its body ("Flood Re … said")
        else:
            unlisted.add(name)
    listed = [name for name in listed if (name in declared_names or outlet_core(outlet_key(without_legal_form(name))) not in outlet_keys)
              and name not in unlisted]
    people = tuple(PersonFound(name, kinds.get(name, PERSON), name in declared_names, tuple(where.get(name, ())),
                               tuple(q for q in said.get(name, ()) if not q[1].fragment), index.seen_as(name), name in called,
                               name in led)
                   for name in sorted(set(listed), key=lambda n: sort_name(n, kinds.get(n, PERSON), index.seen_as(n), n in called, n in led)))
    shown = {p.name for p in people}
    meant = misspelt_named(where, shown, kinds, declared_names)  # "Seán Ó Brian" → "Seán Ó Briain" (misspeltnamed.py)
    named_in = {a.slug: tuple(dict.fromkeys(meant.get(n, n) for n in names_of[a.slug] if n in shown or n in meant))
                for a in articles}
    said_in: dict[str, list[tuple[str, str]]] = {a.slug: [] for a in articles}
    for person in people:  # (only what their page shows: a piece alone is not counted, quotepieces.shown)
        keep = page_shown([q.text for _, q in person.quotes], {k for k, (_, q) in enumerate(person.quotes) if q.statement})
        for k, (slug, quote) in enumerate(person.quotes):
            if k in keep:
                said_in[slug].append((person.name, quote.text))
    ambiguous = tuple((name, index.ambiguous[name], tuple(where.get(name, ())))
                      for name in sorted(index.ambiguous) if name not in declared_names and name in where)
    return PeopleFound(people, index, named_in, {slug: tuple(found) for slug, found in said_in.items()}, ambiguous)
