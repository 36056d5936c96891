"""Amounts of money written one way, for the terms story grouping compares: "€240m" is "240 million euros" (2026-12-06).

A tester's briefing (T12, 2026-12-06): the Morning Standard's "Ministers have approved €240m for Tern-2" and the
Continental Wire's and VBN's "240 million euros" of the same decision on the same day shared no figure — terms.py
reads "€240m" as one word, "240 million euros" as "240", "million", "euro" — and the pair was not even suggested.
`amounts_alike(text)` writes each amount of money that has a scale as one word of its value and currency, the same
for every way of writing it: "€240m", "€240 million", "EUR 240m", "240m euros", "240 million euros" are all
"240meur"; "£1.2bn", "1.2 billion pounds", "GBP 1.2 billion", "1,200 million pounds sterling" all "1200mgbp"; "$5m",
"US$5 million", "5 million dollars", "USD 5m" all "5musd". The value is written in the largest of thousands ("k"),
millions ("m"), billions ("bn") and trillions ("tn") that keeps it whole, so that one value has one word.

An amount is a currency before the number (a symbol: `£`, `$`, `US$`, `€`, `¥`, `A$`, `C$`, `NZ$`, `HK$`; or a code:
`GBP`, `USD`, `EUR`, `JPY`, `CHF`, `AUD`, `CAD`) or after it (`pounds`, `sterling`, `dollars`, `euros`, `yen` or a
code), as figures.py reads money, and a scale: glued ("m", "mn", "bn", "tn", "k") or a word ("thousand", "million",
"billion", "trillion"). Precision first: different values or currencies give different words ("€240m" and "£240m",
"$5m" and "$50m", "£1.2bn" and "£1.2m" — the first pair shared the word "240m" before, as terms.py drops "£" and "$"),
and a number of no currency is left as written ("240 million people", "a 5m wall"). An amount with no scale ("£40,000")
is left as written too: terms.py drops "£" and "$", so a text's words cannot tell that it holds one, and a rule that
rewrote "40,000 pounds" but not "£40,000" would part two reports that share "40000" now. Two currencies for one
number ("€240m euros"), a "$" after another symbol and "pence" are left as written.

`may_hold(words)`: whether a text whose words (terms.words) are `words` may hold such an amount — a scale word, or a
word of digits with a glued scale ("240m", "2bn", "€240m") — a look-up and one search of the joined words, so that a
text without one costs a few µs. Read by numberwords.numbers_as_digits, which the story features run over a text's
words and headline. Still left: amounts in words ("two million pounds": numbers_as_digits writes numbers from ten
only), pence, ranges' low ends with no scale ("£4-5m"), and "$" of other dollars (read as US dollars, as figures.py).
"""
from __future__ import annotations

import re
from typing import Iterable

_SYMBOLS = {"£": "gbp", "$": "usd", "US$": "usd", "€": "eur", "¥": "jpy", "A$": "aud", "C$": "cad", "NZ$": "nzd",
            "HK$": "hkd"}
_WORDS = {"pound": "gbp", "pounds": "gbp", "sterling": "gbp", "dollar": "usd", "dollars": "usd", "euro": "eur",
          "euros": "eur", "yen": "jpy"}
_CODES = ("GBP", "USD", "EUR", "JPY", "CHF", "AUD", "CAD")
_EXPONENTS = {"k": 3, "thousand": 3, "m": 6, "mn": 6, "million": 6, "bn": 9, "billion": 9, "tn": 12, "trillion": 12}
_SUFFIXES = ((12, "tn"), (9, "bn"), (6, "m"), (3, "k"))
# The number and its scale, and a currency after it (case as written: "EUROS", "Million" are not read); the currency
# before it is looked for behind a match (`_BEFORE`): a pattern opening with a digit is searched at C speed, one
# opening with the currencies tried at every place (~190 µs an article of the benchmark corpus against ~25).
_AMOUNT = re.compile(
    r"(?P<whole>\d(?:\d{0,2}(?:,\d{3})+|\d*))(?:\.(?P<decimal>\d+))?"
    r"(?:(?P<glued>k|m|mn|bn|tn)|\s+(?P<word>thousand|million|billion|trillion))\b(?:\s+(?P<after>pounds?(?:\s+sterling)?|sterling|dollars?|euros?|yen|" + "|".join(_CODES) + r")\b)?"
    r"(?![\w$£€¥]|\.\d)")
_BEFORE = re.compile(r"(?:(?P<symbol>US\$|A\$|C\$|NZ\$|HK\$|[£$€¥])|\b(?P<code>" + "|".join(_CODES) + r"))\s?\Z")
# Where an amount may be: a scale word, or a word of digits (after "€" or other letters' bytes) with a glued scale
SCALE_WORDS = frozenset(form.encode() for word in ("thousand", "million", "billion", "trillion")
                        for form in (word, word.capitalize(), word.upper()))
_GLUED = re.compile(rb"\d(?:k|m|mn|bn|tn)(?: |$)")


def may_hold(words: Iterable[bytes]) -> bool:
    """Whether a text whose words (terms.words: UTF-8, case kept, "£" and "$" dropped) are `words` may write an amount
    `amounts_alike` rewrites: it has a scale word (`SCALE_WORDS`) or a word of digits ending in a glued scale ("240m",
    "€240m", "2bn": `glued_scale`)."""
    words = words if isinstance(words, (set, frozenset, dict)) else frozenset(words)
    return not SCALE_WORDS.isdisjoint(words) or glued_scale(words)


def glued_scale(words: Iterable[bytes]) -> bool:
    """Whether one of `words` (UTF-8) is a number with a glued scale ("240m", "€240m", "2bn": ~15 µs an article's)."""
    return _GLUED.search(b" ".join(words)) is not None


def amounts_alike(text: str) -> str:
    """`text` with each amount of money that has a scale written as one word of its value and currency ("€240m" and
    "240 million euros" → "240meur", "£1.2bn" → "1200mgbp": module docstring); the rest as written. Pure."""
    pieces, done = [], 0
    for found in _AMOUNT.finditer(text):
        start = found.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_.,"):
            continue  # (inside a word or a number: "A14m", "1.5.2m")
        before = _BEFORE.search(text, max(0, start - 4), start)
        word = _one_word(found, before)
        if word is not None:
            begin = before.start() if before else start
            pieces += (text[done:begin], word)
            done = found.end()
    return "".join((*pieces, text[done:])) if pieces else text


def _one_word(found: re.Match[str], before: re.Match[str] | None) -> str | None:
    """The one word of an amount (`amounts_alike`), or None when it has no currency or two."""
    symbol, code = (before.group("symbol"), before.group("code")) if before else (None, None)
    first = found.group("after").split()[0] if found.group("after") else ""
    earlier = _SYMBOLS[symbol] if symbol else code.lower() if code else None
    later = (first.lower() if first.isupper() else _WORDS[first]) if first else None
    if (earlier is None) == (later is None):  # (no currency, or two: left as written)
        return None
    decimal = found.group("decimal") or ""
    value = int(found.group("whole").replace(",", "") + decimal)
    exponent = _EXPONENTS[found.group("glued") or found.group("word")] - len(decimal)
    if value == 0:
        return None
    while value % 10 == 0:
        value, exponent = value // 10, exponent + 1
    for least, suffix in _SUFFIXES:
        if exponent >= least:
            return f"{value * 10 ** (exponent - least)}{suffix}{earlier or later}"
    return None  # (a fraction of a thousand: "£0.5k")


_TERM = re.compile(r"(\d+)(k|m|bn|tn)(gbp|usd|eur|jpy|aud|cad|nzd|hkd|chf)")
_SHOWN_SYMBOLS = {code: symbol for symbol, code in _SYMBOLS.items() if symbol != "US$"} | {"chf": "CHF\u00a0"}
_SCALE_OF = {name: least for least, name in _SUFFIXES}  # "m" → 6


def shown_amount(term: str) -> str | None:
    """How a reader is shown an amount's one word (`amounts_alike`): "1200kgbp" → "£1.2m", "240meur" → "€240m",
    "2500musd" → "$2.5bn"; None for a term that is no such word. Story pages show the terms two reports share (their
    evidence): the suite (test_compound_evidence, 2026-12-06) found "1200kgbp" there, where the reports wrote "£1.2m"."""
    found = _TERM.fullmatch(term)
    if found is None:
        return None
    value, suffix, currency = int(found.group(1)), found.group(2), found.group(3)
    exponent = _SCALE_OF[suffix]
    for least, name in _SUFFIXES:  # (the largest scale of which the amount is one or more)
        if value * 10 ** exponent >= 10 ** least:  # (exact: "£1,000.5m" is "£1.0005bn", not "£1bn")
            units, rest = divmod(value * 10 ** exponent, 10 ** least)
            fraction = str(rest).rjust(least, "0").rstrip("0")
            return f"{_SHOWN_SYMBOLS[currency]}{units}{'.' + fraction if fraction else ''}{name}"
    return None


