"""A name before a product's common noun is the product's, not a person's (FX121): "Don Julio Blanco tequila",
"Captain Morgan rum", "Johnnie Walker whisky", "Gibson Les Paul guitar" listed people ("Julio Blanco" titled Don,
"Morgan" titled Captain): brands are named after people and written as a person's name is, and the common noun
after them says what they are. orgnames.firms_and_things read only the nouns of systems and devices
(lexicon.THING_NOUNS) and only after an untitled name; a style or a rank before a brand's name ("Don", "Captain")
is the brand's.

    without_products(text, mentions, unnamed)   # -> mentions less the products' (names.Found tuples)

Rule: a person's mention followed by a noun of `PRODUCT_NOUNS` (a closed list: drinks, tobacco, scents,
instruments, footwear; singular and plural) is the product's, and so is every mention of its article-local full
name, unless an honorific stands before it ("poured Mr Putin vodka": lexicon.HONORIFICS) or the article frames that
name as a person's at another mention (personframes.framed_people: "said George Clooney", "Mr Clooney"). Its folded
name is added to `unnamed` (no one's across the archive, as THING_NOUNS' names are). Not nouns a person's name goes
before in the news ("the Trump card", "the Beckham brand": lexicon.THING_NOUNS's note). Pure.
"""
from __future__ import annotations

from briefgen.analyse.lexicon import HONORIFICS
from briefgen.analyse.namekeys import fold
from briefgen.analyse.personframes import framed_people

PRODUCT_NOUNS = frozenset("""
tequila mezcal whisky whiskey whiskies bourbon scotch vodka gin rum brandy cognac armagnac champagne prosecco cava
wine wines beer beers lager ale stout cider sake liqueur vermouth schnapps
cigar cigars cigarette cigarettes perfume perfumes fragrance cologne
guitar guitars sneakers trainers
""".split())
Found = tuple[str, int, int, str, str, str, bool]  # names.Found


def _noun_after(text: str, end: int) -> str:
    found = text[end + 1:end + 14].split(None, 1) if text[end:end + 1] == " " else ()
    return found[0].rstrip(".,;:!?)\u201d\"'\u2019").lower() if found else ""


def _honoured(title: str) -> bool:
    return title.rpartition(" ")[2].lower().rstrip(".") in HONORIFICS


def without_products(text: str, mentions: list[Found], unnamed: set[str] | None = None) -> list[Found]:
    """`mentions` (names.Found, offsets into `text`) less those of products (module docstring); the same list when
    none is (the usual case: one slice and a set look-up a mention)."""
    at = {m[1] for m in mentions if m[3] == "person" and not m[6] and _noun_after(text, m[2]) in PRODUCT_NOUNS and not _honoured(m[5])}
    if not at:
        return mentions
    products = {fold(m[4]) for m in mentions if m[1] in at and not m[6]}
    products -= framed_people(text, [m for m in mentions if m[1] not in at])
    if unnamed is not None:
        unnamed |= products
    return [m for m in mentions if not (m[1] in at and not m[6]) and (m[3] != "person" or fold(m[4]) not in products)]
