"""M. and Me before a particle name are titles (BR18, a breaker on FR16's French titles).

FR16 read "M." and "Me" as titles (Mr, a lawyer's Maître) only before a capital, so '« Nous tiendrons », a répondu
M. de Villepin.' gave the quotation to "M", and "Me du Moulin" to "Me". A particle (de, du, des, de la, d') then a
capital follows a title as a capital does; "Mme de Villiers" was read so already."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

NAMES = ("de Villepin", "du Moulin", "de La Tour", "des Cars", "de la Fressange")
FRAMES = ("« Nous tiendrons », a répondu {t} {n}.", "{t} {n} a déclaré : « Nous tiendrons. »",
          "« Nous tiendrons », a plaidé {t} {n}, avocat du collectif.")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(("M.", "Me")), st.sampled_from(NAMES), st.sampled_from(FRAMES))
def test_a_title_before_a_particle_name(title: str, name: str, frame: str) -> None:
    """The speaker is the name with its particle, never the title (failed before: "M", "Me")."""
    text = frame.format(t=title, n=name)
    speakers = [q.speaker for q in quotes_in("", text, "fr")]
    assert speakers and all(s and s.endswith(name.split()[-1]) and s not in ("M", "Me") for s in speakers), text


def test_me_and_initials_stay() -> None:
    assert [q.speaker for q in quotes_in("", "« Me voilà », a dit Jean Roux.", "fr")] == ["Jean Roux"]
    assert [q.speaker for q in quotes_in("", "« Nous tiendrons », a déclaré J. M. Coetzee.", "fr")] == ["J. M. Coetzee"]
