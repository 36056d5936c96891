"""A French quotation framed by an office alone ("a déclaré la ministre", "selon le préfet", "… le préfet a assumé sa
décision. « … », a-t-il dit.") is the one person the text names with that office (analyse/frenchtitled.py).

The T15 trial (a French water crisis, 2026-12-06) lost every such quotation: "la ministre", "le préfet" named no one.
Properties over offices (masculine and feminine forms) × the ways a holder is named × the frames that call them by the
office; and the cases that must stay without a speaker: two holders, a former holder, another office or domain, a
trade (no office), and a clause after a name that is no appositive of it."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.frenchtitled import frame_role, role_base
from briefgen.analyse.quotes import quotes_in

# (feminine article + form, masculine article + form, a person of each)
OFFICES = [("la ministre", "le ministre"), ("la préfète", "le préfet"), ("la présidente", "le président"),
           ("la directrice", "le directeur"), ("la maire", "le maire"), ("l'avocate", "l'avocat"),
           ("la porte-parole", "le porte-parole"), ("la procureure", "le procureur"), ("la sénatrice", "le sénateur")]
WOMEN = ["Agnès Pannier", "Marie-Claire Bonnet", "Sophie Arnaud-Vidal"]
MEN = ["Jean-Pierre Castaing", "Thierry Lagarde", "Paul-Henri Lemaire"]
QUOTE = "« Nous ne laisserons personne au bord du chemin »"


def _named(office: str, name: str, form: int) -> str:
    """A sentence naming `name` with `office` (article and noun) in one of the French ways."""
    bare = office.split(" ", 1)[1] if " " in office else office[2:]
    capital = office[0].upper() + office[1:]
    return [f"{capital} {name} s'est rendu(e) à Poitiers lundi. ",
            f"{capital} de la Vienne, {name}, s'est rendu(e) à Poitiers lundi. ",
            f"{name}, {bare} de la Vienne, s'est rendu(e) à Poitiers lundi. ",
            f"Lundi, {name}, {office}, s'est rendu(e) à Poitiers. "][form]


def _framed(office: str, form: int, pronoun: str) -> str:
    capital = office[0].upper() + office[1:]
    return [f"{QUOTE}, a déclaré {office}.",
            f"{QUOTE}, a déclaré {office} devant des exploitants.",
            f"{capital} a déclaré : {QUOTE[:-2]}. »",
            f"Selon {office}, {QUOTE}.",
            f"Au micro de Radio Marais, {office} a assumé sa décision. {QUOTE}, a-t-{pronoun} dit."][form]


def _speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("Titre", text, "fr")]


@settings(max_examples=examples(120), deadline=None)
@given(st.sampled_from(range(len(OFFICES))), st.booleans(), st.integers(0, 2), st.integers(0, 3), st.integers(0, 4))
def test_an_office_alone_is_its_one_holder(office: int, woman: bool, person: int, named: int, frame: int) -> None:
    """Whatever form names the holder and whatever frame calls them by the office, the quotation is theirs."""
    feminine, masculine = OFFICES[office]
    written = feminine if woman else masculine
    name = (WOMEN if woman else MEN)[person]
    text = _named(written, name, named) + _framed(written, frame, "elle" if woman else "il")
    assert _speakers(text) == [name], text


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(range(len(OFFICES))), st.integers(0, 3), st.integers(0, 4))
def test_two_holders_give_no_speaker(office: int, named: int, frame: int) -> None:
    """Two people named with the office: whose words? No one's (precision first, as in English)."""
    feminine, _ = OFFICES[office]
    text = _named(feminine, WOMEN[0], named) + _named(feminine, WOMEN[1], (named + 1) % 4) + _framed(feminine, frame, "elle")
    assert _speakers(text) == [None], text


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(range(len(OFFICES))), st.integers(0, 4))
def test_another_office_a_former_holder_or_a_trade_give_no_speaker(office: int, frame: int) -> None:
    feminine, masculine = OFFICES[office]
    other = OFFICES[(office + 1) % len(OFFICES)][0]
    assert _speakers(_named(other, WOMEN[0], 0) + _framed(feminine, frame, "elle")) == [None]
    former = f"L'ancienne {feminine.split(' ', 1)[1] if ' ' in feminine else feminine[2:]} {WOMEN[0]} était là. "
    assert _speakers(former + _framed(feminine, frame, "elle")) == [None], former
    trade = "L'agricultrice Gisèle Marchand était là. "
    assert _speakers(trade + _framed("l'agricultrice", frame, "elle")) == [None]


def test_a_domain_the_frame_writes_must_be_the_holders() -> None:
    """"la ministre de la Santé" is not the Transition écologique's minister."""
    named = "La ministre de la Transition écologique, Agnès Pannier, était à Poitiers. "
    assert _speakers(named + f"{QUOTE}, a déclaré la ministre de la Transition écologique.") == ["Agnès Pannier"]
    assert _speakers(named + f"{QUOTE}, a déclaré la ministre de la Santé.") == [None]


def test_a_clause_after_a_name_is_no_appositive() -> None:
    """", la ministre a assumé …" after "Radio Marais" makes no minister of the radio (a first draft did)."""
    text = (f"L'ancienne ministre Agnès Pannier était à Poitiers. Au micro de Radio Marais, la ministre a assumé sa "
            f"décision. {QUOTE}, a-t-elle dit.")
    assert _speakers(text) == [None]


def test_the_trials_quotations() -> None:
    """T15's afp-ministre and radio-arrete, in short."""
    afp = ("POITIERS (AFP) - La ministre de la Transition écologique, Agnès Pannier, s'est rendue lundi dans la Vienne. "
           "« Personne ne sera laissé au bord du chemin », a déclaré la ministre devant une quarantaine d'exploitants "
           "réunis dans une ferme. Les aides seront versées « avant la fin du mois d'août », a-t-elle précisé.")
    assert _speakers(afp) == ["Agnès Pannier", "Agnès Pannier"]
    radio = ("Le préfet de la Vienne, Jean-Pierre Castaing, a signé l'arrêté vendredi. Au micro de Radio Marais, le "
             "préfet a assumé sa décision. « Je sais ce que cela coûte aux agriculteurs. Mais l'eau potable passe "
             "avant tout », a-t-il dit.")
    assert _speakers(radio) == ["Jean-Pierre Castaing"]


def test_role_base_and_frame_role() -> None:
    assert [role_base(w) for w in ("préfète", "présidente", "l'avocate", "directrice", "ministre", "agricultrice")] == [
        "préfet", "président", "avocat", "directeur", "ministre", "agricultrice"]
    assert frame_role("la ministre de la Transition écologique devant des exploitants") == (
        "ministre", frozenset({"transition", "écologique"}), False)
    assert frame_role("la ministre Agnès Pannier") is None  # the name is there
    assert frame_role("un agriculteur") is None and frame_role("l'agricultrice") is None


def test_english_text_is_read_as_before() -> None:
    """English frames keep titledvoices' English rules ("the minister" is no French office)."""
    text = "Health Minister Rachel Ingram visited the plant. “Nobody will be left behind,” the minister said."
    assert [q.name for q in quotes_in("T", text, "en")] == ["Rachel Ingram"]
