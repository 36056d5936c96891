"""FX72: a known outlet's name that opens a longer capitalised name written with its bracketed initials is that
longer name's (agencynames.longer_bracketed; docs/log/stories.md, "A known name that opens a longer one (FX72)").
"Maghreb Arabe Presse Service (MAPS) reported that …" credited Maghreb Arabe Presse (a known agency whose name opens
the run); "Kenya News Agency Service (KNAS) said" credited no one. A CI draw of
test_credit_agencies_fx51.test_an_agency_with_its_bracketed_short_name_is_an_outlet. The known name with its own
initials ("Maghreb Arabe Presse (MAP)") and a known name before more words with no bracket stand as before.
"""
from __future__ import annotations

from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.knownoutlets import agency_outlets
from briefgen.analyse.outletkeys import bracket_initials

FRAMES = ("{a} reported that the border was closed.", "According to {a}, the border was closed.",
          "The border was closed, {a} said.", "{a} said the border was closed.",
          "The minister told {a} that the border was closed.", "{a} quoted the minister as saying the border was closed.")
# known agencies whose name is written by two capitalised words or more (their initials are a bracket's)
AGENCIES = sorted({name for canonical, names in agency_outlets() for name in (canonical, *names)
                   if sum(word[:1].isupper() for word in name.split()) >= 2 and not name.startswith("The ")})
EXTRA = st.lists(st.sampled_from(("Service", "International", "Online", "Digital", "Wire", "Bureau", "Network")),
                 min_size=1, max_size=2, unique=True)


def _credited(text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(()))]


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word[0].isupper())


def test_the_reported_draws() -> None:
    for name in ("Maghreb Arabe Presse Service", "Kenya News Agency Service", "Press Trust of India Service"):
        for frame in FRAMES:
            text = "Officials confirmed it. " + frame.format(a=f"{name} ({_initials(name)})")
            assert _credited(text) == [name], text
    assert _credited("Officials confirmed it. Maghreb Arabe Presse (MAP) reported that the border was closed.") == [
        "Maghreb Arabe Presse"]
    # the known name's own initials: the known agency, as before
    assert _credited("Officials confirmed it. Maghreb Arabe Presse Service (MAP) reported that it was closed.") == [
        "Maghreb Arabe Presse"]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(AGENCIES), EXTRA, st.sampled_from(FRAMES))
@example("Maghreb Arabe Presse", ["Service"], FRAMES[0])
@example("Press Trust of India", ["Service"], FRAMES[2])
def test_a_known_agency_opening_a_longer_bracketed_name_credits_the_longer_name(
        agency: str, extra: list[str], frame: str) -> None:
    """Each known agency + more capitalised words + the whole name's initials × each frame: the whole name."""
    name = f"{agency} {' '.join(extra)}"
    short = _initials(name)
    assume(bracket_initials(name, short) and not bracket_initials(agency, short))
    assume(len(name.split()) <= 5)  # (the cues read a run of five words at most: "Korean Central News Agency Service
    # International reported" reads "Central News Agency …", no known name's start — a limit of the cues, left)
    text = "Officials confirmed it. " + frame.format(a=f"{name} ({short})")
    assert _credited(text) == [name], text
