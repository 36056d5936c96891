"""A `via:` one letter off the long name of a `sources:` outlet written with bracketed initials is warned of, as the
same typo in `source:` is (viaoutlets._meant compares with every form of a name: outletkeys.name_forms; the T24
trial, 2026-12-07).

T24's broken site: `via: Agencia Sudamericana de Noticia` (the source "Agencia Sudamericana de Noticias (ASN)") gave no
warning and the article credited no one, while `source:` with that typo and `via: Andes Busines Wire` were warned of:
the fuzzy pass compared the typo with the whole "… (asn)" (ratio 89, below 90), and the broken site's other article
with that typo in `source:` made it a name of the briefing, never compared. Fails on the code before.
"""
from __future__ import annotations

from dataclasses import replace

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.viaoutlets import misnamed_vias
from briefgen.load.config import Source
from support.examples import examples
from support.hostile import CONFIG, GOOD_FRONT, article

LONG = ("Agencia Sudamericana de Noticias", "Polska Agencja Informacyjna", "Agencia Informativa del Pacífico",
        "Baltic News Service Network")
WARNING = "credits no outlet of this briefing"


def _warned(sources: tuple[str, ...], via: str, typo_source: bool = False) -> list[str]:
    """The warnings of an article with `via`; `typo_source`: beside an article whose `source:` has the same typo."""
    found, problems = article(f"---\n{GOOD_FRONT}via: {via}\n---\nText.\n")
    assert found is not None and not problems, problems
    other, _ = article(f"---\n{GOOD_FRONT.replace('Example Times', via)}---\nText.\n", "b")
    config = replace(CONFIG, sources=tuple(Source(name, "", "") for name in sources))
    return [str(p) for p in misnamed_vias([found, *([other] if typo_source else [])], config)]


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def test_the_reported_input() -> None:
    said = _warned(("Agencia Sudamericana de Noticias (ASN)", "La Tribuna"), "Agencia Sudamericana de Noticia")
    assert len(said) == 1 and WARNING in said[0] and '"via: Agencia Sudamericana de Noticias (ASN)"' in said[0], said
    # (T24's broken site: another article's `source:` had the same typo, which made it a name of the briefing)
    assert _warned(("Agencia Sudamericana de Noticias (ASN)",), "Agencia Sudamericana de Noticia", True) == said


@settings(max_examples=examples(100), deadline=None, database=None)
@given(st.sampled_from(LONG), st.integers(0, 200), st.sampled_from(("drop", "double", "swap")))
@example("Agencia Sudamericana de Noticias", 30, "drop")
def test_one_letter_off_a_bracketed_names_long_form_is_warned(name: str, at: int, how: str) -> None:
    """Any outlet written "Long Name (LN)", a `via:` one letter off its long name (dropped, doubled or swapped with
    the next): one warning that names the outlet as `sources:` writes it."""
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    k = letters[at % len(letters)]
    typo = {"drop": name[:k] + name[k + 1:], "double": name[:k] + name[k] + name[k:],
            "swap": name[:k] + name[k + 1:k + 2] + name[k] + name[k + 2:]}[how]
    full = f"{name} ({_initials(name)})"
    if typo.casefold() == name.casefold():  # (a swap of two equal letters)
        return
    for typo_source in (False, True):
        said = _warned((full, "La Tribuna", "Reuters"), typo, typo_source)
        assert len(said) == 1 and f'"via: {full}"' in said[0], (typo, typo_source, said)


def test_the_long_name_and_the_initials_as_written_are_no_typo() -> None:
    """Written as one of the outlet's forms, resolved by the build before this check (viaoutlets.resolved_outlets):
    here the whole name stays quiet."""
    assert _warned(("Agencia Sudamericana de Noticias (ASN)",), "Agencia Sudamericana de Noticias (ASN)") == []
