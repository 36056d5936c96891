"""Amounts of money written two ways are one figure for story grouping (analyse/moneyterms.py, via
numberwords.numbers_as_digits). A tester's briefing (T12, 2026-12-06): "Ministers have approved €240m for Tern-2" and
"240 million euros" in the other reports of the same decision shared no figure, and the pair was not even suggested."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.numberwords import numbers_as_digits
from briefgen.analyse.storyfeatures import story_features

STANDARD = ("Ministers have approved €240m for Tern-2, a successor to the lander lost on 10 November, two days after "
            "the inquiry into that crash reported.")
WIRE = ("BRENNOCK, Nov 26 (CW) – Veldmark's government on Thursday approved 240 million euros for a second lunar "
        "lander, Tern-2, two weeks after the first crashed near the Moon's south pole.")
VBN = ("The cabinet agreed on Thursday morning to fund a second attempt to land on the Moon, with a budget of 240 "
       "million euros and a target launch in 2029.")


def _figures(title: str, text: str) -> set[str]:
    """The terms of the story features that hold a digit."""
    return {t for t in story_features(title, text).term_list() if any(c.isdigit() for c in t)}


def test_the_reported_input() -> None:
    """The Standard's "€240m" and the wire's and VBN's "240 million euros" give one term, in the text and headline."""
    standard = _figures("Second Moon lander gets green light despite Tern-1 inquiry", STANDARD)
    assert standard & _figures("Veldmark commits 240 million euros to second lunar lander", WIRE) \
        & _figures("Cabinet approves Tern-2 as minister promises competition for contract", VBN)


# (symbol or code before, word or code after) for each currency; a scale glued or as a word
CURRENCIES = {
    "gbp": (("£", "GBP "), (" pounds", " pounds sterling", " GBP")),
    "usd": (("$", "US$", "USD "), (" dollars", " USD")),
    "eur": (("€", "EUR "), (" euros", " EUR")),
}
SCALES = {6: (("m", "mn"), (" million",)), 9: (("bn",), (" billion",)), 3: (("k",), (" thousand",))}


@st.composite
def amount(draw: st.DrawFn, value: tuple[int, int] | None = None, currency: str | None = None) -> tuple[str, int, str]:
    """(an amount written in one of its ways, its value in thousandths of its unit, its currency code); `value`:
    (digits, power of ten) to write, in the scale drawn (or the one below it: "1.25bn" as "1,250 million")."""
    currency = currency or draw(st.sampled_from(sorted(CURRENCIES)))
    if value is None:
        value = (draw(st.integers(1, 999)), draw(st.integers(3, 9)))
    digits, power = value
    # (a scale at or below the value's, or above it by two decimals at most: "1.25bn", never "€0.001k")
    scale = draw(st.sampled_from([s for s in sorted(SCALES) if s - power <= 2 and digits * 10 ** (power - s) >= 1]))
    shift = scale - power  # (digits / 10 ** shift in the scale's unit)
    whole, decimals = divmod(digits, 10 ** shift) if shift > 0 else (digits * 10 ** -shift, 0)
    number = f"{whole:,}" if draw(st.booleans()) else str(whole)
    if decimals:
        number += "." + f"{decimals:0{shift}d}".rstrip("0")
    glued, worded = SCALES[scale]
    before, after = CURRENCIES[currency]
    written = draw(st.sampled_from([
        f"{draw(st.sampled_from(before))}{number}{draw(st.sampled_from(glued + worded))}",
        f"{number}{draw(st.sampled_from(glued + worded))}{draw(st.sampled_from(after))}"]))
    return written, digits * 10 ** (power + 3), currency


def _sentence(written: str) -> str:
    return f"The council approved {written} for the new harbour wall on Tuesday."


@settings(max_examples=examples(120), deadline=None)
@given(data=st.data(), digits=st.integers(1, 999), power=st.integers(3, 9))
def test_one_amount_written_any_way_is_one_term(data: st.DataObject, digits: int, power: int) -> None:
    """An amount with a currency (a symbol or code before it, a word or code after) and a scale (glued: "m", "bn",
    "k"; or a word) gives the same figure terms however written — "£1.2bn" and "1,200 million pounds" too."""
    one = data.draw(amount((digits, power)))
    other = data.draw(amount((digits, power), one[2]))
    assert _figures("", _sentence(one[0])) == _figures("", _sentence(other[0]))
    assert len(_figures("", _sentence(one[0]))) == 1


@settings(max_examples=examples(120), deadline=None)
@given(one=amount(), other=amount())
def test_different_amounts_or_currencies_share_no_term(one: tuple[str, int, str], other: tuple[str, int, str]) -> None:
    """Two amounts of different values or currencies share no figure term: "€240m" and "£240m", "$5m" and "$50m"."""
    if one[1:] != other[1:]:
        assert not _figures("", _sentence(one[0])) & _figures("", _sentence(other[0]))


def test_numbers_and_no_currency_as_before() -> None:
    """A number of no currency, an amount of no scale and a name's "Eur" are left as written; figures.py's own read
    of a sentence is not given the one-word amounts."""
    from briefgen.analyse.moneyterms import amounts_alike  # (here: the module is new; the tests above run on old code)
    assert amounts_alike("£1.2bn, 1.2 billion pounds, GBP 1.2 billion") == "1200mgbp, 1200mgbp, 1200mgbp"
    assert amounts_alike("$5m, 5 million dollars, US$5 million") == "5musd, 5musd, 5musd"
    for text in ("240 million people", "a 5m wall", "£40,000", "€240m euros", "The Eur 5m fund"):
        assert amounts_alike(text) == text
    assert numbers_as_digits("three hundred and twelve jobs and €240m", amounts=False) == "312 jobs and €240m"
    assert numbers_as_digits("three hundred and twelve jobs and €240m") == "312 jobs and 240meur"
