"""The figures a sentence gives, and whether two sentences' figures contradict each other.

A reader trial (2026-12-04): a re-telling wrote "14,000 homes" where the original had "140,000" and "181 per cent" for
"118"; word overlap matched each pair as one fact, the story page showed neither difference, and its reader was told the
reports agree. A changed number is the commonest error of a re-telling, so two sentences that give figures and share
none of a pair of them are not counterparts: the story page shows them as a difference (compare.py).

A figure is a number as written — digits with thousands separated by commas or spaces (`140,000`, `140 000`) or not, a
decimal part, a sign (`-5`, `minus 5`), and a scale word after it (`1.2m`, `3 million`, `4bn`, `500k`) or a
temperature's `C`/`F` — as a value. Dates and times are not figures of the fact: a day of the month next to a month's
name (`14 July`, `July 14`), a clock time (`6:30`, `6am`, `7 p.m.`, `0630 GMT`, `at 06.30`), a number glued to letters
(`2nd`, `A1`, `G7`) and one a point makes ambiguous (`140.000`: thousands in a European style) are skipped. A number of
ten or more written in English words is read as its digits (`numberwords.numbers_as_digits`: "thirty-one to twelve" is
31 to 12, "three hundred and forty jobs" 340 jobs; a hostile re-test, 2026-12-05: "About three hundred and forty jobs"
and "About 430 jobs" were one fact). Two figures are the same when the one written with more significant digits rounds
to the other (`1.2m` and `1,234,000`), or, for a figure of one significant digit, within 5 % (`300` and `310`; `100,000`
and `140,000` differ). Sentences contradict when, for something both count, their figures have no value in common and
neither side's value stands anywhere in the other sentence (a hostile re-test, 2026-12-04, found round figures, a figure
before a comma — "cost £40m, the council said" counts "cost" —, signs and a changed figure beside a shared one missed).

Small numbers and ordinals (2026-12-05): a count under ten in words ("three men") and an ordinal ("third", "3rd") are
figures of one significant digit, an ordinal's units marked "#" (`smallfigures.py`). Durations and sums (2026-12-05,
`page_quantities.py`): a duration is in hours and counts what lasts ("strike for two days" is "a 48-hour strike"), and a
count that two or three of the other sentence's counts add up to agrees with them ("186 passengers and 24 crew", "210
people"). More of a count (2026-12-05): after "another", "a further", "additional" or "extra" a figure counts more, not
a total (units marked "+"). Told alike (2026-12-06, `figureroles.py`): figures are compared only when told alike, in one
role (a margin, a part) and holder, a percentage's move of one subject (`figuresubjects.py`, T28); a margin of the
other's counts and a round figure's bound agree.

Amounts of money (2026-12-04) are figures in a currency: a symbol or code before the number (`£`, `$`, `US$`, `€`, `¥`,
`GBP`, `USD`, `EUR` …) or a word or code after it (`pounds`, `dollars`, `euros`, `sterling`, `USD`), pence as
hundredths of a pound (`40p`, `40 pence`: £0.40), with the scale words above. An amount counts its currency: it is
compared with every amount of that currency in the other sentence (`£4.2m` and `£42m`, `$1.5bn` and `15 billion
dollars` differ; `£4.2m` and `£4,215,000` are one value rounded), and with the words around it qualified by the
currency; never with an amount in another currency (a conversion, `£1.2bn ($1.5bn)`) nor with a number of no currency.
A fraction in words before "of" (`a third of`, `half of`, `two-thirds of`, `a quarter of`) is a share, compared with
other fractions only, as a percentage is ("a third of homes" and "half of homes" differ), never with a percentage:
"nearly half" for 47 % is a re-teller's rounding, no error.

Signs (a re-test, 2026-12-04: "a balance of -£3m" and "a balance of £3m" were one fact): "-", "\u2212" or "minus" right
before a number (`-5`, `£-3m`) or before an amount's currency (`-£3m`, `\u2212£3m`, `minus £3m`) makes it negative, for
money as for plain numbers; a hyphen after a word or a figure is none (`£4m-£5m` is a range), nor one after a figure
and a space when the two figures make one range (`£4m -£5m`, `4 -5 million pounds`: a trial, 2026-12-04, showed -£5m).
Brackets (`(£3m)`) are not read as an accounting negative: in prose they hold an aside or a conversion (`£1.2bn
($1.5bn)`). Words that tell a loss right before a figure (`a deficit of £3m`, `lost £2m`, `a loss of`) are not read as
a sign — `lost £2m` and `-£2m` may tell one fact, or two — but leave the sign to them: such a figure is compared by
size; so do words of a fall before or after it (`fell 3%`, `down 3%`, `3% down`, `3% lower`: "-3%" and "3% down"
agree).

Ranges (the same re-test: "will cost £4m-£5m" and "£4m-£9m" were one fact, the shared £4m excusing the other end): two
figures with a hyphen or an en dash between them (`£4m-£5m`, `£4m – £5m`, `4-5%`), "to" (`£4m to £5m`, `from 4 to 5
million`), or "and" after "between" are one figure of two ends (`Figure.upto`), when the ends are of one currency and
kind (a percentage and an amount are none: "rose 0.3% to 64.80 US cents") and the "to" follows no change ("rose 6p to
221p", "raised by 10% to 2.2p": a change and a level). The ends share the high end's words, its currency (or the low
end's: `£4m-5m`) and its scale when the low end has none and is the smaller as written (`4-5 million` is £4m to £5m;
`from 300 to 1.2 million` leaves 300 as it is). Two ranges are one value when both ends are, within rounding; a number
and a range when the number is inside it or rounds to an end. The excuse of a value written anywhere in the other
sentence takes a number at a range's end, not inside it (a vote's "6-3" holds no "3.75%").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from briefgen.analyse.figureroles import DATED, alike, base, bound, differenced, lossy, phrase, role_units, within_bound
from briefgen.analyse.figuresubjects import one_subject, subject
from briefgen.analyse.datefigures import undated
from briefgen.analyse.figuregates import FRACTION_LETTERS, may_hold, spelled_number
from briefgen.analyse.numberwords import numbers_as_digits
from briefgen.analyse.page_quantities import DURATION, duration, rounded as _rounded, singular as _singular, summed
from briefgen.analyse.smallfigures import CAPITAL, small_numbers
from briefgen.analyse.textmatch import ignorecase_key

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
           "|novembre|décembre")  # (French: "le 3 juillet" and "le 6 juillet" counted "juillet" and contradicted: T15, 2026-12-06)
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
# ("Around 15 drones", "In 2023" at the sentence's start do not; nor does an owner: "Gareth Pennock's 148,400")
_NAME_BEFORE = re.compile(rf"(?<=\S\s){CAPITAL}[\w\u2019'-]*(?<![\u2019']s)\s+$")
# A currency before an amount ("£", "US$", "GBP ") or after it (" pounds", " sterling", " USD"), and its code
_CURRENCY_BEFORE = re.compile(r"(?:\b(?P<code>GBP|USD|EUR|JPY|CHF|AUD|CAD)\s?|(?P<sign>US\$|A\$|C\$|NZ\$|HK\$|[£$€¥]))$")
_CURRENCY_AFTER = re.compile(r"\s+(?P<word>pounds?(?:\s+sterling)?|sterling|dollars?|euros?|pence|yen|GBP|USD|EUR|JPY|CHF|"
                             r"AUD|CAD)\b")
_CURRENCIES = {"£": "GBP", "$": "USD", "US$": "USD", "€": "EUR", "¥": "JPY", "A$": "AUD", "C$": "CAD", "NZ$": "NZD",
               "HK$": "HKD", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "pence": "GBP", "dollar": "USD",
               "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY"}
# A share in words before "of": "a third of", "half of", "two-thirds of", "three quarters of"
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
                 "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
_FRACTION = re.compile(r"\b(?:(?P<top>a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?"
                       r"(?P<part>half|halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)(?=\s+of\b)", re.IGNORECASE)
# A sign before an amount's currency ("-£3m", "\u2212£3m", "minus £3m"), not a dash after a word or figure ("£4m-£5m")
_SIGN_BEFORE = re.compile(r"(?:(?<![\w)\]%.,'\u2019])[-\u2212]|\bminus\s+)$", re.IGNORECASE)
# Between a range's two ends: a hyphen or an en dash (spaced or not) or "to"; "and" after "between"
_RANGE_DASH = re.compile(r"\s*[-\u2013]\s*|\s+to\s+", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
# A change before "X to Y" makes X the change and Y the level ("rose 6p to 221p", "raised by 10% to 2.2p")
_CHANGE = re.compile(r"\b(?:by|up|down|(?:rose|risen|rise|rising|fell|fallen|fall|falling|climbed|gained|dropped|"
                     r"slipped|slid|jumped|increased|decreased|raised|cut|lifted|lowered|added|lost|grew|shrank|declined|"
                     r"advanced|surged|soared|plunged|tumbled|slumped|rallied|eased)(?:\s+(?:as\s+much\s+as|about|"
                     r"around|nearly|almost|some|roughly|a\s+further|another|more\s+than|over|just))?)\s+$",
                     re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_MORE_BEFORE = re.compile(r"\b(?:another|a\s+further|further|an?\s+(?:additional|extra)|additional|extra)\s+(?:[£$€]\s?)?$",
                          re.IGNORECASE)
# A word without which no number of ten or more is spelled (numberwords.SPELLING_WORDS): a cheap test first
_DIGIT = re.compile(r"\d")  # (any digit: searched in C, ~10x a generator over the characters)
_CLAUSE_END = re.compile(r"\s*[,;:.)\u2014]")
_PERCENT = re.compile(r"\s*(?:%|per\s?cent\b|percent\b|pc\b)", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][\w\u2019'.,-]*")
_WORD_AFTER = r"(?!(?:and|or|but|while|whereas)\b)([A-Za-z][\w\u2019'-]*)"  # (no conjunction: "2028 and gives staff")
_WORDS_AFTER = re.compile(rf"[\s-]+{_WORD_AFTER}(?:\s+{_WORD_AFTER})?(?:\s+{_WORD_AFTER})?")
# What a figure counts is read from the words after it, but not from these ("between" opens a range: "cost between
# £4m and £5m" counts what "cost £4m-£5m" does).
_NOT_UNITS = frozenset("""a an the of in on at to for by from with and or but as than that which who were was is are
be been being had has have will would could should may might more less about around over under nearly almost some
its their his her our your this these those it they he she we you i per them us him one each only just
further another roughly approximately up down between gbp usd eur jpy chf aud cad""".split())


class Figure(NamedTuple):
    """A figure of a sentence: its value (a range's low end), significant digits, what it counts (words after it,
    folded), a range's high end (value, digits) or None, and whether words before it tell a loss ("a deficit of
    £3m"), which leaves its sign to them: it is compared by size alone (module docstring, "Signs")."""
    value: float
    digits: int
    units: frozenset[str]
    upto: tuple[float, int] | None = None
    signless: bool = False
    phrase: tuple[str, ...] = ()  # the content words after it, and how words before it bound it (figureroles.py)
    bound: str = ""
    subject: tuple[str, ...] = ()  # a percentage's move's subject ("Shares in Daiwa fell 7%": daiwa; figuresubjects.py)


class _Read(NamedTuple):  # a figure as read, before ranges are joined: where it is written and what it inherits
    start: int  # of its sign or currency
    end: int  # after its currency word or percent sign
    written: float  # the number as written, signed, unscaled
    scale: float  # 1 when none is written
    scaled: bool
    digits: int
    currency: str
    kind: str  # "%" for a percentage, "\u00b0" for a temperature, else ""
    units: frozenset[str]  # less the currency
    dashed: bool = False  # its sign is a hyphen after a figure and a space ("£4m -£5m"): a range's dash, if it joins


def figures(sentence: str) -> tuple[Figure, ...]:
    """The figures `sentence` gives (module docstring), in text order; () when it gives none. `1.2m pounds` is
    (1200000.0, 2, {"¤GBPpound…"}); `140,000 homes` (140000.0, 2, {"home"}); `118 per cent` (118.0, 3, {"%…"});
    `£4m-£5m` one figure (4000000.0, 1, …, upto=(5000000.0, 1)). A number right after a capitalised word inside
    the sentence ("Pier 9") is a name, no figure; a number in words is read as its digits ("thirty-one" is 31)."""
    sentence = numbers_as_digits(s, amounts=False) if spelled_number(s := undated(sentence)) else s  # (dates: datefigures.py)
    read = []
    for match in _FIGURE.finditer(sentence) if _DIGIT.search(sentence) else ():
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
        start = match.start() - (len(money.group(0)) if money else 0)
        negative = bool(match.group("sign")) or (money is not None and _SIGN_BEFORE.search(sentence[:start][-8:]))
        if negative and not match.group("sign"):
            start -= len(_SIGN_BEFORE.search(sentence[:start][-8:]).group(0))
        dashed = bool(negative and read and sentence[start] == "-" and start > read[-1].end
                      and not sentence[read[-1].end:start].strip())
        units = frozenset({"\u00b0"}) if match.group("degrees") else _units(sentence, match.start(), end)
        percent = _PERCENT.match(sentence, end)
        lasting = None if percent or currency or match.group("degrees") else duration(sentence, match.start(), end)
        units = lasting[1] if lasting else units  # (a duration: in hours, of what lasts: page_quantities.py)
        units = frozenset("+" + u for u in units) if _MORE_BEFORE.search(before[-24:]) else units  # (More of a count)
        read.append(_Read(start, percent.end() if percent else end, -value if negative else value, (lasting or (1,))[0]
                          * (_SCALES[ignorecase_key(scale)] if scale else 0.01 if pence else 1.0), bool(scale or pence),
                          max(1, significant), currency, "%" if percent else "\u00b0" if match.group("degrees")
                          else "", units, dashed))
    found, i = [], 0
    while i < len(read):
        low = read[i]
        high = read[i + 1] if i + 1 < len(read) else None
        if high is not None and high.dashed:  # "£4m -£5m": the hyphen is the range's dash if the two are one range
            unsigned = high._replace(start=high.start + 1, written=-high.written, dashed=False)
            high = unsigned if _range(sentence, low, unsigned) else high
        if high is not None and _range(sentence, low, high):
            found.append(_joined(sentence, low, high))
            i += 2
            continue
        units = low.units if low.currency or low.kind or any(u[:1] == DURATION for u in low.units) else role_units(
            sentence, low.start, low.end, low.units)  # (a margin's, a part's or a year's count: figureroles.py)
        found.append(Figure(low.written * low.scale, low.digits, _with_currency(low.currency, units),
                            signless=lossy(sentence, low.start, low.end), phrase=phrase(sentence, low.end),
                            bound=bound(sentence, low.start), subject=subject(sentence, low.start, low.kind)))
        i += 1
    found += _small_and_ordinal(sentence)
    for match in _FRACTION.finditer(sentence) if "of" in sentence and may_hold(sentence, FRACTION_LETTERS) else ():
        top, part = ignorecase_key(match.group("top") or "one"), ignorecase_key(match.group("part"))
        value = 100.0 * _NUMERATORS[top] / _DENOMINATORS[part]
        units = frozenset("\u00f7" + unit[1:] for unit in _units(sentence, match.start(), match.end(), share=True))
        found.append(Figure(value, 1, units))
    return tuple(found)


def _small_and_ordinal(sentence: str) -> list[Figure]:
    """The counts under ten in words ("three men": 3) and the ordinals ("third", "3rd": 3, what they count marked
    "#": "#theft") of a sentence (`smallfigures.small_numbers`), in text order, but a day of the month ("October
    3rd", "the third of October") and one counting nothing written after it ("First, he said", "came third.")."""
    found = []
    for start, end, value, ordinal in small_numbers(sentence):
        if _MONTH_BEFORE.search(sentence[max(0, start - 24):start]) or _MONTH_AFTER.match(sentence, end):
            continue
        units = _units(sentence, start, end)
        lasting = None if ordinal else duration(sentence, start, end)
        if lasting is not None:
            found.append(Figure(value * lasting[0], 1, lasting[1]))
        elif units and not any(u.startswith("<") for u in units):
            found.append(Figure(float(value), len(str(value).rstrip("0")) or 1, frozenset("#" + u for u in units)
                                if ordinal else role_units(sentence, start, end, units), phrase=phrase(sentence, end),
                                bound=bound(sentence, start)))
    return found


def _with_currency(currency: str, units: frozenset[str]) -> frozenset[str]:
    """An amount counts its currency (module docstring): each unit prefixed "¤" and the currency's code."""
    return frozenset("\u00a4" + currency + unit for unit in units) if currency else units


def _range(sentence: str, low: _Read, high: _Read) -> bool:
    """Whether two figures read one after the other are the ends of one range ("Ranges", module docstring): a
    dash or "to" between them ("£4m-£5m", "£4m – £5m", "4 to 5 million"), or "and" after "between"; in one
    currency, or the currency written once ("£4-5m", "4-5 million pounds")."""
    if (low.currency and high.currency and low.currency != high.currency) or (low.kind != high.kind and (
            low.kind or low.currency or low.scaled)):
        return False
    between = sentence[low.end:high.start]
    if _RANGE_DASH.fullmatch(between):
        return "to" not in between.lower() or not _CHANGE.search(sentence, max(0, low.start - 40), low.start)
    return bool(_RANGE_AND.fullmatch(between) and _BETWEEN.search(sentence, max(0, low.start - 12), low.start))


def _joined(sentence: str, low: _Read, high: _Read) -> Figure:
    """One figure of a range's two ends: what the high end counts, the currency written at either end, and the
    high end's scale given to a low end written without one when it is the smaller number as written ("4-5
    million" is 4m to 5m; "from 300 to 1.2 million" leaves 300 alone)."""
    scale = low.scale
    if not low.scaled and high.scaled and abs(low.written) < abs(high.written):
        scale = high.scale
    ends = sorted([(low.written * scale, low.digits), (high.written * high.scale, high.digits)])
    units = _with_currency(low.currency or high.currency, high.units)
    return Figure(ends[0][0], ends[0][1], units, ends[1], lossy(sentence, low.start, high.end),
                  phrase(sentence, high.end))


def _currency(word: str) -> str:
    """The code of a currency written after an amount ("pounds sterling" → "GBP", "USD" → "USD")."""
    word = word.split()[0]
    return word if word.isupper() else _CURRENCIES[ignorecase_key(word)]


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


def same_figure(a: Figure, b: Figure) -> bool:
    """Whether two figures tell one value. Two numbers: the more precise rounded to the other's significant digits
    when both give two or more ("1.2m" and "1,234,000"); a figure of one ("100,000", "300") rounds too coarsely —
    "140,000" rounds to it — and is the same only within 5 % ("300" and "310": a re-teller's rounding). Two ranges:
    each end the same ("£4m-£5m" and "£4m-£9m" differ). A range and a number: the number within the range, or the
    same as an end; a year dated and a number only when equal. Signs count (“-£3m” and “£3m”
    differ) unless words before either tell its sign ("a deficit of £3m" and "a balance of -£3m"): sizes then."""
    size = a.signless or b.signless
    if a.upto is None and b.upto is None:  # (a year dated is told to the year: 2030 and 2033 differ, figureroles.dated)
        return a.value == b.value if any(u[:1] == DATED for u in a.units | b.units) else _same(
            (a.value, a.digits), (b.value, b.digits), size)
    if a.upto is not None and b.upto is not None:
        return _same((a.value, a.digits), (b.value, b.digits), size) and _same(a.upto, b.upto, size)
    span, one = (a, b) if a.upto is not None else (b, a)
    ends = ((span.value, span.digits), span.upto)
    if size:  # (sizes: a range of negatives turned by its words)
        ends = tuple(sorted((abs(v), d) for v, d in ends))
    value = abs(one.value) if size else one.value
    return ends[0][0] <= value <= ends[1][0] or any(_same(end, (one.value, one.digits), size) for end in ends)


def _same(a: tuple[float, int], b: tuple[float, int], size: bool = False) -> bool:
    """Two numbers (value, significant digits) one value, within rounding (`same_figure`); by size with `size`."""
    first, second = (abs(a[0]), abs(b[0])) if size else (a[0], b[0])
    if first == second:
        return True
    coarse = min(a[1], b[1])
    if coarse >= 2:
        return _rounded(first, coarse) == _rounded(second, coarse)
    return abs(first - second) <= 0.05 * max(abs(first), abs(second))


def contradict(first: tuple[Figure, ...], second: tuple[Figure, ...], told: bool = True) -> bool:
    """Whether two sentences' figures (`figures`) contradict: for something both count (a unit in common: "homes",
    "%load"), the figures one gives and those the other gives have no value in common (`same_figure`: a range is
    one value, its two ends), and neither side's value is anywhere in the other sentence ("destroyed 35 Shahed
    drones" and "attacked with 36 Shahed drones … shot down 35 of them" tell one fact; "worked 48 hours … 300
    engineers" and "24 hours … 300 engineers" do not). Not `told`: what each counts read without its role, holder
    and modifiers (figureroles.base; `apart`)."""
    key = (lambda u: u) if told else base
    for unit in {key(u) for f in first for u in f.units} & {key(u) for f in second for u in f.units}:
        mine = [f for f in first if unit in f.units or not told and unit in map(base, f.units)]
        theirs = [f for f in second if unit in f.units or not told and unit in map(base, f.units)]
        if any(same_figure(a, b) or a.upto is None and b.upto is None and within_bound(
                (a.value, a.digits, a.bound), (b.value, b.digits, b.bound)) for a in mine for b in theirs) or any(
                summed(*count, _counts(other)) or differenced(*count, _counts(other, held=True))
                for side, other in ((mine, second), (theirs, first)) for count in _counts(tuple(side))) or told and not any(
                alike(unit, a.phrase, b.phrase) and one_subject(a.subject, b.subject) for a in mine for b in theirs):
            continue  # (one value or in a bound, the sum or difference of the other's, things told apart: figureroles)
        if not any(_written(a, second) for a in mine) and not any(_written(b, first) for b in theirs):
            return True
    return False


def apart(first: tuple[Figure, ...], second: tuple[Figure, ...]) -> bool:
    """Whether two sentences' figures count different things whose values would contradict were they one ("161
    disputed ballot papers" and "Forty ballot papers"; a margin and a total): no difference, nor one fact (compare.py)."""
    return contradict(first, second, told=False) and not contradict(first, second)


def _counts(found: tuple[Figure, ...], held: bool = False) -> list[tuple[float, int]]:
    """(value, digits) of the plain counts of `found`: no range, amount, share, ordinal, temperature nor duration;
    with `held`, also those whose units are read from the word before them ("Gareth Pennock's 148,400")."""
    skipped = ("%", "\u00a4", "\u00f7", "#", DURATION, "\u00b0", DATED) + (() if held else ("<", "@"))
    return [(f.value, f.digits) for f in found if f.upto is None and (f.units or held) and not any(
        u[:1] in skipped for u in f.units)]


def _written(figure: Figure, others: tuple[Figure, ...]) -> bool:
    """Whether `figure`'s value is written among `others`, of any unit: a number the same as one of them or as an
    end of a range, a range the same as a range (a number inside a range is not written there: a vote's "6-3" holds
    no "3.75%")."""
    for other in others:
        if (figure.upto is None) == (other.upto is None):
            if same_figure(figure, other):
                return True
        elif figure.upto is None:
            size = figure.signless or other.signless
            ends = ((other.value, other.digits), other.upto)
            if any(_same((figure.value, figure.digits), end, size) for end in ends):
                return True
    return False
