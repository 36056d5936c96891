"""FX51: credits left from the session's earlier trials (docs/log/stories.md, "Credits of agencies, names that name
others, reports retracted later (FX51)").

1. "…, according to the DPA. The agency said the talks would resume." credited dpa (a site's "Deutsche
   Presse-Agentur (dpa)"): "according to the DPA" was refused (another body's initials, BR31), but "the agency" after
   it was resolved to that refused credit. A name that names someone else there is what "the agency" stands for, so
   it credits no one: the site's lower-case short name in another case, and CBS/NBC alone ("statistics office CBS").
2. "Algerie Presse Service (APS) reported …" credited no one and its name was a newsmaker's, "Maghreb Arabe Presse
   (MAP)" a person's: an agency named "<X> Presse", "Agence <X> (de) Presse", "<X> News Agency" … with its bracketed
   short name is an outlet (agencynames.py), with no `sources:` line for it.
3. A report the article calls wrong or retracted credits no one (FX39: credit_disowned.py, within the credit's
   sentence); "X reported … . X has since retracted the report." still credited X (credit_retracted.py). "as the Post
   wrongly reported", "a report by X, since retracted" credit no one (guarded); "X later corrected its report" stands,
   amended (FX39's decision, kept).
"""
from __future__ import annotations

from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import bracket_initials
from briefgen.analyse.people import find_people

DPA = "Deutsche Presse-Agentur (dpa)"
SITE = (DPA, "Harbour Daily")


def _credited(text: str, site: tuple[str, ...] = SITE) -> list[tuple[str, str]]:
    return [(c.outlet, c.cue) for c in detect_credits(text, credit_finder(site))]


def test_the_reported_agency_after_another_bodys_dpa() -> None:
    assert _credited("Talks broke down on Monday, according to the DPA. The agency said the talks would resume.") == []
    assert _credited("The Irish DPA fined Meta. The agency said the fine was the largest.") == []
    assert _credited("The Data Protection Authority (DPA) said Meta broke the law. The agency said it would appeal.") == []
    assert _credited("Talks broke down, according to dpa. The agency said the talks would resume.") == [
        (DPA, "according to dpa"), (DPA, "The agency said")]
    assert _credited("The German news agency dpa reported that talks broke down.") == [(DPA, "dpa reported")]


# Names that name another body in these words (BR31's lower-case short name in another case; FX46/BR29's bare CBS/NBC)
OTHERS = (("according to the {dpa}", SITE), ("Ireland's {dpa} said on Monday", SITE), ("the Irish {dpa} fined Meta", SITE),
          ("the Data Protection Authority ({dpa}) said", SITE), ("statistics office CBS reported", ()),
          ("according to CBS", ()), ("NBC said", ()))
AFTER = ("The agency said the figures would be revised.", "The agency added that the figures would be revised.",
         "The figures will be revised, according to the agency.", "The agency noted that the figures would be revised.")
BEFORE = ("", "Reuters reported the figures on Monday. ", "The figures were published on Monday. ")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OTHERS), st.sampled_from(("DPA", "Dpa")), st.sampled_from(AFTER), st.sampled_from(BEFORE))
@example(OTHERS[0], "DPA", AFTER[0], BEFORE[0])
@example(OTHERS[4], "DPA", AFTER[0], BEFORE[1])
def test_the_agency_after_a_name_of_another_body_credits_no_one(other: tuple[str, tuple[str, ...]], written: str,
                                                                 after: str, before: str) -> None:
    """"the agency" after a name that names another body there is that body: no credit, not even of an outlet
    credited before it (Reuters keeps its own credit only)."""
    form, site = other
    text = f"{before}Prices rose in May, {form.format(dpa=written)}. {after}"
    found = _credited(text, site)
    assert found == ([("Reuters", "Reuters reported")] if before.startswith("Reuters") else []), text


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(("according to dpa", "dpa reported", "the German news agency DPA reported",
                        "Deutsche Presse-Agentur reported", "CBS's Face the Nation reported")),
       st.sampled_from(AFTER))
def test_the_agency_after_an_outlet_credits_it(form: str, after: str) -> None:
    """The agency itself, as written or after its descriptor, and a network's programme: "the agency" is it."""
    text = f"Prices rose in May, {form}. {after}"
    outlets = {outlet for outlet, _ in _credited(text)}
    assert len(outlets) == 1 and len(_credited(text)) == 2, (text, _credited(text))


def test_the_reported_agencies_are_outlets() -> None:
    for text, agency in (("Algerie Presse Service (APS) reported that the border was closed.", "Algerie Presse Service"),
                         ("The border was closed, Maghreb Arabe Presse (MAP) said.", "Maghreb Arabe Presse"),
                         ("According to Agence Tunis Afrique Presse (TAP), the border was closed.",
                          "Agence Tunis Afrique Presse")):
        assert [outlet for outlet, _ in _credited(text, ())] == [agency], text
        assert find_people("Border closed", text).named == (), text


SHAPES = ("{c} Presse", "{c} Presse Service", "Agence {c} Presse", "Agence {c} de Presse", "{c} News Agency",
          "{c} Press Agency", "{c} Presse-Agentur")
FRAMES = ("{a} reported that the border was closed.", "According to {a}, the border was closed.",
          "The border was closed, {a} said.", "The border was closed, {a} said on Tuesday.",
          "{a} said the border was closed.", "The minister told {a} that the border was closed.",
          "{a} quoted the minister as saying the border was closed.")
COUNTRY = st.lists(st.sampled_from(("Algerie", "Maghreb", "Arabe", "Tunis", "Afrique", "Ivoirienne", "Congolaise",
                                    "Kenya", "Bakhtar", "Gabonaise", "Rwanda", "Zambia", "Lanka", "Sudan")),
                   min_size=1, max_size=2, unique=True)


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.replace("-", " ").split() if word[0].isupper())


@settings(max_examples=examples(80), deadline=None)
@given(COUNTRY, st.sampled_from(SHAPES), st.sampled_from(FRAMES))
@example(["Algerie"], "{c} Presse Service", FRAMES[0])
@example(["Maghreb", "Arabe"], "{c} Presse", FRAMES[2])
@example(["Maghreb", "Arabe"], "{c} Presse Service", FRAMES[0])  # (FX72: CI drew it; "Maghreb Arabe Presse" credited)
def test_an_agency_with_its_bracketed_short_name_is_an_outlet(country: list[str], shape: str, frame: str) -> None:
    """Each agency's shape × each credit frame: the name credits the agency, and names no person or newsmaker."""
    name = shape.format(c=" ".join(country))
    assume(bracket_initials(name, _initials(name)))  # (not a well-known body's initials: "Gabonaise Presse Service (GPS)")
    text = "Officials confirmed the decision on Monday. " + frame.format(a=f"{name} ({_initials(name)})")
    assert [outlet for outlet, _ in _credited(text, ())] == [name], text
    named = {n.full for n in find_people("Border closed", text).named}
    assert not named & {name, _initials(name)}, (text, named)


@settings(max_examples=examples(30), deadline=None)
@given(st.sampled_from(("Presidential Press Service", "National Health Service", "Agence Nationale de la Recherche",
                        "Agence Française de Développement", "Federal Security Service", "Kremlin Press Service")),
       st.sampled_from(FRAMES[:5]))
def test_a_body_with_its_bracketed_initials_is_no_agency(body: str, frame: str) -> None:
    """A press office, a health service, a government agency: no news agency's shape, no credit."""
    text = frame.format(a=f"the {body} ({_initials(body)})").replace("the ", "The ", 1) if frame.startswith("{a}") \
        else frame.format(a=f"the {body} ({_initials(body)})")
    assert _credited(text, ()) == [], text


def test_the_reported_retractions() -> None:
    assert _credited("CNN reported that the mayor had resigned. CNN has since retracted the report.", ()) == []
    assert _credited("The mayor resigned, as the Post wrongly reported.", ()) == []
    assert _credited("A report by CNN, since retracted, said the mayor resigned.", ()) == []
    assert _credited("The Washington Post reported that the mayor resigned. The Post later corrected its report.", ()) \
        == [("The Washington Post", "The Washington Post reported")]


OUTLETS = (("CNN", "CNN", "the network"), ("The Washington Post", "The Post", "the newspaper"),
           ("Reuters", "Reuters", "the agency"), ("Harbour Daily", "The Harbour Daily", "the paper"))
CREDITS = ("{o} reported that the mayor had resigned.", "According to {o}, the mayor had resigned.",
           "The mayor had resigned, {o} reported on Monday.", "The mayor had resigned, {o} said.")
RETRACTIONS = ("{s} has since retracted the report.", "{s} later withdrew its story.", "{s} deleted the article.",
               "{g} has since retracted the report.", "{G} later took down the story.", "It has since deleted the story.",
               "The report was later retracted.", "That story has since been withdrawn.",
               "The report was later shown to be false.")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(CREDITS), st.sampled_from(RETRACTIONS),
       st.sampled_from(("", "Officials declined to comment. ")))
@example(OUTLETS[0], CREDITS[0], RETRACTIONS[0], "")
def test_a_report_retracted_in_a_later_sentence_credits_no_one(outlet: tuple[str, str, str], credit: str,
                                                                 retraction: str, between: str) -> None:
    name, short, generic = outlet
    first = credit.format(o=name).replace("The mayor had resigned, The", "The mayor had resigned, the")
    text = f"{first} {between}{retraction.format(s=short, g=generic.capitalize(), G=generic.capitalize())}"
    assert _credited(text) == [], text
    # a report of the outlet after the retraction stands (a new report)
    later = f"{text} On Tuesday, {name if name != 'The Washington Post' else 'the Washington Post'} reported that the" \
            " deputy had taken over."
    assert [outlet for outlet, _ in _credited(later)] == [name], later


GUARDS = ("{s} later corrected its report.", "{s} has since updated the story.",
          "The ministry said the report was false.", "The mayor denied the report.",
          "The council withdrew the motion.", "Officials later withdrew their report.",
          "The ministry published a report on Tuesday. The report was later withdrawn.",
          "Bloomberg has since retracted its story.")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(OUTLETS), st.sampled_from(CREDITS), st.sampled_from(GUARDS))
def test_a_report_not_retracted_by_its_outlet_credits_it(outlet: tuple[str, str, str], credit: str, guard: str) -> None:
    """Corrected or updated (amended), denied by someone else, another body's or another outlet's report withdrawn:
    the credit stands."""
    name, short, _ = outlet
    first = credit.format(o=name).replace("The mayor had resigned, The", "The mayor had resigned, the")
    text = f"{first} {guard.format(s=short)}"
    assert [outlet for outlet, _ in _credited(text)] == [name], text
