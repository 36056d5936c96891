"""A possessive firm's name ("Hartwell's Bakeries"), the one company "the company" stands for, spokespeople of a
short name, a body's noun and a cathedral, a role named later ("the chief investigator … The investigator, Dr X,"),
and "Dean" read as a title only in the article's context (trials of 2026-12-05)."""
from hypothesis import given, settings, strategies as st

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

OWNERS = st.sampled_from(["Hartwell", "Dixon", "Pemberton", "Ashworth", "Calloway", "Brennan"])
TRADES = st.sampled_from(["Bakeries", "Motors", "Foods", "Farms", "Butchers", "Dairies", "Stores", "Garages"])
GIVEN = st.sampled_from(["Judith", "Hugo", "Miriam", "Colin", "Anita"])
FAMILY = st.sampled_from(["Amery", "Smith", "Oakes", "Maddox", "Basu"])
QUOTE = '"We are doing everything we can for our customers,"'


def _speakers(text):
    return [(q.name, q.kind) for q in quotes_in("Headline", text)]


@settings(max_examples=40, deadline=None)
@given(OWNERS, TRADES)
def test_possessive_firm_is_one_organisation(owner, trade):
    firm = f"{owner}'s {trade}"
    text = f"In a statement, {firm} said it was sorry. {firm} has shut its shops."
    found = [(m.surface, m.kind) for m in names_in("Headline", text)]
    assert (firm, "organisation") in found and all(m[0] != trade for m in found)


@settings(max_examples=40, deadline=None)
@given(OWNERS, TRADES)
def test_the_company_is_the_one_company_named(owner, trade):
    firm = f"{owner}'s {trade}"
    text = (f"Twenty people fell ill after eating pies bought from {firm}, the Food Standards Inspectorate said.\n\n"
            f"{QUOTE} the company said.")
    assert _speakers(text) == [(firm, "organisation")]
    two = text.replace("the Food Standards Inspectorate", "Brennock Motors")  # two companies: nobody
    assert _speakers(two) == [(None, None)]


@settings(max_examples=30, deadline=None)
@given(OWNERS, TRADES)
def test_short_name_spokesperson(owner, trade):
    firm = f"{owner}'s {trade}"
    text = f"{firm} faces a claim.\n\nA {owner}'s spokeswoman said on Monday evening: {QUOTE[:-2]}.\""
    assert _speakers(text) == [(firm, "organisation")]


def test_body_noun_and_cathedral_spokespeople():
    text = ("The Food Standards Inspectorate has stopped publishing figures.\n\n"
            f"{QUOTE} an inspectorate spokeswoman said.")
    assert _speakers(text) == [("Food Standards Inspectorate", "organisation")]
    text = "The cathedral asks for quiet. 'Please enjoy them from a distance,' said a spokeswoman for St Aldwyn's Cathedral."
    assert _speakers(text) == [("St Aldwyn's Cathedral", "organisation")]


@settings(max_examples=30, deadline=None)
@given(GIVEN, FAMILY, st.sampled_from(["Dr ", "", "Prof "]))
def test_role_named_later(given_name, family, honorific):
    text = (f"{QUOTE} the chief investigator told reporters. \"Please wait for the results.\"\n\n"
            f"The investigator, {honorific}{given_name} {family}, added that cases could rise.")
    assert _speakers(text) == [(f"{given_name} {family}", "person")] * 2


def test_dean_named_by_style_later():
    text = ('The Dean of Brackenford welcomed them. "We have sheltered pilgrims for nine centuries," the dean said. '
            "The Very Reverend Judith Amery added that the tower was sound.")
    assert _speakers(text) == [("Judith Amery", "person")]


@settings(max_examples=40, deadline=None)
@given(GIVEN, FAMILY, st.sampled_from(["the dean", "The Dean of Brackenford", "{g} {f}"]), st.booleans())
def test_dean_is_a_title_only_in_context(given_name, family, context, shown):
    said = f"Dean {given_name} {family} said the cathedral would help."
    other = context.format(g=given_name, f=family)
    text = f"{other} was there. {said}" if shown else said
    people = {m.full for m in names_in("Headline", text) if m.kind == "person"}
    assert people == ({f"{given_name} {family}"} if shown else {f"Dean {given_name} {family}"})
