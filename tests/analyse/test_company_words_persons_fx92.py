"""A given name before a company word is a person's, of any sex or none, and one name is one kind in one article; an
office's title before a company's stem is a person's (BR52 on FX89; FX92: givenwords.py, wordedpersons.py).

BR52: "Sara Robotics, a nurse, watched. “It can dance,” said Sara Robotics." listed "Sara Robotics" twice, a person
and an organisation, with the words on the organisation (s61 read one person); "said Kim Motor", "said Yuki Denki",
"said Alex Chemical" were organisations (companyforms.company_worded kept a person only after a given name of a known
sex). "Hondaka Motor shares fell 8%. “…,” Chairman Hondaka said." (and "said President Hondaka", "CEO Hondaka") gave
the words to "Hondaka Motor": only a courtesy title kept the person (FX89)."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.analyse.givenwords import known_given
from briefgen.analyse.names import ORGANISATION, PERSON, names_in
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(150), deadline=None)
HEADS = ["Motor", "Robotics", "Denki", "Chemical", "Jidosha", "Semiconductor", "Gruppe", "Holding", "Offshore",
         "Kogyo", "Automotive", "Gearworks", "Pharmaceutical"]  # (companyforms.company_worded's; not lexicon.ORG_HEADS'
# "Electric", "Holdings", which make a company after any name, as before FX89)
SEXED = ["Emma", "Tom", "Sophie", "John"]  # (givensex.given_sex tells their sex)
UNSEXED = ["Kim", "Jean", "Sara", "Alex", "Yuki", "Sam", "Kenji", "Hiroko", "Ali", "Andrea"]  # (it tells none)
# An article's evidence of a person at one mention, the other mention a bare speaker's
EVIDENCE = [
    "Boston Dynamics showed a robot. {n}, a nurse, watched. \u201cIt can dance,\u201d said {n}.",
    "\u201cIt can dance,\u201d said {n}. {n}, 41, watched the show.",
    "Ms {n} watched the robot. \u201cIt can dance,\u201d {n} said.",
    "{n} was hurt when she fell. \u201cIt was scary,\u201d said {n}.",
    "\u201cIt was scary,\u201d {n} said. {n}, a retired teacher, lives next door.",
]
OFFICES = ["Chairman", "President", "CEO", "Chairwoman", "Governor", "Director", "Minister", "Chief Executive"]


def _kinds(text: str, name: str) -> tuple[set[str], list[tuple[str | None, str | None]]]:
    return {m.kind for m in names_in("", text) if m.full == name}, [(q.name, q.kind) for q in quotes_in("", text)]


def test_the_reported_person_is_one_person() -> None:
    text = ("Boston Dynamics showed a robot. Sara Robotics, a nurse, watched. \u201cIt can dance,\u201d said Sara "
            "Robotics.")
    assert _kinds(text, "Sara Robotics") == ({PERSON}, [("Sara Robotics", PERSON)])


def test_a_given_name_of_no_sex_before_a_company_word_is_a_person() -> None:
    for name in ("Kim Motor", "Yuki Denki", "Alex Chemical", "Sara Robotics", "Jean Holding"):
        assert _kinds(f"\u201cIt can dance,\u201d said {name}.", name) == ({PERSON}, [(name, PERSON)]), name
        assert known_given(name.split()[0]), name


def test_an_unknown_first_word_and_a_company_word_stay_a_company() -> None:
    for name in ("Daiwa Jidosha", "Hondaka Motor", "Renkai Semiconductor"):
        assert _kinds(f"\u201cWe will comply,\u201d said {name}.", name) == ({ORGANISATION}, [(name, ORGANISATION)])
        assert not known_given(name.split()[0])
    for text in ("Hondaka Motor said he had resigned. \u201cWe will comply,\u201d Hondaka Motor said.",
                 "Daiwa Jidosha fired Taro Ueda. He said he would sue. \u201cWe will comply,\u201d Daiwa Jidosha said.",
                 "Daiwa Jidosha recalled cars after a driver said she crashed. \u201cWe will comply,\u201d Daiwa "
                 "Jidosha said."):
        name = text.rsplit("\u201d ", 1)[1][:-len(" said.")]
        assert _kinds(text, name) == ({ORGANISATION}, [(name, ORGANISATION)]), text  # (a company reports, or
        # someone else is named between it and the pronoun)


@FAST
@given(st.sampled_from(SEXED + UNSEXED) | word, st.sampled_from(HEADS), st.sampled_from(EVIDENCE))
@example("Sara", "Robotics", EVIDENCE[0])
@example("Aroha", "Motor", EVIDENCE[3])
@example("Kaja", "Denki", EVIDENCE[1])
def test_a_name_the_article_shows_a_person_is_one_person(given_name: str, head: str, frame: str) -> None:
    """A given name listed with a sex, without one, or made up, with a person's evidence at one mention (an
    appositive, an age, "Ms", "she"): every mention of the name is the person's, and so are the words."""
    name = f"{given_name} {head}"
    text = frame.format(n=name)
    assert _kinds(text, name) == ({PERSON}, [(name, PERSON)]), text


@FAST
@given(st.sampled_from(SEXED + UNSEXED) | word, st.sampled_from(HEADS),
       st.sampled_from(['\u201cIt can dance,\u201d said {n}.', '{n} said: \u201cIt can dance.\u201d',
                        'Robots danced. \u201cIt can dance,\u201d {n} said. {n} said it would sell them.']))
@example("Sara", "Robotics", '\u201cIt can dance,\u201d said {n}.')
def test_one_name_is_never_both_kinds_in_one_article(given_name: str, head: str, frame: str) -> None:
    """Whatever the first word, with no evidence: one kind for every mention and the words, a person's after any
    known given name."""
    name = f"{given_name} {head}"
    text = frame.format(n=name)
    kinds, quotes = _kinds(text, name)
    assert len(kinds) == 1 and quotes == [(name, kinds.pop())], (text, kinds, quotes)
    if known_given(given_name):
        assert quotes == [(name, PERSON)], text


@FAST
@given(word, st.sampled_from(HEADS + ["Motors", "Holdings", "Technologies"]), st.sampled_from(OFFICES),
       st.sampled_from(['{c} shares fell 8%. \u201cWe regret this deeply,\u201d {t} {s} said.',
                        '{c} shares fell 8%. \u201cWe regret this deeply,\u201d said {t} {s}.']))
@example("Hondaka", "Motor", "Chairman", '{c} shares fell 8%. \u201cWe regret this deeply,\u201d {t} {s} said.')
@example("Hondaka", "Motor", "President", '{c} shares fell 8%. \u201cWe regret this deeply,\u201d said {t} {s}.')
@example("Hondaka", "Motor", "CEO", '{c} shares fell 8%. \u201cWe regret this deeply,\u201d {t} {s} said.')
def test_an_office_title_makes_no_company_of_its_stem(stem: str, head: str, office: str, frame: str) -> None:
    """"Chairman Hondaka said" beside "Hondaka Motor": the person's (no company holds an office), as "Mr Hondaka"."""
    text = frame.format(c=f"{stem} {head}", t=office, s=stem)
    assert [(q.name, q.kind) for q in quotes_in("", text)] == [(stem, PERSON)], text
    assert [(m.full, m.kind) for m in names_in("", text)][-1] == (stem, PERSON), text


@FAST
@given(st.sampled_from(["Sheffield", "Pittsburgh", "Ohio", "Pennsylvania", "Rotherham", "Pohang", "Detroit"]),
       st.sampled_from(["Steel", "Power", "Glass", "Cement"]),
       st.sampled_from(['\u201cIt is over,\u201d {n} said.', '{n} closed the mill. \u201cIt is over,\u201d the company said.',
                        '{n} said: \u201cIt is over.\u201d']))
@example("Sheffield", "Steel", '\u201cIt is over,\u201d {n} said.')
@example("Pittsburgh", "Steel", '{n} closed the mill. \u201cIt is over,\u201d the company said.')
def test_an_industrial_city_before_a_surname_word_is_a_company(place: str, head: str, frame: str) -> None:
    """"Sheffield Steel", "Pittsburgh Steel" were persons: the cities were in no list utility_worded reads
    (industryplaces.py); a given name before the word stays a person ("Gary Steel", "Danielle Steel")."""
    name = f"{place} {head}"
    text = frame.format(n=name)
    assert {m.kind for m in names_in("", text) if m.full == name} == {ORGANISATION}, text
    assert [q.kind for q in quotes_in("", text)] in ([ORGANISATION], [None]), text
    for person in (f"Gary {head}", f"Danielle {head}"):
        assert {m.kind for m in names_in("", frame.format(n=person)) if m.full == person} <= {PERSON}, person
