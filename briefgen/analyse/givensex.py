"""The sex a person's given name tells, and the sex the text tells of a person, for "he"/"she" (English) and
"il"/"elle" (French) in quotes.py's pronoun frames (QW17, 2026-12-06).

    given_sex("Sophie")                     # "f"; given_sex("John") == "m"; given_sex("Alex") == ""
    given_sex("Jean", "fr")                 # "m" (French text); "" in English text, where Jean is a woman's name too
    given_sex("Jean-Pierre", "fr")          # "m": a hyphenated French given name is its first part's
    person_sex(masked, "John Lee")          # "m": the given name, a gendered title (toldsex.told_sex), or ""

Given names (`_MALE`, `_FEMALE`): the commonest given names of English and French news (with a few German,
Italian, Spanish and Slavic ones the same press writes), each of one sex in every one of those languages. A name
that is a man's in one and a woman's in another ("Andrea", "Nicola", "Jan", "Simone", "Laurence"), or a name of
either sex in one ("Alex", "Sam", "Jo", "Chris", "Charlie", "Jordan", "Taylor", "Kim", "Dominique", "Camille",
"Claude", "Maxime", "Morgan", "Robin", "Leslie", "Hilary"), is in neither: it tells nothing, as an initial or an
unfamiliar name does; `EITHER_SEX` takes out of both lists any name that is the other sex's in some language (Catalan
Joan, Armenian Karen: BR25). "Jean" is a man's name in French text only (`_FRENCH_MALE`).

`person_sex` reads a name's first word as a given name only when a surname follows it (two words or more: "Sophie
Arnaud"; "Sophie" alone is read, "Madonna" tells nothing), and combines it with what the text tells (a title, a
reflexive: toldsex.told_sex; a gendered noun or a subject pronoun: articlesex.article_sex, FX87, for a given name in
no list: "Kaja", "Chinedu" — a listed given name is not weighed against the pronoun after it, which may be another's:
"Leader Owen Claes had asked … She had doubts of her own", FX91); when they disagree, it tells nothing. Pure functions of their arguments.
"""
from __future__ import annotations

from functools import lru_cache

from briefgen.analyse.namekeys import fold
from briefgen.analyse.toldsex import told_sex

_MALE = frozenset(fold(w) for w in """
aaron abdul adam adrian ahmed alan albert alberto alexander alexandre alexei alfred ali alistair andrew andrzej
andré andrei andreas angus anthony antoine antonio arnaud arthur barry ben benjamin benoît bernard bill bob boris
brian bruce bruno callum carl carlos charles christian christophe clarence christopher clive colin craig damien daniel
darren david denis dennis derek dmitry dominic donald douglas duncan edward emmanuel eric étienne eugene fabien
fernando florian françois frank franz frédéric gareth gary gavin geoffrey george gérard gilles giuseppe gordon
graham grégoire gregory guillaume gustav guy hamish hans harold harry hassan henri henry hervé hugh hugo ian ibrahim
igor ivan jack jacques jake james jason jean-baptiste jean-claude jean-luc jean-marc jean-marie jean-michel
jean-paul jean-pierre jeffrey jeremy jérôme jim joe joël johann john jonathan jorge josé joseph juan julien karl
keith kenneth kevin klaus laurent lawrence léon liam louis luc lucas luigi luis malcolm marc marcel marco mark martin
matthew matthias matthieu maurice michael michel miguel mohamed mohammed muhammad nathan neil nicholas nicolas nigel
olaf olivier omar oscar owen pablo pascal patrick paul pedro peter philip philippe pierre piotr raymond rémi richard
robert roger roland ronald rory ross roy ryan samuel sébastien sergei sergey simon stefan stéphane stephen steve
steven stuart sylvain terence thierry thomas tim timothy tobias tom tony trevor vincent viktor vladimir walter wayne william
xavier yann yannick yves
noah oliver elijah ethan jacob levi sebastian mateo theodore aiden wyatt luke asher julian leo gabriel isaac dylan ezra
josiah isaiah elias joshua caleb eli nolan santiago axel jeremiah roman connor declan evan emmett micah damian
brandon larry jerry sean billy bobby ralph fred phil dave
javier manuel francisco diego alejandro rafael sergio andrés ricardo eduardo joão paulo rodrigo gustavo marcelo
""".split())  # (the last three lines but one: the commonest English given names the lists lacked, BR21; the last: Iberian, FX117)
_FEMALE = frozenset(fold(w) for w in """
abigail adèle agnès alice alison amanda amélie amy angela angelika anna anne anne-marie annie aurélie barbara
béatrice brigitte carla carmen caroline catherine cécile charlotte chloé christine claire clara claudia colette
constance corinne danielle deborah delphine diana diane dorothy élise elizabeth élodie eleanor elena ellen émilie emily emma
emmanuelle eva fatima fiona florence françoise frédérique gabrielle geneviève georgina gisèle gillian grace hannah hélène
helen helena ingrid irène isabelle jacqueline jane janet jennifer jessica joanna josephine judith julia julie
juliette karen katarzyna kate katherine kathleen katie laura lauren léa linda lisa louise lucie lucy lydia magali
margaret maria marie marie-claire marie-france marie-pierre marina marine martha martine mary mathilde melanie
michelle monique nadia nancy natalia natalie nathalie nicole olga olivia pascale patricia paula pauline prudence rachel
rebecca ruth sabine sandra sarah sophie stéphanie susan sylvie tatiana teresa thérèse valérie véronique victoria
virginie yvonne zoé
jenny carrie isabella sophia mia amelia evelyn ella sofia mila scarlett penelope layla lily ellie violet lillian stella
aurora emilia leah audrey bella naomi maya valentina ruby ivy ariana cora hailey gabriella allison gianna samantha
sadie delilah adeline vivienne madeline jade athena melody eliza kylie ximena alexandra jasmine isabel valeria
anastasia eloise cecilia josie alina lucia molly daisy esther annabelle alyssa juliana paige betty donna sharon
kimberly shirley cynthia melissa brenda pamela wendy kathy cathy joan judy debbie denise lorraine kirsty mandy vicky
nikki becky tina gina lesley lynne jill
ana marta pilar beatriz raquel silvia cristina mónica inés rocío gabriela fernanda mariana daniela adriana verónica
""".split())  # (the last seven lines but one: as the men's above, BR21; the last: Iberian, FX117)
# Names listed above that are the other sex's in some language the press writes: they tell nothing, whatever the list.
# Catalan Joan (Joan Laporta, Joan Miró) and Armenian Karen (Karen Karapetyan) are men's; English Evelyn (Evelyn Waugh)
# and Lesley, Shirley and Carol (Romanian Carol, Polish/Romanian) were men's too; Dutch and Frisian Anne (Anne de
# Vries) is a man's; Italian Andrea, Nicola, Simone, Daniele, Gabriele, Michele are men's, German/English women's
# (not listed); Kim, Sasha, Jean, Maria in men's compound names (José María, Jean-Marie: read by the whole word)
# likewise (BR25: "Jordi Laporta … Joan Laporta, the club's president … Mr Laporta said" gave Jordi).
EITHER_SEX = frozenset(fold(w) for w in """
joan karen evelyn lesley shirley carol anne ali andrea nicola simone daniele gabriele michele kim sasha sacha jean
""".split())
_MALE, _FEMALE = _MALE - EITHER_SEX, _FEMALE - EITHER_SEX
_FRENCH_MALE = frozenset(("jean",))  # a woman's name in English ("Jean Dupont" is a man, "Jean Smith" may be a woman)
_MALE_PRONOUNS = frozenset(("he", "il"))
_FEMALE_PRONOUNS = frozenset(("she", "elle"))


@lru_cache(maxsize=4096)  # a pure function of one word, asked of every person a pronoun may stand for
def given_sex(word: str, lexicon: str = "") -> str:
    """"m" or "f" when `word` (any case, accents or none) is a given name of one sex (module docstring), else "".
    A hyphenated word is its first part's ("Jean-Pierre", "Marie-Christine") unless the whole is listed. `lexicon`:
    the article's ("fr": French text, where "Jean" is a man's name)."""
    plain = fold(word)
    if plain not in _MALE and plain not in _FEMALE and "-" in plain:
        plain = plain.split("-", 1)[0]
    if plain in _MALE or lexicon == "fr" and plain in _FRENCH_MALE:
        return "m"
    return "f" if plain in _FEMALE else ""


def pronoun_sex(pronoun: str) -> str:
    """"m" for "he"/"il", "f" for "she"/"elle" (any case), "" for any other word."""
    plain = pronoun.lower()
    return "m" if plain in _MALE_PRONOUNS else "f" if plain in _FEMALE_PRONOUNS else ""


def person_sex(masked: str, name: str, lexicon: str = "") -> str:
    """"m" or "f" when the person `name` (a full name or a surname, no title) is of a sex that the text `masked`
    tells (toldsex.told_sex: a title, a reflexive; articlesex.article_sex: a gendered noun, the pronoun opening the
    sentence after one they are the subject of) or their given name tells (`given_sex`, the first of two words or
    more), and none of these disagree; else "" (module docstring)."""
    from briefgen.analyse.articlesex import article_sex  # (articlesex → nameruns → … → this module)
    words = name.split()
    given = given_sex(words[0], lexicon) if len(words) > 1 else ""
    article = "" if given else article_sex(masked, name, lexicon)  # (a given name in no list only: "Leader Owen
    shown = {given, told_sex(masked, name), article} - {""}  # Claes … She had doubts" is not his, FX91)
    return shown.pop() if len(shown) == 1 else ""
