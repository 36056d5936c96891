"""Malay, Bruneian and Indonesian honorifics before a name, and the Malay patronymic after one.

    malay_title(("Datuk", "Seri", "Johari", "Abdul", "Ghani"), lowered, 1, 1)   # -> True: "Seri" of "Datuk Seri"
    patronymic_at(["Anwar", "bin", "Ibrahim"])                               # -> 1

Read by nameruns._title_end (a title's words end where the name starts: "Datuk Seri | Johari Abdul Ghani") and
runparts._read (the words a later mention may refer to the name by: "Mr Anwar", never "Mr Ibrahim"). Pure
functions of a run's words. Source: T22 (2026-12-07, a palm-oil briefing: "Haji Darwis Nasution" and "Darwis
Nasution", "Justice Datuk Roslan Hashim" and "Judge Roslan Hashim" were two pages each, "Tan Sri Tan Hock Lye" and
"Puan Norliza binti Kassim" pages named with the honorific, "Mr Johari" after "Datuk Seri Johari Abdul Ghani" a
person of its own), and the styles of address of Malaysia's and Brunei's federal honours and of the Indonesian press.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

# Honorifics that are never a name's word, titles wherever they stand (lexicon.TITLE_WORDS and HONORIFICS hold them):
# Datuk/Dato'/Dato (a federal or state award; "Dato'" with either apostrophe), Datin (a Datuk's wife), Tun (the
# highest award), Encik and Cik (Mr, Miss), Ustaz/Ustazah (a religious teacher), Indonesian Bapak and Ibu (Mr, Mrs) and
# "Ir." (Insinyur, an engineer: "Ir. Joko Widodo"; with its period only, nameruns.TITLES, sentences.ABBREVIATIONS).
MALAY_HONORIFICS = frozenset("datuk dato dato' dato\u2019 datin tun encik cik ustaz ustazah bapak ibu ir.".split())
# Tun (the highest award: "Tun Dr Mahathir Mohamad", "Tun Daim Zainuddin"; a title word of lexicon's lists, but one
# that nameruns._title_end reads only where `malay_title` says) is also a Burmese name word ("Tun Tun Naing",
# "U Kyaw Tun", "Tun Myint"): a title only first, before a name of two words or more none of which is a Burmese name
# word (`_BURMESE`; BR32, 2026-12-07: "Tun Tun Naing" was "Naing", joined with "Aung Naing"; "U Kyaw Tun" no one).
_TUN = "tun"
_BURMESE = frozenset("""aung kyaw myint naing tun htun win zaw min thein soe hla maung thant nyein oo khin than myo thu
    lwin moe htet phyo sein nay thura nyi san suu kyi htay thiha khine mya yin swe tin wai zin ye hein linn lin pyae
    sandar ei phone thet naung ko daw u nu htoo myat kaung nanda thida""".split())
# Second words of a two-word honorific, a title only after its lead: "Datuk Seri", "Dato' Sri", "Datuk Wira", "Datin
# Paduka", "Datuk Patinggi" (Sarawak), "Tan Sri", "Puan Sri" (a Tan Sri's wife), "Toh Puan" (a Tun's wife). "Seri",
# "Sri", "Puan" are given names elsewhere ("Sri Mulyani Indrawati", "Puan Maharani"); "Tan" a surname.
_SECOND = {"seri": "datuk dato dato' dato\u2019 datin tan puan", "sri": "datuk dato dato' dato\u2019 datin tan puan",
           "wira": "datuk dato dato' dato\u2019", "paduka": "datuk dato dato' dato\u2019 datin",
           "patinggi": "datuk dato dato' dato\u2019", "amar": "datuk dato dato' dato\u2019", "puan": "toh"}
_SECOND = {word: frozenset(leads.split()) for word, leads in _SECOND.items()}
_FIRST_OF_TWO = {"tan": ("seri", "sri"), "puan": ("seri", "sri"), "toh": ("puan",)}
# Honorifics that are also names: Haji/Hajah (one who made the hajj; "Noordin Haji", a surname after a given name),
# Puan (Mrs; "Puan Maharani"), Raden and Teuku (Javanese and Acehnese nobility; "Teuku Faizasyah" is his name as
# written), Andi (Bugis nobility; a common given name: "Andi Mallarangeng"), Cut (Acehnese, a noblewoman): a title only
# as the first word of the name, before a name of two words or more ("Haji Darwis Nasution", "Andi Amran Sulaiman"),
# as titlewords.AFRICAN_NAMED_TITLES are read; before a name of one word they are the name's ("Puan Maharani").
# Cut is no title at all ("Cut Nyak Dhien" is written so, and "Cut Throat Jake, a rapper" was "Throat Jake": BR32).
# Puan before more than two words only before a Malay name's opening (`_MALAY_OPENINGS`: "Puan Siti Aishah Rahman") or
# a patronymic name: "House Speaker Puan Maharani Nakshatra Kirana" is her name (BR32 had "Maharani Nakshatra Kirana").
NAMED_HONORIFICS = frozenset("haji hajah puan raden teuku andi".split())
_MALAY_OPENINGS = frozenset("siti nur nor noor nurul wan nik sharifah syarifah dayang".split())
# Tuan (Sir; a Vietnamese given name, "Nguyen Anh Tuan", "Tuan Anh Nguyen", and a Malay name, "Tuan Ibrahim Tuan
# Man"): a title only before another honorific ("Tuan Haji Ismail Yusof").
_BEFORE_HONORIFIC = frozenset(("tuan",))
# Indonesian Pak and Bu (short for Bapak, Ibu: "Pak Sutrisno", "Bu Risma"), also Korean and Chinese family names
# ("Pak Pong-ju", "Bu Xiangzhi"): a title before a name word that is no romanised syllable of those names.
_SHORT_ADDRESS = frozenset(("pak", "bu"))
# One or two syllables as Korean and Chinese romanisations spell them ("Pong", "Ui", "Chol", "Xiang"; Pinyin's given
# names of two: "Dongmei", "Xiaoming", "Jianguo" — BR32's "Bu Dongmei" was "Dongmei"): an initial, vowels, a final.
_SYLLABLE = re.compile(r"(?:(?:zh|ch|sh|ts|hs|kw|ng|[bcdfghjklmnpqrstwxyz])?[aeiouy]{1,3}(?:ng|[nmlkpth])?){1,2}")
# Malay and Brunei patronymics: "bin" (son of), "binti"/"binte"/"bte"/"bt" (daughter of). The father's name after
# one is no surname: "Anwar bin Ibrahim" is "Mr Anwar", never "Mr Ibrahim" (a different man, maybe his father).
PATRONYMICS = frozenset("bin binti binte bte".split())
# Every word of these honorifics, which a title's head word stands before ("Justice Datuk Roslan Hashim" is a judge).
HONORIFIC_WORDS = MALAY_HONORIFICS | frozenset(_SECOND) | frozenset(_FIRST_OF_TWO) | NAMED_HONORIFICS | _BEFORE_HONORIFIC | _SHORT_ADDRESS


def malay_title(lowered: Sequence[str], i: int, first: int) -> bool:
    """Whether lowered[i], a lower-cased word of a run whose name would start at `first` (the words before it all
    title words), is a Malay or Indonesian honorific where it stands: a second word after its lead ("Seri" of
    "Datuk Seri", `_SECOND`); the first of two ("Tan" of "Tan Sri"); a name's honorific before a name of two words
    (`NAMED_HONORIFICS`: "Haji Darwis Nasution", not "Noordin Haji", not "Puan Maharani"); "Tun" before a name of
    two words or more and no Burmese word; "Tuan" before another honorific; "Pak"/"Bu" before an Indonesian name word. No last word of the run but a second word ("Datuk Seri")."""
    word, after = lowered[i], len(lowered) - i - 1
    if i != first:
        return False
    if word in _SECOND and i > 0 and lowered[i - 1] in _SECOND[word]:
        return True  # (last too: "Datuk Seri" before "Dr Wan Azizah", a part of its own, is a title and no name)
    if word == _TUN:  # (last after an office: "Minister Tun | Dr Aziz bin Ali", a part of its own, as "Datuk Seri")
        return after >= 2 and _BURMESE.isdisjoint(lowered[i + 1:]) or after == 0 and i > 0 and lowered[i - 1] not in _BURMESE
    if after < 1:
        return False
    if word in _FIRST_OF_TWO:
        if lowered[i + 1] in _FIRST_OF_TWO[word]:
            return True
    if word == "puan" and after > 2:
        return lowered[i + 1] in _MALAY_OPENINGS or not PATRONYMICS.isdisjoint(lowered[i + 1:])
    if word in NAMED_HONORIFICS:
        return after >= 2 and not (word == "haji" and lowered[i + 1] in PATRONYMICS)
    if word in _BEFORE_HONORIFIC:
        return after >= 2 and (lowered[i + 1] in NAMED_HONORIFICS or lowered[i + 1] in MALAY_HONORIFICS)
    if word in _SHORT_ADDRESS:
        return "-" not in lowered[i + 1] and not romanised_syllable(lowered[i + 1])
    return False


def romanised_syllable(word: str) -> bool:
    """Whether a lower-cased `word` is one or two syllables as Korean and Chinese romanisations spell them ("pong", "ui",
    "chol", "xiang", "dongmei"; so are some Indonesian names, "Susi": a miss, no wrong name), after which "Pak" and "Bu" are family names ("Pak Pong Ju"), not the Indonesian Mr and Mrs."""
    return _SYLLABLE.fullmatch(word) is not None


def patronymic_at(name: Sequence[str]) -> int | None:
    """The index of a patronymic particle ("bin", "binti", …: `PATRONYMICS`, lower case as written) that stands
    after a given name and before the father's name, the name's last word ("Anwar bin Ibrahim" → 1, "Norliza binti
    Kassim" → 1), or None. Not when a family name follows the father's ("Mohammed bin Rashid Al Falasi": Mr Al
    Falasi, an Arabic name's surname)."""
    return len(name) - 2 if len(name) >= 3 and name[-2] in PATRONYMICS else None
