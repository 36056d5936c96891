"""Credits to outlets whose names are not English capitalised words (analyse/credits.py).

A trial of a cycling briefing (tests/stories/doping/): every re-telling that credited L'Équipe,
La Gazzetta dello Sport, AS or NOS in its text was counted as an independent report, so coverage
said "4 reports, 3 independent" of one revelation and its three re-tellings. A name was read only
from A–Z capitals ("L'Équipe": "L", then nothing), joined only by "of", "de", "du" ("La Gazzetta
dello Sport" stopped at "Gazzetta"), and a descriptor could be qualified by eleven nationalities
("told Spanish newspaper AS", "told the Dutch broadcaster NOS" were no credits). "L'Equipe",
written without its accent, was another outlet than the source "L'Équipe".
"""
from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credit_newsmakers import newsmaker
from briefgen.analyse.credits import KNOWN_OUTLETS, credit_finder, detect_credits
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.lexicon import NATIONALITIES, STOPWORDS
from briefgen.analyse.stories import group_stories, story_features
from support import factories

CAPITALS = "ABDEGKLMNPRSTVZÀÉÎÖØÜÞĀĆČĐĘŁŃŒŠŚŽÇÅ"
LOWER = "abdeiklmnorstuvzàéèîöüøåąčęłńšśžç"
PARTICLES = ["dello", "della", "de", "di", "del", "van", "von", "der", "do", "da", "la", "le", "of"]
NATIONS = sorted(w.capitalize() for w in NATIONALITIES if w.isalpha())
KNOWN = {outlet_key(alias) for name, aliases in KNOWN_OUTLETS.items() for alias in (name, *aliases)}
DESCRIPTORS = ["newspaper", "sports daily", "daily", "broadcaster", "public broadcaster", "news agency", "paper"]


@st.composite
def outlet_names(draw: st.DrawFn) -> str:
    """One to three capitalised words of any of these scripts, perhaps an elided article, perhaps
    joined by a lower-case particle: "L'Équipe", "La Gazzetta dello Sport", "Łódź Ekspres", "NOS"."""
    def word() -> str:
        if draw(st.integers(0, 5)) == 0:  # an acronym
            return draw(st.text("ABCDEFGHKLMNOPRSTUVWZ", min_size=2, max_size=4))
        return draw(st.sampled_from(CAPITALS)) + draw(st.text(LOWER, min_size=2, max_size=8))
    words = [word()]
    for _ in range(draw(st.integers(0, 2))):
        if draw(st.booleans()):
            words.append(draw(st.sampled_from(PARTICLES)))
        words.append(word())
    elided = draw(st.sampled_from(["", "", "L'", "l'", "D'"]))
    if elided and words[0][:1] in CAPITALS and not words[0].isupper():
        words[0] = elided + words[0]
    name = " ".join(words)
    assume(outlet_key(name) not in KNOWN and outlet_key(name) != "reuters")  # "AP" is the Associated Press
    # (a name ending in a known outlet's, "AA BBC", is credited to that outlet: a limit, docs/stories.md)
    assume(not any(outlet_key(" ".join(words[n:])) in KNOWN for n in range(1, len(words))))
    # (a first word that is an English function word, "And AA", reads as the sentence's "and": a CI draw)
    assume(words[0].lower() not in STOPWORDS)
    # (a name that reads as a newsmaker's, "AA FC" — a club — is credited by reporting frames only, not by "X reported
    # on Tuesday", docs/stories.md; test_newsmaker_credits.py holds that rule: a draw, 2026-12-06)
    assume(not newsmaker(name))
    return name


FRAMES = [
    "The rider tested positive, according to {outlet}, a week after his win.",
    "The sample was positive, {outlet} reported on Tuesday.",
    "The test, first reported by {outlet} on Tuesday morning, was out of competition.",
    "His lawyer told {descriptor} {outlet} in an interview that the sample was mishandled.",
    "The agent told the {descriptor} {outlet} that the rider was baffled.",
]


def strip_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@settings(max_examples=examples(150), deadline=None, database=None)
@given(outlet_names(), st.sampled_from(FRAMES), st.sampled_from(NATIONS), st.sampled_from(DESCRIPTORS),
       st.booleans())
@example("L'Équipe", FRAMES[0], "French", "sports daily", False)
@example("L'Équipe", FRAMES[1].replace("The", "Vidal failed a test, French sports daily"), "French", "daily", True)
@example("La Gazzetta dello Sport", FRAMES[1], "Italian", "daily", False)
@example("AS", FRAMES[3], "Spanish", "newspaper", False)
@example("NOS", FRAMES[4], "Dutch", "broadcaster", False)
def test_an_outlet_of_the_site_is_credited_whatever_its_spelling(outlet: str, frame: str, nation: str,
                                                               descriptor: str, unaccented: bool) -> None:
    """Every form names the site's outlet, also when the text writes it without accents."""
    written = strip_accents(outlet) if unaccented else outlet
    text = frame.format(outlet=written, descriptor=f"{nation} {descriptor}")
    credits = detect_credits(text, credit_finder(["Reuters", outlet]))
    assert [c.outlet for c in credits] == [outlet], (text, credits)
    assert outlet_key(written) == outlet_key(outlet)


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from(NATIONS), st.sampled_from(DESCRIPTORS), outlet_names())
@example("Afghan", "newspaper", "CNN AA")  # a known outlet's name starting a longer one (a draw, 2026-12-02)
@example("Afghan", "newspaper", "AP dello AA")  # joined by a particle (a draw, 2026-12-03)
@example("Turkish", "broadcaster", "CNN Türk")
def test_a_name_after_a_descriptor_of_any_nationality_is_an_outlet(nation: str, descriptor: str, name: str) -> None:
    """Outside the site's sources too: "told the Dutch broadcaster NOS" credits NOS."""
    text = f"The agent told the {nation} {descriptor} {name} that the rider was baffled."
    assert [c.outlet for c in detect_credits(text, credit_finder(["Reuters"]))] == [name], text


def test_people_with_particles_are_still_no_outlets() -> None:
    assert detect_credits("Ursula von der Leyen reported that talks had failed. According to Jan de Vries, "
                          "nothing changed.") == ()


EIGHT_SEPT = dt.datetime(2026, 9, 8, 6, 30, tzinfo=factories.UTC)
TRIAL = [  # (slug, outlet, hours after the revelation, text): tests/stories/doping/, vidal-positive-epo
    ("lequipe", "L'Équipe", 0, "Tomás Vidal, the Spanish climber of Equipo Sierra Norte who won a Vuelta stage, "
     "returned a positive sample for erythropoietin in Granada, L'Équipe can reveal."),
    ("reuters", "Reuters", 4, "Spaniard Tomás Vidal of Sierra Norte, a Vuelta stage winner, has tested positive "
     "for the blood booster erythropoietin in Granada, French sports daily L'Equipe reported on Tuesday."),
    ("cyclingnews", "Cyclingnews", 6, "Sierra Norte rider Tomás Vidal has been notified of a positive finding for "
     "erythropoietin, according to L'Équipe, a week after his Vuelta stage win near Granada."),
    ("marca", "Marca", 12, "Sierra Norte suspended Tomás Vidal after the Granada climber's erythropoietin control "
     "at the Vuelta, first reported by L'Équipe on Tuesday morning."),
]


def test_the_trial_story_counts_three_re_tellings_of_one_revelation() -> None:
    finder = credit_finder([outlet for _, outlet, _, _ in TRIAL])
    articles = [factories.article(slug, EIGHT_SEPT + dt.timedelta(hours=hours), source=outlet)
                for slug, outlet, hours, _ in TRIAL]
    features = {slug: story_features("Vidal positive for EPO", text, finder) for slug, _, _, text in TRIAL}
    (story,) = group_stories(articles, features, factories.config()).stories
    assert story.original == "L'Équipe" and story.lead == "lequipe"
    assert dict(story.roles) == {"lequipe": "original", "reuters": "re-report", "cyclingnews": "re-report",
                                 "marca": "re-report"}


@settings(max_examples=examples(40), deadline=None, database=None)
@given(st.sampled_from(NATIONS), st.sampled_from(DESCRIPTORS), outlet_names(), st.sampled_from(
    ["reported", "revealed", "wrote", "has learned"]))
@example("Dutch", "broadcaster", "RTL Nieuws", "reported")
@example("Lithuanian", "daily", "Lrytas", "reported")
@example("Afghan", "newspaper", "CNN AA", "reported")
def test_a_name_after_a_descriptor_is_an_outlet_before_the_verb_too(nation: str, descriptor: str, name: str,
                                                                   verb: str) -> None:
    """"Dutch broadcaster RTL Nieuws reported": the descriptor qualifies the name in "X reported" as
    in "told X" (before, only a known outlet or one ending in an outlet word was credited there)."""
    text = f"The rider failed a test, the {nation} {descriptor} {name} {verb} on Monday."
    assert [c.outlet for c in detect_credits(text, credit_finder(["Reuters"]))] == [name], text


def test_a_known_outlet_starting_a_longer_name_keeps_its_credit_without_a_descriptor() -> None:
    """Only a descriptor says the whole run is one outlet's name: "told BBC Mundo" credits the BBC,
    "according to Reuters Ukraine's ministry" and "told Reuters Tuesday" credit Reuters."""
    finder = credit_finder(["Reuters"])
    for text, outlet in [("The agent told BBC Mundo that he was baffled.", "BBC"),
                         ("It fell, according to Reuters Ukraine's ministry said.", "Reuters"),
                         ("He told Reuters Tuesday that it fell.", "Reuters"),
                         ("The Turkish broadcaster CNN Türk reported on Monday that it fell.", "CNN Türk")]:
        assert [c.outlet for c in detect_credits(text, finder)] == [outlet], text
