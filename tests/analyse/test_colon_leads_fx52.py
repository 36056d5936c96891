"""A colon lead-in opened by a place or a time and closed by the party its speaker speaks for (FX52,
colonleads.colon_subjects, `_PLACE_OR_TIME`): "In Nairobi, Ms Odhiambo, for ChapaPesa: “We will appeal.”" had no
speaker (a party's head after the name made the lead-in no one's, the place its first part), nor had "Grace
Odhiambo, of ChapaPesa:" ("of" was no party's head). The speaker is the person named, in full when the article
names them in full before."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person, word

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
LEADS = ["In Nairobi", "On Monday", "Outside the court", "At the hearing on Tuesday", "Later", "In court in Mombasa",
         "Yesterday", "During the hearing"]
PARTIES = ["for {org}", "of {org}", "{org}'s lawyer", "lawyer for {org}", "on behalf of {org}", "counsel for {org}",
           "representing {org}", "acting for {org}"]
PREDICATES = ["", ", was blunt", ", told the court"]
QUOTE = "“We will appeal against the ruling.”"


@FAST
@given(person, word, st.sampled_from(LEADS), st.sampled_from(PARTIES), st.sampled_from(PREDICATES),
       st.sampled_from(["Ms ", "Mr ", ""]))
def test_a_place_or_time_before_a_party_lead_in_leaves_its_speaker(full: str, org: str, lead: str, party: str,
                                                                   predicate: str, title: str) -> None:
    assume(org not in full.split())
    given_name, surname = full.split()
    named = f"{title}{surname}" if title else full
    text = (f"{full}, a lawyer, spoke after the hearing. {lead}, {named}, {party.format(org=org + 'Pesa')}{predicate}: "
            f"{QUOTE}")
    (quote,) = quotes_in("", text)
    assert quote.name == full, text


@pytest.mark.parametrize(("text", "name"), [
    ("In Nairobi, Ms Odhiambo, for ChapaPesa: “We will appeal.”", "Odhiambo"),
    ("Grace Odhiambo, a lawyer, spoke after the hearing. In Nairobi, Ms Odhiambo, for ChapaPesa: “We will appeal.”",
     "Grace Odhiambo"),
    ("On Monday, Grace Odhiambo, of ChapaPesa: “We will appeal.”", "Grace Odhiambo"),
    ("In Nairobi, Ms Odhiambo, ChapaPesa's lawyer: “We will appeal.”", "Odhiambo"),
    # what stays: two speakers are no one's; a place before two parts is the lead-in's, as before
    ("In Nairobi, Ms Odhiambo, for ChapaPesa, and Mr Otieno: “We will appeal.”", None),
    ("On Monday, Moreau was blunt: “We will appeal.”", "Moreau"),
    ("In Vivonne, Marie Bonnet, the mayor, expects a difficult summer: “We will appeal.”", "Marie Bonnet"),
])
def test_party_lead_ins(text: str, name: str | None) -> None:
    (quote,) = quotes_in("", text)
    assert quote.name == name, text
