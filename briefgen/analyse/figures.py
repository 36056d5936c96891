"""The figures a sentence gives, and whether two sentences' figures contradict each other.

A reader trial (2026-12-04): a re-telling wrote "14,000 homes" where the original had "140,000" and "181 per cent"
for "118"; word overlap matched each pair as one fact, the story page showed neither difference, and its reader was
told the reports agree. A changed number is the commonest error of a re-telling, so two sentences that give
figures and share none of a pair of them are not counterparts: the story page shows them as a difference
(compare.py).

A figure is a number as written — digits with thousands separated by commas or spaces (`140,000`, `140 000`) or
not, a decimal part, a sign (`-5`, `minus 5`), and a scale word after it (`1.2m`, `3 million`, `4bn`, `500k`) or a
temperature's `C`/`F` — as a value. Dates and times are not figures of the fact: a day of the month next to a
month's name (`14 July`, `July 14`), a clock time (`6:30`, `6am`, `7 p.m.`, `0630 GMT`, `at 06.30`), a number
glued to letters (`2nd`, `A1`, `G7`) and one a point makes ambiguous (`140.000`: thousands in a European style)
are skipped. Two figures are the same when the one written with more significant digits rounds to the other
(`1.2m` and `1,234,000`), or, for a figure of one significant digit, within 5 % (`300` and `310`; `100,000` and
`140,000` differ). Sentences contradict when, for something both count, their figures have no value in common
and neither side's value stands anywhere in the other sentence (a hostile re-test, 2026-12-04, found round
figures, a figure before a comma — "cost £40m, the council said" counts "cost" —, signs and a changed figure
beside a shared one missed).

Amounts of money (2026-12-04) are figures in a currency: a symbol or code before the number (`£`, `$`, `US$`, `€`,
`¥`, `GBP`, `USD`, `EUR` …) or a word or code after it (`pounds`, `dollars`, `euros`, `sterling`, `USD`), pence as
hundredths of a pound (`40p`, `40 pence`: £0.40), with the scale words above. An amount counts its currency: it is
compared with every amount of that currency in the other sentence (`£4.2m` and `£42m`, `$1.5bn` and `15 billion
dollars` differ; `£4.2m` and `£4,215,000` are one value rounded), and with the words around it qualified by the
currency; never with an amount in another currency (a conversion, `£1.2bn ($1.5bn)`) nor with a number of no
currency. A fraction in words before "of" (`a third of`, `half of`, `two-thirds of`, `a quarter of`) is a share,
compared with other fractions only, as a percentage is ("a third of homes" and "half of homes" differ), never with a
percentage: "nearly half" for 47 % is a re-teller's rounding, no error.
"""
from __future__ import annotations

import math
import re

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9,
           "tn": 1e12, "trillion": 1e12}
_FIGURE = re.compile(r"(?<![\w.,:/])(?P<sign>(?:-|\u2212|minus\s+))?"
                     r"(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.(\d+))?"
                     r"(?:(?P<glued>k|m|mn|bn|tn|p(?!\.m\b))\b|\s+(?P<word>thousand|million|billion|trillion)\b"
                     r"|(?P<degrees>\u00b0?[CF])\b)?"
                     r"(?![\w:/]|\.\d|\s?(?:a\.?m\b|p\.?m\b|GMT\b|UTC\b|BST\b|CET\b|CEST\b|EST\b|PST\b|hrs\b|local\b))",
                     re.IGNORECASE)
# A clock time with a point ("at 06.30", "until 7.15") and a four-digit one with a leading zero ("0630"); a number
# with one group of three decimals ("140.000") may be thousands in a European style: none is read as a figure.
_CLOCK = re.compile(r"(?:0\d[.:][0-5]\d|0\d[0-5]\d)$|\d{1,3}\.\d{3}$")
_CLOCK_BEFORE = re.compile(r"\b(?:at|until|till|from|by|before|after|around|since)\s+$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b", re.IGNORECASE)
# "Pier 9", "Terminal 5", "the A14 and Route 66": a capitalised word inside the sentence before a number makes a name
# ("Around 15 drones", "In 2023" at the sentence's start do not)
_NAME_BEFORE = re.compile(r"(?<=\S\s)[A-Z][\w\u2019'-]*\s+$")
# A currency before an amount ("£", "US$", "GBP ") or after it (" pounds", " sterling", " USD"), and its code
_CURRENCY_BEFORE = re.compile(r"(?:\b(?P<code>GBP|USD|EUR|JPY|CHF|AUD|CAD)\s?|(?P<sign>US\$|A\$|C\$|NZ\$|HK\$|[£$€¥]))$")
_CURRENCY_AFTER = re.compile(r"\s+(?P<word>pounds?(?:\s+sterling)?|sterling|dollars?|euros?|pence|yen|GBP|USD|EUR|JPY|CHF|"
                             r"AUD|CAD)\b")
_CURRENCIES = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR", "¥": "JPY", "A$": "AUD", "C$": "CAD", "NZ$": "NZD",
               "HK$": "HKD", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pence": "GBP", "dollar": "USD",
               "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY"}
# A share in words before "of": "a third of", "half of", "two-thirds of", "three quarters of"
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
                 "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_FRACTION = re.compile(r"\b(?:(?P<top>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
                       r"(?P<part>half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)(?=\s+of\b)",
                       re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*[,;:.)\u2014]")
_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b|percent\b|pc\b)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][\w\u2019'.,-]*")
_WORD_AFTER = r"([A-Za-z][\w\u2019'-]*)"
_WORDS_AFTER = re.compile(rf"[\s-]+{_WORD_AFTER}(?:\s+{_WORD_AFTER})?(?:\s+{_WORD_AFTER})?")
# What a figure counts is read from the words after it, but not from these.
_NOT_UNITS = frozenset("""a an the of in on at to for by from with and or but as than that which who were was is are
be been being had has have will would could should may might more less about around over under nearly almost some
its their his her our your this these those it they he she we you i per them us him one each only just
further another roughly approximately up down gbp usd eur jpy chf aud cad""".split())

Figure = tuple[float, int, frozenset[str]]  # (value, significant digits, what it counts: words after it, folded)


def figures(sentence: str) -> tuple[Figure, ...]:
    """(value, significant digits, units) of each figure `sentence` gives (module docstring), in text order; ()
    when it gives none. `1.2m pounds` is (1200000.0, 2, {"pound"}); `140,000 homes` (140000.0, 2, {"home"});
    `118 per cent` (118.0, 3, {"%"}). A number right after a capitalised word inside the sentence ("Pier 9") is a
    name, no figure."""
    found = []
    for match in _FIGURE.finditer(sentence) if any(c.isdigit() for c in sentence) else ():
        whole, decimal = match.group(2), match.group(3) or ""
        before = sentence[:match.start()]
        written = sentence[match.start(2):match.end(3) if match.group(3) else match.end(2)]
        money = _CURRENCY_BEFORE.search(before[-4:])
        if (_MONTH_BEFORE.search(before[-24:]) or _MONTH_AFTER.match(sentence, match.end())
                or (not money and _NAME_BEFORE.search(before)) or _CLOCK.match(written)
                or (decimal and len(decimal) == 2 and _CLOCK_BEFORE.search(before[-8:]))):
            continue  # a day of the month, a name's number, a clock time, a number a point makes ambiguous
        whole = re.sub(r"[,\s\u00a0\u202f]", "", whole)
        digits = (whole + decimal).lstrip("0")
        significant = len(digits.rstrip("0")) if not decimal else len(digits)
        scale = match.group("glued") or match.group("word")
        value = float(whole + ("." + decimal if decimal else ""))
        end = match.end()
        after = _CURRENCY_AFTER.match(sentence, end) if not match.group("degrees") else None
        currency = (money.group("code") or _CURRENCIES[money.group("sign")]) if money else ""
        if after is not None and (not currency or _currency(after.group("word")) == currency):
            currency, end = _currency(after.group("word")), after.end()
        pence = (scale or "").lower() == "p" or (after is not None and after.group("word").lower() == "pence")
        if (scale or "").lower() == "p" and not (currency or not money):
            continue  # ("$40p" is no amount)
        if pence:
            currency, scale = "GBP", None
        value *= (_SCALES[scale.lower()] if scale else 0.01 if pence else 1) * (-1 if match.group("sign") else 1)
        units = frozenset({"\u00b0"}) if match.group("degrees") else _units(sentence, match.start(), end)
        if currency:  # an amount counts its currency (module docstring)
            units = frozenset("\u00a4" + currency + unit for unit in units)
        found.append((value, max(1, significant), units))
    for match in _FRACTION.finditer(sentence) if "of" in sentence else ():
        top, part = (match.group("top") or "one").lower(), match.group("part").lower()
        value = 100.0 * _NUMERATORS[top] / _DENOMINATORS[part]
        units = frozenset("\u00f7" + unit[1:] for unit in _units(sentence, match.start(), match.end(), share=True))
        found.append((value, 1, units))
    return tuple(found)


def _currency(word: str) -> str:
    """The code of a currency written after an amount ("pounds sterling" → "GBP", "USD" → "USD")."""
    word = word.split()[0]
    return word if word.isupper() else _CURRENCIES[word.lower()]


def _units(sentence: str, start: int, end: int, share: bool = False) -> frozenset[str]:
    """What the figure at `start`–`end` counts: the first two words of the three after it that are no function words,
    folded to the singular ("£4.2m of spending on building" counts "spending", "building"; the two words, then less
    function words, counted only "spending", and "£42m of maintenance spending" only "maintenance": a trial's £42m
    for £4.2m was no difference, and stood in one row with it).
    A percentage says what it is a share of around it — "peak load at 118 per cent", "a 40 per cent tariff",
    "5% contained" — so its units are "%" joined to the nearest content word before it and to the first within
    three words after its sign: "%load", "%tariff", "%contained" (one unit "%" made a growth forecast's "0.9%"
    contradict a rate's "3.75 per cent", and a share price's fall another's tariff, on four labelled sets). With
    `share`, the figure is read as a percentage is (a fraction in words: "a third of homes")."""
    percent = _PERCENT.match(sentence, end) or (re.compile("").match(sentence, end) if share else None)
    after = _WORDS_AFTER.match(sentence, percent.end() if percent else end)
    words = [w.lower() for w in after.groups() if w] if after is not None else []
    if percent:
        before = next((w.lower() for w in reversed(_WORD.findall(sentence, max(0, start - 60), start))
                       if w.lower() not in _NOT_UNITS and not w[0].isdigit()), "")
        following = next((w for w in words if w not in _NOT_UNITS), "")  # "118 per cent of its rating": "rating"
        return frozenset("%" + _singular(w) for w in (before, following) if w)
    after = frozenset(_singular(w) for w in [w for w in words if w not in _NOT_UNITS][:2]) \
        if not _CLAUSE_END.match(sentence, end) else frozenset()
    if after:
        return after
    # "will cost £40m, the council said": nothing after it counts, so the word before it says what it is
    before = next((w.lower() for w in reversed(_WORD.findall(sentence, max(0, start - 60), start))
                   if w.lower() not in _NOT_UNITS and not w[0].isdigit()), "")
    return frozenset({"<" + _singular(before)}) if before else frozenset()


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _rounded(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - math.floor(math.log10(abs(value))))


def same_figure(a: Figure, b: Figure) -> bool:
    """Whether two figures are one value: the more precise rounded to the other's significant digits when both
    give two or more ("1.2m" and "1,234,000"); a figure of one ("100,000", "300") rounds too coarsely — "140,000"
    rounds to it — and is the same only within 5 % ("300" and "310": a re-teller's rounding)."""
    if a[0] == b[0]:
        return True
    coarse = min(a[1], b[1])
    if coarse >= 2:
        return _rounded(a[0], coarse) == _rounded(b[0], coarse)
    return abs(a[0] - b[0]) <= 0.05 * max(abs(a[0]), abs(b[0]))


def contradict(first: tuple[Figure, ...], second: tuple[Figure, ...]) -> bool:
    """Whether two sentences' figures (`figures`) contradict: for something both count (a unit in common: "homes",
    "%load"), the figures one gives and those the other gives have no value in common, and neither side's value is
    anywhere in the other sentence ("destroyed 35 Shahed drones" and "attacked with 36 Shahed drones … shot down
    35 of them" tell one fact; "worked 48 hours … 300 engineers" and "24 hours … 300 engineers" do not)."""
    for unit in {u for f in first for u in f[2]} & {u for f in second for u in f[2]}:
        mine = [f for f in first if unit in f[2]]
        theirs = [f for f in second if unit in f[2]]
        if any(same_figure(a, b) for a in mine for b in theirs):
            continue
        if not any(same_figure(a, b) for a in mine for b in second) and not any(
                same_figure(b, a) for b in theirs for a in first):
            return True
    return False
