"""A timed pronoun ("Then he said:") after a sentence naming a woman and a man is the one of its sex (FX117, item 4):
"Ana Ruiz met Jorge Pérez on Monday. Then he said: “We agreed.”" gave no speaker, as "Ana" was in no list of
givensex, so both might be "he" (FX109's rule counts the candidates of the pronoun's sex or of none known). The
commonest Iberian given names the lists lacked are in them now."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST

from briefgen.analyse.people import find_people

WOMEN = st.sampled_from("Ana Marta Pilar Beatriz Raquel Silvia Cristina Mónica Inés Rocío Gabriela Mariana".split())
MEN = st.sampled_from("Jorge Javier Manuel Diego Alejandro Rafael Sergio Andrés Ricardo Eduardo Paulo Rodrigo".split())
LEADS = st.sampled_from(["Then", "Later", "On Tuesday"])


@given(WOMEN, MEN, st.booleans(), st.booleans(), LEADS)
@example("Ana", "Jorge", True, True, "Then")
@FAST
def test_a_timed_pronoun_is_the_one_of_its_sex(woman: str, man: str, she_first: bool, says_he: bool, lead: str) -> None:
    her, him = f"{woman} Ruiz", f"{man} Pérez"
    first, second = (her, him) if she_first else (him, her)
    text = f"{first} met {second} on Monday. {lead} {'he' if says_he else 'she'} said: “We agreed.”"
    assert [q.speaker for q in find_people("Story", text).quotes] == [him if says_he else her], text
