"""Words that are amounts of money written with a currency's letters, no name: "N14", "KSh2", "R300m", "Rs500".

    amount_word("N14")      # True: "N14 billion", the naira as the Nigerian press writes it without "₦"
    amount_word("KSh2")     # True: "KSh2.5bn" (a run of capitalised words ends at the decimal point)
    amount_word("G7")       # False: no currency's letters

A tester's briefing (T21, 2026-12-07) listed an organisation "N14" from "Lagoon Trust Bank has about N14 billion in
unsettled transfers": a word of capitals and digits is an acronym to nameruns.classify ("A380", "G20"). The currencies
of the African, South Asian and Gulf press written in letters before the figure, glued to it (the codes of ISO 4217
and the papers' own abbreviations: Kenyan, Ugandan, Tanzanian "KSh"/"USh"/"TSh", "Sh"; the rand "R"; "GH¢"/"GH₵" leave
"GH", which is never a name alone; the kwacha "K", "MK", "ZK"; the pula "P"; the lilangeni "E"; the birr "Br"; rupees
"Rs", rupiah "Rp", ringgit "RM"), then a figure, decimals and a glued scale ("bn", "m", "k", "tn"): no name at all.
A word of one of these letters and a figure that is a thing's name ("N95" masks, "K2" the mountain, "P45" the form) is
no name either, which the People pages lose nothing by.
"""
from __future__ import annotations

import re

from briefgen.analyse.statenames import state_named  # noqa: F401 (nameruns.py's, from here: one import line)

CURRENCY_LETTERS = frozenset("""N KSh Ksh Sh USh Ush TSh Tsh R Rs Rp RM GH K MK ZK P E Br Le D FRw Rwf
KES NGN ZAR UGX TZS ETB GHS RWF MWK ZMW BWP INR PKR EGP MAD XOF XAF AED SAR QAR""".split())
_AMOUNT = re.compile(r"([A-Za-z]{1,3})\d[\d,]*(?:\.\d+)?(?:bn|mn|tn|m|k|b)?(?:[\u2019']s)?")


def amount_word(token: str) -> bool:
    """Whether one word is an amount of money, a currency's letters (`CURRENCY_LETTERS`) glued to a figure, or one of
    those currencies' ISO 4217 codes alone ("KES 40", "NGN 14bn": the code is a run of its own)."""
    if len(token) == 3 and token in CURRENCY_LETTERS:
        return True
    shape = _AMOUNT.fullmatch(token)
    return shape is not None and shape.group(1) in CURRENCY_LETTERS
