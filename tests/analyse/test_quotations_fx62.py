"""Whose words, three kinds left from earlier trials (FX62, note46's "Quotations").

1. A claim reported without "that" and framed again after its quotation: "Berg said the plan was 'a gift to
   speculators,' the Treasury said." was Berg's; with "that" it was the frame's speaker's, unnamed (FX41). A reported
   clause is now a subject and a finite verb as well (reportedclaims._clause_without_that): the same speaker with
   "that" or without. "said “…”, the Treasury said" (no clause) and an appositive naming the words ("“…,” a line the
   delegation repeated", test_unread_speaker_frames: reportedclaims._WORDS_APPOSITIVE) stay the holder's.
2. What a speaker thanks someone for, in a predicate of its own after a speech verb: "Osei said the town owed him a
   debt and thanked him for “his courage”" was Osei's; the phrase is no one's (thankedwords.py), as "The minister
   thanked him for 'his courage'" alone already was. In the reported clause ("said she thanked him for “…”") or in
   the second person ("“your courage”") it stays the speaker's.
3. "the company said" after a company named by a country and a utility's word: "Kenya Power told customers … 'We
   regret the outage,' the company said." had no speaker ("Kenya Power" was a person); it is Kenya Power's
   (companyforms.UTILITY_WORDS), as after "Kenya Airways", "Uganda Telecom", "Equity Bank", "Equity Group".
"""
from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st
from support.madeup import FAST, word

from briefgen.analyse.nameruns import classify
from briefgen.analyse.quotes import quotes_in

QUOTE = "a gift to speculators and nobody else"


def _who(title: str, text: str) -> list[tuple[str | None, str]]:
    return [(q.name, q.frame) for q in quotes_in(title, text)]


def test_the_reported_inputs() -> None:
    assert _who("Plan", "Berg said the plan was 'a gift to speculators,' the Treasury said.") == [(None, "unnamed")]
    assert _who("Award", "The minister thanked him for 'his courage'.") == []
    assert _who("Award", "Jane Osei said the town owed him a debt and thanked him for “his courage and his calm”.") == [
        (None, "unnamed")]
    assert _who("Award", "“The town owes him a debt,” Jane Osei said, thanking him for “his courage”.") == [
        ("Jane Osei", "said-after")]
    assert _who("Outage", "Kenya Power told customers on Monday that repairs would take days. 'We regret the outage,' "
                          "the company said.") == [("Kenya Power", "said-after")]


CLAUSES = ["the plan was", "the plan is", "the plan would be", "prices had become", "it was", "the deal could prove",
           "the reform will be", "the levy has been", "the plan risked being", "the bill did not go far enough and was"]
VERBS = ["said", "argued", "insisted", "claimed", "believed", "maintained", "told reporters", "told the committee"]
UNREAD = ["the Treasury", "his lawyer", "her aides", "a spokesman", "the ministry", "their lawyer"]


@FAST
@given(word, word, st.sampled_from(VERBS), st.sampled_from(CLAUSES), st.sampled_from(UNREAD), st.booleans(),
       st.booleans())
@example("Anna", "Berg", "said", "the plan was", "the Treasury", False, True)
def test_a_claim_without_that_is_whose_it_is_with_that(given_name: str, surname: str, verb: str, clause: str,
                                                         reporter: str, inverted: bool, comma_inside: bool) -> None:
    assume(given_name != surname)
    quoted = f"“{QUOTE},”" if comma_inside else f"“{QUOTE}”,"
    frame = f"said {reporter}" if inverted else f"{reporter} said"
    without = f"{given_name} {surname} {verb} {clause} {quoted} {frame}."
    with_that = f"{given_name} {surname} {verb} that {clause} {quoted} {frame}."
    assert _who("Plan", without) == _who("Plan", with_that) == [(None, "unnamed")], without


@FAST
@given(word, word, word, word, st.sampled_from(VERBS), st.sampled_from(CLAUSES))
def test_a_named_reporter_still_speaks_and_no_frame_after_leaves_the_holder(
        given_name: str, surname: str, other_given: str, other: str, verb: str, clause: str) -> None:
    assume(len({given_name, surname, other_given, other}) == 4)
    named = f"{given_name} {surname} {verb} {clause} “{QUOTE}”, {other_given} {other} said."
    assert [name for name, _ in _who("Plan", named)] == [f"{other_given} {other}"], named
    if verb == "believed":
        return  # (no speech verb: with no frame after it, no one's)
    for alone in (f"{given_name} {surname} {verb} {clause} “{QUOTE}” to the end.",
                  f"{given_name} {surname} {verb} {clause} “{QUOTE},” a view the Treasury shares."):
        assert [name for name, _ in _who("Plan", alone)] == [f"{given_name} {surname}"], alone


FIRST = ["said the town owed him a debt", "told the crowd the town owed him a debt", "said the rescue was a relief",
         "spoke at the ceremony"]
JOINS = [" and thanked", ", and thanked", ", thanking", " and praised", ", praising", " and also thanked",
         " but commended", " and congratulated", ", then thanked", " and warmly thanked"]
OBJECTS = ["him", "her", "the crew", "the volunteers of the lifeboat", "them"]
PHRASES = ["his courage and his calm under fire", "their tireless work through the night", "her quick thinking",
           "showing such courage in their work", "a job they did so well"]  # the third person only (FX69)


@FAST
@given(word, word, st.sampled_from(FIRST), st.sampled_from(JOINS), st.sampled_from(OBJECTS), st.sampled_from(PHRASES),
       st.booleans())
@example("Jane", "Osei", "said the town owed him a debt", " and thanked", "him", "his courage and his calm under fire",
         False)
def test_what_a_speaker_thanks_someone_for_is_no_ones(given_name: str, surname: str, first: str, join: str, obj: str,
                                                       phrase: str, quoted_first: bool) -> None:
    assume(given_name != surname)
    if quoted_first:
        text = f"“The town owes them a debt,” {given_name} {surname} said{'' if join.startswith(',') else ','}{join} {obj} for “{phrase}”."
        expected = [f"{given_name} {surname}"] + ([None] if len(phrase.split()) > 3 else [])
    else:
        text = f"{given_name} {surname} {first}{join} {obj} for “{phrase}”."
        expected = [None] if len(phrase.split()) > 3 else []  # (a fragment with no speaker is no quote)
    assert [name for name, _ in _who("Award", text)] == expected, text


@FAST
@given(word, word, st.sampled_from(["said she thanked", "told reporters she wanted to thank", "said she had praised"]),
       st.sampled_from(OBJECTS))
def test_thanks_in_the_speakers_reported_clause_or_the_second_person_stay_hers(given_name: str, surname: str,
                                                                               frame: str, obj: str) -> None:
    assume(given_name != surname)
    reported = f"{given_name} {surname} {frame} {obj} for “his courage and his calm under fire”."
    assert [name for name, _ in _who("Award", reported)] == [f"{given_name} {surname}"], reported
    second = f"{given_name} {surname} said the town owed a debt and thanked {obj} for “your courage and your calm”."
    assert [name for name, _ in _who("Award", second)] == [f"{given_name} {surname}"], second


PLACES = ["Kenya", "Uganda", "Tanzania", "Zambia", "Ghana", "India", "Nigeria", "Tokyo Electric", "Malaysia", "Rwanda"]
HEADS = ["Power", "Pipeline", "Sugar", "Cement", "Airways", "Airlines", "Telecom", "Bank", "Group", "Breweries"]
ACTS = ["told customers on Monday that repairs would take days.", "cut supplies to the coast on Monday.",
        "said repairs would take days.", "apologised to customers on Monday."]


@FAST
@given(st.sampled_from(PLACES), st.sampled_from(HEADS), st.sampled_from(ACTS), st.sampled_from(["company", "firm"]),
       st.booleans())
@example("Kenya", "Power", "told customers on Monday that repairs would take days.", "company", True)
def test_the_company_is_the_company_named_by_a_country_and_its_trade(place: str, head: str, act: str, noun: str,
                                                                     straight: bool) -> None:
    name = f"{place} {head}"
    quoted = "'We regret the outage,'" if straight else "“We regret the outage,”"
    text = f"{name} {act} {quoted} the {noun} said."
    assert _who("Outage", text) == [(name, "said-after")], text


@given(st.sampled_from(["Samantha", "Nick", "Ms", "Mr", "Lord", "Jordan", "Georgia"]), st.sampled_from(
    ["Power", "Sugar", "Cement", "Pipeline"]))
def test_a_utilitys_word_after_a_persons_name_or_title_is_still_a_surname(first: str, surname: str) -> None:
    assert classify([first, surname])[0] == "person", (first, surname)
