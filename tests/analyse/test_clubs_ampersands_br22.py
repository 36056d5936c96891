"""A body's noun ("the club", "the trust") beside two bodies it fits, one written with the noun after its name in lower
case ("the Gard P&I club"), and names holding initials joined by "&" ("Thames P&I") (BR22 finding 8, 2026-12-06).
'The Gard P&I club and Britannia P&I Club both insure ships. “We are assessing,” the club said.' gave the words to
Britannia (only a capitalised "… Club" counted as a rival: nearvoices._noun_named, orgvoices._named_before), and
'“We will pay,” Thames P&I said.' made a person "Thames P&I" (initialnames.ampersanded)."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

_PAIRS = [("Gard P&I", "Britannia P&I Club", "club"), ("Dunmore", "Harwick Health Trust", "trust"),
          ("Skuld P&I", "Thames Mutual P&I Club", "club"), ("Kestle", "Westbury Rugby Club", "club")]
_ORDERS = [
    "The {short} {noun} and {full} both insure ships.",
    "{full} insures the ship, and the {short} {noun} insures its cargo.",
    "{full} insures the ship. Its cargo is insured by the {short} {noun}.",
    "The {short} {noun} insures the cargo. {full} insures the ship.",
]


@given(st.sampled_from(_PAIRS), st.sampled_from(_ORDERS), st.sampled_from(["“We are assessing the claim,” the {noun} said.",
                                                                           "The {noun} said it was assessing the claim."]))
@example(_PAIRS[0], _ORDERS[0], "“We are assessing the claim,” the {noun} said.")  # (the reported sentence)
@settings(max_examples=examples(60), deadline=None)
def test_a_bodys_noun_beside_two_it_fits_names_neither(pair: tuple[str, str, str], order: str, frame: str) -> None:
    short, full, noun = pair
    text = order.format(short=short, full=full, noun=noun) + " " + frame.format(noun=noun)
    assert [q.speaker for q in quotes_in("", text)] in ([], [None]), text


@given(st.sampled_from(_PAIRS), st.sampled_from(["“We are assessing the claim,” the {noun} said."]))
@settings(max_examples=examples(10), deadline=None)
def test_one_body_keeps_its_words(pair: tuple[str, str, str], frame: str) -> None:
    short, full, noun = pair
    text = f"{full} insures the ship. " + frame.format(noun=noun)
    assert [q.name for q in quotes_in("", text)] == [full], text


@given(st.sampled_from(["Thames", "Gard", "Skuld", "Britannia", "North", "West of England"]),
       st.sampled_from(["P&I", "P&O", "S&P", "A&P", "H&M"]),
       st.sampled_from(["“We will pay,” {name} said.", "“We will pay,” said {name}.", "{name} said it would pay.",
                        "The ship is covered by {name}, which said it would pay."]))
@example("Thames", "P&I", "“We will pay,” {name} said.")  # (the reported sentence)
@settings(max_examples=examples(60), deadline=None)
def test_a_name_with_ampersanded_initials_is_an_organisation(word: str, initials: str, frame: str) -> None:
    name = f"{word} {initials}"
    text = frame.format(name=name)
    found = find_people("", text)
    assert [(n.full, n.kind) for n in found.named] == [(name, "organisation")], text
    for quote in found.quotes:
        assert quote.speaker == name, text


def test_initials_with_an_ampersand_alone_are_read_as_before() -> None:
    assert [(m.full, m.kind) for m in names_in("", "AT&T said profits rose.")] == [("AT&T", "organisation")]
    assert [m.full for m in names_in("", "The R&D budget grew, said John Brown.")] == ["John Brown"]
    assert [m.full for m in names_in("", "A P&I club official said cover was suspended.")] == []
    text = "P&O Ferries chief executive Peter Hebblethwaite said sorry. “We were wrong,” Hebblethwaite said."
    assert [q.name for q in quotes_in("", text)] == ["Peter Hebblethwaite"]
