"""Names and speakers the fourth trial (tests/stories/wildfire/, American wire style) got wrong, each as a kind:

- a state legislator's party and home town of several words ("Sen. Laura Benning, R-Yuba City, said the bill
  would “…”"): the People page had a person "City, R-Yuba" and the quotation had no speaker;
- an organisation's name run into a title and a person ("FEMA Administrator Paula Greer", "Bank of England
  Governor Andrew Bailey", "said Cal Fire Battalion Chief Lena Park"): the whole run was one organisation, or
  the organisation took the person's quotes (six of Lena Park's went to "Cal Fire Battalion").
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.quotes import quotes_in

PEOPLE = st.sampled_from(["Laura Benning", "Ana Lucero", "Marco Esparza", "Rachel Ostrowski", "Kim Min-jae"])
TOWNS = st.sampled_from(["Yuba City", "San Luis Obispo", "Fresno", "Calif.", "N.Y.", "Palm Springs", "El Cajon"])


@settings(max_examples=examples(80), deadline=None)
@given(name=PEOPLE, party=st.sampled_from("DRI"), town=TOWNS, title=st.sampled_from(["Sen.", "Rep.", "Assemblymember"]),
       form=st.sampled_from(["{who} said the bill would “let utilities off the hook.”",
                             "“The bill lets utilities off the hook,” said {who} who voted no.",
                             "{who} said: “The bill lets utilities off the hook.”"]))
def test_a_party_and_home_town_of_several_words_is_no_name(name: str, party: str, town: str, title: str,
                                                           form: str) -> None:
    who = f"{title} {name}, {party}-{town},"
    text = form.format(who=who)
    assert [q.name for q in quotes_in("", text)] == [name], text
    assert [(m.full, m.kind) for m in names_in("", text)] == [(name, "person")], text


def test_the_trials_senator() -> None:
    text = "Sen. Laura Benning, R-Yuba City, said the bill would “let utilities off the hook just when one of them is on it.”"
    assert [q.name for q in quotes_in("", text)] == ["Laura Benning"]
    assert [m.full for m in names_in("", text)] == ["Laura Benning"]


def test_a_party_and_state_then_a_new_sentence_keeps_the_sentence() -> None:
    """The home town is read up to a comma only: a capitalised word after "D-Calif." opens the next sentence."""
    text = "The bill passed, said Rep. Dana Whitfield, D-Calif. Speaker Tom Hadley said: “It is long overdue.”"
    assert [m.full for m in names_in("", text)] == ["Dana Whitfield", "Tom Hadley"]
    assert [q.name for q in quotes_in("", text)] == ["Tom Hadley"]


ORGANISATIONS = st.sampled_from(["FEMA", "NATO", "Bank of England", "Cal Fire", "Harwick Police", "European Commission",
                                 "Federal Emergency Management Agency"])
TITLES = st.sampled_from(["Administrator", "Secretary General", "Governor", "Director", "President", "Chief Inspector",
                          "Battalion Chief", "Unit Chief"])


@settings(max_examples=examples(120), deadline=None)
@given(organisation=ORGANISATIONS, title=TITLES, name=PEOPLE, form=st.sampled_from([
    "“It was moving faster than anything I've seen,” said {org} {title} {name}. “Crews were pulling people out.”",
    "{org} {title} {name} said the agency was “already on the ground” in Chico.",
    "“Speed matters,” {org} {title} {name} told reporters."]))
def test_an_organisation_before_a_titled_person_is_not_the_speaker(organisation: str, title: str, name: str,
                                                                   form: str) -> None:
    text = form.format(org=organisation, title=title, name=name)
    assert {q.name for q in quotes_in("", text)} == {name}, text
    found = {(m.full, m.kind) for m in names_in("", text)}
    assert (name, "person") in found and not any(kind == "organisation" and name in full for full, kind in found), (
        text, found)


def test_the_trials_fire_officials() -> None:
    text = ("“It was moving faster than anything I've seen in twenty years,” said Cal Fire Battalion Chief Lena Park. "
            "“Crews were pulling people out of driveways.”\n\nFEMA Administrator Paula Greer said the agency was "
            "“already on the ground” in Chico.")
    assert [q.name for q in quotes_in("", text)] == ["Lena Park", "Lena Park", "Paula Greer"]
    assert {m.full for m in names_in("", text) if m.kind == "person"} == {"Lena Park", "Paula Greer"}


def test_an_organisation_whose_name_holds_a_title_word_stays_whole() -> None:
    """Only a person whose name words are no organisation, title or role words is split off."""
    for text in ("The Bank of England Monetary Policy Committee met on Monday.",
                 "The Office of the Director of National Intelligence said so.",
                 "The Royal College of General Practitioners met on Monday."):
        assert all(m.kind != "person" for m in names_in("", text)), text


@settings(max_examples=examples(80), deadline=None)
@given(first=st.sampled_from(["Cedar", "Marlow", "Keller", "Juniper", "Ridge", "Dixie", "Camp", "Pine"]),
       second=st.sampled_from(["", " Ridge", " Creek", " Hollow"]),
       head=st.sampled_from(["Fire", "Road", "Drive", "Highway", "Boulevard", "Springs", "Elementary"]),
       form=st.sampled_from(["The {name} was the worst in years, officials said.",
                             "Residents of {name} said the water was off.",
                             "“We drove out past {name},” said Gloria Hatch."]))
def test_a_named_fire_road_town_or_school_is_no_person(first: str, second: str, head: str, form: str) -> None:
    """A run ending in a fire's, a road's, a spring's or a school's word is no one's name ("Cedar Ridge Fire",
    "Ridge Road", "Keller Springs", "Marlow Elementary": the fourth trial's People page listed all four)."""
    name = f"{first}{second} {head}"
    text = form.format(name=name)
    assert all(m.kind != "person" for m in names_in("", text) if name in m.full or m.full in name), text


def test_the_trials_places_and_bodies_are_no_people() -> None:
    text = ("The Cedar Ridge Fire was reported near Marlow, according to Cal Fire. The two were found in the home they "
            "shared on Ridge Road. Warnings were issued for Keller Springs and Dunmore. Beck taught science at Marlow "
            "Elementary for 31 years. About 300 people spent the night at a shelter, according to the Red Cross.")
    assert {m.full: m.kind for m in names_in("", text)} == {"Marlow Elementary": "organisation", "Red Cross": "organisation"}


@settings(max_examples=examples(60), deadline=None)
@given(organisation=st.sampled_from(["Cal Fire", "Harwick Fire Department", "Reuters", "Los Angeles County Fire"]),
       unit=st.sampled_from(["Battalion", "Unit", "Division", "Bureau", "Section"]), name=PEOPLE)
def test_a_unit_before_chief_is_the_ranks(organisation: str, unit: str, name: str) -> None:
    """"Battalion Chief", "Unit Chief", "Bureau Chief" are ranks: no organisation "Cal Fire Battalion" (the trial
    listed "Cal Fire Battalion" and "Cal Fire Unit" as organisations)."""
    text = f"“Crews were pulling people out,” said {organisation} {unit} Chief {name}."
    found = names_in("", text)
    assert not any(m.full.endswith(unit) for m in found), (text, found)
    assert [q.name for q in quotes_in("", text)] == [name], text


@settings(max_examples=examples(60), deadline=None)
@given(firm=st.sampled_from(["Golden Valley Power & Light", "Harbourline Insurance Group", "Kestrel Aerospace"]),
       suffix=st.sampled_from(["Co.", "Corp.", "Inc.", "Ltd", "LLC", "plc"]))
def test_a_firm_with_its_legal_suffix_is_the_firm(firm: str, suffix: str) -> None:
    """"Golden Valley Power & Light Co." in one article is "Golden Valley Power & Light" of another: one People page
    (the trial had two)."""
    texts = {"a": f"Shares of {firm} {suffix} fell on Wednesday, and {firm} {suffix} said it would appeal.",
             "b": f"Regulators said {firm} had filed a report. {firm} declined to comment."}
    found = {slug: names_in("", text) for slug, text in texts.items()}
    index = NameIndex.build((), found)
    assert len({index.canonical(m.full) for ms in found.values() for m in ms if m.kind == "organisation"}) == 1, found


@settings(max_examples=examples(60), deadline=None)
@given(noun=st.sampled_from(["Shares", "Customers", "Employees", "Bondholders"]),
       firm=st.sampled_from(["Golden Valley Power & Light", "Harbourline Bank", "Marks & Spencer", "Kestrel Holdings"]))
def test_a_plural_noun_opening_a_sentence_is_no_part_of_the_firm(noun: str, firm: str) -> None:
    text = f"The fire spread overnight. {noun} of {firm} waited for news on Wednesday."
    assert [(m.full, m.kind) for m in names_in("", text)] == [(firm, "organisation")], text


WORDS = st.sampled_from(["There was no time", "A teacher to the whole town", "We failed the people of Marlow",
                         "Now we know"])


@settings(max_examples=examples(80), deadline=None)
@given(words=WORDS, name=PEOPLE, mark=st.sampled_from(["'{}'", "‘{}’", "“{}”"]),
       headline=st.sampled_from(["{q}: Marlow residents describe fleeing the fire", "Marlow mourns, and asks why: {q}"]),
       frame=st.sampled_from(["“{w}, and then it was over,” said {n}, 71.", "{n} said: “{w}.”",
                              "“We drove all night. {w},” {n} told reporters."]))
def test_a_headlines_quotation_is_its_speakers_in_the_text(words: str, name: str, mark: str, headline: str,
                                                             frame: str) -> None:
    """A headline's quotation whose words the text quotes with a speaker is that speaker's (frame "headline"); the
    trial's two such headlines had none."""
    title = headline.format(q=mark.format(words))
    text = f"Residents left in the dark. {frame.format(w=words, n=name)}"
    quotes = quotes_in(title, text)
    assert [(q.name, q.frame) for q in quotes if q.in_title] == [(name, "headline")], (title, text, quotes)


def test_a_headlines_quotation_the_text_does_not_quote_stays_nobodys() -> None:
    quotes = quotes_in("Flood gate at Welsh barrier 'left open' as storm hit",
                       "The gate was left open, a report said. “We were told the wall would protect us,” said Sian Price.")
    assert [(q.name, q.frame) for q in quotes if q.in_title] in ([], [(None, "none")]), quotes
    one_word = quotes_in("Utility's 'negligence' blamed", "“It was negligence, plain and simple,” said Frank Medeiros.")
    assert all(q.name is None for q in one_word if q.in_title), one_word


@settings(max_examples=examples(80), deadline=None)
@given(first=st.sampled_from(["Cutler", "Tanner", "Marlow", "Keller", "Ashby"]),
       street=st.sampled_from(["Lane", "Way", "Court", "Row", "Terrace"]),
       before=st.sampled_from(["Her house on", "The crews cut a line off", "Trees fell along"]))
def test_a_street_named_like_a_person_after_on_is_a_place(first: str, street: str, before: str) -> None:
    """"on Cutler Lane" is a street (the trial listed "Lane, Cutler" as a person), in every mention of the article;
    the same words as a speaker's name, with no "on" before, stay a person."""
    name = f"{first} {street}"
    text = f"{before} {name} burned overnight. {name} was closed on Tuesday."
    assert all(m.full != name or m.kind != "person" for m in names_in("", text)), text  # ("Court" heads courts too)
    quoted = f"“The wind turned at midnight,” {name} said. Residents of Marlow left before dawn."
    assert [q.name for q in quotes_in("", quoted)] == [name], quoted
