"""Speakers a trial on a chip-export-controls briefing got wrong: a company's titles kept in the name
("Executive Officer Maarten van der Leeuw", "CEO Marten van der Leeuw" an organisation, so its
misspelling went unflagged), an AP-style party-and-state aside taken for the speaker ("Rep. Mike
Callahan, R-Ohio, who chairs …, called the measure “long overdue”" gave a person "R-Ohio"), and a lone
surname with particles ("“…,” de la Fuente said") left as a person "Fuente" because another article's
"De la Fuente" counted as a second full name it might refer to.
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import NameIndex, names_in
from briefgen.load.config import Person
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.spelling import misspellings

TITLES = st.sampled_from(["CEO", "CFO", "Chief Executive Officer", "Chief Financial Officer", "Chief Executive",
                          "Executive Director", "Chief Operating Officer", "Chairperson"])
NAMES = st.sampled_from(["Maarten van der Leeuw", "Kim Min-jae", "Rachel Ostrowski", "Anne-Marie Fournier"])


@settings(max_examples=examples(80), deadline=None)
@given(title=TITLES, name=NAMES, form=st.sampled_from([
    "“We expect China to fall to a fifth of sales,” {title} {name} said.",
    "{title} {name} said: “We expect China to fall to a fifth of sales.”",
    "Shares fell. {title} {name} called the exemption vital: “Without it we would walk away.”"]))
def test_a_company_title_is_no_part_of_the_name(title: str, name: str, form: str) -> None:
    text = form.format(title=title, name=name)
    assert [q.name for q in quotes_in("", text)] == [name], text
    assert [(m.full, m.kind) for m in names_in("", text)] == [(name, "person")], text


@settings(max_examples=examples(80), deadline=None)
@given(party=st.sampled_from("DRI"), state=st.sampled_from(["Ohio", "Maine", "N.Y.", "Calif.", "Vt.", "Texas"]),
       title=st.sampled_from(["Rep.", "Sen.", "Representative"]),
       clause=st.sampled_from(["", " who chairs the House select committee on China,"]),
       form=st.sampled_from(["{who}{clause} called the measure “long overdue” and said Congress would act.",
                             "{who}{clause} said: “The rule is long overdue.”",
                             "“The rule is long overdue,” said {who}"]))
def test_a_party_and_state_aside_is_no_speaker(party: str, state: str, title: str, clause: str, form: str) -> None:
    who = f"{title} Mike Callahan, {party}-{state},"
    text = form.format(who=who if "{who}{clause}" in form else who.rstrip(",") + ".", clause=clause)
    assert [q.name for q in quotes_in("", text)] == ["Mike Callahan"], text
    assert [m.full for m in names_in("", text)] == ["Mike Callahan"], text


def test_a_lone_surname_with_particles_is_the_only_full_name_it_may_refer_to() -> None:
    articles = {
        "reuters": ("", "Elena de la Fuente, the under secretary, told reporters the rule was narrow."),
        "scmp": ("", "US officials insisted the measure was targeted. De la Fuente said it was narrow."),
        "ap": ("", "The rule was announced. “This is not a ban on China,” de la Fuente said."),
    }
    found = {slug: names_in(title, text) for slug, (title, text) in articles.items()}
    index = NameIndex.build((Person("Elena de la Fuente", ()),), found)
    (quote,) = quotes_in(*articles["ap"])
    assert index.canonical(quote.name) == "Elena de la Fuente"
    assert index.canonical("De la Fuente") == "Elena de la Fuente"


def test_a_misspelt_chief_executive_is_flagged() -> None:
    articles = {
        "ft": ("", "Noordlicht's chief executive, Maarten van der Leeuw, told investors it was a matter of contract."),
        "bloomberg": ("", "Chief Executive Officer Maarten van der Leeuw said China would shrink."),
        "fd": ("", "CEO Marten van der Leeuw called the exemption vital: “Without it we would walk away.”"),
    }
    found = {slug: names_in(title, text) for slug, (title, text) in articles.items()}
    index = NameIndex.build((Person("Maarten van der Leeuw", ()),), found)
    assert [(s.article, s.surface, s.target) for s in misspellings(index)] == [
        ("fd", "Marten van der Leeuw", "Maarten van der Leeuw")]
