"""A title with a domain after "of" stands for the one person the article names with the title (titledvoices.py,
2026-12-05): a re-test's "The chief inspector of air accidents said the aircraft had “…”" then "The inspector, Dr Ama
Owusu, added …" left the first quotation without a speaker; so did roles no name holds as a title ("registrar",
"warden", "curator", "auditor", "examiner"). Two people named with the role give none, as before.
"""
from __future__ import annotations

from hypothesis import assume, example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

ROLES = ["inspector", "coroner", "commissioner", "ombudsman", "registrar", "headteacher", "warden", "curator",
         "auditor", "examiner"]
DOMAINS = ["air accidents", "prisons", "the fire service", "schools", "births and deaths"]


def _text(role: str, domain: str, given_name: str, surname: str) -> str:
    return (f"The chief {role} of {domain} said the aircraft had \u201clost power in both engines within seconds\u201d."
            f"\n\nThe {role}, Dr {given_name} {surname}, added that the crew had \u201cdone everything they could\u201d.")


@FAST
@given(st.sampled_from(ROLES), st.sampled_from(DOMAINS), word, word)
@example("inspector", "air accidents", "Ama", "Owusu")
def test_a_domain_title_is_the_one_holder_named_later(role: str, domain: str, given_name: str, surname: str) -> None:
    names = [q.name for q in quotes_in("Crash", _text(role, domain, given_name, surname))]
    assert names == [f"{given_name} {surname}"] * 2, names


@FAST
@given(st.sampled_from(ROLES), st.sampled_from(DOMAINS), word, word, word)
@example("inspector", "air accidents", "Ama", "Owusu", "Hollin")
def test_two_holders_give_no_speaker(role: str, domain: str, given_name: str, surname: str, other: str) -> None:
    assume(other not in (given_name, surname))
    text = f"Dr {other} {other}, the {role} of the county, visited the site. " + _text(role, domain, given_name, surname)
    names = [q.name for q in quotes_in("Crash", text)]
    assert names[0] is None, names
