"""Dates in any form and a count of unnamed sources are no figures of a sentence's fact (T24 F10, 2026-12-07;
datefigures.py, read by figures.figures).

The tester's story page showed "SANTIAGO, Nov 23 (Andes Business Wire) - … a 51% controlling stake …, three people
familiar with the negotiations said." beside "One person familiar with the talks told Andes Business Wire the price
was about $1.2 billion." as "the same thing with different figures": the source counts, 3 and 1, contradicted. An
ISO or hyphenated date, a range of days and the year of "Nov. 23, 2026" were figures too. Fails before the fix.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST

from briefgen.analyse.compare import compare_reports
from briefgen.analyse.figures import contradict, figures

MONTHS = st.sampled_from(("Nov", "November", "Jan", "March", "Sept", "Dec"))
DATES = st.sampled_from(("{y}-{m:02d}-{d:02d}", "{y}-{m:02d}-{d:02d}T10:30Z", "{d}-{m}-{y}", "{d:02d}-{m:02d}-{y}",
                         "{mon} {d}-{e}", "{mon} {d} to {e}", "{d}-{e} {mon}", "{d} to {e} {mon}",
                         "between {d} and {e} {mon}", "{mon}. {d}, {y}", "{mon} {d}, {y}", "{d} {mon} {y}",
                         "{mon} {d}", "{d}/{m}/{y}", "{d}.{m}.{y}"))


def test_the_reported_input():
    abw = ("SANTIAGO, Nov 23 (Andes Business Wire) - Chile's state copper company Cecobre will take a 51% controlling "
           "stake in Salar Alto, the lithium joint venture it runs with the private miner Salares del Norte, three "
           "people familiar with the negotiations said.\n\nOne of the people said the two companies had agreed on a "
           "price of about $1.2 billion for the stake.")
    ledger = ("Chile's state copper company Cecobre is set to take a 51% stake in the Salar Alto lithium venture with "
              "Salares del Norte, Andes Business Wire reported on Monday. One person familiar with the talks told Andes "
              "Business Wire the price was about $1.2 billion.")
    assert compare_reports([("Andes Business Wire", abw), ("Lithium Ledger", ledger)]).differ == ()


@FAST
@given(DATES, MONTHS, st.integers(1, 12), st.integers(1, 27), st.integers(1990, 2035), st.integers(2, 900))
def test_a_date_is_no_figure(form, month, m, d, y, amount):
    date = form.format(y=y, m=m, d=d, e=d + 1, mon=month)
    dated = figures(f"On {date} the company paid ${amount} million for the stake.")
    assert [f.value for f in dated] == [amount * 1e6], (date, dated)
    assert not contradict(dated, figures(f"The company paid ${amount} million for the stake on Monday."))


@FAST
@given(st.sampled_from(("three", "Two", "one", "5", "several", "a couple of")),
       st.sampled_from(("people", "sources", "officials", "person", "executives")),
       st.sampled_from(("familiar with the talks", "close to the deal", "briefed on the negotiations",
                        "with knowledge of the matter", "who spoke on condition of anonymity")),
       st.sampled_from(("one person familiar with the matter", "two sources close to the deal", "four officials")))
def test_a_count_of_unnamed_sources_is_no_figure(count, who, which, other):
    mine = figures(f"The stake is 51%, {count} {who} {which} said.")
    assert [f.value for f in mine] == [51.0], mine
    assert not contradict(mine, figures(f"The stake is 51%, according to {other}."))
    assert [f.value for f in figures(f"{count.capitalize()} sources said the stake was 51%.")] == [51.0]


def test_what_must_not_change():
    assert sorted(f.value for f in figures("Three people were killed and 12 were hurt.")) == [3.0, 12.0]
    assert contradict(figures("Three people were killed."), figures("Five people were killed."))
    assert [f.value for f in figures("Nov 23 and 25 people were hurt.")] == [25.0]
    assert [f.value for f in figures("The plan runs to 2030 and costs $4m.")] == [2030.0, 4e6]
