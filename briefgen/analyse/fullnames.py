"""The full name a short reference in a quotation's frame stands for, from the text before it.

    full_name(text, "", "Haines", PERSON, at)       # -> "Avril Haines" after "Avril Haines testified."
    full_name(text, "", "Al Nuaimi", PERSON, at)    # -> "Khalid Al Nuaimi"
    full_name(title, article_text, "Kuleba", PERSON, at)   # a headline's speaker, named in the text

Takes a text, more text that may give the name in full (the article, for a headline), the
reference as written, its kind and offset; gives the full name, or the reference itself. A
reference is one word or particles and a surname (namekeys.is_reference); it stands for the last
person run before it that it may name (namekeys.reference_forms: the surname, the particles and
surname, the surname without "al-", a two-word surname: "Vaughan Williams"; leading sentence words and months dropped as names.py drops them: "Then
Varga left" is no "Then Varga"), else the first that starts with it (a family name first:
"Xi" → "Xi Jinping"). When it may name two people of the article ("George W. Bush" and "Jeb
Bush" before "Bush said"; "Kim Min-seok" and "Kim Jung-kwan" before "Kim said"; "Adaeze Okafor"
and "Chidi Okafor" before "Ms Okafor said"), it names neither and the result is None: a wrong
speaker is worse than none (before, the last or the first was taken, then the surname as written,
which made a People page "Okafor" of two people's quotes). Used by quotes.py; names.py finds the
same while it reads the text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from briefgen.analyse.familynames import either_family
from briefgen.analyse.givenrefs import called_by
from briefgen.analyse.industrywords import no_given_name
from briefgen.analyse.judges import judge_tokens, judicial_style
from briefgen.analyse.kinnames import kin_titled
from briefgen.analyse.middlenames import dropped_middles
from briefgen.analyse.lexicon import ARABIC_ARTICLES, MONTHS_DAYS, PEERAGE, PLACE_LEADS, STOPWORDS, TITLE_WORDS
from briefgen.analyse.namekeys import fold, is_reference, person_key, reference_forms
from briefgen.analyse.nameruns import PERSON, POSSESSIVE, RUN, classify
from briefgen.analyse.postnominals import name_words
from briefgen.analyse.regnalnames import regnal_before, styled_before
from briefgen.analyse.sheikhnames import name_start
from briefgen.analyse.nameparticles import joined_particles
from briefgen.analyse.onbriefs import brief_skip
from briefgen.analyse.particlesurnames import surname_owners
from briefgen.analyse.runparts import leading_month_kept, split_run
from briefgen.analyse.sentences import ends
from briefgen.analyse.sentenceadverbs import opening_adverb
from briefgen.analyse.stopnames import begins_name, name_word, person_appositive
from briefgen.analyse.territorial import designation
from briefgen.analyse.titlefit import other_sex, title_before, titled_choice

_TOKEN = re.compile(r"\S+")
_LEADING = STOPWORDS | MONTHS_DAYS  # words a sentence's run may start with that no name starts with
_NO_GIVEN_NAME = _LEADING | TITLE_WORDS  # a word before two words that makes them no two-word surname


def full_name(text: str, context: str, surface: str, kind: str, at: int) -> str | None:
    """The full name `surface` (at `at` in `text`) refers to (module docstring), else `surface`;
    None when it may refer to two people of the text (or of `context`)."""
    words = surface.split()
    if kind != PERSON or not (is_reference(words) or (len(words) == 2 and _after_a_word(text, context, surface, at))):
        return surface  # two words are a two-word surname only after a given name written before them
    if len(words) == 1 and kin_titled(text, at, surface):
        return None  # "Tom Reid's mother, Mrs Reid, said": a relative, not the one named in full (kinnames.py)
    before = text[max(0, at - 16):at].split()
    of = designation(text, at + len(surface), before[-1]) if len(words) == 1 and before else ""  # (territorial.py)
    if of:  # "Lord Smith of Finsbury Park said" after "Lord Smith of Harcastle University": its own designation names
        return f"{before[-1]} {surface}{of}" if before[-1].lower() in PEERAGE else surface + of  # it (2026-12-05)
    key = fold(surface)
    last = words[-1]
    # "Al-Haddad said" opening a sentence is the "Yusuf al-Haddad" named before: its joined article as written there
    lower = last[:last.index("-") + 1].lower() + last[last.index("-") + 1:] if _CAPITAL_ARTICLE.match(last) else last
    for source, end in ((text, at), (context, len(context))):
        runs, run_ends = _runs_of(source)
        count = bisect_right(run_ends, end)  # the runs before `end`; with a run the reference stands inside, the one
        if count < len(runs) and runs[count].start() < end and count:  # before that is read again with its words,
            count -= 1  # as a scan to the reference reads them: its particle may join them ("Maarten ter Horst Berg")
        done, *state = _FOLDS.get((source, surface)) or (0, {}, {}, {}, set())
        if done > count:  # (read for a later reference first: read again)
            done, state = 0, [{}, {}, {}, set()]
        lasts: dict[str, str] = dict(state[0])  # a key of each distinct person it may name → that name, last seen last
        firsts: dict[str, str] = dict(state[1])
        seen: dict[str, int] = dict(state[2])  # key → where that person was last named in full
        maybe: set[str] = set(state[3])  # keys of those who bear the word only maybe ("Peter Chan Young": Mr Chan or Mr Young)
        straddled = count < len(runs) and runs[count].start() < end  # (the runs from there, scanned to the reference)
        tail = joined_particles(source, list(RUN.finditer(source, runs[count].start(), end))) if straddled else []
        for run in (*runs[done:count], None, *tail):  # before it, as a scan to the reference reads them (not kept)
            if run is None:  # (the runs after the last reference's of this surface, `_FOLDS`, then those above)
                if len(_FOLDS) > 512:
                    _FOLDS.clear()
                _FOLDS[(source, surface)] = (count, dict(lasts), dict(firsts), dict(seen), set(maybe))
                continue
            if last not in run.group() and lower not in run.group():
                continue
            # The run parted as names.py parts it: "Pieter Claes of the Flemish nationalists" → the person; a
            # possessive ends a name: "Brennmark Bio's Alzheimer's drug … Brennmark said" is Brennmark Bio (the whole
            # run made a person "Brennmark Bio Alzheimer" of a company's words: a trial, 2026-12-04).
            pieces = split_run([(run.start() + m.start(), m.group()) for m in _TOKEN.finditer(run.group())])
            piece = next((p for p in pieces if last in (r := " ".join(w for _, w in p)).split() or last in r or lower in r), [])
            if piece and (skip := brief_skip(source, piece[0][0], source[piece[0][0]:piece[-1][0] + len(piece[-1][1])])):
                piece = [p for p in piece if p[0] >= piece[0][0] + skip]  # "Envoy on Climate John Kerry" (onbriefs.py)
            tokens = [POSSESSIVE.sub("", w) if len(w) > 2 else w for _, w in piece]
            # a sentence's first word is no given name: "Then Varga left." … "Varga said" is Varga, not "Then Varga";
            # a name's function word is, where names.py reads it so ("Do Van Thanh, a navy spokesman, said … Thanh
            # said" is Do Van Thanh: stopnames.begins_name)
            before = ""
            while tokens and (tokens[0].lower() in _LEADING or opening_adverb(tokens)) and not leading_month_kept(tokens, before) and not (
                    len(tokens) > 1 and name_word(tokens[0]) and tokens[1].lower() not in STOPWORDS and begins_name(
                        source, piece[-len(tokens)][0], piece[-1][0] + len(tokens[-1]))):
                before, tokens = tokens[0], tokens[1:]
            classified = classify(tokens) if len(tokens) > 1 else None
            if classified is None and len(tokens) > 1 and tokens[0].lower() in PLACE_LEADS and person_appositive(
                    source, piece[-1][0] + len(piece[-1][1])) and classify(tokens[1:]) == (PERSON, 0):
                classified = (PERSON, 0)  # "Jabal Ali, a trader, said … Ali said" (runparts._landform_person)
            if classified is not None and classified[0] == PERSON and classified[1] and name_start(source, tokens, classified[1]) != classified[1]:
                classified = (PERSON, classified[1] - 1)  # "Sheikh Hasina" (sheikhnames.py)
            if classified is not None and classified[0] == PERSON and (kept := name_words(tokens, before)) < len(tokens):
                tokens = tokens[:kept]  # "John Reed MP … Reed said": the letters end the name (postnominals.py; FX40)
            at_name = run.group().find(tokens[-1]) if len(tokens) > 1 else -1
            of = designation(source, run.start() + at_name + len(tokens[-1]), tokens[-2]) if at_name >= 0 else ""
            if classified is not None and classified[0] == PERSON and (peer(tokens, classified[1]) or of and classified[
                    1] == len(tokens) - 1) and key == fold(tokens[-1]):  # (a royal's: "Prince Harry of Wales", territorial.py)
                named = (" ".join(tokens[-2:]) if peer(tokens, classified[1]) else tokens[-1]) + of
                earlier = lasts.pop(fold(tokens[-1]), "")  # ("Lord Smith of Finsbury … Lord Smith": the one peer)
                lasts[fold(tokens[-1])] = earlier if earlier.startswith(named + " of ") else named
                continue  # "Lord Cranleigh … Cranleigh said": the peer
            if classified is not None and classified[0] == PERSON and judge_tokens(tokens, classified[1]) and \
                    key == fold(tokens[-1]) and judicial_style(" ".join(tokens[:-1]) + " "):
                lasts.pop(key, None)  # "Mrs Justice Harker … Harker said": the judge (judges.py)
                lasts[key] = f"{judicial_style(' '.join(tokens[:-1]) + ' ')} {tokens[-1]}"
                continue
            if classified is None or classified[0] != PERSON or len(tokens) - classified[1] < 2:
                continue
            name = tokens[classified[1]:]
            if key in (fold(form) for form in reference_forms(name)):
                lasts.pop(person_key(name), None)
                lasts[person_key(name)] = " ".join(name)
                seen[person_key(name)] = run.start()
                if either_family(name):
                    maybe.add(person_key(name))
            elif len(words) == 1 and name[0] == surface and not no_given_name(name[-1]):  # (a family name first: "Park" of
                # "Park Soo-min"; not a company read as a person, "Toyoda Steel": industrywords.no_given_name, T28 F2)
                firsts[person_key(name)] = firsts.pop(person_key(name), " ".join(name))  # (last named last)
                seen[person_key(name)] = run.start()
        found = lasts or firsts
        if lasts and len(words) == 1 and (given := {k: v for k, v in firsts.items() if k not in lasts}):
            chosen = called_by(f"{text}\n{context}", surface, lasts, given)  # "Mr Ahmed": Abiy Ahmed or Ahmed Shide?
            if chosen == {}:  # (givenrefs.py: the text's usage, a given name's or a surname's, or no one)
                return None
            found = lasts if chosen is None else chosen
        if len(words) == 1 and found and regnal_before(text, at):  # "Prince Harry" is no Harry Kane, "King Abdullah" no
            found = {k: v for k, v in found.items() if styled_before(source, v, end)}  # Abdullah Abdullah (regnalnames)
        if len(found) > 1 and source is text and title_before(text, at):  # "Mr Harrowgate": those it fits, before
            found = titled_choice(text, end, title_before(text, at), found)  # the last named (titlefit.py)
            if not found:
                return None
        elif len(found) == 1 and source is text and other_sex(text, end, title_before(text, at), next(iter(found.values()))):
            return None  # "Mr John Smith … “…,” Ms Smith said": not him (the one it may name; titlefit.other_sex; T17)
        if len(found) > 1 and (middles := dropped_middles(found.values())):  # "Bola Ahmed Tinubu … Bola Tinubu …
            found = {k: v for k, v in found.items() if v not in middles}  # Tinubu said": one person (middlenames.py)
        if len(found) > 1 and len(words) == 1:
            found = surname_owners(found, key)  # "Mr Rodríguez": Carlos Rodríguez, not "Ana Rodríguez de la Fuente" (BR38)
        if len(found) > 1 and source is text:  # (of family names first too: "Park Soo-min … “…,” Ms Park said", T17)
            recent = _sentence_before(text, at)  # one of them named in full in this sentence or the one before, the
            last = next(reversed(found))  # other not since: that one ("Owen Pryce told FM … “…,” Pryce said": a trial)
            if seen.get(last, -1) >= recent and all(seen.get(k, -1) < recent for k in found if k != last) and \
                    last not in maybe:  # only one who surely bears the word: "Michael Young … Peter Chan Young … Mr
                return found[last]  # Young" is Michael's if Peter is Mr Chan, so no one's (BR23)
        if len(found) > 1:
            return None  # two people it may name ("George W. Bush", "Jeb Bush" … "Bush said"): unsure
        if found:
            return next(iter(found.values()))
    if len(words) == 1 and judicial_style(text[max(0, at - 40):at]):
        return f"{judicial_style(text[max(0, at - 40):at])} {surface}"  # "Mrs Justice Harker" (judges.py)
    return f"{before[-1]} {surface}" if len(words) == 1 and before and before[-1].lower() in PEERAGE else surface


# The person runs of a text, read once per text, and for each (text, reference) what the runs before its last
# reference gave: a reference was read against every run before it, once per quotation, so a text of thousands of
# quotations of one surname took time growing with the square of their number (BR24, 2026-12-06). The runs are
# those of the whole text (RUN's matches, joined across particles) that end before the reference.
_RUNS: dict[str, tuple[list, list[int]]] = {}
_FOLDS: dict[tuple[str, str], tuple[int, dict[str, str], dict[str, str], dict[str, int], set[str]]] = {}


def _runs_of(source: str) -> tuple[list, list[int]]:
    """The joined runs of `source` and their ends, in order (the last four texts' kept)."""
    known = _RUNS.get(source)
    if known is None:
        if len(_RUNS) >= 4:
            del _RUNS[next(iter(_RUNS))]
            _FOLDS.clear()
        runs = joined_particles(source, list(RUN.finditer(source)))  # ("Maarten ter Horst": nameparticles.py)
        known = _RUNS[source] = (runs, [run.end() for run in runs])
    return known


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=\S)")


def _sentence_before(text: str, at: int) -> int:
    """Where the sentence before the one holding `at` starts (0 at the text's start)."""
    opened = [m.end() for m in ends(_SENTENCE_END, text, max(0, at - 600), at)]  # (not at "S. K.": sentences.period_ends)
    return opened[-2] if len(opened) >= 2 else (0 if at <= 600 else max(0, at - 600))


_CAPITAL_ARTICLE = re.compile(rf"(?:{'|'.join(sorted(a.capitalize() for a in ARABIC_ARTICLES))})-[^\W\d_]")


def peer(tokens: list[str] | tuple[str, ...], first: int) -> bool:
    """Whether a run's name (`tokens[first:]`, after its title) is a peer's: one word after a peerage title
    (lexicon.PEERAGE: "Lord Cranleigh", "Former chancellor Lord Lamont"), which is the name with the title, as
    British papers write it, when no person of the text is named in full by that word ("Alan Sugar … Lord Sugar"
    is Alan Sugar; names.py and `full_name` look for one first). The fifth trial listed "Cranleigh" and "Ellery"."""
    return first == len(tokens) - 1 and first > 0 and tokens[first - 1].lower() in PEERAGE



def _after_a_word(text: str, context: str, surface: str, at: int) -> bool:
    """Whether `surface` is written, before `at` in `text` or anywhere in `context`, after a
    capitalised word and a space that is no title or function word ("Catherine Vaughan Williams", not
    "Governor Mark Bishop"): only then may two words be a two-word surname (and the text be read for it:
    a speaker after a title, the commonest form, costs nothing more)."""
    first = _first_after_a_word(text, surface)
    return (first != -1 and first < at) or (bool(context) and _first_after_a_word(context, surface) != -1)


@lru_cache(maxsize=16)
def _first_after_a_word(source: str, surface: str) -> int:
    """The first offset of `surface` in `source` that a capitalised word and a space precede, or -1.
    Memoised (a pure function; the few texts being read): a long article whose every quotation has the
    same two-word speaker is read in linear time (tests/analyse/test_sentence_index.py; asking again
    for each quotation was quadratic)."""
    found = source.find(surface)
    while found != -1:
        if found >= 2 and source[found - 1] == " " and source[found - 2].isalpha():
            start = found - 2
            while start > 0 and (source[start - 1].isalpha() or source[start - 1] in "-'\u2019"):
                start -= 1
            if source[start].isupper() and source[start:found - 1].lower() not in _NO_GIVEN_NAME:
                return found  # "Catherine Vaughan Williams"; not "Governor Mark Bishop" (a title is no name's)
        found = source.find(surface, found + 1)
    return -1
