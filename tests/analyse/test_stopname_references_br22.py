"""A Vietnamese name whose family name is an English function word ("Do", "To", "An"), then the short reference
Vietnamese style uses, the last given name ("Thanh said", "Ms Lan said"): one person, one page (BR22 finding 3,
2026-12-06). 'Do Van Thanh, a navy spokesman, said … “…,” Thanh said. … “…,” Do Van Thanh said later.' gave pages
"do-van-thanh" and "van-thanh": names.py read the function word as the name's (stopnames.stop_named) where the
quotation's full-name lookup (fullnames.full_name) dropped it. Both now ask stopnames.begins_name, which also takes a
person's appositive (", a navy spokesman, said", ", 45, said") as evidence at a sentence's start."""
from __future__ import annotations

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

_OPENINGS = [
    "{name}, a navy spokesman, said the crew of the burning ship was safe.",
    "{name}, 45, said the crew was safe.",
    "{name}, the captain of the rescue boat, told reporters the crew was safe.",
    "Yesterday {name} said the crew was safe.",
    "{name} said the crew was safe.",
    "Colonel {name} said the crew was safe.",
]
_REFERENCES = ["“All of them are safe,” {given} said.", "“All of them are safe,” said {given}.",
               "{given} said all of them were safe.", "“All of them are safe,” {title} {given} said."]


@given(st.sampled_from(["Do", "To", "An"]), st.sampled_from(["Van", "Thi", "Duc", "Minh", "Quoc"]),
       st.sampled_from(["Thanh", "Hung", "Lan", "Mai", "Quang", "Tam"]), st.sampled_from(_OPENINGS),
       st.sampled_from(_REFERENCES), st.sampled_from(["Mr", "Ms"]), st.booleans())
@example("Do", "Van", "Thanh", _OPENINGS[0], _REFERENCES[0], "Mr", True)  # (the reported article, s1)
@settings(max_examples=examples(200), deadline=None)
def test_the_short_reference_joins_the_full_name(family: str, middle: str, given: str, opening: str, reference: str,
                                                 title: str, again: bool) -> None:
    name = f"{family} {middle} {given}"
    text = opening.format(name=name) + "\n\n" + reference.format(given=given, title=title)
    if again:
        text += f"\n\n“The fire is under control,” {name} said later."
    people = {m.full for m in names_in("", text) if m.kind == "person"}
    assert people == {name}, text
    quoted = "“" in reference or again
    assert {q.name for q in quotes_in("", text)} == ({name} if quoted else set()), text
    found = find_people("Crew safe", text)
    assert [n.full for n in found.named if n.kind == "person"] == [name], text
    assert {q.speaker for q in found.quotes} == ({name} if quoted else set()), text


def test_the_reported_article() -> None:
    text = ("Do Van Thanh, a navy spokesman, said the crew of the burning ship was safe.\n\n\"All of them are safe,\" "
            "Thanh said.\n\n\"The fire is under control,\" Do Van Thanh said later.")
    assert [(q.speaker, q.name) for q in quotes_in("Crew of burning ship safe, says navy", text)] == [
        ("Thanh", "Do Van Thanh"), ("Do Van Thanh", "Do Van Thanh")]
    assert quotes_in("T", 'Yesterday Do Van Thanh said the crew was safe. "All of them are safe," Thanh said.')[0].name == "Do Van Thanh"


def test_an_appositive_that_says_no_person_keeps_the_function_word_apart() -> None:
    people = lambda text: [m.full for m in names_in("", text) if m.kind == "person"]  # noqa: E731
    assert people("To Anil Kumar, the hit was a shock.") == ["Anil Kumar"]
    assert people("To John Smith, a lawyer, the ruling was a shock.") == ["John Smith"]
    assert people("Do Kwon, the founder of Terraform Labs, was sentenced. Kwon had pleaded guilty.") == ["Do Kwon", "Do Kwon"]
    assert people("An Van Thanh, a fisherman, said the sea was rough.") == ["An Van Thanh"]
