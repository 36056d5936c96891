"""A role after a name's comma with no article is the name's appositive (T19 #7).

'"…," said Małgorzata Wiśniewska, spokeswoman for the Podlaskie voivode.' then '"…," the spokeswoman added.' gave
the second quotation no speaker (two Polish reports of the T19 trial); so did plain English ("said John Smith,
spokesman for the county."), while "a spokesman for" worked: titledvoices._APPOSITIVE needed an article.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.analyse.quotes import quotes_in

ROLES = ["spokesman", "spokeswoman", "spokesperson", "minister", "chief executive", "mayor", "chairman", "director",
         "governor", "ambassador", "prosecutor", "president", "health minister", "deputy mayor", "press secretary"]
NAMES = ["John Smith", "Małgorzata Wiśniewska", "Anna Kowal", "Ingrid Sæther", "Tomasz Wiśniewski"]
OWNERS = [" for the county", " of Acme", " for the Podlaskie voivode", " at the ministry", ""]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_in("", text)]


@given(st.sampled_from(NAMES), st.sampled_from(ROLES), st.sampled_from(["", "a ", "the "]), st.sampled_from(OWNERS),
       st.sampled_from(["the {role} added", "the {role} said", "said the {role}"]), st.booleans())
@example("Małgorzata Wiśniewska", "spokeswoman", "", " for the Podlaskie voivode", "the {role} added", True)
@example("John Smith", "spokesman", "", " for the county", "the {role} added", False)
@settings(max_examples=150, deadline=None)
def test_the_role_named_after_a_comma_speaks_again(name: str, role: str, article: str, owner: str, frame: str,
                                                   paragraph: bool) -> None:
    if article == "a " and role[0] in "aeiou":
        article = "an "
    text = (f'"We will not take any risks," said {name}, {article}{role}{owner}.{chr(10) * 2 if paragraph else " "}'
            f'"Nobody should try to go back," {frame.format(role=role)}.')
    assert _speakers(text) == [name, name]


@given(st.sampled_from(ROLES), st.sampled_from(["", "a "]))
def test_two_holders_of_the_role_give_no_speaker(role: str, article: str) -> None:
    """Precision first, as before: two people named with the role, "the <role> added" is neither's."""
    article = "an " if article and role[0] in "aeiou" else article
    text = (f'"We are ready," said John Smith, {article}{role} for the county. Anna Kowal, {article}{role} for the '
            f'city, disagreed. "Nobody should go back," the {role} added.')
    assert _speakers(text)[-1] in (None, "")


def test_a_name_list_after_a_comma_is_no_appositive() -> None:
    """A role word before another name is its title, not the first name's appositive."""
    text = ('"We are ready," said John Smith, mayor Anna Kowal and others. "Nobody should go back," the mayor added.')
    assert _speakers(text)[-1] != "John Smith"
