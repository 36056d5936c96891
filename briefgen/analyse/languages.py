"""Which language's word lists read a text, and the German and French lists (quote frames, credits, names).

A text's language is its article's or note's `language:` front matter, else the site's (config.yaml
`language:`, default en); `lexicon_of(tag)` says which lists read it: "de" for German (de, de-AT, de-CH …),
"fr" for French (fr, fr-CA …), "" otherwise — the English rules, which read every other language as they
always have. The declared language chooses, not a detected one (`terms.language_of`): it is the editor's
word, it is known before a line is read (a short quotation-only article has no function words to count),
and an English article quoting a German sentence must not read "Peter Morgen" as "Peter" and "tomorrow".
Detection stays where it was: story terms drop the function words of the language a text holds most of.

A trial of a German and a French briefing (2026-12-02) that applied these words to every text was reverted:
English names lost parts ("said Des Browne" gave "Browne", "Peter Morgen" "Peter", a surname "Laut" read
as "according to"). Here each list reads only text in its language (tests/analyse/test_foreign_words_in_names.py).

Entries lower-case (as written in the language: "außenminister", "déclaré"), but HONORIFICS. `NAME_BREAKERS`:
words that open a sentence or stand before a name and are never part of it ("Die Polizei", "Dieses Abkommen",
"Außenminister Jean-Noël Barrot"); `in_language` writes their first letter in lower case in the copy of the
text that names and frames are read from (same length: offsets stay), so a capitalised run starts after
them, as it does after an English "the". Not der, den, le, la, de, du, des: particles of surnames
(lexicon.SURNAME_PARTICLES, "von der Leyen"), which are main's English rules and read every text alike.
"""
from __future__ import annotations

import re
from functools import lru_cache

from briefgen.analyse.quotemask import MASK

LEXICONS = ("de", "fr")

# Speech verbs. German's are one word, before or after the quotation ("„…“, sagte Scholz", "Scholz sagte: …",
# "„…“, so Borne": `so` only right after a closing mark, quoteframes.py); French writes the past with "a"
# ("« … », a déclaré Borne": a PARTICIPLE after "a") or uses the present ("déclare").
GERMAN_SPEECH_VERBS = frozenset("""
sagte sagt sagten sagen erklärte erklärt erklärten betonte betont warnte warnt meinte meint mahnte mahnt schrieb
schreibt kritisierte kritisiert bekräftigte bekräftigt versprach verspricht forderte fordert antwortete antwortet
""".split())
FRENCH_PARTICIPLES = frozenset("""
déclaré dit affirmé estimé lancé souligné ajouté expliqué averti assuré prévenu indiqué répondu insisté martelé
promis annoncé confié reconnu jugé
réagi déploré regretté raconté dénoncé salué résumé précisé rappelé lâché glissé confirmé tranché commenté
poursuivi conclu plaidé fustigé ironisé répété admis concédé nuancé témoigné protesté
souri calculé soupiré observé noté relevé soufflé rétorqué détaillé constaté soutenu maintenu objecté corrigé raillé
renchéri complété tempéré
""".split())
# Reflexive speech verbs after "s'est" (T15 trial, afternoon: "Mme de Villiers s'est dite « soulagée … »", "« … »,
# s'est indigné X"), with their feminine and plural agreements (`quoteframes.frames_for`)
FRENCH_REFLEXIVE_PARTICIPLES = frozenset("""
dit indigné agacé amusé inquiété emporté étonné réjoui félicité désolé alarmé exclamé souvenu insurgé offusqué
""".split())
FRENCH_PRESENT_VERBS = frozenset("""
déclare affirme estime lance souligne ajoute explique avertit assure prévient indique répond insiste martèle
dit dénonce glisse lâche raconte précise regrette résume confie réagit tranche déplore salue commente poursuit
conclut ironise plaide fustige rappelle confirme reconnaît concède témoigne
sourit calcule soupire observe note relève souffle rétorque détaille constate soutient maintient objecte corrige
raille renchérit complète tempère
""".split())
# Reflexive present speech verbs, after "s'" or "se": "« On a connu 1976 », se souvient Gisèle Marchand", "s'amuse X"
FRENCH_REFLEXIVE_VERBS = frozenset("""
indigne agace amuse inquiète emporte étonne réjouit félicite désole alarme exclame souvient insurge offusque
""".split())
# (the second lines: a French trial, 2026-12-06, T15: "« … », a-t-elle raconté", "dénonce-t-il", "glisse-t-elle",
# "a déploré X" lost 68 of 111 quotations; measured with the name breakers below, which came first: verbs alone
# gave 8 more right and 13 more wrong, the role phrase before an appositive read as a name)
SPEECH_VERBS = {"de": GERMAN_SPEECH_VERBS, "fr": FRENCH_PRESENT_VERBS}
PARTICIPLES = {"de": frozenset(), "fr": FRENCH_PARTICIPLES}  # after "a": "a déclaré"
ACCORDING = {"de": ("laut",), "fr": ("selon",)}  # a source, as "according to" is ("laut Reuters", "selon Borne")
# "„…“, sagte er", "« … », a-t-elle affirmé": the previous quotation's speaker or sentence's subject, as he/she
PRONOUNS = {"de": ("er", "sie"), "fr": ("il", "elle")}
# The noun after one is not the speaker ("sagte Scholz nach dem Treffen", "Die Präsidentin des Bauernverbands,
# Anja Müller, sagte:", "a déclaré Borne devant l'Assemblée": the trial gave quotes to "Treffen" and "Deutschen
# Bauernverbands" without them).
PREPOSITIONS = {
    "de": frozenset("nach vor bei im am beim ins mit auf zum zur vom für über unter während seit gegenüber aus dem des einem "
                    "eines einer".split()),  # (beim, ins, einer: "Beim Treffen sagte …" gave "Treffen", 2026-12-02)
    "fr": frozenset("à au aux après avant devant chez pendant depuis pour sur sous dans lors avec contre sans "
                    "par".split()),
}
# Determiners and possessives that open a French sentence before its subject: "Sa réponse : « … »", "Son porte-parole,
# X, s'en est indigné : « … »", "Un arrêté …" were People "Sa", "Son", organisation "Un" (T15, 2026-12-06). Only where
# they open a sentence (`_lowered`); "Le", "La" and "L'" only before a word in lower case (`_ARTICLE`): "Le Pen",
# "La Fontaine", "L'Écho des Deux-Sèvres" keep theirs, and mid-sentence "a déclaré Le Drian" is a name's.
FRENCH_DETERMINERS = frozenset("un son sa ses leur leurs notre nos votre vos mon ma mes cet ton ta tes".split())
# The nouns of a French role ("la préfète de la Charente, Sophie Arnaud-Vidal"): a role makes a speaker unnamed
# ("a déclaré un porte-parole") and the name after it in an appositive the speaker (quotes.py, quoteframes.Frames.roles)
FRENCH_ROLE_NOUNS = frozenset("""
préfet préfète sous-préfet sous-préfète ministre maire adjoint adjointe président présidente vice-président
vice-présidente porte-parole avocat avocate directeur directrice secrétaire député députée sénateur sénatrice
conseiller conseillère responsable dirigeant dirigeante représentant représentante délégué déléguée juge procureur
procureure hydrogéologue hydrologue expert experte chercheur chercheuse agriculteur agricultrice exploitant
exploitante éleveur éleveuse habitant habitante militant militante syndicaliste élu élue fondateur fondatrice
gérant gérante chef cheffe patron patronne commissaire général générale source sources proche proches chancelier
chancelière porte-paroles
""".split())
# Kin and other relations a person is named by, what they are of following as a role's does ("le fils de Marie
# Dubois", "un voisin de la victime"): that name is no speaker (frenchroles.py, BR18; English: unnamedvoices' kin).
FRENCH_RELATION_NOUNS = frozenset("""
fils fille mari époux épouse femme compagne compagnon conjoint conjointe mère père frère sœur soeur oncle tante
cousin cousine neveu nièce grand-mère grand-père petit-fils petite-fille enfant enfants parents beau-frère
belle-sœur belle-soeur beau-père belle-mère veuf veuve voisin voisine voisins ami amie amis amies collègue collègues
camarade entourage famille
""".split())
# Prepositions that join a role to what it is of ("le maire de Confolens, Thierry Lagarde", "la présidente du
# syndicat Terres du Poitou, X"): a name run after one of them and a role noun is its object, not the speaker
# (quotes.py). Not in PREPOSITIONS: they are surname particles ("de Villiers") where no role noun stands before them.
FRENCH_COMPLEMENT = frozenset("de du des d' d\u2019".split())
_GERMAN_OPENERS = """
die das dem des ein eine einen einem einer eines dieser diese dieses diesem diesen jener jene jenes alle wir sie er es
ich ihr unser unsere nach vor bei mit auf zum zur vom für über unter durch gegen ohne um seit während und oder aber
auch noch schon nur wie als wenn dass heute gestern morgen laut
im am beim ins ans an aus zu bis
zudem dabei deshalb daher darum dazu damit dagegen danach davor zuvor später inzwischen außerdem trotzdem allerdings
bereits bisher zuletzt zunächst anschließend gleichzeitig zugleich ebenfalls stattdessen vielmehr jedoch doch dort
hier jetzt nun dann so immerhin
montag dienstag mittwoch donnerstag freitag samstag sonntag
"""
# (the second part: contracted prepositions, sentence adverbs and weekdays, with which a German sentence opens
# before its verb and subject: "Am Montag sagte Anja Müller", "Zudem Anja Müller sagte" were read as a name's first
# words until 2026-12-02, People pages "Im Interview", "Zudem Anja Müller"; prepositions are added below)
# German titles are capitalised as nouns are ("Außenminister Jean-Noël Barrot", "Bundespräsident Frank-Walter
# Steinmeier" was one person's name); French ones are lower-case ("la ministre"), only Mme and Mlle are not.
GERMAN_TITLES = frozenset("""
bundespräsident bundespräsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin präsident präsidentin minister
ministerin außenminister außenministerin aussenminister premierminister premierministerin ministerpräsident
ministerpräsidentin staatspräsident staatspräsidentin kommissionspräsident kommissionspräsidentin
kommissionschef kommissionschefin regierungssprecher regierungssprecherin bauernpräsident bauernpräsidentin
verteidigungsminister verteidigungsministerin wirtschaftsminister wirtschaftsministerin finanzminister
finanzministerin parlamentspräsident parlamentspräsidentin
""".split())
# Honorifics: the words after one are a name, also a particle's ("Mme von der Leyen", "Frau Müller"). The
# name finder knows English ones (lexicon.HONORIFICS), so these are read as one of the same length; the
# title a name is found with is given back as written (`HONORIFIC_WRITTEN`).
# French "M." (monsieur) and "Me" (maître, a lawyer's) are read as "Mr" and "Dr", before a capital only ("M. Castaing"
# was a person of its own beside "Jean-Pierre Castaing" until the T15 trial, 2026-12-06; `_breakers`).
HONORIFICS = {"de": {"Frau": "Lady", "Herr": "Lord"}, "fr": {"Mme": "Mrs", "Mlle": "Dame", "M.": "Mr", "Me": "Dr"}}
HONORIFIC_WRITTEN = {lexicon: {english: own for own, english in table.items()} for lexicon, table in HONORIFICS.items()}
NAME_BREAKERS = {
    "de": frozenset(_GERMAN_OPENERS.split()) | GERMAN_TITLES | PREPOSITIONS["de"],
    "fr": frozenset("""les une ce cette ces elle nous ils elles on pour dans sur avec sans sous chez après avant selon
                    mais donc
                    en entre vers dès ainsi puis alors hier demain aujourd désormais enfin ensuite cependant pourtant
                    toutefois également aussi lundi mardi mercredi jeudi vendredi samedi dimanche""".split())
          | PREPOSITIONS["fr"]  # (the second part as German's: "Lundi Élodie Marchand", "Hier Élodie Marchand")
          | FRENCH_DETERMINERS,
}


def lexicon_of(language: str) -> str:
    """The word lists that read text in `language` (a BCP 47 tag, any case): "de", "fr", or "" (English)."""
    base = language.split("-")[0].split("_")[0].lower()
    return base if base in LEXICONS else ""


@lru_cache(maxsize=4)
def _breakers(lexicon: str) -> re.Pattern[str]:
    words = [w[0].upper() + w[1:] for w in NAME_BREAKERS[lexicon]] + list(HONORIFICS[lexicon])
    words += list(_ARTICLE) if lexicon == "fr" else []
    escaped = [re.escape(w).replace(r"\.", "[.\u2024]") for w in sorted(words, key=lambda w: (-len(w), w))]
    return re.compile(r"(?<![\w\-])(?:" + "|".join(escaped) + r")(?![\w\-])")  # (quotes.py masks "M." as "M\u2024")


_ARTICLE = ("Le", "La", "L")  # French articles: at a sentence's opening, before a word in lower case ("L'avocat")
_BEFORE_CAPITAL = ("M.", "Me")  # French honorifics that are one only before a capital ("M. Castaing"; "Me voilà")


def _after_name(text: str, start: int, lexicon: str) -> bool:
    """Whether the word before text[start:] is an initial or a capitalised word that is no NAME_BREAKERS word:
    "J. M. Coetzee" has an initial "M.", "Selon M. Castaing" a title."""
    before = text[max(0, start - 30):start]
    word = before.split()[-1] if before.strip() and before[-1:] in " \t\u00a0" else ""
    initial = len(word) == 2 and word[1] in ".\u2024"
    return initial or word[:1].isupper() and word[-1:].isalpha() and word.lower() not in NAME_BREAKERS[lexicon]


# A name after a title: a capital, or a surname particle then one ("M. de Villepin", "Me du Moulin", "M. d'Estaing"; BR18)
_NAME_NEXT = re.compile(r"[ \t\u00a0](?:(?:de[ \t\u00a0]+la|de|du|des|von|van)[ \t\u00a0]+|d['\u2019])?(?=[^\W\d_])")


def _name_follows(text: str, end: int) -> bool:
    """Whether a name follows text[:end] (an honorific's end): a capital next, after a particle at most."""
    found = _NAME_NEXT.match(text, end)
    return found is not None and text[found.end():found.end() + 1].isupper()


def _next_is_lower(text: str, end: int, apostrophe: bool) -> bool:
    """Whether the word after text[:end] starts in lower case: after a space ("Le président"), or after an
    apostrophe when `apostrophe` ("L'avocat", not "L'Écho")."""
    rest = text[end:end + 2]
    if apostrophe:
        return len(rest) == 2 and rest[0] in "'\u2019" and rest[1].islower()
    return len(rest) == 2 and rest[0] in " \t\u00a0" and rest[1].islower()


_INVERSION = re.compile(r"(?<![\w-])a-t-(il|elle)[ \t]+(?=\w)")
# A present speech verb after its quotation, inverted: "« … », dit-elle", "dénonce-t-il" read as "elle dit", "il dénonce"
_VERB_INVERSION = re.compile(r"(?<![\w-])(" + "|".join(sorted(FRENCH_PRESENT_VERBS, key=lambda w: (-len(w), w)))
                             + r")-(?:t-)?(il|elle)(?![\w-])")
# What may stand between a sentence's end (or a quotation: MASK, quotemask.py) and its first word
_OPENING = " \t\u00a0\u202f\"'\u201c\u201d\u201e\u00bb\u00ab\u201a\u2018\u2019([*-"
_SENTENCE_END = ".!?:;\u2026\n\x1a"


def _opens_sentence(text: str, start: int, written: str | None = None) -> bool:
    """Whether the word at `start` opens a sentence: only opening marks and spaces after a sentence's end, a line
    break or nothing. A quotation masked out of `text` (MASK, in the copy frames read: quotemask.py) ends a
    sentence only where its own words did, which `written` (the text unmasked, same length) shows:
    `„Wir warten nicht.“ Die Polizei …` does, `"We will not wait," Des Browne said` does not (English puts
    the comma inside the marks; read as an end, the frames gave "Browne" or no speaker while names.py,
    which reads the unmasked text, had "Des Browne")."""
    window = text[max(0, start - 40):start]
    rest = window.rstrip(_OPENING)
    if rest[-1:] == MASK and written is not None:
        before = start - (len(window) - len(rest))  # just after the masked quotation's closing mark
        words = written[max(0, before - 40):before].rstrip(_OPENING)  # its marks stripped
        return words[-1:] in tuple(_SENTENCE_END) if words else True
    return rest[-1:] in tuple(_SENTENCE_END) if rest else True


def _lowered(text: str, lexicon: str, written: str | None = None) -> str:
    """A function word only where it opens a sentence (mid-sentence, German and French write it in lower case,
    so a capitalised one there is a name's: "sagte Peter Morgen", "a déclaré Elle Macpherson"); a title anywhere
    ("Frankreichs Präsident Macron"). `written`: `text` before quotations were masked (`_opens_sentence`)."""
    titles, honorifics = GERMAN_TITLES if lexicon == "de" else frozenset(), HONORIFICS[lexicon]
    pieces, at = [], 0
    for found in _breakers(lexicon).finditer(text):
        word = found.group(0).replace("\u2024", ".")
        if word in _BEFORE_CAPITAL and (not _name_follows(text, found.end()) or _after_name(text, found.start(), lexicon)):
            continue  # ("Me" is a lawyer's title only before a name; "J. M. Coetzee", "Jean M. Dupont": an initial)
        if word in honorifics:
            pieces += [text[at:found.start()], honorifics[word]]
        elif word in _ARTICLE and lexicon == "fr":  # an article: at a sentence's opening, before a noun in lower case
            if not (_next_is_lower(text, found.end(), word == "L") and _opens_sentence(text, found.start(), written)):
                continue
            pieces += [text[at:found.start()], word.lower()]
        elif word.lower() in titles or _opens_sentence(text, found.start(), written):
            pieces += [text[at:found.start()], word[0].lower(), word[1:]]
        else:
            continue
        at = found.end()
    return "".join(pieces) + text[at:] if pieces else text


def in_language(text: str, lexicon: str, inversion: bool = False, written: str | None = None) -> str:
    """`text` as the name and frame patterns read it in `lexicon` (same length, so offsets hold): each
    capitalised NAME_BREAKERS word with its first letter in lower case ("Die Polizei" → "die Polizei",
    "Außenminister Barrot" → "außenminister Barrot"; a function word only where it opens a sentence), each
    honorific as the English one of its length (HONORIFICS: "Mme von der Leyen" → "Mrs von der Leyen"), and,
    with `inversion`, the French "a-t-il déclaré" as "il a   déclaré". The English lexicon ("") changes nothing.
    `written`: for a `text` whose quotations are masked (quotes.py), the text before masking (same length), which
    says whether a quotation ended its sentence (`_opens_sentence`)."""
    if not lexicon:
        return text
    if inversion and lexicon == "fr" and "-t-" in text:
        text = _INVERSION.sub(lambda m: f"{m.group(1)} a   ", text)
    if inversion and lexicon == "fr" and ("-il" in text or "-elle" in text):  # "dit-elle", "dénonce-t-il" (T15)
        text = _VERB_INVERSION.sub(lambda m: f"{m.group(2)} {m.group(1)}".ljust(len(m.group(0))), text)
    return _lowered(text, lexicon, written)
