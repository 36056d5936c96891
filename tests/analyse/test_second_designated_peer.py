"""A peer named with a territorial designation after another peer of the same name is a second person (2026-12-05): a
re-test's "Lord Smith of Harcastle University said …" (a peer and the body he speaks from: "Lord Smith") then "Lord
Smith of Finsbury Park said …" gave the second quotation, and the second mention, "Lord Smith". The designation the
frame writes names the peer ("Lord Smith of Finsbury Park"); a later "Lord Smith" is the one named last (names.py,
fullnames.py; territorial.py reads the place, one to three words).
"""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

QUOTE = "\u201cThe bill will not pass in this form,\u201d"
BODIES = ["University", "Council", "Police"]


@FAST
@given(st.sampled_from(["Lord", "Baroness", "Viscount"]), word, word, st.lists(word, min_size=1, max_size=2),
       st.sampled_from(BODIES), st.sampled_from(["Park", "Green", ""]))
@example("Lord", "Smith", "Harcastle", ["Finsbury"], "University", "Park")
def test_a_second_designated_peer_is_named_by_the_designation(title: str, name: str, town: str, place: list[str],
                                                              body: str, tail: str) -> None:
    where = " ".join(place + ([tail] if tail else []))
    text = (f"{title} {name} of {town} {body} said: {QUOTE}\n\n{title} {name} of {where} said: \u201cWe will vote "
            f"against it.\u201d\n\n{title} {name} added: \u201cNot in this form.\u201d")
    second = f"{title} {name} of {where}"
    assert [q.name for q in quotes_in("Lords", text)] == [f"{title} {name}", second, second], quotes_in("Lords", text)
    people = [m.full for m in names_in("Lords", text) if m.kind == "person"]
    assert people == [f"{title} {name}", second, second], people
