""""Reed et al." is several authors: no single speaker (FX52). Decided as for co-authors (documents._CO_AUTHORS: "a
study by Reed et al. found") and joint statements ("Walla and Moreau said": quoteframes.joined): the words are the
authors', none of them alone, so no person's page shows them. Before, the frame was cut at "al." (its period read as a
sentence's in the masked text): "“…,” Reed et al. wrote." had no frame ('none') and "“…,” wrote Reed et al." gave
Reed alone. "al." after "et" is now an abbreviation's period (quotemask._ABBREVIATION_DOTS), and "et al." after a name
joins it to others (quoteframes.joined): an unnamed speaker, never the previous quotation's."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person, word

FAST = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUOTE = "the fee is unlawful in most cases"
FRAMES = ["{a} et al. found that “{q}”.", "{a} et al. wrote: “{q}.”", "“{q},” {a} et al. wrote.",
          "“{q},” wrote {a} et al. in the journal.", "In 2019, {a} et al. argued that “{q}”.",
          "“{q},” {a} et al. wrote in Nature."]


@FAST
@given(st.one_of(person, word), person, st.sampled_from(FRAMES), st.booleans())
def test_et_al_is_no_single_speaker(a: str, before: str, frame: str, quoted_before: bool) -> None:
    lead = f"“We comply,” {before} said. " if quoted_before else ""
    text = lead + frame.format(a=a, q=QUOTE)
    quote = quotes_in("", text)[-1]
    assert quote.text.rstrip(".") == QUOTE and quote.speaker is None and quote.frame == "unnamed", text


@pytest.mark.parametrize("text", [
    "Reed et al. found that “the fee is unlawful in most cases”.",
    "“The fee is unlawful in most cases,” wrote Reed et al. in the journal.",
    "“The fee is unlawful in most cases,” Reed et al. wrote.",
])
def test_reported_et_al(text: str) -> None:
    (quote,) = quotes_in("", text)
    assert (quote.speaker, quote.frame) == (None, "unnamed"), text
