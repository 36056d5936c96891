"""T20's people (FX24): companies and things read as people, a named spokeswoman beaten by a company's name, roles of
other countries' public offices (analyse/companyforms.py, agentvoices.py, titledvoices.py, nonpersons.py).

The T20 trial (a copper-mine dam breach in Chile) gave '"They landed in Copiapó this morning," she said' after "A
Cobrebras spokeswoman, Carolina Vidal, said …" to a person "Cobrebras Mineração"; listed "Cerro Verdoso" (a mine),
"El Toqui" (a dam), "Jinhe Copper", "Cobrebras Chile", "Servicios Mineros Arequipa" as people; and gave no speaker to
'"…," the delegate added' after "said …, the presidential delegate for Atacama", nor to '"…," the spokeswoman added'.
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from briefgen.analyse.names import PERSON, names_in
from briefgen.analyse.people import find_people, people_of
from support.factories import article

STEMS = ["Cobrebras", "Acme", "Vale Verde", "Andina", "Jinhe", "Nordvik"]
TRADE = ["Mineração", "Mineracao", "Minera", "Mineradora", "Engenharia", "Construtora", "Participações", "Ingeniería"]
FORMS = ["Ltda", "Ltda.", "SpA", "S.A.", "S.A.C.", "SAC", "S.A.A.", "E.I.R.L.", "S.R.L.", "SAB de CV", "S.A. de C.V."]
COMMODITIES = ["Copper", "Lithium", "Nickel", "Zinc", "Cobalt", "Uranium"]
COUNTRIES = ["Chile", "Peru", "Perú", "Argentina", "Canada", "Mexico", "Colombia", "Australia"]
OPENERS = ["Servicios", "Sociedad", "Compañía", "Companhia", "Grupo", "Minera", "Industrias", "Empresa"]
LANDFORMS = ["Cerro", "Morro", "Laguna", "Quebrada", "Punta", "Salar", "Nevado", "Volcán"]
ARTICLES = ["El", "La", "Los", "Las"]
WORDS = ["Verdoso", "Toqui", "Bambas", "Pelambres", "Escondida", "Blanco"]
PEOPLE = ["Carolina Vidal", "Jane Smith", "Andrés Muñoz", "Tom Reid", "Anna Berg"]


def _kinds(text: str) -> dict[str, str]:
    return {m.full: m.kind for m in names_in("", text)}


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_people("", text).quotes]


@given(st.sampled_from(STEMS), st.sampled_from(TRADE + FORMS + COMMODITIES + COUNTRIES),
       st.sampled_from(["suspended operations", "said", "was fined"]))
@example("Cobrebras", "Mineração", "suspended operations")
@example("Jinhe", "Copper", "said")
@example("Cobrebras", "Chile", "was fined")
@settings(max_examples=150, deadline=None)
def test_a_company_word_of_another_language_a_metal_or_a_country_after_a_name_makes_a_company(stem: str, word: str, verb: str) -> None:
    assert PERSON not in _kinds(f"Brazilian miner {stem} {word} {verb} on Tuesday.").values()


@given(st.sampled_from(OPENERS), st.sampled_from(["Mineros Arequipa", "Andina", "Minera del Sur", "Cobre Norte"]))
@example("Servicios", "Mineros Arequipa")
def test_a_firm_noun_opening_a_spanish_or_portuguese_name_makes_a_company(opener: str, rest: str) -> None:
    assert PERSON not in _kinds(f"The three work for {opener} {rest}, a Peruvian contractor.").values()


@given(st.one_of(st.tuples(st.sampled_from(LANDFORMS), st.sampled_from(WORDS)),
                 st.tuples(st.sampled_from(ARTICLES), st.sampled_from(WORDS))),
       st.sampled_from(["the {} copper mine", "the {} tailings dam", "{} produced 95,000 tonnes", "the {} mine"]))
@example(("Cerro", "Verdoso"), "the {} copper mine")
@example(("El", "Toqui"), "the {} tailings dam")
@settings(max_examples=120, deadline=None)
def test_a_landform_or_an_article_opening_a_name_is_no_person(name: tuple[str, str], frame: str) -> None:
    text = f"A wall of {frame.format(' '.join(name))} gave way on Monday, regional authorities said."
    assert PERSON not in _kinds(text).values(), _kinds(text)


@given(st.sampled_from(PEOPLE), st.sampled_from(["said", "told reporters", "added"]))
def test_people_stay_people(name: str, verb: str) -> None:
    """The guard: a person beside these companies and places stays a person."""
    text = f'"We will not reopen it," {name} {verb}. Cobrebras Chile and Jinhe Copper run the Cerro Verdoso mine.'
    assert _kinds(text)[name] == PERSON


@given(st.sampled_from(["Cobrebras Mineração", "Acme Mining", "Minera Andina SAC", "Jinhe Copper"]),
       st.sampled_from(["spokeswoman", "spokesman", "spokesperson"]), st.sampled_from(["Carolina Vidal", "Alex Morgan"]),
       st.sampled_from(["she said", "he said"]))
@example("Cobrebras Mineração", "spokeswoman", "Carolina Vidal", "she said")
@settings(max_examples=60, deadline=None)
def test_a_named_spokesperson_opening_a_later_sentence_speaks_for_the_pronoun(firm: str, noun: str, name: str, pronoun: str) -> None:
    """agentvoices: "A <firm> spokeswoman, <name>, said …" named no agent outside a text's first sentence (`^` at a
    search's start), so "she said" went to the firm's one-word name read as a person."""
    if (noun, pronoun) in (("spokeswoman", "he said"), ("spokesman", "she said")):
        return
    short = firm.split()[0]
    text = (f"Brazilian miner {firm} suspended operations on Tuesday.\n\nA {short} {noun}, {name}, said the company had "
            f'sent a team of engineers. "They landed this morning," {pronoun}.')
    assert _speakers(text) == [name]


def test_the_reported_spokeswoman_paragraph() -> None:
    text = ('SAO PAULO, Nov 24 (Reuters) - Brazilian miner Cobrebras Mineracao suspended operations at its Cerro Verdoso '
            'copper mine in Chile on Tuesday.\n\nA Cobrebras spokeswoman, Carolina Vidal, said the company had sent a team '
            'of engineers from Brazil. "They landed in Copiapó this morning," she said. "We will publish what they find," '
            'the spokeswoman added.')
    assert _speakers(text) == ["Carolina Vidal", "Carolina Vidal"]


@given(st.sampled_from(["delegate", "intendant", "prefect", "consul", "burgomaster", "governor", "mayor", "ombudsman",
                        "commissioner", "superintendent"]),
       st.sampled_from(["presidential", "regional", "provincial", ""]), st.sampled_from(["added", "said"]))
@example("delegate", "presidential", "added")
@settings(max_examples=80, deadline=None)
def test_the_office_alone_is_the_one_person_named_with_it(office: str, modifier: str, verb: str) -> None:
    role = f"{modifier} {office}".strip()
    text = (f'"The mud reached the first houses at half past four," said María Fernanda González Rojas, the {role} '
            f'for Atacama.\n\n"We still do not know how much material came out," the {office} {verb}.')
    assert _speakers(text) == ["María Fernanda González Rojas"] * 2


@given(st.sampled_from(["Presidential delegate", "Regional intendant", "Prefect", "Consul"]))
def test_an_office_before_a_name_makes_its_holder_the_subject(office: str) -> None:
    text = f'{office} Maria Gomez visited the town on Tuesday. "We are here to stay," she said.'
    assert _speakers(text) == ["Maria Gomez"]


def test_the_company_said_after_a_company_named_by_its_trade_word() -> None:
    text = ("Cobrebras Mineração said on Tuesday that it had halted all work at its Cerro Verdoso copper mine in Chile "
            "and would pay for the damage caused by the failure of the El Toqui tailings dam.\n\n"
            '"Cobrebras will take full responsibility for the families," the company said in a statement.')
    quotes = find_people("", text).quotes
    assert [(q.speaker, q.kind) for q in quotes] == [("Cobrebras Mineração", "organisation")]


ACCENTED = [("Andrés Muñoz", "Andres Munoz"), ("Zoë Lefèvre", "Zoe Lefevre"), ("José Ignacio Fuentes", "Jose Ignacio Fuentes"),
            ("Łukasz Wójcik", "Lukasz Wojcik"), ("João Pereira", "Joao Pereira")]


@given(st.sampled_from(ACCENTED), st.integers(1, 4), st.integers(1, 4), st.booleans())
@example(("Andrés Muñoz", "Andres Munoz"), 2, 3, False)
@settings(max_examples=40, deadline=None)
def test_the_accented_spelling_is_the_name_whatever_more_articles_write(pair: tuple[str, str], accented: int, plain: int,
                                                                          plain_first: bool) -> None:
    """names.NameIndex.build via namekeys.accented_form: copy drops accents and never adds them (T20 #4: three
    articles' "Andres Munoz", two's "Andrés Muñoz" gave the page "Andres Munoz")."""
    spellings = [pair[1]] * plain + [pair[0]] * accented if plain_first else [pair[0]] * accented + [pair[1]] * plain
    texts = {f"a{i}": f'"The men are alive," said {name}, a rescuer, on Wednesday.' for i, name in enumerate(spellings)}
    articles = tuple(article(slug, source="Wire") for slug in texts)
    found = {slug: find_people("", text) for slug, text in texts.items()}
    listed = [p.name for p in people_of(articles, found, (), ("Wire",)).people]
    assert listed == [pair[0]], listed


FULLER = [("João Carlos de Oliveira Santos", "Oliveira Santos", "Santos"), ("Luiz Inácio Ferreira Lima", "Ferreira Lima", "Lima"),
          ("María Fernanda González Rojas", "González Rojas", "Rojas"), ("Ana Paula da Costa Nunes", "Costa Nunes", "Nunes")]


@given(st.sampled_from(FULLER), st.sampled_from(["Mr", "Ms", "Dr"]))
@example(FULLER[0], "Mr")
@settings(max_examples=30, deadline=None)
def test_a_name_that_ends_a_fuller_name_is_that_persons_form_no_rival(names: tuple[str, str, str], title: str) -> None:
    """familynames.fold_surname_tails (T20 #8): "Mr Oliveira Santos" in one article is João Carlos de Oliveira Santos
    of others, so "Mr Santos" alone in a third is his, not "either of two" (a check warning; his quotation was lost)."""
    full, tail, last = names
    texts = {"a": f'"We will study it," said {full}, the chief executive, on Monday.',
             "b": f'"The mine stays shut," {title} {tail} told analysts on Tuesday.',
             "c": f'{title} {last} told shareholders that the company would study the decision "with respect and care".'}
    articles = tuple(article(slug, source="Wire") for slug in texts)
    found = {slug: find_people("", text) for slug, text in texts.items()}
    people = people_of(articles, found, (), ("Wire",))
    assert [p.name for p in people.people] == [full] and not people.ambiguous, ([p.name for p in people.people], people.ambiguous)


def test_a_tail_two_fuller_names_end_in_is_neither_persons() -> None:
    """The guard: "Oliveira Santos" beside two fuller names ending so is not given to one of them."""
    texts = {"a": '"We will study it," said João Carlos de Oliveira Santos, the chief executive.',
             "b": '"It is shut," said Maria Clara de Oliveira Santos, the mayor.',
             "c": '"It is safe," Mr Oliveira Santos told analysts.'}
    articles = tuple(article(slug, source="Wire") for slug in texts)
    found = {slug: find_people("", text) for slug, text in texts.items()}
    listed = {p.name: len(p.quotes) for p in people_of(articles, found, (), ("Wire",)).people}
    assert listed.get("João Carlos de Oliveira Santos") == 1 and listed.get("Maria Clara de Oliveira Santos") == 1, listed


@given(st.sampled_from([("Cobrebras", "Mineração", "Mineracao"), ("Vale Verde", "Mineradora", "Mineradora"),
                        ("Andina", "Ingeniería", "Ingenieria"), ("Nordvik", "Participações", "Participacoes")]))
@example(("Cobrebras", "Mineração", "Mineracao"))
def test_a_company_written_with_and_without_its_accents_and_alone_is_one_page(names: tuple[str, str, str]) -> None:
    """orgnames.archive_firms (T20 #2): "Cobrebras" alone was a page beside "Cobrebras Mineração": the stem knew no
    Portuguese trade word, and the accented and plain spellings were two companies sharing it."""
    stem, accented, plain = names
    texts = {"a": f"{stem} {accented} said on Tuesday that it had halted work at the mine.",
             "b": f"Brazilian miner {stem} {plain} suspended operations on Tuesday.",
             "c": f'{stem} said in a statement that it would "cooperate fully" with the inquiry.'}
    articles = tuple(article(slug, source="Wire") for slug in texts)
    found = {slug: find_people("", text) for slug, text in texts.items()}
    listed = [(p.name, p.kind) for p in people_of(articles, found, (), ("Wire",)).people]
    assert listed == [(f"{stem} {accented}", "organisation")], listed
