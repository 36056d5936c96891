"""A wire dateline is no one a frame names (a sixth trial, 2026-12-04).

"ARDEN, Oct 6 (Meridian Wire) - The Bank of Corvania raised its main rate … The bank said the decision was needed to
“restore an orderly market”" gave the quotation to an organisation "ARDEN": the dateline's place in capitals was the
first sentence's subject, which "the bank" refers back to. The dateline is masked like the quotations' words.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(["ARDEN", "NEW YORK", "ST. JOHN'S", "PORT-AU-PRINCE"]),
       st.sampled_from([", Oct 6", ", 6 October", ", Nov. 3", ""]),
       st.sampled_from([" (Meridian Wire)", " (Reuters)", " (AP)", ""]),
       st.sampled_from([" - ", " — ", " -- ", " – "]),
       st.sampled_from([("The Bank of Corvania", "The bank"), ("Acme Mining", "The company"),
                        ("The Harwick Council", "The council")]))
def test_the_place_of_a_dateline_is_never_a_speaker(place: str, date: str, agency: str, dash: str,
                                                    body: tuple[str, str]) -> None:
    if not (date or agency):
        return  # ("NATO — the alliance …" opens a sentence, not a dateline)
    name, reference = body
    text = (f"{place}{date}{agency}{dash}{name} raised its charges on Monday.\n\n"
            f"{reference} said the decision was needed to \u201crestore an orderly market\u201d.")
    (quote,) = quotes_in("Rates", text)
    assert quote.speaker is None or place not in quote.speaker, quote
    assert quote.name in (None, name.removeprefix("The ")) or quote.name == name, quote


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(["ARDEN", "ST. BRENN", "NEW ARDEN", "PORT-AU-PRINCE", "NEW DELHI"]),
       st.sampled_from([":", " \u2014", ", Dec 1:", ", Dec 1 (AP) -", " (Reuters) \u2014"]))
def test_a_dateline_in_any_form_is_no_name_and_no_speaker(place: str, rest: str) -> None:
    """Reported (a hostile re-test, 2026-12-04): "ARDEN: The port board met. “We are ready,” it said." made an
    organisation page "ARDEN" with the quotation, as did "ST. BRENN —" (a page "BRENN") and "NEW DELHI:"."""
    from briefgen.analyse.names import names_in
    text = f"{place}{rest} The port board met on Monday. \u201cWe are ready for the ships,\u201d it said."
    words = set(place.replace(".", " ").split())
    assert not [m for m in names_in("", text) if words & set(m.full.split())], names_in("", text)
    assert all(q.speaker is None or not words & set(q.speaker.split()) for q in quotes_in("Port", text))


def test_a_known_organisation_before_a_colon_stays_a_name() -> None:
    from briefgen.analyse.names import names_in
    assert [m.full for m in names_in("", "NATO: The alliance met on Monday.")] == ["NATO"]
