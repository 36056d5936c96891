"""A party's name, a member's title in capitals and a person's name ("SNP MSP Nicola Sturgeon said …") name the
person (nameruns._party_member; issue 9, 2026-12-05).

"SNP MSP Nicola Sturgeon said …" and "DUP MLA Gordon Lyons said …" gave the quotation to an organisation (the run
opened by a party's initials read as a body's name); "Sinn Féin TD Pearse Doherty" was a person of five words,
"Conservative AM Tom Reid" of four, and "Plaid Cymru MS Siân Gwenllian said" named no speaker.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

_SAID = " said the plans were “deeply worrying for every family in the country”."


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.name, q.kind) for q in quotes_in("", text)]


def _listed(text: str) -> list[str]:
    return sorted(n.full for n in find_people("", text).named)


def test_the_reported_sentences():
    for member, name in (("SNP MSP", "Nicola Sturgeon"), ("DUP MLA", "Gordon Lyons"), ("Sinn Féin TD", "Pearse Doherty"),
                         ("Plaid Cymru MS", "Siân Gwenllian"), ("Conservative AM", "Tom Reid")):
        text = f"{member} {name}{_SAID}"
        assert _speakers(text) == [(name, "person")], text
        assert _listed(text) == [name], text


def test_what_must_not_change():
    kept = {
        f"Labour MP Tom Reid{_SAID}": [("Tom Reid", "person")],
        f"MSP Nicola Sturgeon{_SAID}": [("Nicola Sturgeon", "person")],
        f"Fine Gael MEP Seán Kelly{_SAID}": [("Seán Kelly", "person")],
        f"The SNP{_SAID}": [("SNP", "organisation")],
    }
    for text, speakers in kept.items():
        assert _speakers(text) == speakers, text


@FAST
@given(st.sampled_from(("SNP", "DUP", "SDLP", "Sinn Féin", "Plaid Cymru", "Alliance", "UUP", "Fianna Fáil")),
       st.sampled_from(("MP", "MSP", "MS", "MLA", "TD", "MEP", "AM")), word, word)
def test_a_party_and_a_members_title_before_a_name(party, title, given_name, surname):
    text = f"{party} {title} {given_name} {surname}{_SAID}"
    assert _speakers(text) == [(f"{given_name} {surname}", "person")], text
