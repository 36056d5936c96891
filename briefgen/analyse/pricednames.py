"""A capitalised product that a measure or a price is "of": "the pump price of Premium Motor Spirit", "two million
litres of Premium Motor Spirit", "imports of Bonny Light" (T26 F9: "Premium Motor Spirit", petrol as Nigeria's
regulators name it, was listed as a Person). A person has no price, no litres, no supply and no imports; a person's
possessive after the name keeps the person ("the cost of Tom Reid's flat"). Read by nonpersons.thing_named for a run
of two words or more that reads as a person's name by its words.

    priced_thing(text, start, end)   # -> True: text[start:end] is a thing measured or priced
"""
from __future__ import annotations

import re

# Nouns of a quantity, a price or a trade in goods that take "of" before the goods (no person is measured so)
MEASURE_NOUNS = ("price prices cost costs litre litres liter liters gallon gallons barrel barrels tonne tonnes ton tons "
                 "supply supplies shortage shortages scarcity import imports export exports consumption cargo cargoes "
                 "stocks stockpile").split()
_MEASURE_BEFORE = re.compile(rf"\b(?:{'|'.join(MEASURE_NOUNS)})[ \t]+of[ \t]+$", re.I)
_POSSESSIVE_AFTER = re.compile(r"[\u2019']s?\b|[\u2019'](?=[ \t])")


def priced_thing(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] follows "<measure noun> of " (`MEASURE_NOUNS`: "price of", "litres of",
    "imports of") and no possessive follows it (offsets in characters; pure). Source: T26 F9."""
    return _MEASURE_BEFORE.search(text, max(0, start - 30), start) is not None and not _POSSESSIVE_AFTER.match(text, end)
