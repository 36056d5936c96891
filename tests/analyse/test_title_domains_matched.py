"""A title's domain after "of" must be the holder's when a holder named before is taken (titledvoices.py, 2026-12-05).

A re-test: "Inspector Jane Reed" (a police inspector, the only inspector named) took the words of "the chief inspector
of air accidents said": the domain written in the frame was not matched against the holder's. A holder named before
the frame is now taken only when the domain is written with her ("Jane Reed, the chief inspector of air accidents,");
one named with the title alone gives no speaker (precision first). A holder named after the frame may leave the domain
out, as a later mention does ("The inspector, Dr Ama Owusu, added": test_titled_domain_roles.py).
"""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

ROLES = ["inspector", "coroner", "commissioner", "registrar", "warden", "examiner"]
DOMAINS = ["air accidents", "prisons", "the fire service", "schools", "marine accidents"]
QUOTE = "\u201cWe found no fault in the engines,\u201d the chief {r} of {d} said."


@FAST
@given(st.sampled_from(ROLES), st.sampled_from(DOMAINS), word, word)
@example("inspector", "air accidents", "Jane", "Reed")
def test_a_holder_named_without_the_domain_is_not_the_speaker(role: str, domain: str, given_name: str,
                                                              surname: str) -> None:
    text = f"{role.capitalize()} {given_name} {surname} closed the road.\n\n" + QUOTE.format(r=role, d=domain)
    assert [q.name for q in quotes_in("Crash", text)] == [None]
    text = (f"{given_name} {surname}, the {role}, closed the road. The chief {role} of {domain} said the aircraft had "
            f"\u201clost power in both engines\u201d.")
    assert [q.name for q in quotes_in("Crash", text) if q.name] == []


@FAST
@given(st.sampled_from(ROLES), st.sampled_from(DOMAINS), word, word)
def test_a_holder_named_with_the_domain_is(role: str, domain: str, given_name: str, surname: str) -> None:
    text = (f"{given_name} {surname}, the chief {role} of {domain}, visited the site.\n\n"
            + QUOTE.format(r=role, d=domain))
    assert [q.name for q in quotes_in("Crash", text)] == [f"{given_name} {surname}"]
