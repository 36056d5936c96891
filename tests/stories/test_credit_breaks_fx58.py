"""FX58: BR34's breaks of this session's credit rules (docs/log/stories.md, "BR34's breaks of the credit rules (FX58)").

1. A newsmaker's deleted post or debunked claim removed the outlet's credit ("Reuters reported that the minister wrote
   on X that talks had failed. The tweet was later deleted."): only a report (report, story, article …) retracted by
   the credited outlet, or passively with no other agent, is a retracted report (credit_retracted.py).
2. "The report was later retracted by the Gazette, which had first published it": an agent other than the outlet
   leaves its credit.
3. "The agency said" after a named body ("The European Medicines Agency (EMA) approved the drug.") credited the outlet
   named before it (agencybodies.py, via shortnames.nearest_outlet).
4. A government's press office ("The Government Press Agency (GPA) said", "Army News Service") was an outlet
   (agencynames._OFFICE).
5. "The Islamic Republic News Agency (IRNA) reported" credited "The Islamic Republic News Agency" (agency_form).
"""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits


def _outlets(text: str, site: tuple[str, ...] = ()) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(site))]


OUTLETS = (("Reuters", "the agency"), ("CNN", "the network"), ("The Washington Post", "the newspaper"),
           ("Associated Press", "the agency"))
# (what the outlet reported a newsmaker did, the newsmaker's thing undone after it)
NEWSMAKER = (("the minister wrote on X that talks had failed", "The tweet was later deleted."),
             ("the minister wrote on X that talks had failed", "The post has since been deleted."),
             ("the president said the election was rigged", "The claim was later debunked by election officials."),
             ("the president said the election was rigged", "The claim was later shown to be false."),
             ("the company posted the figures on X", "It later deleted the post."),
             ("the company posted the figures on X", "It has since deleted the tweet."),
             ("the senator accused his rival of fraud", "He later retracted the claim."),
             ("the police said three people died", "Police later retracted the statement."))
FRAMES = ("{o} reported that {did}.", "According to {o}, {did}.", "{Did}, {o} reported.", "{Did}, {o} said.")


def _credit(frame: str, outlet: str, did: str) -> str:
    text = frame.format(o=outlet, did=did, Did=did[0].upper() + did[1:])
    return text if text.startswith(outlet) else text.replace(", The ", ", the ")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(FRAMES), st.sampled_from(NEWSMAKER))
@example(OUTLETS[0], FRAMES[0], NEWSMAKER[0])
@example(OUTLETS[0], FRAMES[2], NEWSMAKER[1])
@example(OUTLETS[0], FRAMES[1], NEWSMAKER[4])
def test_a_newsmakers_post_or_claim_undone_leaves_the_credit(outlet: tuple[str, str], frame: str,
                                                              newsmaker: tuple[str, str]) -> None:
    did, undone = newsmaker
    text = f"{_credit(frame, outlet[0], did)} {undone}"
    assert _outlets(text) == [outlet[0]], text


def test_the_reported_posts_and_claims() -> None:
    assert _outlets("Reuters reported that the minister wrote on X that talks with Kyiv had failed. The tweet was "
                    "later deleted.") == ["Reuters"]
    assert _outlets("The minister wrote on X that talks had failed, Reuters reported. The post has since been "
                    "deleted.") == ["Reuters"]
    assert _outlets("The BBC reported that the president said the election was rigged. The claim was later debunked "
                    "by election officials.") == ["BBC"]
    assert _outlets("According to Reuters, the company posted the figures on X on Monday. It later deleted the "
                    "post.") == ["Reuters"]
    assert _outlets("The president announced the deal on Truth Social, the Associated Press reported, but later "
                    "deleted the post.") == ["Associated Press"]


AGENTS_ELSE = ("the Gazette, which had first published it", "the Harbour Daily", "the ministry", "election officials",
               "Bloomberg")
AGENTS_OWN = ("{o}", "{g}", "its editors")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(FRAMES), st.sampled_from(("report", "story", "article")),
       st.sampled_from(AGENTS_ELSE), st.sampled_from(AGENTS_OWN))
@example(OUTLETS[0], FRAMES[0], "report", AGENTS_ELSE[0], AGENTS_OWN[0])
def test_a_report_retracted_by_another_leaves_the_credit(outlet: tuple[str, str], frame: str, noun: str, other: str,
                                                         own: str) -> None:
    """"… retracted by <another>" is another's report, the credit stands; by the outlet ("by Reuters", "by the
    agency", "by its editors") it is the outlet's, no credit (as with no agent)."""
    name, generic = outlet
    first = _credit(frame, name, "the mayor would resign")
    text = f"{first} The {noun} was later retracted by {other}."
    assert _outlets(text, ("Harbour Daily",)) == [name], text
    text = f"{first} The {noun} was later retracted by {own.format(o=name, g=generic)}."
    assert _outlets(text, ("Harbour Daily",)) == [], text
    assert _outlets(f"{first} The {noun} was later retracted.", ("Harbour Daily",)) == [], text


BODIES = ("The European Medicines Agency (EMA) approved the drug.", "The World Health Organization welcomed it.",
          "The Environment Agency (EA) issued 30 flood warnings.", "The Food and Drug Administration said nothing.",
          "The International Energy Agency published its figures.", "The US Environmental Protection Agency sued.")
AGENCY = ("The agency said more data was needed.", "The agency added that more data was needed.",
          "More data was needed, according to the agency.", "The EU agency said more data was needed.")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(FRAMES), st.sampled_from(BODIES), st.sampled_from(AGENCY))
@example(OUTLETS[0], FRAMES[0], BODIES[0], AGENCY[0])
@example(OUTLETS[0], FRAMES[0], BODIES[1], AGENCY[0])
@example(OUTLETS[0], FRAMES[0], BODIES[2], AGENCY[0])
def test_the_agency_after_a_named_body_is_that_body(outlet: tuple[str, str], frame: str, body: str,
                                                    agency: str) -> None:
    first = _credit(frame, outlet[0], "the drug was approved")
    assert _outlets(f"{first} {body} {agency}") == [outlet[0]], f"{first} {body} {agency}"
    # with no body named between them "the agency" is the agency credited (a news agency's own words)
    if outlet[1] == "the agency" and "EU agency" not in agency:  # ("the EU agency" is no anaphor of an outlet)
        assert _outlets(f"{first} {agency}") == [outlet[0]] * 2, f"{first} {agency}"
    # "the news agency" after a body is still the news agency
    news = agency.replace("The agency", "The news agency").replace("the agency", "the news agency")
    if outlet[1] == "the agency" and "EU agency" not in agency:
        assert _outlets(f"{first} {body} {news}") == [outlet[0]] * 2, f"{first} {body} {news}"


OFFICES = ("Government Press Agency", "Presidential Press Service", "State Press Agency", "Ministry of Information "
           "Press Office", "Army News Service", "Cabinet Press Service", "Police News Service")
OFFICE_FRAMES = ("The {n} ({i}) said the minister resigned.", "The {n} ({i}) reported the promotion.",
                 "The minister resigned, the {n} ({i}) said.", "According to the {n} ({i}), the minister resigned.",
                 "The {n} reported the promotion.", "The {n} said the minister resigned.")


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OFFICES), st.sampled_from(OFFICE_FRAMES))
@example(OFFICES[0], OFFICE_FRAMES[0])
@example(OFFICES[4], OFFICE_FRAMES[1])
def test_a_press_office_is_no_outlet(office: str, frame: str) -> None:
    text = frame.format(n=office, i=_initials(office)).replace("The minister resigned, the", "The minister resigned,"
                                                                                             " the")
    assert _outlets(text) == [], text


AGENCIES = ("Islamic Republic News Agency", "Saudi Press Agency", "Kenya News Agency", "Emirates News Agency",
            "Syrian Arab News Agency")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(AGENCIES), st.sampled_from(("The {n} ({i}) reported the arrests.",
                                                   "The {n} ({i}) said the minister resigned.",
                                                   "The arrests were reported by the {n} ({i}).",
                                                   "According to the {n} ({i}), the minister resigned.",
                                                   "The {n} reported the arrests.")))
@example(AGENCIES[0], "The {n} ({i}) reported the arrests.")
def test_an_agencys_name_has_no_the(agency: str, frame: str) -> None:
    text = frame.format(n=agency, i=_initials(agency))
    assert set(_outlets(text)) <= {agency} and _outlets(text), text
