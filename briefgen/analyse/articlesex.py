"""The sex an article's own words tell of a person named in full, whatever their given name (FX87, 2026-12-07).

    article_sex(masked, "Kaja Kallas")   # "f" for "Kaja Kallas arrived on Monday. She met …", "his wife Kaja
                                         # Kallas", "Kaja Kallas, a mother of three,"; "m" likewise; else ""

givensex.given_sex knows only the given names of its lists: "Kaja", "Chinedu", "Hillary", "Kamala" are in none, and a
rule that needs a person's sex to agree (a short form before its full name, titlefit.same_sex; a possessive subject,
possessorvoices; a pronoun speaker, quotespeakers) left them unresolved. The article often says it in words that
refer to the person and no one else:

- a gendered noun of kin or a "-woman" noun written right before a mention in full, lower-case (capitalised only
  opening a sentence: not "Sister Mary", "Father Okafor"), with nothing between ("his wife Kaja Kallas", "her son Chinedu Okafor", "spokeswoman Kaja Kallas"; `_FEMALE`, `_MALE`: not "chairman",
  "spokesman", which the press writes of women too;
  not a noun joined to another ("Husband and wife Chinedu Okafor and Kaja Kallas", "his son and daughter …") nor
  before a name joined to another ("son Chinedu Okafor and Kaja Kallas"): whose is which is not said (FX91);
- the same noun heading an appositive right after a mention, after "the", "a" or "an" and perhaps one lower-case word,
  closed by a comma, a full stop or "of" ("Kaja Kallas, a mother of three,", "Chinedu Okafor, the eldest son of …");
  never after "his"/"her"/"their" ("Chinedu Okafor, his wife and their son" lists three people), never a noun
  followed by "'s" ("…, the widow's lawyer");
- "He"/"She"/"His"/"Her" opening the sentence right after a sentence whose subject is the mention: the sentence names
  no other person (a capitalised person's run, nameruns.classify), has no person noun but a title right before the
  name ("EU foreign policy chief Kaja Kallas"; not "the wife of Chinedu Okafor", "met the minister", "spoke to
  reporters", "was greeted by a crowd": `_someone`), no third-person
  pronoun and no quotation mark, and the mention is no possessive ("Kaja Kallas's message …": the pronoun may be a
  speaker's the sentence does not name). FX91 (BR51): the mention opens its sentence, perhaps after adverbials or a
  title (`_subject`: not "The court jailed Chinedu Okafor. She said …", "Police arrested X. She was …"); the
  pronoun's own sentence holds no pronoun of the other sex, no object pronoun of its own ("X loves Estonia. She has
  been good to him", "X took the stand. He asked her to sit"), no name and no speech verb but its own ("…, Tom Reid
  said"); "She" follows no ship or country noun ("X commands the vessel. She sails"); pronouns are read in English
  only: the article's language, or where it is unknown, English words in the two sentences (Finnish "He" is "they").

Places that disagree, or none: "". A mention of the surname alone tells nothing (it may be a relative's). Titles and
reflexives are toldsex.told_sex's. Precision first: a name no evidence covers stays unknown. A pure function.
"""
from __future__ import annotations

import re
from functools import lru_cache

from briefgen.analyse.lexicon import (DESCRIPTOR_ROLES, MONTHS_DAYS, OCCUPATIONS, OTHER_TITLES, ROLE_NOUNS,
                                      SPEECH_VERBS, STOPWORDS, TIME_WORDS, TITLE_WORDS)
from briefgen.analyse.namefinds import word_spans
from briefgen.analyse.nameruns import PERSON, RUN, classify
from briefgen.analyse.sentences import ends, first_end
from briefgen.analyse.sentenceadverbs import SENTENCE_ADVERBS
from briefgen.analyse.personnouns import FEMALE_NOUNS as SEXED_FEMALE, MALE_NOUNS as SEXED_MALE, person_noun
from briefgen.analyse.stopwords import STOPWORDS as OTHER_STOPWORDS
from briefgen.analyse.unnamedvoices import FEMALE_NOUNS, MALE_NOUNS, PERSON_NOUNS

_FEMALE = FEMALE_NOUNS | frozenset("spokeswoman chairwoman businesswoman congresswoman councilwoman".split())
_MALE = MALE_NOUNS
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=\S)")
_NOUN_BEFORE = re.compile(r"(?:(?<![\w'\u2019-])([a-z]+)|(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z]+))[ \t]+$")
_APPOSITIVE = re.compile(r"[ \t]*,[ \t]+(?:the|a|an)[ \t]+(?:[a-z][\w-]*[ \t]+)?([a-z]+)(?=[ \t]*[,.;]|[ \t]+of\b)")
_OPENING = re.compile(r"(He|She|His|Her)\b")
_PRONOUNS = re.compile(r"(?<![\w'\u2019-])(?:he|she|him|his|her|hers|they|them|their)(?![\w'\u2019-])", re.I)
_WORD = re.compile(r"(?<![\w'\u2019-])[a-z][\w-]*")
_QUOTE_MARKS = re.compile("[\"\u201c\u201d\u00ab\u00bb]")
_POSSESSIVE = re.compile(r"['\u2019](?:s\b|\s)")
_ANYONE = frozenset("one someone anyone everyone nobody crowd crowds press audience public".split())
# FX91 (BR51's breaks of FX87): the words a subject's sentence may open with before it (adverbials, a title), the
# nouns English calls "she" (a ship, a country), the words that tell an English sentence from a Finnish one ("He" is
# "they"), an object "her" (no possessive: "told her that", "warned her."), "<noun> and <noun>" before a name.
_OPENERS = TIME_WORDS | MONTHS_DAYS | SENTENCE_ADVERBS | frozenset(
    "the a an at yesterday today tonight earlier later then meanwhile also but and so however now first".split())
_TITLES = TITLE_WORDS | ROLE_NOUNS | OTHER_TITLES | DESCRIPTOR_ROLES | OCCUPATIONS
_TITLE_MODIFIERS = frozenset("former acting interim deputy vice chief senior junior new then prime foreign".split())
_SHE_THINGS = frozenset("""ship ships vessel vessels boat boats yacht yachts ferry ferries tanker tankers liner liners
frigate frigates submarine submarines carrier carriers trawler trawlers schooner country countries nation nations
motherland homeland car cars plane planes aircraft""".split())
_ENGLISH = (STOPWORDS - frozenset().union(*OTHER_STOPWORDS.values()) - frozenset("she she's him his he's".split())) | (
    frozenset("was is has had said says will would were".split()))
_OBJECT_HER = re.compile(r"(?<![\w'\u2019-])her(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:to|that|the|a|an|on|in|at|for|with|about|and|"
                         r"or|but|last|again|twice|once|this|not|so|how|what|why|when|where|if|who|as|by|from|up|down|"
                         r"off|out|back|into|over|yesterday|today)\b)")
_JOINED_NOUN = re.compile(r"(?<![\w'\u2019-])[A-Za-z]+[ \t]+(?:and|or|&)[ \t]+$")
_JOINED_NAME = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|or|&)[ \t]+[A-Z]")


def _someone(word: str) -> bool:
    """Whether a lower-case word may name a person a "he"/"she" may stand for: a person noun, singular or plural
    (personnouns.person_noun, unnamedvoices.PERSON_NOUNS: "minister", "reporters", "voters"), a sexed noun ("man",
    "girl") or a word of anyone ("one", "crowd", "press")."""
    singles = {word, word[:-1], word[:-2]} if word.endswith("s") else {word}
    return word in _ANYONE or any(w in PERSON_NOUNS or w in SEXED_MALE or w in SEXED_FEMALE or person_noun(w)
                                  or w in ("voter", "member", "fan", "resident") for w in singles if w)


@lru_cache(maxsize=2048)  # (asked for each person of an article by each rule that needs a sex)
def article_sex(masked: str, name: str, language: str = "") -> str:
    """"m" or "f" when the text `masked` (an article, quotations' words as quotes.py reads them) tells the sex of the
    person `name` (a full name: two words or more, as written) by a gendered noun or a subject pronoun that refers to
    them only (module docstring); "" when it tells nothing, both, or `name` is one word. `language`: the article's
    (a BCP 47 tag or a lexicon, languages.lexicon_of; "": English or unknown): pronouns are read in English only
    (Finnish "He" is "they", FX91), and where it is unknown, only in sentences with English words (`_english`)."""
    if " " not in name.strip():
        return ""
    english = language.split("-")[0].split("_")[0].lower() in ("", "en")
    found: set[str] = set()
    for start, stop in word_spans(masked, name):
        found |= {_noun_sex(masked, start, stop), _pronoun_after(masked, start, stop) if english else ""}
    found.discard("")
    return found.pop() if len(found) == 1 else ""


def _sex_of(noun: str) -> str:
    """"f", "m" or "" for a lower-case noun."""
    return "f" if noun in _FEMALE else "m" if noun in _MALE else ""


def _noun_sex(text: str, start: int, stop: int) -> str:
    """The sex a gendered noun right before the mention at start:stop, or heading its appositive, tells; or ""."""
    before = _NOUN_BEFORE.search(text, max(0, start - 24), start)
    if before and (_JOINED_NOUN.search(text, max(0, before.start() - 30), before.start()) or _JOINED_NAME.match(
            text, stop)):
        before = None  # ("Husband and wife X and Y", "his son and daughter X and Y": whose is which, FX91)
    shown = {_sex_of((before.group(1) or before.group(2)).lower())} if before else set()
    after = _APPOSITIVE.match(text, stop)
    if after:
        shown.add(_sex_of(after.group(1)))
    shown.discard("")
    return shown.pop() if len(shown) == 1 else ""


def _pronoun_after(text: str, start: int, stop: int) -> str:
    """The sex "He"/"She"/"His"/"Her" opening the next sentence tells when the mention at start:stop is the subject of
    its sentence and nothing else in it may be the pronoun's referent (module docstring); else ""."""
    if _POSSESSIVE.match(text, stop):
        return ""
    opened = [m.end() for m in ends(_SENTENCE_END, text, max(0, start - 400), start + 1)]  # (not at "S. K.")
    lo = opened[-1] if opened else max(0, start - 400)
    close = first_end(_SENTENCE_END, text, stop, min(len(text), stop + 400))
    if close is None:
        return ""
    opening = _OPENING.match(text, close.end())
    if opening is None:
        return ""
    head, tail = text[lo:start], text[stop:close.start() + 1]
    if _QUOTE_MARKS.search(head + tail) or _PRONOUNS.search(head + tail) or _person_in(text, lo, start) or (
            _person_in(text, stop, close.start() + 1)):
        return ""
    nouns = [m for m in _WORD.finditer(head) if _someone(m.group())]
    if any(_someone(w.group()) for w in _WORD.finditer(tail)) or any(head[n.end():].strip() for n in nouns):
        return ""  # ("met the minister. He …", "The wife of Chinedu Okafor …"; a title right before: "chief Kaja …")
    sex = "m" if opening.group(1) in ("He", "His") else "f"
    shut = first_end(_SENTENCE_END, text, opening.end(), min(len(text), opening.end() + 400))
    said = text[close.end():shut.start() + 1 if shut else min(len(text), opening.end() + 400)]
    if not _subject(head) or not _english(tail + " " + said[opening.end() - close.end():]) or not _alone(said, sex) or (
            sex == "f" and any(w.group() in _SHE_THINGS for w in _WORD.finditer(tail))):
        return ""  # (FX91: "The court jailed X. She …", "X commands the vessel. She sails", "X arrived. He asked her")
    return sex


def _subject(head: str) -> bool:
    """Whether the words `head` of a sentence before a mention leave it the sentence's subject (FX91): none, or
    adverbials and capitalised words ("On Monday", "In March, "), or a title ("EU foreign policy chief"); not a verb
    ("The council fined", "Police arrested", "Like her mother")."""
    words = head[head.rfind(",") + 1:].split()
    if all(w[0].isupper() or w.isdigit() or w in _OPENERS for w in words):
        return True
    last, rest = words[-1], words[:-1]
    return (last in _TITLES or _someone(last)) and all(
        w[0].isupper() or w in _OPENERS or w in _TITLE_MODIFIERS or w in _TITLES or not w.endswith(("ed", "s"))
        for w in rest) and not any(w in _ANYONE or w in SPEECH_VERBS for w in rest)


def _english(text: str) -> bool:
    """Whether `text` holds a word only English writes of those the analysis knows ("the", "was", "about"), so that
    its "He" is no Finnish "they" ("Kaja Kallas saapui maanantaina. He tapasivat …", FX91)."""
    return any(w.group().lower() in _ENGLISH for w in re.finditer(r"[A-Za-z]+(?:['\u2019][a-z]+)?", text))


def _alone(said: str, sex: str) -> bool:
    """Whether the sentence `said` opened by a subject pronoun of `sex` holds no pronoun of the other sex ("She has
    been good to him", "He asked her to sit"), no object pronoun of its own ("He told him", "She warned her."), no
    person's name and no speech verb but its own ("…, Tom Reid said", "…, the judge said"; "She said" is its own)
    (FX91)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", said)]
    others = ("she", "her", "hers") if sex == "m" else ("he", "him", "his")
    if any(w in others for w in words[1:]) or (sex == "m" and "him" in words) or (sex == "f" and _OBJECT_HER.search(said)):
        return False
    if _person_in(said, 0, len(said)):
        return False
    return not any(w in SPEECH_VERBS and words[i - 1] not in ("he", "she", "then", "also", "later")
                   for i, w in enumerate(words) if i > 0)


def _person_in(text: str, lo: int, hi: int) -> bool:
    """Whether a run of capitalised words in `text[lo:hi]` may be a person's name."""
    for run in RUN.finditer(text, lo, hi):
        kind = classify(run.group().split())
        if kind is not None and kind[0] == PERSON:
            return True
    return False
