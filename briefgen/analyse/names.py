"""People and organisations named in an article, found without declaration, and their canonical names.

    from briefgen.analyse.names import names_in, NameIndex
    from briefgen.analyse.spelling import misspellings
    found = {slug: names_in(title, text) for slug, (title, text) in articles.items()}
    index = NameIndex.build(config.people, found)
    index.canonical("Haines")            # -> "Avril Haines" (declared alias, or the one full name)
    index.seen_as("Avril Haines")        # -> ("Avril Haines", "Avril Haynes"): spellings in the content
    misspellings(index)                  # -> (Suggestion(article, surface, start, ..., suggestion), ...)

`names_in(title, text)` takes an article's headline and plain text and gives a tuple of `NameMention` (offsets into `title` when `in_title`, else into `text`); pure.

Discovery rules (the lists live in `lexicon.py`; what a run is apart from its context, in `nameruns.py`, once a run):
- a candidate is a run of capitalised words, joined by spaces, particles ("von der", "de") and "of"/"for" ("Secretary of
  State Antony Blinken", "Institute for the Study of War"); leading sentence words, months and days are dropped ("On
  Tuesday Kuleba" → "Kuleba"), a trailing possessive too;
- an organisation is a run ending in a head word (Institution, Council, Ministry, Times …), a known organisation
  (Kremlin, NATO, White House) or an all-capitals acronym;
- otherwise everything up to the last title word is the title ("Director of National Intelligence | Avril Haines",
  "European Commission President | Ursula von der Leyen");
- a person is what remains when it has two or more words, or one word with a title, or one word that is the surname (or
  the family-name-first first word, "Xi", "Li", "Nagy") of a person named earlier in the article, or one word directly
  followed by a speech verb ("Haines said"); places are rejected cheaply: known countries, capitals and regions, a run
  followed by a geographic noun ("the Mokri Yaly river") or after "in"/"near" without a title.
Canonicalisation: declared `people:` (name and aliases) win; surname-only mentions carry the full name seen earlier in the
same article (`full`), or the one written later (laternames.py), unless two people of it have that surname (`_remember`: then the surname stays as written); a
surname never given in full in its own article maps to the only full name in the corpus that ends with it; undeclared
spellings that are transliteration variants of each other (`namekeys.translit_key`) or write a letter as two ("Mueller", "Stoere": letterings.py) are one person, under the most frequent spelling (its lettered, accented form), as are initials that fit one fuller name's given names ("S. K. Verma", "S.K. Verma" and "Satish Kumar Verma": initialnames.py), and a Spanish name's given names and first surname the one fuller name (familynames.py),
a Hungarian name written family name first ("Nagy László") its words in the other order (hungariannames.py). A run that is a place, a room or a job by its context is none (nonpersons.py); "Mr Quispe" is familynames.titled_middle's.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from briefgen.analyse.acronyms import fold_acronyms, organisations_by_article
from briefgen.analyse.orgshortforms import fold_short_forms
from briefgen.analyse.andnames import and_tail, name_runs
from briefgen.analyse.nameparticles import joined_particles; from briefgen.analyse.particleleads import particle_start; from briefgen.analyse.particlefirms import particle_kind  # noqa: E702
_CONTRACTED = {"vom ", "zum ", "zur "}  # German contractions (von dem …): a sentence's first word, no company's particle (a CI draw)
from briefgen.analyse.bylines import inside, staff_spans
from briefgen.analyse.datelineplaces import dateline_places  # (moved out of this module, 2026-12-05)
from briefgen.analyse.languages import HONORIFIC_WRITTEN, in_language, lexicon_of
from briefgen.analyse.judges import judged, judicial_style
from briefgen.analyse.kinnames import kin_titled
from briefgen.analyse.lexicon import PEERAGE, SPEECH_ADVERBS, SPEECH_VERBS, title_alone
from briefgen.analyse.territorial import designated_place, designation
from briefgen.analyse.titledgiven import given_alone, honour_name, titled_given_names
from briefgen.analyse.regnalnames import regnal_title, styled_before, without_regnal  # ("King Abdullah": FX60)
from briefgen.analyse.laternames import later_targets, refilled  # ("Mr Okafor said … Chinedu Okafor": FX74)
from briefgen.analyse.sheikhnames import name_titled
from briefgen.analyse.namecontext import after_the, after_time_word, article_body, described, plural_opening, plural_verb, reports_after, said_first
from briefgen.analyse.familynames import fold_first_surnames, titled_middle
from briefgen.analyse.middlenames import fold_dropped_middles
from briefgen.analyse.japanesenames import given_first, key_words, long_vowel_form  # (and Hungarian: hungariannames.py)
from briefgen.analyse.namekeys import accented_form, fold as _fold, fold_initials, person_key
from briefgen.analyse.letterings import join_letterings, lettered_form  # ("Mueller" is "Müller": T27)
from briefgen.analyse.lonenames import firms_written_alone, lone_surnames
from briefgen.analyse.nameruns import CAPITAL, ORGANISATION, PERSON, alone, classify, surname_title
from briefgen.analyse.nicknames import blank_nicknames, one_spaced  # (a nickname in a name)
from briefgen.analyse.vesselnames import numbered_vessel, ship_name, vessel_named
from briefgen.analyse.jobtitled import job_titled
from briefgen.analyse.nonpersons import according_to_the, instrument_tail, spoken_for_word, thing_named
from briefgen.analyse.runparts import Reading, appositive_person, parts, retitled, stop_named  # (stopnames.py)
from briefgen.analyse.seats import seat_skip
from briefgen.analyse.placeuses import used_as_place  # ("Osaka said" after "in Osaka": FX109)
from briefgen.analyse.sentenceadverbs import adverb_skip  # ("Eventually Hondaka was blunt:": FX104)
from briefgen.analyse.onbriefs import brief_skip, holder_before
from briefgen.analyse.orgnames import camel_thing, firms_and_things, legal_forms
from briefgen.analyse.orgprefixes import shortened_firms
from briefgen.analyse.places import place_context
from briefgen.analyse.landformfirms import speaking_firm
from briefgen.analyse.brandleads import brand_led  # ("eBay Motors Group": FX50)
from briefgen.analyse.textmatch import normalise, phrase_pattern
from briefgen.analyse.wrappedlines import unwrapped
from briefgen.load.config import Person

__all__ = ["ORGANISATION", "PERSON", "Found", "NameIndex", "NameMention", "Occurrence", "mentions_in", "names_in", "source_line", "strip_title"]

# (or after an age, perhaps with a role: "Marta, 41, a nurse, said", a person's appositive: a trial lost her words)
_SPEECH_AFTER = re.compile(r"(?:,[ \t]+\d{1,3},(?:[ \t]+(?:a|an|the)[ \t]+[^,.;:!?\n]{1,40},)?)?[ \t]+(?:(?:%s)[ \t]+){0,2}(?:%s)\b" % (
    "|".join(sorted(SPEECH_ADVERBS)), "|".join(sorted(SPEECH_VERBS))))
_BEFORE_SENTENCE = re.compile(r"(?:[.!?:;]|\n)\s*[\u201c\"\u2018(]?$")


@dataclass(frozen=True, slots=True)
class NameMention:
    """One occurrence of a name. `surface` is as written (possessive dropped); `full` is the article-local full name
    ("Haines" after "Avril Haines" → "Avril Haines"; else `surface`); `kind` is "person" or "organisation"; `title` the words before the name ("Foreign Minister"); `described`: written alone and described as a private person ("Johari, a smallholder": alonenames.py)."""
    surface: str
    start: int
    end: int
    kind: str
    full: str
    title: str = ""
    in_title: bool = False
    described: bool = False

_WORD_NAMES = frozenset(("unite",))  # one-word bodies that are verbs too, opening a sentence: a verb before `_AS_VERB` ("Unite behind …": BR8)
_AS_VERB = re.compile(rf"[ \t]*(?:!|(?:and|or)(?![ \t]+{CAPITAL})|(?:behind|against|for|to|with|around|under|now|together|the(?![ \t]+union)|our|your|us|as)\b)")


def _sentence_initial(text: str, start: int) -> bool:
    return start == 0 or _BEFORE_SENTENCE.search(text, max(0, start - 4), start) is not None


Found = tuple[str, int, int, str, str, str, bool]  # a mention as NameMention's fields: read-only callers build no objects (~1 µs each)


def _mentions(text: str, in_title: bool, earlier: dict[str, str]) -> list[Found]:
    """Mentions in one string; `earlier` maps a surname (or first word) to a full name, and grows.

    In a headline (`in_title`) only names also found in the article count: headlines are often in Title Case, where
    every word looks like a name. What a run is apart from its context is read once per distinct run (nameruns.py);
    only the context is read here."""
    found: list[Found] = []
    datelines = dateline_places(text) if not in_title else set()
    staff = staff_spans(text) if not in_title else ()  # "(Reporting by Aditi Rao; …)": the copy's, not the news's
    for run in joined_particles(text, name_runs(text)):  # (RUN's matches; "X and Y" one body's: andnames.py; "ter": nameparticles.py)
        group = run.group()
        if run.start() in datelines or staff and inside(staff, run.start()):
            continue  # "HARWICK, England (AP) —": a place, not an organisation "HARWICK"
        if not in_title and ((ship := " " in group and ship_name(group)) or (ship := numbered_vessel(text, run.start(), run.end()) and group)):
            earlier[PLACE + _fold(ship)] = ship  # "MV Morning Star": a ship, here and in the archive (vesselnames.py)
            continue
        if not in_title and " " not in group and "\t" not in group:  # most runs: one common word
            never, always, key = alone(group)
            if always and group.lower() in _WORD_NAMES and _AS_VERB.match(text, run.end()) and _sentence_initial(text, run.start() - (
                    run.start() > 0 and text[run.start() - 1] in "\u201c\"\u2018")):
                always = False  # "Unite behind the manager", "“Unite and fight,”": the verb, unless a speaker ("Unite said")
            if never and surname_title(group) and _fold(group) in earlier:
                never, key = False, _fold(group)  # "Brig said" after "Anna Brig" (nameruns.surname_title)
            if never or not always and key not in earlier and (title_alone(group, text) or not _is_speaker(text, run.end(), run.start()) or and_tail(text, run.start()) or plural_opening(text, run.start(), run.end()) or plural_verb(text, run.end())):
                continue
        drop = said_first(text, run.start(), group) if not in_title else 0  # "Said Ada Brenn: “…”" (namecontext)
        drop = max(drop, adverb_skip(text, run.start(), group), seat_skip(text, run.start(), group), brief_skip(text, run.start(), group), len(group) * holder_before(text, run.end()))  # "the councillor for Westbury North Helen Mabry" (seats.py), "Envoy on Climate John Kerry" (onbriefs.py)
        if drop >= len(group):
            continue
        at, group = run.start() + drop, group[drop:]
        for part in parts(group):
            reading = part.stop_first if part.stop_first and stop_named(text, at, part.stop_first, earlier, in_title) else appositive_person(text, at, part.landform_first, part.plain) or speaking_firm(text, at, part.landform_first) or brand_led(text, at, part.plain)
            if ((part.verb_first and _sentence_initial(text, at + part.head) and not (part.plain and _is_speaker(text, at + part.plain.end)))  # "Showing
                    or (part.month_first and after_time_word(text, at + part.head))):  # Olaf Scholz"; not a speaker: "Erling Haaland said"
                reading = part.without_first
            if reading is not None and reading.kind == PERSON and job_titled(text, reading.surface.split(), at + reading.start, earlier=earlier):
                reading = retitled(group, reading)  # "Dean Judith Amery", "Astronaut Osterhagen" (jobtitled.py)
            reading = name_titled(text, at, group, reading)  # "Sheikh Hasina" (sheikhnames.py)
            if reading is not None and not (text[at + reading.start - 3:at + reading.start] == "of " and designated_place(
                    text, at + reading.start)) and not camel_thing(text, at + reading.start, at + reading.end):  # "Finsbury" in "Lord Smith of Finsbury": the peer's (territorial.py); "in PowerPoint": a product
                mention = _mention(text, at, reading, earlier, in_title)
                if mention is not None:
                    found.append(mention)
    return found


def _mention(text: str, at: int, reading: Reading, earlier: dict[str, str], in_title: bool) -> Found | None:
    """A reading of a part of the run at `at`, in its context."""
    start, end, surface, full = at + reading.start, at + reading.end, reading.surface, reading.surface
    if described(reading.kind, surface, earlier.get(reading.last_key)):  # "the Norwegian Haaland said" (nameruns)
        return surface[surface.index(" ") + 1:], end - len(surface) + surface.index(" ") + 1, end, PERSON, \
            earlier[reading.last_key], "", in_title
    if in_title:  # only names confirmed by the article text
        if not earlier.get(reading.key):
            return None
        full = earlier[reading.key]
    elif reading.kind == PERSON:
        speaker = not reading.title and _is_speaker(text, end)  # (read once: the untitled rules below ask it)
        if reading.particled and not reading.title and surface.count(" ") == 1 and surface[:4].lower() not in _CONTRACTED and not earlier.get(reading.key) and (kind := particle_kind(text, start, end, surface, speaker)) != PERSON: return (surface, start, end, ORGANISATION, full, "", in_title) if kind else None  # noqa: E701 ("contractor Van Oord": particlefirms.py)
        if not reading.title and vessel_named(text, start) and not speaker:  # "the ferry Morning Star"
            earlier[PLACE + _fold(surface)] = surface
            return None
        if not reading.title and ((body := (speaker or reports_after(text, end) or according_to_the(text, start, end)) and article_body(surface.split()) and not surname_title(surface.rsplit(None, 1)[-1])) or reading.single or surname_title(surface.rsplit(None, 1)[-1])) and after_the(text, start):
            return (surface, start, end, ORGANISATION, full, "", in_title) if body else None  # "the Treasury said", "the Frenchman said", "the Westbury Mayor said": no one's name; "The Royal Mail said": a body's (namecontext.article_body)
        if not earlier.get(reading.key) and (not reading.title and not speaker and thing_named(text, start, end, surface) or instrument_tail(text, at, end, start)):
            earlier[PLACE + _fold(surface)] = surface  # "the Great Hall", "MP for …", at every mention and in the archive,
            return None  # "…, Chief Information Officer", "Castlebridge Learning Hub": no person (nonpersons.py)
        # two words are a reference only as a two-word surname given in full before ("Vaughan Williams"): no other (namekeys.compound_surname)
        short = reading.single or reading.particled or (reading.surface.count(" ") == 1 and reading.key in earlier)
        if short and earlier.get(reading.key) == _UNSURE:
            return None  # "Okafor" after "Adaeze Okafor" and "Chidi Okafor": one of them, not a third person
        reference = short and bool(earlier.get(reading.key)) and not (reading.single and regnal_title(reading.title) and not styled_before(text, earlier[reading.key], start))  # "Haines", "Al Nuaimi"; not "Prince Harry" of Harry Kane (regnalnames.py)
        if not reference and reading.single and reading.key not in earlier and (middle := titled_middle(text, start, surface, earlier.values())):
            reference, earlier[reading.key] = True, middle  # "Mr Quispe" after "Wilber Quispe Mamani" (familynames.py)
        if reference and reading.single and reading.title and kin_titled(text, start, surface):
            return None  # "Tom Reid's mother, Mrs Reid": a relative, not Tom Reid (kinnames.py)
        of = designation(text, end, reading.title.rsplit(None, 1)[-1]) if reading.single and reading.title else ""
        if reference and of and not earlier[reading.key].endswith(surface + of):  # "Lord Smith of Harcastle University
            reference = False  # … Lord Smith of Finsbury Park said": a second peer, no reference (a re-test, 2026-12-05)
        if reference:
            full = earlier[reading.key]
            if reading.single and (lead := particle_start(text, start)) < start: start, surface = lead, text[lead:end]  # noqa: E701 ("van den Berg": particleleads.py)
        elif reading.single and reading.title[reading.title.rfind(" ") + 1:].lower() in PEERAGE:
            full = earlier[reading.key] = f"{reading.title.rsplit(None, 1)[-1]} {surface}{designation(text, end, reading.title.rsplit(None, 1)[-1])}"  # "Lord Cranleigh" (fullnames.peer; territorial.py)
        elif reading.single and honour_name(text, start, surface):  # "Dame Philippa", no Philippa named before
            full = honour_name(text, start, surface)  # (titledgiven.py: the site's one Philippa, if one)
        elif reading.single and reading.title and designation(text, end, reading.title.rsplit(None, 1)[-1]):
            full = earlier[reading.key] = f"{surface}{designation(text, end, reading.title.rsplit(None, 1)[-1])}"  # "Prince Harry of Wales"
        elif reading.single and reading.title and judicial_style(text[max(0, start - 40):start]):
            full = earlier[reading.key] = f"{judicial_style(text[max(0, start - 40):start])} {surface}"  # (judges.py)
        elif not reading.title and (place_context(text, at + reading.head, end) or " " not in surface and used_as_place(text, surface)):
            earlier[PLACE + _fold(reading.surface)] = reading.surface  # (places.py: one sense per discourse; "Osaka said" after "in Osaka": placeuses.py)
            return None
        elif reading.single and not reading.title and not speaker:
            return None
        if reading.single and not reference and full == surface and reading.kind == PERSON and (lead := particle_start(text, start)) < start: start = lead; surface = full = text[lead:end]  # noqa: E701, E702 ("Mr. van den Berg": particleleads.py)
        if not reading.single and not reference:
            for key, keep in ((reading.first_key, True), (reading.last_key, False), *((k, False) for k in reading.references)):
                _remember(earlier, key, surface, keep)
    return surface, start, end, reading.kind, full, reading.title, in_title


_UNSURE, PLACE = "", "\x00"  # in `earlier`: a surname (or first word) of two people; before a folded name: a place or a ship


def _remember(earlier: dict[str, str], key: str, surface: str, keep: bool = False) -> None:
    """Remember that `key` ("bush", "kim") may refer to the full name `surface`; when it is a second
    person's ("George W. Bush", then "Jeb Bush"; "Kim Min-seok", then "Kim Jung-kwan"), it refers to
    neither: a later "Bush" stays "Bush" (before, the last full name was taken, or the first for a
    family name written first, and a quote went to the wrong one). `keep`: a spelling of the same
    person does not replace the first one."""
    known = earlier.get(key)
    if known is None:
        earlier[key] = surface
    elif known and known != surface and person_key(known.split()) != person_key(surface.split()):
        earlier[key] = _UNSURE
    elif known and not keep:
        earlier[key] = surface


def _is_speaker(text: str, end: int, start: int = -1) -> bool:  # (the word from `start`: not "a spokesman for X said")
    return _SPEECH_AFTER.match(text, end) is not None and (start < 0 or not spoken_for_word(text, start, end))


def names_in(title: str, text: str, language: str = "") -> tuple[NameMention, ...]:
    """People and organisations named in a headline and its article text, in reading order; `language`: the
    article's (a BCP 47 tag; "": English), whose words that are never a name's are no part of one (languages.py)."""
    return tuple(NameMention(*found) for found in mentions_in(title, text, language))


def mentions_in(title: str, text: str, language: str = "", unnamed: set[str] | None = None, unwrap: bool = True) -> list[Found]:
    """`names_in` as plain tuples (`Found`). A run the article shows to be a place at one mention is none at any
    (places.py); `unnamed`, when given, receives the folded names (namekeys.fold) the article shows to be places or things
    (orgnames.firms_and_things), for the archive's People (people.people_of). A newline inside a paragraph is a space, as the
    paragraph is shown (wrappedlines.py: "said Mark\nBishop" is Mark Bishop; `unwrap=False`: the caller's texts are unwrapped
    already, as find_people's are: ~16 µs a c1k article each time, 2026-12-06); a nickname in a name is none (nicknames.py)."""
    title, text = (unwrapped(title), unwrapped(text)) if unwrap else (title, text)
    if (named := blank_nicknames(text)) is not text:  # 'Ramon "Bongbong" Dizon' is "Ramon Dizon" (nicknames.py)
        return one_spaced(mentions_in(blank_nicknames(title), named, language, unnamed, False))
    lexicon = lexicon_of(language)
    if lexicon:  # German, French: read as languages.in_language writes them (same length: offsets hold)
        written = HONORIFIC_WRITTEN[lexicon]
        return [(*found[:5], written.get(found[5], found[5]), found[6])
                for found in mentions_in(in_language(title, lexicon), in_language(text, lexicon), "", unnamed)]
    earlier: dict[str, str] = {}
    later = later_targets(text, in_text := _mentions(text, False, earlier), earlier)  # a short form before its full name (laternames.py)
    for surface, _, _, _, full, _, _ in in_text:
        earlier[_fold(surface)] = full
    found = _mentions(title, True, earlier) + in_text
    places = {key[1:] for key in earlier if key[:1] == PLACE}
    if places:
        found = [m for m in found if m[3] != PERSON or _fold(m[4]) not in places or m[5] or not m[6] and _is_speaker(text, m[2])]
        if unnamed is not None:
            unnamed |= places
    return refilled(shortened_firms(firms_and_things(text, found, unnamed)), later)  # ("Bharat Marine": orgprefixes.py)


def strip_title(name: str) -> str:
    """'DNI Haines' → 'Haines', 'Secretary of State Antony Blinken' → 'Antony Blinken'."""
    tokens = name.split()
    classified = classify(tokens) if tokens else None
    return " ".join(tokens[classified[1]:]) if classified else name


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A mention placed in the corpus: `article` is the caller's key (e.g. the slug)."""
    article: str
    mention: NameMention


@dataclass(frozen=True, slots=True)
class NameIndex:
    """Canonical names for the surfaces seen in a corpus, plus where each surface was seen.

    `names`: normalised surface → canonical name; `declared`: normalised declared names and
    aliases; `occurrences`: every mention, in article order (for spelling suggestions).
    """
    names: Mapping[str, str]
    declared: Mapping[str, str]
    occurrences: tuple[Occurrence, ...]
    spellings: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    organisations: frozenset[str] = frozenset()  # canonical companies that some article wrote as a person's name
    ambiguous: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # lone surname → the people bearing it

    @staticmethod
    def occurrences_of(mentions_by_article: Mapping[str, Iterable[NameMention]]) -> tuple[Occurrence, ...]:
        """Every mention placed in the corpus, articles in key order (`occurrences` of `build`)."""
        return tuple(Occurrence(article, m) for article in sorted(mentions_by_article)
                     for m in mentions_by_article[article])

    @staticmethod
    def build(declared_people: Iterable[Person], mentions_by_article: Mapping[str, Iterable[NameMention]],
              defined: Mapping[str, Iterable[tuple[str, str]]] | None = None) -> NameIndex:
        """Index of a corpus, articles in key order; `defined`: article → (acronym, words) it defines by (acronyms.py)."""
        declared = _declared(declared_people)
        occurrences = NameIndex.occurrences_of(mentions_by_article)
        fulls = {o.mention.full: o.mention.kind for o in occurrences}
        pairs = dict.fromkeys((o.mention.full, o.mention.surface) for o in occurrences)  # each (full, surface) once, first seen first (~100x fewer than mentions)
        key = {text: normalise(text) for pair in pairs for text in pair}
        counts = Counter(k for _, k in {(o.article, key[o.mention.full]) for o in occurrences})
        names: dict[str, str] = dict(declared)
        variants: dict[str, list[str]] = {}
        for full, kind in sorted(fulls.items()):
            if key[full] in declared or normalise(strip_title(full)) in declared:
                names.setdefault(key[full], declared.get(key[full]) or declared[normalise(strip_title(full))])
            elif kind == PERSON:
                variants.setdefault(person_key(key_words(full.split())), []).append(full)  # ("Nagy László", "Kishida Fumio")
            else:
                names[key[full]] = full
        fold_initials(variants, occurrences)  # "S. K. Verma" is the briefing's one "Satish Kumar Verma" (initialnames.py)
        join_letterings(variants, lambda full: given_first(full.split()))
        declared_keys = {person_key(name.split()): name for name in set(declared.values())}
        for translit, group in variants.items():
            # the most frequent spelling, accented where a spelling differs only in accents (copy drops them: accented_form), lettered (letterings.py)
            best = declared_keys.get(translit) or lettered_form(group, long_vowel_form(group, accented_form(group, min(group, key=lambda f: (-counts.get(key[f], 0), -_marked(f), given_first(f.split()) != f.split(), f))), lambda f: counts.get(key[f], 0)))
            for full in group:
                names[key[full]] = best
        fold_dropped_middles(names, fulls, key, declared, PERSON)  # "Bola Tinubu" is "Bola Ahmed Tinubu" (middlenames.py)
        fold_first_surnames(names, variants, key, declared, occurrences)  # "Juan-Pablo de la Cruz" is "… de la Cruz Mella" (T17)
        legal_forms(names, {f for f, kind in fulls.items() if kind == ORGANISATION}, normalise, counts)
        by_article = organisations_by_article(occurrences, defined)
        fold_acronyms(names, by_article, normalise, declared, [a for d in (defined or {}).values() for a in d])  # "CMA" and its full name
        fold_short_forms(names, by_article, normalise, declared)  # "City Hall" and "Calderbridge City Hall"
        organisations = firms_written_alone(names, declared, key, occurrences)
        ambiguous = lone_surnames(names, without_regnal(fulls, occurrences), counts, declared, organisations,
                      frozenset(o.mention.full for o in occurrences if o.mention.kind == PERSON), judged(occurrences), pairs)
        owners: dict[str, set[str]] = {}
        for full, surface in pairs:  # "Haines" → whoever its article-local full name is, if only one
            canonical = names.get(key[full])
            if canonical is not None and not (fulls[full] == PERSON and given_alone(full, surface)):  # (titledgiven.py)
                owners.setdefault(key[surface], set()).add(canonical)
        for surface_key, canonicals in owners.items():
            if surface_key not in names and len(canonicals) == 1:
                names[surface_key] = next(iter(canonicals))
        titled_given_names(names, occurrences, key, declared, normalise)  # "Dame Philippa" (titledgiven.py)
        seen: dict[str, list[str]] = {}
        for full, surface in pairs:
            canonical = names.get(key[full])
            if canonical is not None and surface not in seen.setdefault(canonical, []):
                seen[canonical].append(surface)
        return NameIndex(names, declared, occurrences, {k: tuple(v) for k, v in seen.items()}, organisations, ambiguous)

    def canonical(self, surface: str) -> str | None:
        """The canonical name for a surface (name as written, title allowed), or None if unknown."""
        key = normalise(surface)
        return self.names.get(key) or self.names.get(normalise(strip_title(surface)))

    def seen_as(self, canonical: str) -> tuple[str, ...]:
        """Spellings of one canonical name actually seen in the content, first seen first."""
        return self.spellings.get(canonical, ())


def _marked(name: str) -> int:
    """How many letters of `name` are not ASCII (accented, or of another alphabet)."""
    return sum(not c.isascii() and c.isalpha() for c in name)


def _declared(people: Iterable[Person]) -> dict[str, str]:
    """Normalised declared name/alias → canonical; title-stripped aliases only when unambiguous."""
    declared: dict[str, str] = {}
    stripped: dict[str, set[str]] = {}
    for person in people:
        for name in (person.name, *person.aliases):
            if name.strip():
                declared[normalise(name)] = person.name
                stripped.setdefault(normalise(strip_title(name)), set()).add(person.name)
    for key, owners in stripped.items():
        if key not in declared and len(owners) == 1:
            declared[key] = next(iter(owners))
    return declared


def source_line(source: str, surface: str, default: int = 1, full: str = "") -> int:
    """1-based line of the first occurrence of `surface` in a file's text (spaces may wrap lines),
    not counting those inside its article-local `full` name ("Marhs" is where it stands alone,
    not in "Helena Marhs"; if it never does, its first occurrence).

    Offsets from `names_in` are into the plain text, which has no line structure; `briefgen
    check` reports `path:line`, so the caller looks the surface up in the file it read.
    """
    found = list(re.finditer(rf"(?<!\w){phrase_pattern(surface)}(?!\w)", source))
    if not found:
        return default
    if full and normalise(full) != normalise(surface):
        within = [m.span() for m in re.finditer(rf"(?<!\w){phrase_pattern(full)}(?!\w)", source)]
        alone = [m for m in found if not any(s <= m.start() and m.end() <= e for s, e in within)]
        found = alone or found
    return source.count("\n", 0, found[0].start()) + 1
