"""A company in its own statement, and Spanish and English companies' names without a legal form (T17, 2026-12-06).

The tester's site had no page for Minera Atacama Norte, the mine's operator, whose press release is one of the
briefing's sources ('Minera Atacama Norte said: "…"', twice), hid 'Cobre Andino said in a statement that it had
"activated its contingency plan"' as a fragment of the reporter's sentence, and listed "Huaxin Nonferrous Trading"
and "Cobre Andino" as people ("Trading, Huaxin Nonferrous", "Andino, Cobre"). (romancefirms.ROMANCE_FIRMS,
runparts.firm_after_role, fragments.statement_words, quotepieces.shown, firmsources.firm_source.)
"""
from __future__ import annotations

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.firmsources import firm_source
from briefgen.analyse.names import names_in
from briefgen.analyse.nameruns import classify
from briefgen.analyse.people import find_people
from briefgen.analyse.quotes import quotes_in

FIRMS = st.sampled_from(("Minera", "Cobre", "Grupo", "Aceros", "Cementos", "Constructora", "Inversiones", "Naviera",
                         "Banco", "Pesquera", "Empresas"))
ROLES = st.sampled_from(("Operator", "Miner", "Producer", "Rival", "Owner"))


def _kinds(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.name, q.kind) for q in quotes_in("", text)]


def test_the_reported_names():
    for name in ("Cobre Andino", "Minera Atacama Norte", "Huaxin Nonferrous Trading"):
        assert classify(name.split()) == ("organisation", 0), name
    strike = ('Operator Cobre Andino said in a statement that it had "activated its contingency plan" and that the '
              "processing plant was running on stockpiled ore.")
    assert [(m.surface, m.kind) for m in names_in("", strike)] == [("Cobre Andino", "organisation")]
    said = find_people("Strike", strike).quotes
    assert [(s.speaker, s.kind, s.fragment, s.statement) for s in said] == [
        ("Cobre Andino", "organisation", False, True)]
    assert firm_source("Minera Atacama Norte") and not any(
        firm_source(outlet) for outlet in ("Pacifica Newswire", "AFP", "The Santiago Courier", "Red Metal Notes",
                                           "MineWire AI", "Harbour Post", "The Financial Ledger", "Reuters"))


def test_what_must_not_change():
    assert classify("Ana de Armas".split()) == ("person", 0)
    assert _kinds("Mayor Anna Berg said: \u201cWe are ready.\u201d") == [("Anna Berg", "person")]
    # a company's words after "had", no statement named: a fragment of the reporter's sentence, as before
    brannock = find_people("Breach", "Brannock Holdings said it had \u201cmade its submissions\u201d to the authority.")
    assert [(s.fragment, s.statement) for s in brannock.quotes] == [(True, False)]
    # two words of a statement: the reporter's choice, still a fragment
    sorry = find_people("Recall", "Brightwell Technologies said in a statement it was \u201cdeeply sorry\u201d and would"
                                  " replace every unit.")
    assert [(s.fragment, s.statement) for s in sorry.quotes] == [(True, False)]


@FAST
@given(FIRMS, word, word, ROLES)
def test_a_spanish_firms_noun_opens_a_company(noun, one, two, role):
    """"Cobre Andino said", "Operator Minera Atacama Norte said": an organisation, with or without a role before it."""
    assume(one != two)
    firm = f"{noun} {one} {two}" if one < two else f"{noun} {one}"
    assert _kinds(f"{firm} said: \u201cWe have suspended all production.\u201d") == [(firm, "organisation")]
    text = f"{role} {firm} said in a statement that it had \u201cactivated its contingency plan\u201d on Monday."
    said = find_people("Strike", text).quotes
    assert [(s.speaker, s.kind, s.fragment, s.statement) for s in said] == [(firm, "organisation", False, True)], text


def test_the_reported_pages(tmp_path) -> None:
    from briefgen.build import BuildOptions, build
    from support.sites import write_site

    head = "---\ntitle: {}\nsource: {}\npublished: 2026-11-0{}T10:00:00Z\n---\n"
    config = ("title: Copper\nbase_url: https://example.org/c/\ntopics:\n  - id: m\n    title: Mine\n"
              "    keywords: [mine]\nsources:\n  - name: AFP\n    url: https://afp.example\n"
              "  - name: Minera Atacama Norte\n    url: https://atacamanorte.example\n")
    files = {"config.yaml": config,
             "content/articles/statement.md": head.format("Statement on the incident", "Minera Atacama Norte", 2) +
             'Minera Atacama Norte said: "Our priority is the safe return of every one of our colleagues."\n',
             "content/articles/inquiry.md": head.format("Inquiry opens", "AFP", 3) +
             'Minera Atacama Norte said in a statement that it "has provided every document requested."\n\n'
             'Operator Cobre Andino said in a statement that it had "activated its contingency plan" on Monday.\n\n'
             "Huaxin Nonferrous Trading suspended its contracts.\n",
             "content/articles/strike.md": head.format("Strike", "AFP", 4) +
             "Cobre Andino and Huaxin Nonferrous Trading were named in the report.\n"}
    root = write_site(tmp_path / "site", files)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    people = root / "output/people"

    def page(slug: str) -> str:
        return (people / slug / "index.html").read_text(encoding="utf-8")

    assert {"minera-atacama-norte", "cobre-andino", "huaxin-nonferrous-trading"} <= {
        p.name for p in people.iterdir() if p.is_dir()}
    assert "Our priority is the safe return" in page("minera-atacama-norte")
    assert "has provided every document requested" in page("minera-atacama-norte")
    assert "activated its contingency plan" in page("cobre-andino")
    for slug in ("minera-atacama-norte", "cobre-andino", "huaxin-nonferrous-trading"):
        assert page(slug).split('<p class="kicker">', 1)[1].split("<", 1)[0] == "Organisation", slug
    assert not (people / "afp").exists()  # (a news outlet stays a source)
