"""Where a full name's family name stands when its last word is not it: two conventions (T17, 2026-12-06).

    family_span(["Vivian", "Zhang", "Li"])                     # (1, 2): "Zhang" (an English given name first)
    family_span(["Carrie", "Lam", "Cheng", "Yuet-ngor"])       # (1, 2): "Lam"
    family_span(["María", "José", "Fuentes", "Araya"])         # (2, 3): "Fuentes", then the second surname
    family_span(["Juan-Pablo", "de", "la", "Cruz", "Mella"])   # (1, 4): "de la Cruz"
    family_span(["Jorge", "Ramírez", "Tapia"])                 # (1, 2): "Ramírez"
    family_span(["Avril", "Haines"]), family_span(["Catherine", "Vaughan", "Williams"])   # None: the last word

Gives (start, stop): the words `name[start:stop]` are the family name a later mention writes alone ("Ms Zhang",
"Fuentes said", "de la Cruz told …", `namekeys.reference_forms`) and the index files under, the words after it
with it (`people.filing_order`: "Zhang Li, Vivian", "Fuentes Araya, María José", "Cruz Mella, Juan-Pablo de la");
None when the name follows neither convention (then the last word is the surname, as before).

- **An English given name before a Chinese name written family name first** (Hong Kong, Singapore, Taiwan, the
  diaspora: "Vivian Zhang Li", "Carrie Lam Cheng Yuet-ngor", "Martin Lee Chu-ming"): three or four words, the second
  a family name of `lexicon.FAMILY_NAME_FIRST`, the first no family name and no Chinese syllable, the rest Chinese
  syllables as Pinyin, Cantonese or Wade-Giles spell them (`_SYLLABLE`: "Li", "Yuet-ngor", "Xiaoming"; a married
  woman's own family name before her given name, "Cheng", is one too). A trial (T17) gave "Ms Zhang" after "Vivian
  Zhang Li" to Zhang Wei, a man of another story: her reference forms were "Li" and "Zhang Li". Western names whose
  second word is such a family name have a surname after it that is no syllable ("John Lee Hooker", "Tommy Lee
  Jones", "Anna Maria Lee Walker"), or one an English surname spells too ("Sarah Lee Young", "Jenny Lee Moon",
  "Mary Ho King": `_ENGLISH_SYLLABLES`), and an English middle name that is a Chinese or Korean family name too
  ("Lee", "Kim") makes one syllable after it a surname: "Amy Lee Tan", "Kevin Lee Hsu" are Ms Tan, Mr Hsu, filed
  "Tan, Amy Lee" (BR21, 2026-12-06: "Ms Lee" joined "Sarah Lee Young"). The Chinese reading needs more there: a given
  name of two syllables ("Martin Lee Chu-ming", "Vivian Lee Xiaoming") or four words.
- **Spanish given names and two surnames**, of which the press writes the first alone ("Fuentes", "Ms Fuentes",
  "de la Cruz") and which Spanish indexes file under the first (Chicago 16.85): four plain words after two given
  names (`namekeys.double_surname`; written without accents when both given names are Spanish ones: "Luis Alberto
  Quispe Mamani"); given names, Spanish particles (del, de, de la; de los, de las, which the name runs do not join)
  and two words ("Rodrigo del Valle Soto", "Juan-Pablo de la Cruz Mella"); three plain words whose first is Spanish
  (a Spanish letter in the name, or a Spanish given name first) and whose second is no given name (`_SPANISH_GIVEN`,
  givensex.py's lists) nor a Vietnamese syllable, and whose last is no common English surname (`_ENGLISH_SURNAMES`):
  "Jorge Ramírez Tapia", "Claudia Muñoz Pérez", "Héctor Saavedra Rojas" — not "José Luis Rodríguez", "Ana Luisa
  Contreras", "Bruno Giáp Smith", "Ana Cruz Smith" (Ms Smith, filed "Smith, Ana Cruz": BR21). A lone "de" is a
  Spanish particle after a Spanish given name too: "Miguel de Cervantes Saavedra" is "Cervantes", filed "Cervantes
  Saavedra, Miguel de" (BR21). A name with a letter Spanish never
  writes (Portuguese ã õ ç, Vietnamese, French è …) or a surname only Portuguese spells so (Ferreira, Gonçalves,
  Rodrigues …: `_PORTUGUESE_SURNAMES`) is read as before, by its last word ("Lima, Tomás Ferreira"): the Portuguese
  press writes the last surname.

`given_and_first(name)` is the shorter form the press writes of such a Spanish name, its given names and first
surname ("María José Fuentes", "Juan-Pablo de la Cruz", "Rodrigo del Valle"): `names.NameIndex.build` files a name of
three words or more so written under the one fuller name of the archive it is the start of (`fold_first_surnames`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from briefgen.analyse.declaredtails import fold_declared_tails
from briefgen.analyse.givensex import given_sex
from briefgen.analyse.lexicon import FAMILY_NAME_FIRST, VIETNAMESE_SYLLABLE
from briefgen.analyse.malaytitles import patronymic_at
from briefgen.analyse.namekeys import double_surname, fold, person_key
from briefgen.analyse.particlesurnames import particle_second_surname

# One syllable of a Chinese given name as Pinyin, Cantonese (Hong Kong government) or Wade-Giles romanise it, accents
# folded: an initial, a vowel group, a closing consonant; Pinyin joins two into one word ("Xiaoming", "Jinping").
_INITIAL = r"(?:zh|ch|sh|ts|tsz|sz|hs|kw|gw|ng|[bcdfghjklmnpqrstwxyz])?"
_VOWELS = r"(?:a|aa|ai|aai|ao|au|aau|e|ei|eo|eu|ee|i|ia|iao|ie|io|iu|o|oi|oo|ou|oe|u|ua|uai|ue|ui|uo|y|yu|yue)"
_SYLLABLE = re.compile(rf"{_INITIAL}{_VOWELS}(?:ng|[nmptkhr])?")  # ("ngor": Hong Kong spelling)
_PINYIN_TWO = re.compile(rf"(?:{_INITIAL}{_VOWELS}(?:ng|n)?){{2}}")
_FAMILY = frozenset(fold(w) for w in FAMILY_NAME_FIRST)
# English surnames spelt as one Chinese syllable, and the family names that are English middle names too ("Sarah Lee
# Young", "Amy Lee Tan"): after them one syllable is no Chinese given name (BR21)
_ENGLISH_SYLLABLES = frozenset("young moon king long cook hook foot root moor roe poe bain cain keen boon noon".split())
_ENGLISH_MIDDLE = frozenset(("lee", "kim"))

# Spanish particles before a first surname ("del Valle", "de la Cruz"): "de" may stand alone or before la/los/las.
_SPANISH_PARTICLES = frozenset(("de", "del", "la", "las", "los"))
_SPANISH_LETTERS = frozenset("áéíóúñüÁÉÍÓÚÑÜ")
_IBERIAN_LETTERS = _SPANISH_LETTERS | frozenset("ãõçâêôàÃÕÇÂÊÔÀ")  # (and Portuguese: fold_surname_tails)
# Surnames only Portuguese spells so (Spanish writes Herrera, Rodríguez, Gómez, Fernández, Márquez): a name holding one
# is Portuguese, referred to and filed by its last surname ("Lima, Tomás Ferreira", T13's rail set), as before.
_PORTUGUESE_SURNAMES = frozenset("""ferreira silva oliveira souza sousa pereira rodrigues almeida carvalho ribeiro gomes
alves barbosa cardoso teixeira moreira araujo nascimento correia mendes monteiro cavalcanti goncalves azevedo machado
nunes vieira freitas fernandes marques coelho magalhaes batista lopes""".split())
# The commonest English surnames (the US census's first hundred, less those Spanish shares: Martin, Lee …): a Spanish
# given name and a second word before one is no Spanish name of two surnames ("Ana Cruz Smith" is Ms Smith, BR21)
_ENGLISH_SURNAMES = frozenset("""smith johnson williams brown jones miller davis wilson anderson taylor thomas moore
jackson thompson white harris clark lewis robinson walker young allen king wright scott hill green adams baker nelson
hall campbell mitchell carter roberts phillips evans turner parker collins edwards stewart morris murphy cook rogers
morgan cooper peterson reed bailey bell kelly howard ward cox richardson wood watson brooks bennett gray james hughes
price sanders myers long ross foster powell jenkins perry russell sullivan fisher henderson coleman simmons patterson
jordan reynolds hamilton graham wallace west cole hayes gibson ford ellis stone hunt black palmer mills knight fox""".split())
_GENERATIONS = frozenset(("Jr", "Jr.", "Sr", "Sr.", "Jnr", "Snr", "II", "III"))
# Spanish given names, also as the second of two ("José Luis", "Ana Luisa", "María José"), accents folded: the commonest
# of Spain's and Latin America's registers, with those that are no English given name; "Maria", "Laura", "Daniel" are
# givensex.py's too.
_SPANISH_GIVEN = frozenset(fold(w) for w in """
juan josé luis carlos jorge pablo rodrigo héctor ignacio alejandro javier andrés fernando francisco miguel manuel
antonio alberto ricardo eduardo gonzalo diego santiago mateo joaquín ramón raúl rafael emilio enrique felipe
guillermo gustavo jaime jesús julio marcelo mauricio nicolás óscar patricio pedro rubén salvador sebastián tomás
vicente agustín cristián cristóbal esteban ernesto álvaro arturo armando alfonso sergio mario martín ángel adrián
benjamín camilo césar domingo emiliano federico gerardo germán hernán horacio leonardo lorenzo marcos matías
maximiliano octavio orlando renato rolando valentín víctor bernardo
maría ana luisa carmen isabel lucía paula daniela valentina camila catalina fernanda francisca javiera constanza
ximena paz pilar rosario soledad mercedes dolores beatriz inés teresa elena marta cristina verónica gabriela
alejandra carolina mónica sofía florencia guadalupe consuelo macarena montserrat rocío milagros yolanda leticia
adriana lorena susana raquel silvia esperanza josefina juana margarita rosa eugenia victoria ángela laura claudia
patricia andrea natalia marcela viviana antonia belén carla cecilia emilia fabiola graciela isidora josefa
lourdes luz ángeles magdalena manuela maite nieves noelia olga pamela renata trinidad
""".split())


def family_span(name: Sequence[str]) -> tuple[int, int] | None:
    """Where the family name a reference writes alone stands in `name` (its words, title dropped), when not at its
    end (module docstring); else None."""
    if english_first(name):
        return 1, 2
    return spanish_first_surname(name)


def filed_at(name: Sequence[str], written: Sequence[str] = ()) -> int | None:
    """Where the words an index files `name` under start (`family_span`'s, its lower-case particles left with the
    given names: "Cruz Mella, Juan-Pablo de la", "Valle Soto, Rodrigo del"), or None: filed by its last word.
    `written`: the ways the content writes the person (`names.NameIndex.seen_as`): a three-word name whose middle
    word is one of them alone is filed under it (`titled_middle` made it so: "Quispe Mamani, Wilber")."""
    span = family_span(name) or ((1, 2) if len(name) == 3 and _plain_named(name) and fold(name[1]) in {
        fold(w) for w in written if " " not in w} else None)
    return None if span is None else next(n for n in range(span[0], len(name)) if not name[n].islower())


# A courtesy title before a lone surname, and the sex it tells (none for Mx, Dr)
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+$")
_TITLE_SEX = {"Mr": "m", "Mrs": "f", "Ms": "f", "Miss": "f"}


def titled_middle(text: str, start: int, surface: str, fulls: Iterable[str]) -> str | None:
    """The full name a titled lone surname at `start` of `text` stands for when it is the middle word of one
    three-word name of `fulls` (the article's full names before it): "Wilber Quispe Mamani, 34, … Mr Quispe said"
    is Wilber Quispe Mamani, of the first of his two surnames, whatever given-name lists know ("Wilber" is in none:
    the T20 trial's quote went to a page "Quispe" and his page was filed "Mamani, Wilber Quispe", 2026-12-06). The
    article itself says it: nobody titles a middle given name ("Mr Paul" for John Paul Jones). None when no title
    stands before it, when two such names may be meant, or when the title's sex is not the given name's
    ("Ms Quispe", a relative, beside Wilber: givensex.py). Also the father's name of one patronymic name before it, after
    "Mr" for "bin", "Ms"/"Mrs"/"Miss" for "binti"/"binte"/"bte" ("Zainab binti Yusof, 44 … Ms Yusof added": Western wires
    write so; BR32, 2026-12-07, had a page "Yusof"); never the father's name without a title (maybe the father).
    Source for titled patronymics: Reuters/AP usage reported by BR32."""
    title = _TITLE_BEFORE.search(text, max(0, start - 6), start)
    if title is None:
        return None
    key, sex = fold(surface), _TITLE_SEX.get(title.group(1), "")
    found = {full for full in fulls if len(words := full.split()) == 3 and _plain_named(words) and fold(words[1]) == key}
    fathers = {full for full in fulls if (at := patronymic_at(words := full.split())) is not None and fold(words[-1]) == key
               and sex in ("", "m" if words[at] == "bin" else "f")}  # ("Ms Yusof" after "Zainab binti Yusof": BR32)
    if len(found | fathers) != 1:
        return None
    full = (found | fathers).pop()
    return None if sex and full in found and given_sex(full.split()[0]) not in ("", sex) else full


def english_first(name: Sequence[str]) -> bool:
    """An English given name, a Chinese family name, a Chinese given name ("Vivian Zhang Li", "Carrie Lam Cheng
    Yuet-ngor"; module docstring)."""
    if len(name) not in (3, 4) or not _plain(name[0]) or name[1] not in FAMILY_NAME_FIRST:
        return False
    first = fold(name[0])
    if first in _FAMILY or _SYLLABLE.fullmatch(first) or "-" in first:  # ("Tony": no Chinese name, two Pinyin
        return False  # syllables as spelt; a Chinese given name first is one syllable or two with a hyphen)
    if len(name) == 3 and "-" not in name[2] and _SYLLABLE.fullmatch(last := fold(name[2])) and (
            last in _ENGLISH_SYLLABLES or fold(name[1]) in _ENGLISH_MIDDLE):
        return False  # (one syllable after "Lee", or an English surname: "Sarah Lee Young", "Amy Lee Tan", BR21)
    return all(_chinese(fold(word)) for word in name[2:])


def either_family(name: Sequence[str]) -> bool:
    """Whether `name` (its words) is one `english_first` reads by its last word only on the spelling of that word or
    of the middle one ("Peter Chan Young", "Sarah Lee Young", "Stephen Kim Young": an English surname spelt as a
    syllable, or one syllable after "Lee"/"Kim"), so that its middle word may be the family name too: the article's
    own reference tells which ("Mr Chan", "Ms Young"; BR22). namekeys.reference_forms gives both."""
    return len(name) == 3 and _plain(name[0]) and name[1] in FAMILY_NAME_FIRST and "-" not in name[2] \
        and not english_first(name) and not (first := fold(name[0])) in _FAMILY and not _SYLLABLE.fullmatch(first) \
        and _SYLLABLE.fullmatch(last := fold(name[2])) is not None \
        and (last in _ENGLISH_SYLLABLES or fold(name[1]) in _ENGLISH_MIDDLE)


def _chinese(word: str) -> bool:
    """Whether a folded word is a Chinese given name's romanisation: one syllable, two joined (Pinyin) or two with a
    hyphen ("yuet-ngor")."""
    parts = word.split("-")
    if len(parts) > 2 or not all(parts):
        return False
    if len(parts) == 2:
        return all(_SYLLABLE.fullmatch(part) for part in parts)
    return _SYLLABLE.fullmatch(word) is not None or _PINYIN_TWO.fullmatch(word) is not None


def chinese_given(word: str) -> bool:
    """Whether a folded word ("lifeng", "yuet-ngor") is a Chinese given name's romanisation (`_chinese`; for
    functionfamilies.py)."""
    return _chinese(word)


def spanish_first_surname(name: Sequence[str]) -> tuple[int, int] | None:
    """(start, stop) of the first of a Spanish name's two surnames, particles included (module docstring), or None."""
    if len(name) < 3 or name[-1] in _GENERATIONS or any(not c.isascii() and c.isalpha() and c not in _SPANISH_LETTERS
                                                        for c in "".join(name)) or any(
            fold(word) in _PORTUGUESE_SURNAMES for word in name[1:]):
        return None  # (a letter Spanish never writes: Portuguese "ã", Vietnamese "ễ", French "è" …)
    if len(name) == 4 and all(_plain(w) for w in name) and (
            double_surname(name) or all(fold(w) in _SPANISH_GIVEN for w in name[:2])):
        return 2, 3
    if (second := particle_second_surname(name)) is not None:  # "Rodríguez" of "… Rodríguez de la Fuente" (T24)
        return second
    at = next((n for n, word in enumerate(name) if word in _SPANISH_PARTICLES), len(name))
    if 1 <= at <= 2 and all(_given(w) for w in name[:at]):
        stop = at
        while stop < len(name) and name[stop] in _SPANISH_PARTICLES:
            stop += 1
        if stop < len(name) and fold(name[stop]) in _SPANISH_GIVEN:  # "María del Carmen", "María de los Ángeles":
            return _two_surnames(name, stop + 1)  # a given name's particle; the surnames follow it
        spanish = name[at] == "del" or name[at + 1] in ("la", "los", "las") or _spanish(name) \
            or fold(name[0]) in _SPANISH_GIVEN  # ("Miguel de Cervantes Saavedra", BR21)
        if spanish and stop == len(name) - 2 and _plain(name[stop]) and _plain(name[-1]):
            return at, stop + 1
        return None
    if len(name) == 3 and all(_plain(w) for w in name) and (_spanish(name) or fold(name[0]) in _SPANISH_GIVEN) \
            and not _given_name(name[1]) and name[1] not in _SAINT_HEADS and not VIETNAMESE_SYLLABLE.fullmatch(fold(name[1])) \
            and fold(name[2]) not in _ENGLISH_SURNAMES:
        return 1, 2  # (not "Bruno Giáp Smith": a Vietnamese given name between; not "Ana Cruz Smith", BR21)
    return None


# A saint's word opens one compound surname ("Elena San Martín", "Rafael Santa Cruz"), not the first of two: nobody
# calls him "Santa" (T29 F11, 2026-12-07; filing.surname_start files the compound).
_SAINT_HEADS = frozenset(("San", "Santa", "Santo", "São"))


def _two_surnames(name: Sequence[str], at: int) -> tuple[int, int] | None:
    """The first of two plain surnames that end `name` from `at`, or None."""
    return (at, at + 1) if len(name) == at + 2 and _plain(name[at]) and _plain(name[at + 1]) else None


def given_and_first(name: Sequence[str]) -> tuple[str, ...]:
    """A Spanish name's given names and first surname ("María José Fuentes" of "María José Fuentes Araya"), or ()."""
    span = spanish_first_surname(name)
    return tuple(name[:span[1]]) if span and span[1] < len(name) else ()


def _spanish(name: Sequence[str]) -> bool:
    return not _SPANISH_LETTERS.isdisjoint("".join(name))


def _given_name(word: str) -> bool:
    """Whether `word` is a given name (givensex.py's lists, `_SPANISH_GIVEN`): the second of two given names."""
    return fold(word) in _SPANISH_GIVEN or given_sex(word) != ""


def _given(word: str) -> bool:
    """A given name's word: plain, or two plain parts with a hyphen ("Juan-Pablo")."""
    return all(_plain(part) for part in word.split("-"))


def _plain(word: str) -> bool:
    """A capitalised word of letters only, the rest lower case ("Fuentes", "Zhang"; not "NATO", "W.")."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _plain_named(words: Sequence[str]) -> bool:
    """Plain words (`_plain`), the first a hyphenated given name too ("Jean-Pierre Tshibangu Kalala": T21, 2026-12-07,
    "Mr Tshibangu" was a person of his own, and the index filed "Kalala, Jean-Pierre Tshibangu")."""
    return all(map(_plain, words[0].split("-"))) and all(map(_plain, words[1:]))


def fold_first_surnames(names: dict[str, str], variants: Mapping[str, list[str]], key: Mapping[str, str],
                        declared: Mapping[str, str], occurrences: Iterable[object] = ()) -> None:
    """In `names` (normalised name → canonical, as `names.NameIndex.build` fills it), make each person's name that
    is the given names and first surname, three words or more, of exactly one person's fuller Spanish name
    (`given_and_first`: "Juan-Pablo de la Cruz", "Luis Alberto Quispe", "Rodrigo del Valle") that person's, with every
    spelling of it. `variants`: a person key → the full names written so (one person each); `key`: a full name → its
    normalised form. Two fuller names that start so ("… Fuentes Araya", "… Fuentes Ortiz") leave it as written, and
    so does a declared name. A trial (T17) had seven such second pages beside the full names, 14 quotations on them."""
    starts: dict[str, set[str]] = {}
    for group in variants.values():
        for full in group:
            start = given_and_first(full.split())
            if len(start) >= 3:
                starts.setdefault(person_key(start), set()).add(names[key[full]])
    moved: dict[str, str] = {}
    for person, group in variants.items():
        owners = starts.get(person, ())
        if len(owners) == 1 and group and not any(key[full] in declared for full in group):
            canonical, owner = names[key[group[0]]], next(iter(owners))
            if canonical != owner:
                moved[canonical] = owner
    for name, canonical in list(names.items()) if moved else ():
        if canonical in moved:
            names[name] = moved[canonical]
    fold_surname_tails(names, variants, key, declared)
    fold_declared_tails(names, variants, key, declared)  # "Lula da Silva" of a declared "Luiz Inácio Lula da Silva"
    fold_english_short(names, variants, key, declared, occurrences)


def fold_english_short(names: dict[str, str], variants: Mapping[str, list[str]], key: Mapping[str, str],
                       declared: Mapping[str, str], occurrences: Iterable[object] = ()) -> None:
    """In `names` (as `fold_first_surnames` takes it), make each person's name of two words that is the English given
    name and the family name of exactly one person's fuller name (`english_first`: "Jeffrey Tan" of "Jeffrey Tan Kah
    Seng", the short form the Singapore and Malaysian press writes) that person's, with every spelling of it. Two fuller
    names so opened ("Jeffrey Tan Kah Seng", "Jeffrey Tan Wei Ming") leave it as written, and so does a declared name; a
    name of other given words stays apart ("Tan Hock Lye" is no Jeffrey Tan). T22 (2026-12-07) had two pages, the
    quotations divided between them. Only where every article that writes the short form (`occurrences`:
    names.Occurrence) names that fuller name too: BR32 (2026-12-07) had "Singapore midfielder Jeffrey Tan" and "Jeffrey
    Tan, 52, a taxi driver" on the page of "Jeffrey Tan Kah Seng, chief executive of the bank"; another article's short
    form may be another man (a split, no wrong merge)."""
    in_article: dict[str, set[str]] = {}  # full name as written -> the articles naming it
    for occurrence in occurrences:
        in_article.setdefault(occurrence.mention.full, set()).add(occurrence.article)  # type: ignore[attr-defined]
    starts: dict[str, set[str]] = {}
    for group in variants.values():
        for full in group:
            if english_first(words := full.split()):
                starts.setdefault(person_key(words[:2]), set()).add(names[key[full]])
    moved: dict[str, str] = {}
    for person, group in variants.items():
        owners = starts.get(person, ())
        if len(owners) == 1 and group and person.count(" ") == 1 and not any(key[full] in declared for full in group):
            canonical, owner = names[key[group[0]]], next(iter(owners))
            theirs = {a for full, at in in_article.items() if names.get(key.get(full, "")) == owner for a in at}
            if canonical != owner and all(in_article.get(full, set()) <= theirs for full in group):
                moved[canonical] = owner
    for name, canonical in list(names.items()) if moved else ():
        if canonical in moved:
            names[name] = moved[canonical]


def fold_surname_tails(names: dict[str, str], variants: Mapping[str, list[str]], key: Mapping[str, str],
                       declared: Mapping[str, str]) -> None:
    """In `names` (as `fold_first_surnames` takes it), make each person's name of two words or more that ends exactly
    one person's fuller name and opens with no given name (`_given_name`) that person's: his surnames written without
    his given names, a form of his name, no rival ("Mr Oliveira Santos" of "João Carlos de Oliveira Santos"; T20 #8,
    FX24: `briefgen check` warned that "Santos" alone may be either, and his quotation there was on no page).
    Only an Iberian name's (a particle before the tail, a Spanish or Portuguese letter, a Portuguese surname first in
    it): four English words are no given names and a double surname ("Lee Walker, a commuter" is not "Anna Maria Lee
    Walker": BR14). "Anna Berg" beside "Maria Anna Berg" (a given name first) and a tail two fuller names end in stay
    as written; so does a declared name. `variants`' keys: `person_key` of each name's words in given-name order."""
    tails: dict[str, set[str]] = {}
    for person, group in variants.items():
        for full in group:
            words = full.split()
            for start in range(1, len(words) - 1):
                if words[start - 1].islower() or not _IBERIAN_LETTERS.isdisjoint(full) or fold(words[start]) in _PORTUGUESE_SURNAMES:
                    tails.setdefault(person_key(words[start:]), set()).add(names[key[full]])
    for person, group in variants.items():
        owners = tails.get(person, set())
        if len(owners) == 1 and group and not any(key[full] in declared for full in group) and not _given_name(
                group[0].split()[0]) and (owner := next(iter(owners))) != (canonical := names[key[group[0]]]):
            for name, named in list(names.items()):
                if named == canonical:
                    names[name] = owner


# One syllable of a Korean given name as the Revised Romanization and common spellings write it ("jae", "hye", "geun",
# "min"); a Chinese one is `_SYLLABLE`'s
_KOREAN_SYLLABLE = re.compile(r"(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|"
                              r"a|e|o|u|i)(?:ng|[kntlmp])?")


def family_first_three(name: Sequence[str], written: Sequence[str] = ()) -> bool:
    """Whether a three-word name is a Chinese or Korean name written family name first with its given name's two
    syllables apart ("Lee Kuan Yew" aside, "Kim Jong Un", "Moon Jae In", "Park Geun Hye", "Lee San Ho": filed as
    written, under the family name; FX110, 2026-12-07, "Lee San Ho" was filed "Ho, Lee San"): its first word a family
    name of `lexicon.FAMILY_NAME_FIRST`, the other two one syllable each (`_SYLLABLE`, `_KOREAN_SYLLABLE`) and the last
    no English surname spelt as one (`_ENGLISH_SYLLABLES`: "King", "Young"). When the last word is a family name too
    ("Lee San Ho", "Wei Ling Tan": a Singaporean given name first), only when the content writes the first word alone
    (`written`, names.NameIndex.seen_as: "Mr Lee") and not the last: precision first, as before otherwise."""
    if len(name) != 3 or name[0] not in FAMILY_NAME_FIRST or not all(word.isalpha() for word in name):
        return False
    first, middle, last = (fold(word) for word in name)
    if last in _ENGLISH_SYLLABLES or not all(_SYLLABLE.fullmatch(w) or _KOREAN_SYLLABLE.fullmatch(w) for w in (middle, last)):
        return False
    alone = {fold(w) for w in written if " " not in w.strip()}
    return last not in _FAMILY or first in alone and last not in alone or (
        first in _COMMONEST and last not in _COMMONEST and last not in alone)  # ("Lee San Ho" with no "Mr Lee": FX121)


# The commonest family names, ten each: Korea (Statistics Korea, 2015 census: Kim, Lee, Park, Choi, Jeong, Kang, Jo,
# Yoon, Jang, Lim, as the press spells them), China (Ministry of Public Security, 2020), Singapore and Malaysia's
# Chinese (Hokkien, Teochew, Cantonese spellings: Tan, Lim, Lee, Ng, Ong, Wong, Goh, Chua, Chan, Koh). Of a three-word
# name whose first and last words are both family names, the first is the family name when it is one of these and the
# last is not ("Lee San Ho", "Kim Jin Ho"); "Wei Ling Tan", "Jin Ho Kim" (given name first) as before (FX121).
_COMMONEST = frozenset("""kim lee yi park choi jeong jung kang jo cho yoon jang lim wang li zhang liu chen yang huang
zhao wu zhou tan ng ong wong goh chua chan koh""".split())


def syllable_end(before: Sequence[str], word: str) -> bool:
    """Whether `word`, a capitalised English stopword that ends a run after a family name written first and one
    syllable (`before`: the run's words so far), is the given name's second syllable: "Moon Jae In", "Lee Jae An",
    "Ahn Cheol So" (a run stopped at "In": the name was cut to "Moon Jae"; FX121). Only the run's last word is asked."""
    return (len(before) == 2 and before[0] in FAMILY_NAME_FIRST and word[1:].islower() and all(
        _SYLLABLE.fullmatch(w) or _KOREAN_SYLLABLE.fullmatch(w) for w in (fold(before[1]), fold(word))))
