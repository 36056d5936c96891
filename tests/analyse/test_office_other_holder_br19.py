"""An office alone names its one holder only when the text mentions no other holder it may mean (BR19, 2026-12-06).

The French rule (frenchtitled.py, T15) gave « … », a déclaré le maire to the one mayor the text names in full even
when it also mentions another mayor by office alone: "Le maire de Lyon, Grégory Doucet, a rencontré le maire de
Marseille. « … », a déclaré le maire." is either's: no speaker (precision first). A frame that says whose office
("a déclaré le maire de Lyon"), a mention of the office with no complement, or of the holder's own, stays his."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in

QUOTE = "« Nous ne laisserons personne au bord du chemin »"
# (office, a holder, how the holder is named with the office of Lyon, feminine?)
HOLDERS = [("maire", "Grégory Doucet"), ("préfet", "Jean-Pierre Castaing"), ("ministre", "Paul Durand"),
           ("président", "Thierry Lagarde")]
NAMED = ["Le {o} de Lyon, {n}, a reçu {other} lundi. ", "{n}, {o} de Lyon, a reçu {other} lundi. ",
         "Lundi, {n}, le {o} de Lyon, a reçu {other}. "]
OTHERS = ["le {o} de Marseille", "le {o} du Rhône", "le {o} de la région voisine"]
FRAMES = ["{q}, a déclaré le {o}.", "{q}, a déclaré le {o} devant les élus.", "Selon le {o}, {q}.",
          "Le {o} a déclaré : {q} »"]


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("Titre", text, "fr")]


def _frame(frame: str, office: str) -> str:
    return frame.format(q=QUOTE if not frame.endswith("»") else QUOTE[:-2] + ".", o=office)


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(HOLDERS), st.sampled_from(NAMED), st.sampled_from(OTHERS), st.sampled_from(FRAMES))
def test_another_holder_mentioned_by_office_gives_no_speaker(holder: tuple[str, str], named: str, other: str,
                                                             frame: str) -> None:
    office, name = holder
    text = named.format(o=office, n=name, other=other.format(o=office)) + _frame(frame, office)
    assert _speakers(text) == [None], text


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(HOLDERS), st.sampled_from(NAMED), st.sampled_from(FRAMES),
       st.sampled_from(["son adjoint", "le {o}", "les élus de Marseille", "l'ancien {o} de Marseille"]))
def test_the_one_holder_stays_the_speaker(holder: tuple[str, str], named: str, frame: str, other: str) -> None:
    """No other holder it may mean: the office alone, the holder's own, a former one, or no office at all."""
    office, name = holder
    text = named.format(o=office, n=name, other=other.format(o=office)) + _frame(frame, office)
    assert _speakers(text) == [name], text


def test_a_frame_that_says_whose_office_is_the_holders() -> None:
    text = "Grégory Doucet, maire de Lyon, a reçu le maire de Marseille. " + f"{QUOTE}, a déclaré le maire de Lyon."
    assert _speakers(text) == ["Grégory Doucet"]
    text = "Le maire de Lyon, Grégory Doucet, a reçu le maire de Marseille. " + f"{QUOTE}, a déclaré le maire."
    assert _speakers(text) == [None]


# English: titledvoices reads "the <title>" so; another holder named by the title alone makes the frame either's.
EN_HOLDERS = [("minister", "Health Minister Rachel Ingram", "Rachel Ingram", "the finance minister"),
              ("minister", "Rachel Ingram, the health minister,", "Rachel Ingram", "the minister of finance"),
              ("mayor", "Grégory Doucet, the mayor of Lyon,", "Grégory Doucet", "the mayor of Paris"),
              ("mayor", "Lyon mayor Grégory Doucet", "Grégory Doucet", "the deputy mayor"),
              ("chairman", "Chairman Nigel Pembury", "Nigel Pembury", "the acting chairman")]
EN_FRAMES = ['"We will not be rushed into this," the {t} said.', '"We will not be rushed into this," said the {t}.']


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(EN_HOLDERS), st.sampled_from(EN_FRAMES), st.booleans())
def test_english_another_holder_by_title_gives_no_speaker(holder: tuple[str, str, str, str], frame: str,
                                                          other_named: bool) -> None:
    title, named, name, other = holder
    text = f"{named} met {other} on Monday. " + frame.format(t=title)
    assert [q.name for q in quotes_in("T", text, "en")] == [None], text
    alone = f"{named} met reporters on Monday. " + frame.format(t=title)
    assert [q.name for q in quotes_in("T", alone, "en")] == [name], alone
    own = f"{named} met {other.split()[0]} {other.split()[-1]} and {other} Ann Lowe. " + frame.format(t=title)
    assert [q.name for q in quotes_in("T", own, "en")][0] in (None, name), own  # (two holders: None, as before)
