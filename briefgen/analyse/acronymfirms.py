"""A firm's name that ends in its letters: "Stanbic IBTC", "Stanbic IBTC Holdings" (T26 F9: the Nigerian bank was
listed as a Person). A person's name ends in no word of three to five capitals with three consonants in a row (IBTC,
HSBC, KPMG, NNPC), save the letters of an honour, a degree or a seat (postnominals.POST_NOMINALS: FRCP, FRS, DSC;
MSP); a surname written in capitals (French and some African papers: "Jean DUPONT", "Kwame ASANTE", "Ann SMITH") has
no such run in so short a word, and a known given name first keeps the person however the rest is written
(givensex.given_sex: "Olaf SCHOLZ"). Read by companyforms.company_formed.

    acronym_firm(("Stanbic", "IBTC"))      # -> True
    acronym_firm(("John", "Smith", "FRCP")) # -> False: an honour's letters
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from briefgen.analyse.givensex import given_sex
from briefgen.analyse.postnominals import CLUB_LETTERS, POST_NOMINALS

_ACRONYM = re.compile(r"(?=[A-Z]{3,5}$)[A-Z]*[B-DF-HJ-NP-TV-XZ]{3}[A-Z]*")  # (Y is a vowel in names: "LYNN")
_SEATS = frozenset("MSP MSPS MLA MPP MEP MEPS MPS".split())


def acronym_firm(tokens: Sequence[str]) -> bool:
    """Whether a run of two words or more (as written) ends in an acronym no person's name ends in: three to five
    capitals with three consonants in a row, not an honour's, a degree's or a seat's letters, after a first word that is no known given
    name. Pure; source: T26 F9 ("Stanbic IBTC")."""
    return (len(tokens) > 1 and _ACRONYM.fullmatch(tokens[-1]) is not None and tokens[-1] not in POST_NOMINALS
            and tokens[-1] not in CLUB_LETTERS and tokens[-1] not in _SEATS and not given_sex(tokens[0]))
