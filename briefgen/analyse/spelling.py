"""Likely misspellings of names across a corpus, as suggestions for the editor (`briefgen check`).

    from briefgen.analyse.names import NameIndex, names_in, source_line
    from briefgen.analyse.spelling import misspellings

    index = NameIndex.build(config.people, {slug: names_in(title, text) for ...})
    for s in misspellings(index):
        line = source_line(file_text_of(s.article), s.surface, full=s.full)
        print(f"{path_of(s.article)}:{line}: warning: '{s.surface}' may be a misspelling of '{s.suggestion}'")

Takes a `NameIndex` and gives a tuple of `Suggestion`, sorted by article and offset; pure.

A name (person or organisation, as written in full) is flagged when all of these hold —
thresholds chosen on tests/analyse/data/names.yaml and checked against the sample briefing
and the 1,000-article benchmark corpus (docs/people.md):
- it is not declared (name or alias in `people:`), and it is rare: seen in at most
  `MAX_RARE_ARTICLES` articles;
- the target is declared, or seen in at least `MIN_RATIO` times as many articles;
- both have the same number of words and exactly one word differs (accents and case ignored);
- both differing words have at least `MIN_LETTERS` letters (short names such as Li/Xi,
  Hui/Yi, Kyiv/Kiev are never flagged);
- their optimal-string-alignment distance (a swap of two neighbours costs 1) is 1, or at most
  2 when both have `LONG_WORD` letters or more;
- they are not transliteration variants (`translit_key`: Zelensky/Zelenskiy/Zelenskyy,
  Sergei/Sergey, Podolyak/Podoliak, Oleksii/Oleksiy; see namekeys.py), nor one word written with a letter and
  with its two-letter substitute (`letterings.same_lettering`: Müller/Mueller, Støre/Stoere, Peskov/Peskow: T27's
  check asked the editor to write "Mueller" for the right "Müller", counting articles), nor a word's British and
  American forms (`housespellings.FOLD`: "Brannock Civic Center" in an American outlet beside
  "Brannock Civic Centre" was flagged, T11, 2026-12-06: a house style, no misspelling);
- one is not the other plus a plural or possessive ending;
- when the differing word is a person's first name, the difference is not confined to its
  last two letters (Alexander/Alexandra, Julia/Julie: different people, not typos).
- they are not two people with one name's two European spellings, k/ch, ph/f, y/i, -sen/-son, each written in its
  own articles beside other people (spellingvariants.py: "Mette Kristensen"/"Mette Christensen", FX112); a declared
  name's variant stays flagged ("Avril Haynes" for "Avril Haines").

A surname standing for a full name ("Martin" after "Micheál Martin") is judged through that full
name (`_through_full_name`): flagged only when the full name is, for a word of the surname. A lone word never given in
full that is a common surname ("Harries said" beside "Ms Harris said", `commonsurnames.COMMON_SURNAMES`) is a name in
its own right, never flagged (BR27): the article counts make it rare in a small archive however common it is.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import OSA

from briefgen.analyse.commonsurnames import common_surname
from briefgen.analyse.housespellings import FOLD
from briefgen.analyse.letterings import same_lettering
from briefgen.analyse.lexicon import SURNAME_PARTICLES
from briefgen.analyse.namekeys import fold as _fold, translit_key
from briefgen.analyse.names import PERSON, NameIndex, Occurrence
from briefgen.analyse.samearticlespelling import same_article_target
from briefgen.analyse.spellingvariants import two_people
from briefgen.analyse.textmatch import normalise

MAX_RARE_ARTICLES = 3
MIN_RATIO = 2
MIN_LETTERS = 5
LONG_WORD = 9

@dataclass(frozen=True, slots=True)
class Suggestion:
    """`surface` at `start`–`end` of the article's text (or title, `in_title`) may be a
    misspelling of `suggestion` (the word-for-word correction); `target` is the canonical name
    it likely means; `reason` says why, for the editor ("declared in people:", "5 articles vs 1");
    `full` is the article-local full name of `surface` ("Helena Marhs" for "Marhs"), so that the
    editor is pointed at the surface where it stands alone (`names.source_line`)."""
    article: str
    surface: str
    start: int
    end: int
    in_title: bool
    suggestion: str
    target: str
    reason: str
    full: str = ""


def _plural_or_possessive(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long in (short + "s", short + "es", short + "'s", short + "\u2019s")


def _house_styles(a: str, b: str) -> bool:
    """Whether two folded words are one word's British and American spellings ("centre"/"center",
    "organised"/"organized": `housespellings.FOLD`, a table of British forms; a word it lacks is no pair)."""
    first, second = a.encode("utf-8"), b.encode("utf-8")
    return FOLD.get(first, first) == FOLD.get(second, second)


def word_pair_flagged(candidate: str, target: str, first_name: bool) -> bool:
    """Whether one differing word `candidate` looks like a misspelling of `target` (rules above)."""
    a, b = _fold(candidate), _fold(target)
    if a == b or min(len(a), len(b)) < MIN_LETTERS:
        return False
    limit = 2 if min(len(a), len(b)) >= LONG_WORD else 1
    if OSA.distance(a, b, score_cutoff=limit + 1) > limit:
        return False
    if translit_key(a) == translit_key(b) or _plural_or_possessive(a, b) or _house_styles(a, b) or \
            same_lettering(candidate, target):
        return False
    if first_name:
        common = 0
        while common < min(len(a), len(b)) and a[common] == b[common]:
            common += 1
        if common >= min(len(a), len(b)) - 2:
            return False
    return True


def particle_slip(candidate: str, target: str) -> bool:
    """Whether two differing words are surname particles one letter apart ("van den"/"van der", "von"/"van", "de"/"da":
    lexicon.SURNAME_PARTICLES), which `word_pair_flagged` never flags (under `MIN_LETTERS`; a particle is not the last
    word, so read as a first name). A ferry trial's one "Captain Pieter van den Berg" beside four articles' "Pieter van
    der Berg" had no suggestion (2026-12-05); the rest of the name must match word for word (`_target`)."""
    a, b = candidate.lower(), target.lower()
    return a != b and a in SURNAME_PARTICLES and b in SURNAME_PARTICLES and OSA.distance(a, b, score_cutoff=2) == 1


def misspellings(index: NameIndex) -> tuple[Suggestion, ...]:
    """Suggestions for rare names that look like misspellings of declared or frequent ones."""
    articles: dict[str, set[str]] = {}
    first_seen: dict[tuple[str, str], Occurrence] = {}
    kinds: dict[str, str] = {}
    for occurrence in index.occurrences:
        mention = occurrence.mention
        articles.setdefault(mention.surface, set()).add(occurrence.article)
        kinds.setdefault(mention.surface, mention.kind)
        if mention.full != mention.surface:
            articles.setdefault(mention.full, set()).add(occurrence.article)
            kinds.setdefault(mention.full, mention.kind)
        first_seen.setdefault((occurrence.article, mention.surface), occurrence)
    declared_targets = _declared_spellings(index)
    fulls_in: dict[str, list[str]] = {}  # article → its person names in full, as written (samearticlespelling.py)
    for occurrence in index.occurrences:
        if occurrence.mention.kind == PERSON and " " in occurrence.mention.full:
            fulls_in.setdefault(occurrence.article, []).append(occurrence.mention.full)
    # One word may differ: a target is found under its other words, with "*" for the differing one.
    buckets: dict[tuple[str, ...], list[str]] = {}
    for name in sorted({*articles, *declared_targets}):
        words = [_fold(w) for w in name.split()]
        for n in range(len(words)):
            buckets.setdefault((*words[:n], "*", *words[n + 1:]), []).append(name)
    # Only rare undeclared names are checked: picked out before sorting, as most names are not rare.
    rare = {name for name, seen in articles.items()
            if len(seen) <= MAX_RARE_ARTICLES and normalise(name) not in index.declared}
    result = []
    for (article, surface), occurrence in sorted(item for item in first_seen.items() if item[0][1] in rare):
        mention = occurrence.mention
        full = _full_name_of(surface, mention.full, index)
        if full is not None:
            found = _through_full_name(surface, full, kinds.get(full, PERSON), buckets, articles,
                                       declared_targets, index)
        elif " " not in surface and common_surname(surface):
            found = None  # a lone common surname is a name in its own right ("Harries said" is no "Harris": BR27)
        else:
            found = _target(surface, len(articles[surface]), kinds.get(surface, PERSON), buckets, articles,
                            declared_targets, index)
            if found is None and kinds.get(surface, PERSON) == PERSON and (  # "Joe Ajaero … Ajearo said": the article's
                    beside := same_article_target(surface, fulls_in.get(article, ()), word_pair_flagged)):  # (T26 F10)
                found = (beside[0], beside[1], f"the same article writes '{beside[1]}'")
        name = full if full is not None else surface  # (two people with one name's two spellings: spellingvariants)
        if found is not None and kinds.get(name, PERSON) == PERSON and two_people(
                name, found[1], found[1] in declared_targets or normalise(found[1]) in index.declared, articles, fulls_in):
            found = None
        if found is not None:
            suggestion, target, reason = found
            result.append(Suggestion(article, surface, mention.start, mention.end, mention.in_title,
                                     suggestion, index.canonical(target) or target, reason, mention.full))
    return tuple(sorted(result, key=lambda s: (s.article, not s.in_title, s.start)))


def _full_name_of(surface: str, local_full: str, index: NameIndex) -> str | None:
    """The full name a surname stands for — its article-local full name ("Micheál Martin" for
    "Martin" after it), else the only full name of the corpus it refers to (`NameIndex.canonical`) —
    or None when `surface` is no surname of one (a full name itself; a surname never given in full)."""
    words = [_fold(w) for w in surface.split()]
    for full in (local_full, index.canonical(surface) or ""):
        names = full.split()
        if len(names) > len(words) and [_fold(w) for w in names[-len(words):]] == words:
            return full
    return None


def _through_full_name(surface: str, full: str, kind: str, buckets: dict[tuple[str, ...], list[str]],
                       articles: dict[str, set[str]], declared_targets: set[str],
                       index: NameIndex) -> tuple[str, str, str] | None:
    """(corrected surname, target, reason) for a surname that stands for `full`: flagged only when
    `full` is itself a rare misspelling whose differing word is in the surname ("Marhs" after "Helena
    Marhs", a misspelling of "Helena Marsh"). A surname of a person named in full is a real name, not
    a misspelling of a like surname: "Martin" after "Micheál Martin" is no "Marin" (Sanna Marin, more
    often named), which a trial flagged when surnames were compared alone."""
    seen = articles.get(full, ())
    if normalise(full) in index.declared or len(seen) > MAX_RARE_ARTICLES:
        return None
    found = _target(full, len(seen) or 1, kind, buckets, articles, declared_targets, index)
    if found is None:
        return None
    corrected = found[0].split()[-len(surface.split()):]
    if [_fold(w) for w in corrected] == [_fold(w) for w in surface.split()]:
        return None  # the given name differs ("Anthony Blinken"): the surname is right
    return " ".join(corrected), found[1], found[2]


def _target(surface: str, count: int, kind: str, buckets: dict[tuple[str, ...], list[str]],
            articles: dict[str, set[str]], declared_targets: set[str],
            index: NameIndex) -> tuple[str, str, str] | None:
    """(corrected spelling, target name, reason) for the first target `surface` may misspell."""
    words = surface.split()
    folded = [_fold(w) for w in words]
    for n in range(len(words)):
        for target in buckets.get((*folded[:n], "*", *folded[n + 1:]), ()):
            other = target.split()[n]
            if _fold(other) == folded[n] or abs(len(other) - len(words[n])) > 2:
                continue
            is_declared = target in declared_targets or normalise(target) in index.declared
            target_count = len(articles.get(target, ()))
            if not is_declared and target_count < MIN_RATIO * count:
                continue
            first_name = kind == PERSON and len(words) > 1 and n < len(words) - 1
            if word_pair_flagged(words[n], other, first_name) or particle_slip(words[n], other):
                reason = ("declared in people:" if is_declared
                          else f"{target_count} articles write '{target}', {count} "
                          f"{'writes' if count == 1 else 'write'} '{surface}'")
                return target, target, reason
    return None


def _declared_spellings(index: NameIndex) -> set[str]:
    """Declared canonical names as written (the index keeps them normalised), plus their surnames."""
    names = set(index.declared.values())
    for name in list(names):
        words = name.split()
        if len(words) > 1:
            names.add(words[-1])
    return names
