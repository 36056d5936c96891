"""A source that is also a newsmaker is credited by a reporting frame only (credit_newsmakers.py; 2026-12-05).

The ferry trial (tests/stories/ferry/) lists the ferry company, the island council and the union among its `sources:`
beside its newspapers. "Northsound Ferries said it welcomed the inquiry" was read as a credit of the company's
newsroom, as "the Daily Meridian said" is of a paper's: three stories said "First reported by Northsound Ferries" and
eight articles carried a false "Re-told report" notice. What an organisation says, confirms, announces or writes is
news about it; only "according to X", "as reported by X", "X reported that", "X first reported", "X's website said"
and their kin say that the text's information was published by X.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, strategies as st

from briefgen.analyse.credit_newsmakers import NEWSROOM_WORDS, newsmaker
from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.storyfeatures import CREDIT_CHARS
from briefgen.load.config import load_config
from briefgen.load.frontmatter import split as split_front_matter
from support.madeup import FAST, word

FERRY = Path(__file__).resolve().parents[1] / "stories" / "ferry"
name_word = word.filter(lambda w: w.lower() not in NEWSROOM_WORDS)
ORGANISATIONS = ("{} Ferries", "{} Islands Council", "{} Union", "{} Water Trust", "Police {}",
                 "Ministry of {} Affairs", "{} FC", "{} Airways", "{} Health Board")
NEWSROOMS = ("The {} Record", "{} FM", "{} Courier", "{}", "The Daily {}", "{} Evening News")
SPEECH = ("{X} said it welcomed the inquiry.", "{X} says the vessel is stable.", "{X} added that sailings would resume.",
          "{X} stated that it had no comment.", "{X} confirmed the sailing was cancelled.",
          "{X} announced a review on Monday.", "{X}'s chief executive said the ship was safe.",
          "{X}'s report said the valve had failed.", "{X} reported a loss of 2 million pounds.",
          "{X} reported the incident to the investigators.", "{X} wrote to the minister on Tuesday.",
          "{X} noted the concerns of islanders.", "{X} revealed plans for a new ship.", "{X} cited the weather.",
          "A witness told {X} he saw the ship strike the reef.", "The crew told {X} they would not sail.",
          "The captain spoke to {X} by radio.", "She confirmed to {X} that she had resigned.",
          "He said in a statement to {X} that crews were safe.", "Documents obtained by {X} show two defects.",
          "A report by {X} found two defects.", "Figures published by {X} show delays.")
REPORTING = ("According to {X}, the ship was refloated at dawn.", "The ship was refloated at dawn, as reported by {X}.",
             "{X} reported that the ship was refloated at dawn.", "{X} reported on Tuesday that the ship was refloated.",
             "{X} first reported the refloating on Tuesday.", "{X} was the first to report the refloating.",
             "{X}, which first reported the refloating, said more.", "{X}'s website said the ship was refloated.",
             "The refloating was first reported by {X}.", "The ship was refloated, per {X}.")
LEAD = "The Morning Star was towed off the reef on Friday morning. "


def _credited(text: str, outlets: tuple[str, ...]) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(outlets))]


@FAST
@given(st.sampled_from(ORGANISATIONS), name_word, st.sampled_from(SPEECH))
@example("{} Ferries", "Northsound", "{X} said it welcomed the inquiry.")
def test_an_organisations_own_speech_or_act_credits_it_with_nothing(form: str, name: str, sentence: str) -> None:
    organisation = form.format(name)
    assert newsmaker(organisation)
    text = LEAD + sentence.format(X=organisation)
    assert organisation not in _credited(text, (organisation, "The Coast Record", "Isles FM")), text


@FAST
@given(st.sampled_from(ORGANISATIONS), name_word, st.sampled_from(REPORTING))
@example("{} Ferries", "Northsound", "{X}'s website said the ship was refloated.")
def test_a_reporting_frame_credits_an_organisation(form: str, name: str, sentence: str) -> None:
    organisation = form.format(name)
    text = LEAD + sentence.format(X=organisation)
    assert organisation in _credited(text, (organisation, "The Coast Record", "Isles FM")), text


@FAST
@given(st.sampled_from(NEWSROOMS), name_word, st.sampled_from(("said", "says", "added", "stated")),
       st.sampled_from(("{X} {verb} the ship was refloated.", "He said in a statement to {X} that crews were safe.",
                        "{X}'s website said the ship was refloated.")))
def test_a_newsroom_that_says_is_still_credited(form: str, name: str, verb: str, sentence: str) -> None:
    """As before ("the Daily Meridian said", tests/analyse/test_outlet_said_credits.py), and by the two frames
    added with the rule ("in a statement to X", "X's website said")."""
    outlet = form.format(name)
    assert not newsmaker(outlet)
    text = LEAD + sentence.format(X=outlet, verb=verb)
    assert outlet in _credited(text, (outlet, "Northsound Ferries")), text


@FAST
@given(st.sampled_from(ORGANISATIONS), name_word, st.booleans())
def test_the_newspaper_never_stands_for_an_organisation(form: str, name: str, newsroom_named: bool) -> None:
    """"The paper said", "the newspaper reported" name a newsroom: the nearest one named, never a company."""
    organisation = form.format(name)
    before = "The Coast Record broke the story on Monday. " if newsroom_named else ""
    text = f"{before}{organisation} said it was sorry. The newspaper reported that two defects were logged."
    # (its "broke the story" credits it too since FX25: creditscoops.py)
    assert set(_credited(text, (organisation, "The Coast Record"))) == ({"The Coast Record"} if newsroom_named else set())


@pytest.mark.parametrize(("name", "maker"), [
    ("Northsound Ferries", True), ("Skerrin Islands Council", True), ("Nautical and Ferry Workers' Union", True),
    ("Police Scotland", True), ("Post Office", True), ("HM Coastguard", True), ("Bank of England", True),
    ("Reuters", False), ("The Coast Record", False), ("Isles FM", False), ("Noorderkrant", False),
    ("Ferry & Port Week", False), ("The National Standard", False), ("Insurance Times", False),
    ("Global Wire Service", False), ("Anadolu Agency", False), ("Times of India", False), ("The Daily Meridian", False)])
def test_which_sources_are_newsmakers(name: str, maker: bool) -> None:
    assert newsmaker(name) is maker


def test_the_ferry_trials_articles_credit_no_company_council_or_union() -> None:
    """The reported inputs: no article of the trial credits one of its three newsmakers, and its re-tellings keep
    their credits (the Coast Record's scoop, Ferry & Port Week's interview)."""
    config, _ = load_config(FERRY / "config.yaml")
    assert config is not None
    outlets = tuple(sorted(s.name for s in config.sources))
    makers = {name for name in outlets if newsmaker(name)}
    assert makers == {"Northsound Ferries", "Skerrin Islands Council", "Nautical and Ferry Workers' Union"}
    found = {}
    for path in sorted((FERRY / "content" / "articles").glob("*.md")):
        parts, _ = split_front_matter(path.read_text(encoding="utf-8"), str(path))
        found[path.stem] = set(_credited(parts.body.strip()[:CREDIT_CHARS], outlets))
    assert not any(credited & makers for credited in found.values()), found
    assert "The Coast Record" in found["standard-steering-warning"] & found["reuters-steering-warning"]
    assert "Ferry & Port Week" in found["islesfm-orourke"]
