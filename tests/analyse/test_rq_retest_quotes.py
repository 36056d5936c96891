"""A hostile re-test (2026-12-05) of the quote fixes: a who's-who read as a Q&A (interviews.py), the verbs that tell
someone ("informed", "assured", "reminded") known to the reach list but not as speech verbs, church and state styles
("The Venerable", "The Right Honourable", "His Excellency") kept in the name, and a title word alone ("Canon said its
new cameras …") read as a person."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.interviews import description
from briefgen.analyse.lexicon import SPEECH_VERBS, TELL_VERBS
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

GIVEN = ["Helena", "Tomas", "Priya", "Gerald", "Maureen", "Oskar"]
SURNAMES = ["Marsh", "Reed", "Nandra", "Whitcombe", "Lind", "Rowe"]
DESCRIPTIONS = ["curator of the Harcastle Museum since 2019.", "night guard on duty when the paintings vanished.",
                "the museum's insurer.", "Curator of the Harcastle Museum since 2019.",
                "Night guard on duty when the paintings vanished.", "The museum's insurer, who paid out in March.",
                "A retired teacher from Northgate."]
NOT_QUESTIONS = ["Background: What is this case about?", "Note: Who is who?", "Context: Why does it matter?",
                 "Wednesday: Police appeal for witnesses. Who took the paintings?", "Step 3: Ready?", ""]


def _label(words: str, bold: str) -> str:
    return {"": f"{words}:", "inner": f"**{words}:**", "outer": f"**{words}**:", "bullet": f"- **{words}:**"}[bold]


@settings(max_examples=examples(80), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(DESCRIPTIONS)),
                min_size=2, max_size=4, unique_by=lambda t: (t[0], t[1])),
       st.sampled_from(["", "inner", "outer", "bullet"]), st.sampled_from(NOT_QUESTIONS))
@example([("Helena", "Marsh", "curator of the Harcastle Museum since 2019."),
          ("Tomas", "Reed", "night guard on duty when the paintings vanished.")], "", NOT_QUESTIONS[0])
def test_a_whos_who_gives_no_one_a_quote(people: list, bold: str, opener: str) -> None:
    """A cast or witness list (name, colon, description), with or without a label ending in "?", is no Q&A."""
    lines = [opener] if opener else []
    lines += [f"{_label(f'{g} {s}', bold)} {d}" for g, s, d in people]
    lines.append(" and ".join(f"{g} {s}" for g, s, _ in people) + " gave evidence on Monday.")
    assert quotes_in("Who's who in the Harcastle museum trial", "\n\n".join(lines)) == ()


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(DESCRIPTIONS), st.sampled_from(["", "inner"]))
def test_after_an_interview_a_cast_list_is_no_answer(given_name: str, surname: str, line: str, bold: str) -> None:
    """Answers follow a real question; a description later in the body is no answer, and the interviewer's own
    remarks are never answers."""
    name = f"{given_name} {surname}"
    text = (f"{_label('Sam Okoro', bold)} When did you first notice the frames were empty?\n\n"
            f"{_label(name, bold)} The morning after the theft. I walked in and the wall was bare.\n\n"
            f"{_label('Sam Okoro', bold)} Thank you for your time.\n\nWho's who\n\n"
            f"{_label('Agnes Pryce', bold)} {line}\n\n{_label(name, bold)} {line}\n\n"
            f"Sam Okoro is the arts editor. {name} has run the museum since 2019. Agnes Pryce is its insurer.")
    quotes = quotes_in("An interview", text)
    assert [(q.name, q.text) for q in quotes] == [
        (name, "The morning after the theft. I walked in and the wall was bare.")], quotes


def test_descriptions_and_answers() -> None:
    assert all(description(d) for d in DESCRIPTIONS)
    assert not any(description(a) for a in ["I rang the police at once.", "Nobody believed me.",
                                            "The alarm log was never shown to me.", "It was not hard."])


FORMS = ["{s} the jury that the defence would call the police case \u201cthin and careless\u201d.",
         "{s} the court the prosecution would rely on phone records and \u201ca substantial quantity\u201d of material.",
         "{s} the jury on Tuesday afternoon that the defence would call the case \u201cthin and careless\u201d."]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(sorted(v for v in TELL_VERBS & SPEECH_VERBS if v[-1] in "ds")), st.sampled_from(FORMS),
       st.sampled_from(["Ruth Caldwell", "The barrister, Ruth Caldwell,", "Ruth Caldwell, who chaired the appeal,"]))
@example("informed", FORMS[0], "Ruth Caldwell")
@example("assured", FORMS[1], "Ruth Caldwell")
@example("reminded", FORMS[0], "Ruth Caldwell")
def test_every_verb_that_tells_frames_as_told_does(verb: str, form: str, subject: str) -> None:
    told = quotes_in("Trial", form.format(s=f"{subject} told"))
    other = quotes_in("Trial", form.format(s=f"{subject} {verb}"))
    assert [(q.name, q.text) for q in other] == [(q.name, q.text) for q in told] == [
        ("Ruth Caldwell", told[0].text)], (told, other)


def test_the_finite_forms_are_speech_verbs() -> None:
    assert {"told", "tells", "assured", "assures", "informed", "informs", "reminded", "reminds"} <= SPEECH_VERBS


def test_reports_naming_inside_the_told_clause_are_not_the_speakers() -> None:
    text = ("The judge, Amelia Frost, reminded jurors on Tuesday that they must ignore anything they had read, "
            "including reports describing it as \u201can inside job\u201d.")
    assert not any(q.name == "Amelia Frost" for q in quotes_in("Trial", text))


STYLES = ["The Venerable", "Venerable", "The Ven", "The Ven.", "The Reverend", "The Very Reverend", "The Most Reverend",
          "The Right Reverend", "The Rt Revd", "The Right Honourable", "The Rt Hon", "The Honourable", "His Excellency",
          "Her Excellency"]


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(STYLES), st.sampled_from(GIVEN), st.sampled_from(SURNAMES),
       st.sampled_from(["{n} said: \u201cWe will review every parish account this year.\u201d",
                        "{n}, Archdeacon of Harcastle, said: \u201cWe will review every parish account this year.\u201d"]))
@example("The Venerable", "Mary", "Ellis", "{n}, Archdeacon of Harcastle, said: \u201cWe will review every parish account.\u201d")
def test_a_style_is_no_part_of_the_name(style: str, given_name: str, surname: str, form: str) -> None:
    quotes = quotes_in("Church", form.format(n=f"{style} {given_name} {surname}"))
    assert [q.name for q in quotes] == [f"{given_name} {surname}"], quotes


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(["Canon", "Curator", "Abbot", "Prior", "Pastor", "Chaplain", "Archdeacon"]),
       st.sampled_from(["{t} Peter Hale said: \u201cWe have never turned anyone away.\u201d ", ""]))
@example("Canon", "{t} Peter Hale said: \u201cWe have never turned anyone away.\u201d ")
def test_a_title_word_alone_is_no_person(title: str, before: str) -> None:
    if not before and title in ("Prior", "Pastor"):
        return  # surnames too: alone, the archive's person of that surname may be meant (lexicon.SURNAME_TITLES)
    text = before.format(t=title) + f"{title} said its new cameras would ship \u201cin time for the spring season\u201d."
    quotes = quotes_in("News", text)
    assert not any(q.name == title for q in quotes), quotes
    assert not any(n.full == title for n in names_in("News", text)), names_in("News", text)


def test_a_surname_that_is_a_title_word_stays_the_persons() -> None:
    text = ("Sarah Bishop said: \u201cOur choir has never sounded better.\u201d\n\n"
            "Bishop said the concert would be \u201cthe best of the year by far\u201d.")
    assert [q.name for q in quotes_in("Choir", text)] == ["Sarah Bishop", "Sarah Bishop"]


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(sorted(v for v in TELL_VERBS & SPEECH_VERBS if v[-1] in "ds") + ["warned"]),
       st.sampled_from(["it had", "it", "she had", "they would"]))
@example("informed", "it had")
def test_a_pronouns_speech_verb_inside_a_reported_clause_leaves_the_outer_frame(verb: str, subject: str) -> None:
    """A speech verb made one ("informed") must not hide the speaker whose clause holds it."""
    text = (f"Three people who received Brennmark Bio's treatment died.\n\nBrennmark said in a statement that "
            f"{subject} {verb} regulators \u201cwithout delay\u201d.")
    assert [q.name for q in quotes_in("", text)] == ["Brennmark"]
