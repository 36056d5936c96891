"""FX91: the breaks of FX87's sex-from-the-article rule (BR51's probes, /tmp/br51). The rule read a sex the article
does not give — "She" after a sentence whose object is the name, a noun of a joined pair ("Husband and wife X and Y"),
Finnish "He" ("they") — and the quotation's "he" then agreed with no one: five quotations s61 credited were lost.
Made-up names (in no given-name list) × object mentions × pronouns, joined nouns × orders: never a sex the article
does not give; the subject sentences FX87 reads still tell it. Fails on the code before (all but the last property).
"""
from __future__ import annotations

from hypothesis import assume, example, given, strategies as st

from briefgen.analyse.articlesex import article_sex
from briefgen.analyse.quotes import quotes_in
from support.madeup import FAST, word

# (a sentence with the name `{n}` as the object; one with it as the subject)
OBJECTS = ("The council fined {n} in March.", "The court jailed {n} for ten years.", "Police arrested {n} on Monday.",
           "Voters chose {n} last year.", "The club signed {n} in May.", "On Monday, the court jailed {n}.")
SUBJECTS = ("{n} commands the vessel.", "{n} loves Estonia.", "{n} took the stand on Monday.", "{n} arrived.")
# (the next sentence: "{P}" its subject pronoun, "{o}" an object pronoun of the other sex)
AFTER = ("{P} had warned the shop twice.", "{P} said the crime was grave.", "{P} was later released, Tom Reid said.",
         "{P} has been good to {o}.", "{P} asked {o} to sit, the clerk said.", "{P} sails for Lagos on Monday.")
SUBJECT = {"f": "She", "m": "He"}
OBJECT = {"f": "him", "m": "her"}


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_in("News", text)]


def test_the_reported_inputs() -> None:
    """BR51's p5 and p7: the quotations s61 credited are credited again."""
    assert _speakers("Tom Reid runs the licensing office.\n\nThe council fined Chinedu Okafor in March. She had warned "
                     "the shop twice. Chinedu Okafor paid the fine. \u201cI paid it in full,\u201d he said.") == [
        "Chinedu Okafor"]
    assert _speakers("The council fined Chinedu Okafor in March. She had warned the shop twice.\n\n\u201cI paid it in "
                     "full,\u201d Chinedu Okafor said. \u201cIt was unfair,\u201d he added.") == ["Chinedu Okafor"] * 2
    assert _speakers("Tom Reid ran the shop for years. Husband and wife Chinedu Okafor and Kaja Kallas bought it in "
                     "May.\n\n\u201cIt was a bargain,\u201d Chinedu Okafor said. \u201cWe were lucky,\u201d he said.") == [
        "Chinedu Okafor"] * 2
    assert _speakers("Sarah Hill chaired the meeting.\n\nPolice arrested Chinedu Okafor on Monday. She was released "
                     "without charge.\n\nChinedu Okafor said the arrest was a mistake. \u201cI did nothing,\u201d he "
                     "said.") == ["Chinedu Okafor"]
    assert _speakers("He is survived by his son and daughter Chinedu Okafor and Kaja Kallas.\n\n\u201cHe was "
                     "kind,\u201d Chinedu Okafor said. \u201cWe will miss him,\u201d he added.") == ["Chinedu Okafor"] * 2


def test_the_probes_read_no_sex() -> None:
    """BR51's p1 lines that read a sex the article does not give."""
    for text, name in (("The court jailed Chinedu Okafor for ten years. She said the crime was grave.", "Chinedu Okafor"),
                       ("Chinedu Okafor commands the vessel. She sails for Lagos on Monday.", "Chinedu Okafor"),
                       ("Chinedu Okafor loves Estonia. She has been good to him.", "Chinedu Okafor"),
                       ("Police arrested Chinedu Okafor on Monday. She was later released.", "Chinedu Okafor"),
                       ("The council fined Chinedu Okafor. She had warned him last year.", "Chinedu Okafor"),
                       ("Kaja Kallas saapui maanantaina. He tapasivat ministerin.", "Kaja Kallas"),
                       ("Kaja Kallas took the stand. He asked her to sit, the judge said.", "Kaja Kallas"),
                       ("Husband and wife Chinedu Okafor and Kaja Kallas run the bakery.", "Chinedu Okafor"),
                       ("The mother and son Kaja Kallas and Chinedu Okafor were rescued.", "Kaja Kallas")):
        assert article_sex(text, name) == "", text
    assert article_sex("Kaja Kallas arrived in Brussels on Monday. She met the ministers.", "Kaja Kallas", "fi") == ""
    assert article_sex("Kaja Kallas arrived in Brussels on Monday. She met the ministers.", "Kaja Kallas", "en-GB") == "f"


@FAST
@given(word, word, st.sampled_from(OBJECTS), st.sampled_from(AFTER), st.sampled_from("fm"))
@example("Chinedu", "Okafor", OBJECTS[0], AFTER[0], "f")
def test_an_object_mention_tells_no_sex(first: str, last: str, before: str, after: str, sex: str) -> None:
    name = f"{first} {last}"
    text = f"{before.format(n=name)} {after.format(P=SUBJECT[sex], o=OBJECT[sex])}"
    assert article_sex(text, name) == "", text


@FAST
@given(word, word, st.sampled_from(SUBJECTS), st.sampled_from(AFTER[2:5]), st.sampled_from("fm"))
def test_a_pronoun_beside_another_s_pronoun_or_frame_tells_no_sex(first: str, last: str, before: str, after: str,
                                                                   sex: str) -> None:
    """The subject's next sentence holds a pronoun of the other sex or a speech frame of someone else."""
    name = f"{first} {last}"
    text = f"{before.format(n=name)} {after.format(P=SUBJECT[sex], o=OBJECT[sex])}"
    assert article_sex(text, name) == "", text


@FAST
@given(word, word, st.sampled_from(("commands the vessel", "sold the boat", "loves the country", "owns the yacht")),
       st.sampled_from(AFTER[:2] + AFTER[5:]))
def test_she_after_a_ship_or_a_country_tells_no_sex(first: str, last: str, verb: str, after: str) -> None:
    name = f"{first} {last}"
    text = f"{name} {verb}. {after.format(P='She', o='him')}"
    assert article_sex(text, name) == "", text


@FAST
@given(word, word, word, word, st.sampled_from((("Husband", "wife"), ("husband", "wife"), ("son", "daughter"),
                                                ("mother", "son"), ("brother", "sister"), ("father", "daughter"))),
       st.sampled_from(("{A} and {B} {x} and {y} run the bakery.", "The {A} and {B} {x} and {y} were rescued.",
                        "He is survived by his {A} and {B} {x} and {y}.", "Police named {B} {x} and {y} on Monday.")),
       st.booleans())
def test_joined_nouns_tell_no_sex(first: str, last: str, first2: str, last2: str, nouns: tuple[str, str],
                                  frame: str, swap: bool) -> None:
    assume(len({first, last, first2, last2}) == 4)
    x, y = f"{first} {last}", f"{first2} {last2}"
    a, b = nouns[::-1] if swap else nouns
    text = frame.format(A=a if frame.startswith("{A}") else a.lower(), B=b.lower(), x=x, y=y)
    assert article_sex(text, x) == "" and article_sex(text, y) == "", text


@FAST
@given(word, word, st.sampled_from(("", "On Monday, ", "In March ", "EU foreign policy chief ")), st.sampled_from("fm"))
def test_a_subject_still_tells(first: str, last: str, lead: str, sex: str) -> None:
    """FX87's subject pronoun still tells, after adverbials or a title (passes before and after: no loss)."""
    name = f"{first} {last}"
    text = f"{lead}{name} arrived in Brussels on Monday. {SUBJECT[sex]} met the ministers."
    assert article_sex(text, name) == sex, text
