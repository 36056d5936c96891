"""FX67: BR35's breaks of FX61's credit rules (docs/log/stories.md, "BR35's breaks of FX61's credits (FX67)").

1. A known outlet's name inside a longer capitalised name credited it: "The Foreign Press Association said" → PA
   Media, "The Hull Daily Mail reported" → Daily Mail. The class: any known outlet's or agency's name of two words or
   more after capitalised words that make another name; the words that place or own it (FX56) and "The" keep the
   credit, and a possessive places an outlet with a listed home only at home ("Britain's", not "Jamaica's").
"""
from __future__ import annotations

from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.knownoutlets import KNOWN_OUTLETS, agency_outlets
from briefgen.analyse.outletcountries import at_home


def _outlets(text: str, site: tuple[str, ...] = ()) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(site))]


# every known outlet's and agency's written form of two words or more that opens with no article (one word is no
# known tail without a place before it, and an article opens a name: credit_leadins.known_tail)
_ARTICLES = ("the ", "le ", "la ", "el ", "die ", "der ")
LONG_FORMS = tuple(sorted({(canonical, form) for canonical, aliases in KNOWN_OUTLETS.items()
                           for form in (canonical, *aliases) if " " in form and not form.lower().startswith(_ARTICLES)}
                          | {(canonical, form) for canonical, forms in agency_outlets() for form in forms
                             if " " in form and not form.lower().startswith(_ARTICLES)}))
PREFIXES = ("Foreign", "Student", "National", "Hull", "Charleston", "Gaza Foreign", "Scottish", "Irish", "Catholic",
            "Kenya's Student", "Bristol Post and Hull")
INSIDE = ("The {p} {o} said the law was wrong.", "The {p} {o} reported the flood.",
          "The flood closed roads, the {p} {o} reported.", "According to the {p} {o}, the flood closed roads.",
          "{p} {o} said the law was wrong.")


@settings(max_examples=examples(150), deadline=None)
@given(st.sampled_from(LONG_FORMS), st.sampled_from(PREFIXES), st.sampled_from(INSIDE))
@example(("PA Media", "Press Association"), "Foreign", "The {p} {o} said the law was wrong.")
@example(("Daily Mail", "Daily Mail"), "Hull", "The {p} {o} reported the flood.")
@example(("Daily Mail", "Daily Mail"), "Bristol Post and Hull", "The {p} {o} reported the flood.")
def test_a_known_name_inside_a_longer_name_credits_nothing(form: tuple[str, str], prefix: str, frame: str) -> None:
    """A known outlet's name after capitalised words of another name is that name's, never the outlet's — but not
    after its own home's adjective, which places it ("The Scottish Daily Mail" is the Daily Mail's Scottish edition:
    outletcountries.py, FX67; a CI check drew it, 2026-12-07)."""
    canonical, written = form
    assume(at_home(canonical, prefix.lower()) is not True)
    assert canonical not in _outlets(frame.format(p=prefix, o=written))


PLACING = ("Britain's", "the London-based", "the British news agency", "the")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(PLACING), st.sampled_from(("Press Association", "Daily Mail")),
       st.sampled_from(("{P} {o} reported the flood.", "According to {p} {o}, the flood closed roads.")))
@example("Britain's", "Press Association", "{P} {o} said the law was wrong.")
@example("the British", "Press Association", "{P} {o} said the law was wrong.")
def test_placing_words_keep_the_credit(placing: str, written: str, frame: str) -> None:
    """Words that place or own the outlet at its home (FX56's descriptors) and "The" keep its credit. ("The
    London-based Daily Mail said" credits no one, at s50 too: left.)"""
    outlet = {"Press Association": "PA Media", "Daily Mail": "Daily Mail"}[written]
    assert outlet in _outlets(frame.format(p=placing, P=placing[0].upper() + placing[1:], o=written))


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(("Jamaica's", "Pakistan's", "the Jamaican", "Kenya's", "the Kenyan")),
       st.sampled_from(("Press Association", "Daily Mail")), st.sampled_from(INSIDE))
@example("Jamaica's", "Press Association", "{p} {o} said the law was wrong.")
def test_a_possessive_away_from_home_credits_nothing(owner: str, written: str, frame: str) -> None:
    """A place's possessive or adjective places an outlet with a listed home only at home (outletcountries.py): the
    Press Association of Jamaica is not PA Media."""
    assert not {"PA Media", "Daily Mail"} & set(_outlets(frame.format(p=owner, o=written).replace("The the ", "The ")
                                                         .replace("the the ", "the ")))


# 2. An agency's initials in running text ("EFE said trains …": Chile's state railway) credited the agency.
LOOSE = ("EFE", "ANSA", "WAM")
AGENCY = {"EFE": "Agencia EFE", "ANSA": "Agenzia Nazionale Stampa Associata", "WAM": "Emirates News Agency"}
RUNNING = ("{i} said trains between Santiago and Chillan would resume on Monday.", "The ferry sank, {i} reported.",
           "According to {i}, the ferry sank.", "Chile's state railway {i} said trains would resume.",
           "The state railway company {i} reported record passenger numbers.", "The drug was approved, the {i} said.")
OWN = ("The storm killed 12, the Spanish news agency {i} reported.", "The storm killed 12, according to the agency {i}.",
       "MADRID ({i}) — The storm killed 12.", "{a} reported the storm. {i} said 12 died.")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(LOOSE), st.sampled_from(RUNNING))
@example("EFE", "{i} said trains between Santiago and Chillan would resume on Monday.")
@example("EFE", "Chile's state railway {i} said trains would resume.")
def test_an_agencys_initials_alone_in_running_text_credit_nothing(initials: str, frame: str) -> None:
    """Initials of four capitals or fewer that only the agency lexicon knows credit nothing in running text
    (agencyinitials.py); a site that names the agency credits them."""
    text = frame.format(i=initials)
    assert _outlets(text) == []
    assert _outlets(text, (AGENCY[initials],)) == [AGENCY[initials]]


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(LOOSE), st.sampled_from(OWN))
def test_an_agencys_initials_credit_where_they_are_its(initials: str, frame: str) -> None:
    """Called an agency, in a dateline, or beside its full name, the initials credit the agency."""
    assert set(_outlets(frame.format(i=initials, a=AGENCY[initials]))) == {AGENCY[initials]}


# 3. A bracket after an agency-shaped name that is no name of it made a credit ("(left)", "(Tasnim)", "(Reuters)").
SHAPES = ("Mongolian News Agency", "Central News Agency", "Iranian News Agency", "Russian News Agency",
          "Yemen News Agency", "Kenya Press Agency", "Syrian News Agency", "Ghana Press Agency")
NOT_NAMES = ("left", "pictured", "above", "video", "archive", "Updated", "Arabic", "Persian", "Houthi", "Houthis",
             "regime", "Kremlin", "Tasnim", "Reuters", "Riyadh", "Baghdad", "Saudi", "conservative", "Xinhua", "dpa")
BRACKET_FRAMES = ("The {n} ({w}) said the drug was approved.", "The drug was approved, the {n} ({w}) said.",
                  "The {n} ({w}) reported that the drug was approved.",
                  "According to the {n} ({w}), the drug was approved.")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(SHAPES), st.sampled_from(NOT_NAMES), st.sampled_from(BRACKET_FRAMES))
@example("Mongolian News Agency", "left", BRACKET_FRAMES[0])
@example("Iranian News Agency", "Tasnim", BRACKET_FRAMES[0])
def test_a_bracket_that_is_no_name_of_the_agency_makes_no_credit(name: str, word: str, frame: str) -> None:
    """A bracket's caption, language, place, people's, body's word or another outlet's name credits nothing the
    name without the bracket does not (agencynames._own_word)."""
    bare = _outlets(frame.format(n=name, w="x").replace(" (x)", ""))
    assert set(_outlets(frame.format(n=name, w=word))) <= set(bare) | {"Reuters", "Xinhua", "Deutsche Presse-Agentur"}
    assert name not in _outlets(frame.format(n=name, w=word)) or name in bare


# 4. A dateline's agency initials with any city ("RAMALLAH (PA) —": the Palestinian Authority) credited the agency.
HOMED = {"PA": ("PA Media", ("LONDON", "MANCHESTER", "BELFAST", "EDINBURGH, Scotland")),
         "PTI": ("Press Trust of India", ("NEW DELHI", "MUMBAI", "KOLKATA")),
         "CP": ("The Canadian Press", ("TORONTO", "OTTAWA", "MONTREAL")),
         "AAP": ("Australian Associated Press", ("SYDNEY", "MELBOURNE", "CANBERRA"))}
AWAY = ("RAMALLAH", "ISLAMABAD", "KINGSTON", "LAHORE", "GAZA CITY", "NABLUS, West Bank")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(sorted(HOMED)), st.data())
@example("PA", None)
@example("PTI", None)
def test_a_datelines_initials_credit_the_agency_at_home_only(initials: str, data: st.DataObject | None) -> None:
    """The initials of an agency with a listed home (outletcountries.py) credit it in a dateline of a city at home,
    none away from it, and any city when the site writes those initials as its outlet's."""
    outlet, homes = HOMED[initials]
    home = data.draw(st.sampled_from(homes)) if data else homes[0]
    away = data.draw(st.sampled_from(AWAY)) if data else AWAY[0]
    line = "{c} ({i}) — The talks were over, officials said."
    assert _outlets(line.format(c=home, i=initials)) == [outlet]
    assert _outlets(line.format(c=away, i=initials)) == []
    assert _outlets(line.format(c=away, i=initials), (f"{outlet} ({initials})",)) == [f"{outlet} ({initials})"]


# 5. FX61's body before a credit took "the agency" from any of FX58's heads ("The Office of the Prime Minister").
NOT_AGENCIES = ("The Office of the Prime Minister declined to comment.", "The International Monetary Fund cut its forecast.",
                "The Office for National Statistics said inflation rose.", "The Reuters Institute found trust fell.",
                "The World Food Programme warned of famine.", "The Royal Institute of International Affairs met.")
AGENCIES = ("The European Medicines Agency approved the drug.", "The Food and Drug Administration approved it.",
            "The Civil Aviation Authority grounded the jets.", "The Federal Security Service detained him.",
            "The European Commission fined the firm.")
SAME_SENTENCE = ("According to Reuters, the agency said the deal was done.",
                 "Reuters reported that the agency said the deal was done.")


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(NOT_AGENCIES + AGENCIES), st.sampled_from(SAME_SENTENCE))
@example(NOT_AGENCIES[0], SAME_SENTENCE[0])
def test_only_a_body_called_an_agency_takes_the_agency_of_a_credits_sentence(body: str, frame: str) -> None:
    """An Office, a Fund, an Institute, a Programme is no "agency": "the agency" there is the outlet's, as at s50;
    an Agency, Administration, Authority, Service, Commission is (FX61's rule, agencybodies.body_before_credit)."""
    assert _outlets(f"{body} {frame}") == ["Reuters"] * (2 if body in NOT_AGENCIES else 1)


# 7. A credit inside a quotation ('"According to Reuters, we are finished," he joked.') is the speaker's words.
QUOTED = ("According to {o}, we are finished", "We have read what {o} reported and it is false",
          "{o} reported that we lost, and that is wrong", "As {o} said, it is over")
MARKS = (('"', '"'), ("\u201c", "\u201d"))


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(("Reuters", "dpa", "Bloomberg", "the BBC")), st.sampled_from(QUOTED), st.sampled_from(MARKS),
       st.sampled_from(('{q}{w},{c} the minister said.', 'The minister said: {q}{w}.{c}')))
@example("dpa", QUOTED[1], MARKS[0], '{q}{w},{c} the minister said.')
@example("Reuters", QUOTED[0], MARKS[0], '{q}{w},{c} the minister said.')
def test_a_credit_inside_a_quotation_credits_nothing(outlet: str, words: str, marks: tuple[str, str],
                                                     frame: str) -> None:
    """A credit wholly inside quotation marks is the speaker's (quotedcredits.py); outside them it stands."""
    said = words.format(o=outlet)
    text = frame.format(q=marks[0], c=marks[1], w=said[0].upper() + said[1:])
    assert _outlets(text) == []
    assert _outlets(f'The talks ended, {outlet} reported. The minister said "we are finished".') != []
