"""English function words that are also names: "Do Van Thanh", "To Lam", "An Van Thanh" (Vietnamese family names Đỗ,
Tô, An written without their marks), "Will Smith". runparts.parts drops a run's leading function words
("The", "To", "In") and split_run parts a run at a capitalised one ("Yesterday | Do Van Thanh"); this module says
when such a word begins a name instead (T18, 2026-12-06: "Colonel Do Van Thanh … told AOP" gave a page "Van Thanh"
beside "Do Van Thanh", and 8 of his quotes to the shorter name).

    name_word("Do")                                  # -> True: a function word that is a name word too
    stop_named(text, at, reading, earlier, in_title)  # whether the reading that keeps it is the name here

The word begins the name
- after a title or an honorific ("Colonel Do Van Thanh", "President To Lam", "Mr Do"): runparts keeps it there;
- inside a sentence, where English writes the function word in lower case ("Yesterday Do Van Thanh told", '"…,"
  To Lam said'; "in An Giang", a province, is then read as a place: places.py);
- opening a sentence, only with evidence: a speech verb after the name ("To Lam said", "Will Smith said"), an
  appositive that says a person ("Do Kwon, the founder of Terraform Labs, was …", "An Van Thanh, a fisherman, said",
  "Do Van Thanh, 45, said"), the same full name earlier in the article, the name written inside a sentence
  anywhere in it (`written_inside`), or its first word written alone after an honorific ("Mr He": `titled_alone`, FX74).
A short reference is the name as read here wherever it is read ("Do Van Thanh, a navy spokesman, said … “…,” Thanh
said": fullnames.full_name and quotespeakers ask `begins_name`, as names.py asks `stop_named`; BR22 found a page
"Van Thanh" of the quotation beside "Do Van Thanh" of the names, 2026-12-06).
"Do you …", "To the north …", "An official …" start no run of names at all (a lower-case word follows), and "To Anil
Kumar, the hit was …" keeps "Anil Kumar".
"""
from __future__ import annotations

import re
from itertools import takewhile

from briefgen.analyse.lexicon import SPEECH_ADVERBS, SPEECH_VERBS, TITLE_WORDS, VIETNAMESE_SYLLABLE
from briefgen.analyse.hyphentitles import hyphen_title  # (", the vice-premier,": FX65)
from briefgen.analyse.functionfamilies import FUNCTION_FAMILIES, family_given
from briefgen.analyse.namekeys import fold
from briefgen.analyse.nameparticles import name_word as particle_name_word
from briefgen.analyse.personnouns import person_noun

# Function words (lexicon.STOPWORDS) that are family or given names in the press: Vietnamese family names written
# without diacritics (Đỗ → Do, Tô → To, An), an English given name ("Will"). "May", a month too, is read by
# runparts.leading_month_kept; "Hope", "Long", "Ha", "Le" are no function words (never dropped).
NAME_STOPWORDS = frozenset("do to an will ten".split()) | FUNCTION_FAMILIES  # (and "Ten" of the Dutch particle "ten",
# capitalised: "Ten Hag"; "He", "So", "No", East Asian family names: functionfamilies.py)
_BEFORE_SENTENCE = re.compile(r"(?:[.!?:;]|\n)\s*[\u201c\"\u2018(]?$")
_SPEECH_AFTER = re.compile(r"[ \t]+(?:(?:%s)[ \t]+){0,2}(?:%s)\b" % ("|".join(sorted(SPEECH_ADVERBS)), "|".join(sorted(SPEECH_VERBS))))


def name_word(word: str) -> bool:
    """Whether `word`, capitalised, is a function word that is also a name word (`NAME_STOPWORDS`)."""
    return word[:1].isupper() and word.lower() in NAME_STOPWORDS


def stop_named(text: str, at: int, reading, earlier: dict[str, str], in_title: bool) -> bool:
    """Whether `reading` (runparts.Reading of a part with its leading name-word kept, offsets from `at` in `text`)
    is the name where it stands: see the module's rules. `earlier`: names.py's article-local names (folded key →
    full name); in a headline (`in_title`) only a name the article gives in full counts."""
    if earlier.get(reading.key):
        return True
    return not in_title and " " in reading.surface and begins_name(text, at + reading.start, at + reading.end)


def begins_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], two words or more whose first is a name's function word, is the name with it, by the
    text alone (module docstring: `opens_name`, `person_appositive`, `written_inside`); never where quotation marks or
    italics hold the words alone, a work's title (`_OPEN_WORK`)."""
    if text[start - 1:start] in _OPEN_WORK and text[end:end + 1] == _OPEN_WORK[text[start - 1:start]]:
        return False  # a work's title, in quotation marks or italics: 'fans of “Will Grayson”', "*To Kill a Mockingbird*"
    if text[start:start + 4].lower() == "ten " and not ten_named(text[start:end]):
        return False  # "Ten Britons said", "Ten Downing Street": the number (`ten_named`)
    name = " ".join(text[start:end].split())
    if name.split()[0].lower() in FUNCTION_FAMILIES and not spelt_as_name(name):
        return False  # "He Said", "He Told": the pronoun, whatever follows (functionfamilies.py)
    return opens_name(text, start, end) or person_appositive(text, end) or spelt_as_name(name) and (
        written_inside(text, name) or titled_alone(text, name.split()[0]))  # ("He Lifeng met …", "Mr He said": FX74)


# Marks around a work's title (a novel, a film, a song) and the mark that closes each: no person's name (BR22 finding
# 11: 'Fans of “Will Grayson” packed the cinema' listed a person "Will Grayson", a novel's title).
_OPEN_WORK = {"\u201c": "\u201d", '"': '"', "*": "*", "_": "_", "\u2018": "\u2019", "'": "'"}


# An appositive after the name that says a person, then the sentence's verb or its end: ", a navy spokesman, said", ",
# the founder of Terraform Labs, was", ", 45, told", ", 54, a nurse." (FX97), '“…,” said Jabal Ali, a trader.' ("To Anil Kumar, the hit was
# …", "To John Smith, a lawyer, the ruling …": no person noun, or no verb after it).
_APPOSITIVE = re.compile(r",[ \t]+(?:(?P<age>\d{1,3})(?:,[ \t]+(?:a|an|the)[ \t]+[^,.;:!?\n\u201c\u201d\"]{1,60})?|(?:a|an|the)[ \t]+(?P<words>[^,.;:!?\n\u201c\u201d\"]{1,60}))"
                         r"(?:,[ \t]+(?!(?:the|a|an|this|that|it|its|he|she|they|we|i|his|her|their)\b)[a-z]|[.;!?]|$)")
_WORD = re.compile(r"[a-z][a-z\-]*")
_OWNER = re.compile(r"[\w\-]+['\u2019]s?(?![\w])")
_PREPOSITIONS = frozenset("of at in for with from on to by near behind under".split())  # (ending an appositive's head: FX97)
# Nouns of a role a company holds too ("Nordvik Offshore, the operator, said"): no person's appositive after a name its
# company word may make a company's
_FIRMS_ROLES = frozenset("""firm company operator owner producer maker manufacturer supplier contractor subcontractor
lender insurer developer builder carrier shipper employer bidder partner investor shareholder buyer seller retailer
distributor importer exporter broker consultant consultancy group subsidiary unit parent rival competitor client
customer tenant landlord sponsor member provider agency trader charterer licensee licence-holder""".split()) | frozenset(
    # a body's or a company's nouns that personnouns.person_noun reads as people's too (FX97: "Grace Motors, the
    # carmaker,", "Victoria Police, the state police," stay bodies where a given name opens them, companyforms.given_headed)
    """carmaker automaker chipmaker drugmaker watchdog regulator police force lender employer authority charity
    corporation conglomerate multinational startup consortium utility bank hospital school university council
    government ministry department airline broadcaster publisher newspaper club team chain supermarket brokerage
    housebuilder startup start-up""".split())


def appositive_person(text: str, at: int, reading, plain=None):
    """`reading` (runparts.Reading, offsets from `at`) when a person's appositive follows it (`person_appositive`), else
    None: runparts' reading of a landform-led run as a person ("Jabal Ali, a trader, said": BR22 finding 11), or of a
    run its company word made a company's (`plain`, that reading: "Sara Offshore, a diver, said", FX21 #2), then by
    an appositive no company has ("the operator", "a supplier" describe firms too: `_FIRMS_ROLES`); a run its company
    word made a company's, also when another mention of it in the article is framed as a person's
    (wordedpersons.shown_person: "Sara Robotics, a nurse, watched. “…,” said Sara Robotics." is one person; FX92)."""
    from briefgen.analyse.wordedpersons import shown_person  # (wordedpersons → this module)
    return reading if reading is not None and (person_appositive(text, at + reading.end, plain is not None) or (
        plain is not None and shown_person(text, reading.surface))) else None


def person_appositive(text: str, end: int, firm: bool = False) -> bool:
    """Whether an appositive that says a person follows a name ending at `end` (`_APPOSITIVE`: an age, or a determiner
    and words of which one is a person's noun or a title: personnouns.person_noun, lexicon.TITLE_WORDS); `firm`: the
    name may be a company's, and the appositive's head, its words before a preposition, must say a person and none of
    them may describe a company (`_FIRMS_ROLES`: "the maker of cables", "a supplier of parts" are a company's; "a nurse
    at the local hospital", "a spokesman for the company" a person's). An owner's word is no head word: "the company's
    spokeswoman" is a person, "the children's charity" no one (FX97)."""
    found = _APPOSITIVE.match(text, end)
    if found is None or firm and not _true_appositive(text, end, found):
        return False
    words = _WORD.findall(_OWNER.sub(" ", found.group("words") or ""))
    if firm:
        words = list(takewhile(lambda w: w not in _PREPOSITIONS, words))
    return found.group("age") is not None or any(person_noun(w) or w in TITLE_WORDS or hyphen_title(w) for w in words) and not (
        firm and any(w in _FIRMS_ROLES for w in words))


def _true_appositive(text: str, end: int, found: re.Match) -> bool:
    """Whether `found` (an `_APPOSITIVE` match after a name ending at `end`) is a true appositive, one that may make a
    body's name a person's (FX104; BR61: "Victoria Police, a nurse and two paramedics arrived", "Victoria Police, a
    nurse said, had arrived late", '“…,” said Victoria Police, a nurse told reporters.' made the body a person): no
    "and"/"or" in it or right after its closing comma (a list), nor a joining word (`_JOINING`, "&"), the word after its
    closing comma the clause's verb (`_clause_verb`, FX108), no speech verb in it (an aside: lexicon.SPEECH_VERBS),
    and, closed by the sentence's end rather than a comma before the name's verb, a speech verb or "according to"
    right before the name ('“…,” said Emma Electric, a nurse.')."""
    span = found.group(0)
    closing = _CLOSING.search(span, 1)  # (", said": the comma that closes it, before the name's verb)
    inside = span[:closing.start()] if closing else span
    if "&" in inside or any(w in _LIST_WORDS or w in _JOINING or w in SPEECH_VERBS for w in _WORD.findall(inside)):
        return False
    if closing is not None:  # the verb after it is the name's: a speech verb or a finite verb, not a list (FX108)
        return _clause_verb(_WORD.match(text, found.end() - 1).group(0))
    return _SPEECH_BEFORE.search(text, max(0, end - 160), end) is not None


_LIST_WORDS = frozenset(("and", "or", "nor"))
# Words joining more people or things to a job appositive: a list, not one person's job (FX108, BR65: "said Victoria
# Police, a nurse with two paramedics", "a nurse & two paramedics", "a nurse along with two paramedics, arrived")
_JOINING = frozenset("plus with along etc together including alongside".split())
# Finite verbs that may follow a true appositive's closing comma besides speech verbs and "-ed" pasts (FX108)
_FINITE = frozenset("is was are were has had have will would can could may might must did does do".split())
_NOT_VERBS = frozenset("need speed seed feed bed red shed led embed".split())  # "-ed" words no past ("led" is, rare)


def _clause_verb(word: str) -> bool:
    """Whether `word`, the first after a job appositive's closing comma, is the clause's verb: a speech verb
    (lexicon.SPEECH_VERBS), a past in "-ed" ("arrived") or an auxiliary (`_FINITE`); not a noun phrase, list word or
    relative ("two", "plus", "with", "along", "etc", "who": FX108, BR65 "Victoria Police, a nurse, two paramedics and
    a doctor arrived" made the body a person)."""
    return word in SPEECH_VERBS or word in _FINITE or word in _PRESENT or len(word) > 4 and word.endswith("ed") and \
        word not in _NOT_VERBS


# Present tenses a person's clause goes on with after an appositive ("Aaaa Motor, a retired teacher, lives next door":
# FX92's property; a closed list, as a plural noun after the comma is a list's: "a nurse, paramedics and …")
_PRESENT = frozenset("""lives works teaches runs owns leads heads serves spends helps volunteers remembers recalls
believes thinks knows wants hopes fears lost won""".split())
_CLOSING = re.compile(r",[ \t]+[a-z]$")
# A speech verb or "according to", then the name (capitalised words) ending where searched: '“…,” said Emma Electric'
_SPEECH_BEFORE = re.compile(r"(?:\b(?:%s)|\baccording[ \t]+to)[ \t]+(?:[A-Z][\w'\u2019.\-]*[ \t]+){0,5}[A-Z][\w'\u2019.\-]*$" % "|".join(
    sorted(SPEECH_VERBS)))


def ten_named(name: str) -> bool:
    """Whether `name`, its first word "Ten", is the Dutch particle capitalised before a surname ("Ten Hag", "Ten Cate":
    the way the press writes Erik ten Hag with his surname alone; FX40): one name word after it, no plural, place,
    people or body's word (nameparticles.name_word, as "ten" joins a given name to a surname there). "Ten Britons",
    "Ten Republicans said", "Ten Downing Street" stay the number's."""
    words = name.split()
    return len(words) == 2 and particle_name_word(words[1]) and not ten_counted(words[1])


# A broadcaster's or a brand's word after "Ten" (Australia's Network 10, "Ten Sports" in South Asia): no name (BR32,
# 2026-12-07: "Ten Sports said it would show the match" gave a person "Sports"; "Ten Play", a person "Ten Play")
_TEN_BRANDS = frozenset("""sports sport network news play tv radio media channel digital studios entertainment group
cricket golf action live now plus one""".split())


# Number words a capitalised run may open with, a sentence's first word ("Three Lions fans", "Two Senators said"):
# a counted plural after one is no one's name (FX50: a trial's persons "Senators", "Lions"; "Ten" is also a name's
# particle, "Erik ten Hag", and was read so first).
COUNT_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def ten_counted(word: str) -> bool:
    """Whether `word`, after a capitalised "Ten", is no name word: a plural the number counts ("Ten Britons") or a
    broadcaster's or brand's word (`_TEN_BRANDS`: "Ten Sports", "Ten Network", "Ten Play"); then neither "Ten <word>"
    nor <word> alone is a person (runparts.parts)."""
    word = _POSSESSIVE.sub("", word)
    return word.endswith("s") or word.lower() in _TEN_BRANDS


_POSSESSIVE = re.compile(r"['\u2019]s?$")


def written_inside(text: str, name: str) -> bool:
    """Whether `text` writes `name` (whole words, its first a name's function word) inside a sentence somewhere: then
    it is that name at a sentence's start too, one sense a text ("Do Van Thanh, a colonel, led the search. … said
    Colonel Do Van Thanh"; found by `str.find`, no regex over the text)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if at > 0 and not text[at - 1].isalnum() and not text[end:end + 1].isalnum() and not _BEFORE_SENTENCE.search(
                text, max(0, at - 4), at):
            return True
        at = text.find(name, end)
    return False


_HONORIFIC = re.compile(r"(?<![\w'\u2019\-])(?:Mr|Mrs|Ms|Miss|Dr|Prof|Mme|Madam)\.?[ \t]+$")


def titled_alone(text: str, word: str) -> bool:
    """Whether `text` writes `word` (a name's function word: "He", "Do", "So") alone after an honorific somewhere ("Mr
    He said", "Ms So", "Dr Do"), no capitalised word after it: then it is a family name in that article, and a name it
    opens, spelt as such a name (`spelt_as_name`), is a person's at a sentence's start too ("He Lifeng met the
    delegation. … Mr He said": FX74, the article's one person "Mr He" was; "He Lifeng" was no one). Found by
    `str.find`, no regex compiled a word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at > 0 and not text[at - 1].isalnum() and not text[end:end + 1].isalnum() and not re.match(r"[ \t]+[A-Z]", text[end:end + 2])
                and _HONORIFIC.search(text, max(0, at - 8), at)):
            return True
        at = text.find(word, end)
    return False


def opens_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a name of two words or more whose first is a name's function word (`name_word`), is
    read with it: inside a sentence (a place's name, "in An Giang", is then read by names._mention as a place:
    places.place_context), or opening one before a speech verb ("To Lam said"). quotespeakers.py asks it of a frame's
    speaker, names.py (`stop_named`) of any run."""
    if start > 0 and not _BEFORE_SENTENCE.search(text, max(0, start - 4), start) and spelt_as_name(text[start:end]):
        return True
    return _SPEECH_AFTER.match(text, end) is not None


def spelt_as_name(name: str) -> bool:
    """Whether `name`, its first word a name's function word, is spelt as a name with it: after "Do", "To", "An" (the
    Vietnamese family names) only Vietnamese syllables (lexicon.VIETNAMESE_SYLLABLE, marks folded: "Do Van Thanh", "To
    Lam"); "Will" before any word. A Title Case phrase is not: "Welcome To Vietnam", "How To Win Friends" (BR22 finding
    11: persons "To Vietnam", "To Win Friends"). Asked where the place in a sentence is the only evidence; a speech
    verb or a person's appositive after it read any name ("Do Kwon said")."""
    words = name.split()
    if words[0].lower() == "ten":
        return ten_named(name)
    if words[0].lower() in FUNCTION_FAMILIES or words[0].lower() in ("do", "an") and family_given("no", words[1:]):
        return family_given(words[0], words[1:])  # "He Lifeng", "So Ji-sub"; Korean "Do Jong-hwan", "An Cheol-soo"
    return words[0].lower() == "will" or all(VIETNAMESE_SYLLABLE.fullmatch(fold(w)) for w in words[1:])
