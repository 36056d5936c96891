"""A figure a re-telling miswrites in other words is a difference (analyse/slips.py; a trial, 2026-12-05: "£4.2m" and
"currently £42m", "£1.5m for the land" and "a bid of about £15m", "340 were sleeping in the Fira Nova gymnasium" and
"said 430 of them were sleeping in the Fira Nova gymnasium" were shown as agreement or not at all)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from briefgen.analyse.compare import compare_reports
from support.examples import examples


def _differ(first: str, second: str) -> list[tuple[str, str]]:
    c = compare_reports([("one", first), ("two", second)])
    sentences = {r.slug: r.sentences for r in c.reports}
    for pair in c.differ:  # never in one row: the page would claim they agree
        assert not any(set(pair) <= set(row) for row in c.rows), (pair, c.rows)
    return [(sentences[a][i], sentences[b][j]) for (a, i), (b, j) in c.differ]


def test_the_reported_re_tellings() -> None:
    gws = ("Civil protection officials on Thyra said on Tuesday that 1,200 residents had left the southern villages."
           "\n\nOf those, 340 were sleeping in the Fira Nova gymnasium and the rest were staying with relatives in the "
           "north, said Katerina Moraiti, who leads the island's civil protection office.")
    lantern = ("Some 1,200 residents have now left the southern villages of Thyra, civil protection officials said.\n\n"
               "Katerina Moraiti, head of the civil protection office, said 430 of them were sleeping in the Fira Nova "
               "gymnasium, while the others had moved in with relatives in the north.")
    assert any("340" in a and "430" in b for a, b in _differ(gws, lantern))
    standard = ("The public body that pays most of the running costs of the Harcastle Museum of Art is preparing to cut "
                "its annual grant from £4.2m to £2.5m, according to a draft letter seen by the National Standard.")
    echo = ("The Northern Arts Fund is said to be drawing up plans to reduce its yearly support for the museum, "
            "currently £42m, by around £17m.")
    assert any("£4.2m" in a and "£42m" in b for a, b in _differ(standard, echo))
    times = ("A property developer offered the family that owns the Stanbury mosaic field £1.5m for the land only days "
             "before the Roman floor was made public.")
    observer = ("The landowner at the centre of the Stanbury Roman villa discovery rejected a bid of about £15m from a "
                "housebuilder weeks before the find was announced.")
    assert _differ(times, observer)


SIGNS = {"GBP": "£", "USD": "$", "EUR": "€", "": ""}


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(10, 99).filter(lambda n: n % 10 and n % 11), st.sampled_from(sorted(SIGNS)), st.sampled_from(["m", "", "bn"]),
       st.sampled_from(["ten", "swap"]))
def test_a_slip_in_other_words_is_a_difference(number: int, currency: str, scale: str, how: str) -> None:
    """Two reports tell one count of one place in other words; the re-telling's figure is the same digits ten times
    over or two digits swapped: the page shows the pair under "Where the reports differ" and in no shared row."""
    sign = SIGNS[currency]
    first = f"{sign}{number / 10:g}{scale}" if how == "ten" else f"{sign}{number}{scale}"
    second = f"{sign}{number}{scale}" if how == "ten" else f"{sign}{str(number)[::-1]}{scale}"
    if currency == "" and scale == "":
        first, second = (f"{number}", f"{number * 10}") if how == "ten" else (first, second)
    one = f"Officials said {first} had been set aside for the Varnholt shelters after the flood on Tuesday."
    two = f"The Varnholt shelters, a spokeswoman said, will receive roughly {second} in total."
    assert _differ(one, two), (one, two)


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(10, 999), st.integers(10, 999))
def test_no_slip_where_a_report_writes_both_figures(a: int, b: int) -> None:
    """A report giving both figures counts two things: no difference is made of them."""
    one = f"Of the evacuees, {a} slept in the Varnholt gymnasium and {b} in the Varnholt school."
    two = f"The Varnholt gymnasium held {b} people, and {a} more stayed in the Varnholt school."
    assert _differ(one, two) == []


def test_one_significant_digit_or_unrelated_sentences_are_no_slip() -> None:
    assert _differ("Officials named 3 villages in the Varnholt evacuation plan.",
                   "The Varnholt evacuation plan covers 30 homes.") == []
    assert _differ("The museum employs 34 people.", "Ferries carried 430 passengers to Piraeus on Monday.") == []


@settings(max_examples=examples(200), deadline=None)
@given(st.integers(12, 9_899).filter(lambda n: str(n)[0] != str(n)[1] and str(n)[1] != "0"),
       st.sampled_from(["swap", "ten"]), st.sampled_from(["disputed", "postal", "peaceful", "family"]), st.booleans())
def test_a_modifier_one_report_adds_does_not_hide_a_slip(number: int, how: str, modifier: str, both: bool) -> None:
    """"45 protesters" and "54 peaceful protesters": digits swapped or tenfold between two counts of one event are
    a possible miswriting, shown as a difference, whether the modifier is in one report or both (a breaker,
    2026-12-06: e7db88e3 asked figures.apart first and hid them; reverted)."""
    digits = str(number)
    other = number * 10 if how == "ten" else int(digits[1] + digits[0] + digits[2:])
    one = f"The court laid out {number:,} {modifier} ballots for inspection on Friday in Harrowmere."
    two = f"In Harrowmere, {other:,} {modifier + ' ' if both else ''}ballots were laid out for inspection on Friday."
    assert _differ(one, two), (one, two)


def test_the_breakers_slips_beside_a_modifier() -> None:
    for one, two in [("Of those, 340 were sleeping in the Fira Nova gymnasium, officials said.",
                      "Officials said 430 evacuees were sleeping in the Fira Nova gymnasium."),
                     ("Police arrested 45 protesters in Varnholt on Tuesday.",
                      "Police arrested 54 peaceful protesters in Varnholt on Tuesday."),
                     ("The Varnholt flood damaged 340 homes, officials said.",
                      "The Varnholt flood damaged 430 family homes, officials said.")]:
        assert _differ(one, two), (one, two)
