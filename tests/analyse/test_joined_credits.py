"""Outlets credited together are each credited: "told Reuters and AS", "AP, AFP and Reuters reported".

eval6's trial: "told Reuters and AS" credited Reuters alone, so a re-telling that credited both
counted AS's report as independent. analyse/credits.py, `_joined_credits`: after "told X" and
"according to X" the outlets joined to X by "and" or commas; before "X reported" those joined
before X. Only names that are outlets are taken ("told Reuters and Zelensky's office").
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits

SITE_OUTLETS = ("AS", "Nordic Post", "El País")
FINDER = credit_finder(SITE_OUTLETS)
OUTLETS = st.sampled_from(["Reuters", "Bloomberg", "The Wall Street Journal", "Financial Times", "AFP", "Le Monde",
                           "TASS", "The Kyiv Independent", "Associated Press", *SITE_OUTLETS])
NOT_OUTLETS = st.sampled_from(["Zelensky's office", "Ukrainian officials", "Dmytro Kuleba", "Brussels", "the minister"])


def _listed(names: list[str], oxford: bool) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ("," if oxford and len(names) > 2 else "") + " and " + names[-1]


@settings(max_examples=examples(120), deadline=None)
@given(names=st.lists(OUTLETS, min_size=2, max_size=4, unique=True), oxford=st.booleans(),
       form=st.sampled_from(["Officials told {}.", "According to {}, the talks failed.", "{} reported the talks failed.",
                             "On Tuesday {} reported that talks failed.", "The envoy told {} on Monday that it was over."]))
@example(names=["Reuters", "AS"], oxford=False, form="Officials told {}.")
def test_every_outlet_credited_together_is_credited(names: list[str], oxford: bool, form: str) -> None:
    text = "Talks stalled. " + form.format(_listed(names, oxford))
    credited = {credit.outlet for credit in detect_credits(text, FINDER)}
    assert credited == set(names), (text, credited)


@settings(max_examples=examples(60), deadline=None)
@given(outlet=OUTLETS, other=NOT_OUTLETS,
       form=st.sampled_from(["Officials told {} and {} said no more.", "According to {} and {}, talks failed."]))
def test_a_name_joined_to_an_outlet_is_not_credited_unless_it_is_one(outlet: str, other: str, form: str) -> None:
    text = form.format(outlet, other)
    assert [credit.outlet for credit in detect_credits(text, FINDER)] == [outlet], text
