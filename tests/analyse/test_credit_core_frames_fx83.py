"""FX83 (BR43): a site outlet's short form (its name without "News", "TV", "Media" …) credits only when it names a
medium ("Kaleva Radio") and only in a newsroom's frame — never "X said" (sourcecores.py)."""
from hypothesis import given, settings, strategies as st

from briefgen.analyse.credits import credit_finder, detect_credits

_BREAKS = [
    ("Police News", "Police said the suspect was arrested."),
    ("Government Online", "Government said the plan was approved."),
    ("Kremlin TV", "The Kremlin said the talks had failed."),
    ("White House Media", "The White House said the talks had failed."),
    ("Nato Television", "Nato said the talks had failed."),
    ("EU Network", "The EU said the talks had failed."),
    ("Trump Media", "Trump said he would win."),
    ("Smith Media", "Smith said he was pleased."),
    ("Tony Media", "Tony said he was delighted with the result."),
    ("Global News", "Global said the deal was off."),
    ("Media Group", "Media said the deal was off."),
    ("News News", "News said the deal was off."),
    ("Radio TV", "Radio said the deal was off."),
    ("Sky News", "Sky said its broadband customers faced outages."),
    ("Kremlin TV", "The Kremlin reported that the talks had failed."),
    ("White House Media", "According to the White House, the talks had failed."),
    ("Kaleva Radio News", "Kaleva Radio said its profits rose."),
]


def _outlets(site: str, text: str) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder([site]))]


def test_reported_breaks_credit_no_site_outlet():
    for site, text in _BREAKS:
        assert site not in _outlets(site, text), (site, text)


def test_a_mediums_short_form_still_credits_in_a_newsrooms_frame():
    assert _outlets("Kaleva Radio News", "Kaleva Radio reported that the minister resigned.") == ["Kaleva Radio News"]
    assert "Kaleva Radio News" in _outlets("Kaleva Radio News", "The minister told Kaleva Radio that she would resign.")


_CORES = st.sampled_from("""Police Government Kremlin Nato EU UN Trump Smith Tony Global Media News Radio Sky Army
Council Ministry Parliament Senate Court Apple Helsinki Finland Labour John Maria White Federal""".split())
_GENERIC = st.sampled_from(["News", "Online", "TV", "Television", "Network", "Media", "Digital", "Group"])
_VERBS = st.sampled_from(["said", "says", "told reporters", "reported", "announced", "confirmed"])


@settings(max_examples=60, deadline=None)
@given(_CORES, _GENERIC, _VERBS, st.booleans())
def test_one_word_core_never_credits_the_site(core, generic, verb, the):
    site = f"{core} {generic}"
    text = f"{'The ' if the else ''}{core} {verb} that the talks had failed."
    assert site not in _outlets(site, text), (site, text)
