"""A French quotation framed by a role alone ("a déclaré la ministre", "selon le préfet") is the one person the text
names with that role (French text only: languages.lexicon_of "fr").

titledvoices.py does this for English ("the minister said" after "Health Minister Rachel Ingram"); its patterns read
"the <title>". A French trial (T15, 2026-12-06) lost every quotation framed so — « Personne ne sera laissé au bord du
chemin », a déclaré la ministre, after "La ministre de la Transition écologique, Agnès Pannier, …"; « … », a-t-il dit
after "Au micro de Radio Marais, le préfet a assumé sa décision." — 9 of its 45 named quotations without a speaker.

- The frame's phrase is a definite article and a role noun (`TITLES`: offices, not trades or kinds of people — no
  "l'agriculteur", "un habitant"), and what the role is of after "de"/"du"/"des" ("le préfet de la Vienne"), read
  up to the next preposition or punctuation ("a déclaré la ministre devant des exploitants").
- A holder is a person named in full with that role: right before the name ("la ministre Agnès Pannier", "Me Olivier
  Fabre" for "l'avocat"), as an appositive before it that a comma closes ("Le préfet de la Vienne, Jean-Pierre
  Castaing, a signé …") or after it ("Agnès Pannier, ministre de la Transition écologique,", "…, la présidente du
  syndicat"). Feminine and masculine forms are one role ("la préfète" is "le préfet"'s office: `role_base`).
- The speaker is the one holder the whole text names with the role (and with every word of what the frame says the
  role is of); two holders, or a holder named as a former one ("l'ancien ministre") when the frame does not say
  "ancien", give no speaker, as in English: precision first.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefgen.analyse.nameruns import PERSON, POSSESSIVE
from briefgen.analyse.quoteresult import Who

if TYPE_CHECKING:
    from briefgen.analyse.quotespeakers import SpeakerNames

# Offices a French text calls their holder by with an article, masculine forms (`role_base` folds the feminine ones).
TITLES = frozenset("""
préfet sous-préfet ministre maire adjoint président vice-président porte-parole avocat directeur secrétaire député
sénateur conseiller dirigeant représentant délégué juge procureur commissaire chef patron chancelier gérant fondateur
général recteur gouverneur ambassadeur consul bâtonnier doyen proviseur principal capitaine commandant colonel
lieutenant inspecteur rapporteur médiateur trésorier
""".split())
# Feminine endings and their masculine forms, tried in order; a fold is kept only when it gives a known office.
_FOLDS = (("rice", "eur"), ("euse", "eur"), ("ète", "et"), ("ère", "er"), ("ée", "é"), ("ffe", "f"), ("nne", "n"),
          ("ure", "ur"), ("e", ""))
_ELIDED = ("l'", "l\u2019")
_ARTICLE = r"(?:(?:[Ll]e|[Ll]a|[Ll]es)[ \t\u00a0]+|[Ll]['\u2019])"
_FORMER = r"(?P<former>(?:ancien|ancienne|ex|ex-|futur|future)[ \t\u00a0-]+)?"
_ROLE = r"(?P<role>[^\W\d_][\w-]*)"
# What the role is of: a complement preposition and up to six words, to the next punctuation or preposition.
_WORD = (r"(?!(?:devant|à|au|aux|lors|en|sur|dans|après|avant|pendant|depuis|face|pour|avec|contre|selon|lundi|mardi|"
         r"mercredi|jeudi|vendredi|samedi|dimanche|hier|a|est|avait|était|et|ou|qui|que)\b)[^\W\d_][\w'\u2019-]*")
_DOMAIN = (r"(?P<domain>[ \t\u00a0]+(?:de[ \t\u00a0]+la[ \t\u00a0]+|de[ \t\u00a0]+l['\u2019]|du[ \t\u00a0]+|des[ \t\u00a0]+|"
           r"de[ \t\u00a0]+|d['\u2019])" + _WORD + r"(?:[ \t\u00a0]+" + _WORD + r"){0,5})?")
# The frame's phrase: "la ministre", "le préfet de la Vienne devant …", "l'avocate de la coopérative".
_FRAME = re.compile(r"[ \t\u00a0]*" + _ARTICLE + _FORMER + _ROLE + _DOMAIN)
# A role written right before a name, or as an appositive closed by a comma: "la ministre ", "Le préfet de la Vienne, ".
_WORD_START = re.compile(r"(?<![\w'\u2019-])[^\W\d_]")
_BEFORE = re.compile(_ARTICLE + "?" + _FORMER + _ROLE + _DOMAIN.replace("{0,5}", "{0,5}?")
                     + r"(?P<comma>,)?[ \t\u00a0]*$")
# A role as an appositive after the name: ", ministre de la Transition écologique", ", la présidente du syndicat".
_AFTER = re.compile(r",[ \t\u00a0]+" + _ARTICLE + "?" + _FORMER + _ROLE + _DOMAIN + r"(?=[ \t\u00a0]*(?:[,.;:!?)\n]|$))")
# (closed by punctuation: ", la ministre a assumé …" after a name is a clause of its own, not the name's appositive)
_DOMAIN_STOP = frozenset("de la l' l\u2019 du des d' d\u2019 les le".split())
_LAWYER = ("Me", "Maître")  # a lawyer's honorific names the office "l'avocat"


def role_base(word: str) -> str:
    """The masculine office a French role noun names, lower case and without an elided article: "préfète" →
    "préfet", "présidente" → "président", "l'avocate" → "avocat", "directrice" → "directeur"; a word that folds to no
    office in `TITLES` is returned as it is ("ministre", "agricultrice")."""
    word = word.lower()
    word = word[2:] if word.startswith(_ELIDED) else word
    if word in TITLES:
        return word
    for ending, masculine in _FOLDS:
        if word.endswith(ending) and word[:-len(ending)] + masculine in TITLES:
            return word[:-len(ending)] + masculine
    return word


def _domain_words(found: re.Match[str]) -> frozenset[str]:
    domain = found.group("domain") or ""
    return frozenset(w.lower().strip("'\u2019") for w in re.split(r"[ \t\u00a0'\u2019]+", domain) if w) - _DOMAIN_STOP


def frame_role(phrase: str) -> tuple[str, frozenset[str], bool] | None:
    """(office, the words of what it is of, former) when the French noun phrase `phrase` opens with a definite
    article and an office ("la ministre de la Transition écologique devant des exploitants" → ("ministre",
    {"transition", "écologique"}, False)); None otherwise ("un agriculteur", "la ministre Agnès Pannier" is a name)."""
    found = _FRAME.match(phrase)
    if found is None or role_base(found.group("role")) not in TITLES:
        return None
    rest = phrase[found.end("role"):].lstrip(" \t\u00a0")
    if rest[:1].isupper():
        return None  # "la ministre Agnès Pannier": the name is there
    return role_base(found.group("role")), _domain_words(found), found.group("former") is not None


def written_roles(masked: str, run_start: int, run_end: int, honorific: str) -> list[tuple[str, frozenset[str], bool]]:
    """The offices a person run (masked[run_start:run_end], after its `honorific`, "" if none) is named with:
    (office, the words of what it is of, former) for a role right before the run or in an appositive before or after
    it (module docstring)."""
    found = []
    for word in _WORD_START.finditer(masked, max(0, run_start - 120), run_start):  # the leftmost office that reaches
        before = _BEFORE.match(masked, word.start(), run_start)  # the name ("au micro de la ministre Agnès Pannier")
        if before is not None and role_base(before.group("role")) in TITLES:
            found.append((role_base(before.group("role")), _domain_words(before), before.group("former") is not None))
            break
    after = _AFTER.match(masked, run_end)
    if after is not None and role_base(after.group("role")) in TITLES:
        found.append((role_base(after.group("role")), _domain_words(after), after.group("former") is not None))
    if honorific in _LAWYER:
        found.append(("avocat", frozenset(), False))
    return found


def french_titled(reader: SpeakerNames, start: int, end: int, frame: str) -> Who | None:
    """The person the French phrase masked[start:end] ("la ministre", "le préfet de la Vienne") stands for: the one
    person `reader`'s text names in full with that office (and every word of what the phrase says it is of); None
    when the phrase is no office, or no one or two people are so named, or one of them may name two people."""
    role = frame_role(reader.masked[start:end])
    if role is None:
        return None
    office, domain, former = role
    holders: dict[str, Who] = {}
    held: set[str] = set()  # the words of what the holders are named the office of
    for run, (kind, first) in reader._runs(0, len(reader.masked)):
        if kind != PERSON or len(run) - first < 2:
            continue  # a person in full: a lone surname names no one here
        run_start, run_end = run[first][0], run[-1][0] + len(run[-1][1])
        honorific = run[first - 1][1] if first else ""
        for written, of, was in written_roles(reader.masked, run[0][0] if first else run_start, run_end, honorific):
            if written == office and domain <= of and was == former:
                surface = POSSESSIVE.sub("", reader.text[run_start:run_end])
                who = reader._who(surface, PERSON, run_start, frame)
                if who.name is None:
                    return None  # it may name two people: unsure
                holders[who.name] = who
                held |= of
                break
    if len(holders) != 1 or _another_holder(reader.masked, start, end, office, domain, former, held):
        return None
    return next(iter(holders.values()))


# The office written with its article anywhere in the text ("le maire de Marseille"), a name not right after it.
_MENTION = re.compile(r"(?<![\w'\u2019-])" + _ARTICLE + _FORMER + _ROLE + _DOMAIN)


def _another_holder(masked: str, start: int, end: int, office: str, domain: frozenset[str], former: bool,
                    held: frozenset[str] | set[str]) -> bool:
    """Whether the text mentions, outside the frame masked[start:end], a holder of `office` it does not name and the
    frame may stand for: the office of something the named holder is not named the office of ("Le maire de Lyon,
    Grégory Doucet, a rencontré le maire de Marseille. « … », a déclaré le maire.": two mayors, whose words? A
    re-test, BR19, 2026-12-06). `domain` is what the frame says the office is of, `held` what the holder's is."""
    for found in _MENTION.finditer(masked):
        if start <= found.start() < end or role_base(found.group("role")) != office:
            continue
        if (found.group("former") is not None) != former or masked[found.end():].lstrip(" \t\u00a0")[:1].isupper():
            continue  # a former holder, or one named right after (counted among the holders)
        of = _domain_words(found)
        if of and domain <= of and not of <= held:
            return True
    return False


# The office as a sentence's subject, after an opening phrase ("Au micro de Radio Marais, le préfet a assumé sa
# décision."): the holder is whom "a-t-il dit" right after it stands for (`title_subject`).
_SUBJECT = re.compile(r"[ \t\u00a0]*(?:[^,.;:!?«»\n]{0,80},[ \t\u00a0]*)?(?P<np>" + _ARTICLE + _ROLE + r")"
                      r"(?:[ \t\u00a0]+(?:de[ \t\u00a0]+la|du|des|de|d['\u2019])[^,.;:!?«»\n]{0,60}?)?"
                      r"(?=[ \t\u00a0]+(?:a|avait|est|était|s['\u2019]est|se|va|vient|doit|n['\u2019]a|ne|l['\u2019]a|"
                      r"a[ \t\u00a0]+[a-zéèêàâîôûç]+)\b)")


def title_subject(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """(start, end) of an office that is the subject of the French sentence masked[lo:hi] ("Au micro de Radio Marais,
    le préfet a assumé sa décision." → "le préfet"), a verb right after it; None otherwise."""
    found = _SUBJECT.match(masked, lo, hi)
    if found is None or role_base(found.group("role")) not in TITLES:
        return None
    return found.start("np"), found.end("np")
