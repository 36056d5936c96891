"""Names that became the wrong person or the wrong body (QW18, 2026-12-06).

- A Romance place's name with a particle speaks for its government, as "Moscow said" does: "Rio de Janeiro said it
  would …" and "Buenos Aires said: “…”" were people (orgnames.romance_place, placewords.PLACES).
- A Portuguese body's name holds "do": "Banco do Brasil said" was a person "Brasil" (nameruns.RUN reads
  orgnames.DO_PARTICLE); "Corte Suprema de Justicia" a person (orgnames.ROMANCE_HEADS).
- A one-word body the article shows to be one ("Unilever said its brands …", "Tesco's stores", "sold at Tesco") is
  an organisation (onewordbodies.one_word_body); "Madonna said it was her last tour" stays a person.
People with particles stay people: "Luiz de Souza", "Maria do Carmo Silva", "Rio Ferdinand".
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.names import names_in
from briefgen.analyse.nameruns import RUN
from briefgen.analyse.quotes import quotes_in

FRAMES = ("{} said: “The permit is void.”", "“The permit is void,” {} said.", "{} called the permit “void”.")
SAID_IT = "{} said it would review every permit."


def kinds(text: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.kind) for q in quotes_in("N", text)]


def named(text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.kind) for m in names_in("", text)]


def test_the_reported_places() -> None:
    assert kinds("Rio de Janeiro said it would “review every permit”.") == [("Rio de Janeiro", "place")]
    assert named("Rio de Janeiro said it would “review every permit”.") == []
    assert kinds("Buenos Aires said: “The metro will close.”") == [("Buenos Aires", "place")]
    assert named("Buenos Aires said it would close the metro.") == []
    assert kinds("São Paulo announced: “The metro will close.”") == [("São Paulo", "place")]
    assert named("Rio Grande do Sul said it would rebuild.") == []


@FAST
@given(st.sampled_from(("Rio", "Ciudad", "Isla", "Costa", "Villa", "Cidade", "Sierra")),
       st.sampled_from(("de", "do", "da", "del", "dos")), word, st.sampled_from(FRAMES + (SAID_IT,)))
def test_a_romance_place_with_a_particle_is_no_person(lead: str, link: str, place: str, frame: str) -> None:
    text = frame.format(f"{lead} {link} {place}")
    assert named(text) == [], text
    assert all(kind != "person" for _, kind in kinds(text)), text


@FAST
@given(st.sampled_from(("Luiz", "Maria", "Ana", "João", "Pedro")), st.sampled_from(("de", "do", "da", "dos")), word,
       st.sampled_from(FRAMES))
def test_people_with_particles_stay_people(given_name: str, link: str, surname: str, frame: str) -> None:
    name = f"{given_name} {link} {surname}"
    assert kinds(frame.format(name)) == [(name, "person")], frame.format(name)


def test_the_reported_people_stay_people() -> None:
    for name in ("Luiz de Souza", "Maria do Carmo Silva", "Rio Ferdinand", "Ana de Armas", "Madonna"):
        assert kinds(f"{name} said: “We are ready.”") == [(name, "person")], name


def test_do_joins_no_english_question() -> None:
    for text in ("Why do Americans trust Biden?", "What do Labour voters want?", "How do Democrats win?",
                 "Where do Ukrainians go?", "When do Britons vote?", "Who do Tories back?", "Which do Greens pick?"):
        assert all(" do " not in m.group() for m in RUN.finditer(text)), text


def test_the_reported_bodies() -> None:
    assert kinds("Banco do Brasil said: “The offer is hostile.”") == [("Banco do Brasil", "organisation")]
    assert named("“The offer is hostile,” Banco do Brasil said.") == [("Banco do Brasil", "organisation")]
    assert kinds("Corte Suprema de Justicia said: “The law is void.”") == [("Corte Suprema de Justicia", "organisation")]
    assert kinds("Ministério da Saúde said: “The vaccine is safe.”") == [("Ministério da Saúde", "organisation")]
    assert kinds("Caixa Geral de Depósitos said: “The plan is sound.”") == [("Caixa Geral de Depósitos", "organisation")]


@FAST
@given(st.sampled_from(("Banco", "Corte Suprema", "Prefeitura", "Secretaría", "Gobierno", "Junta", "Tribunal",
                        "Polícia Federal", "Petróleos")), st.sampled_from(("de", "do", "da", "del", "dos")), word,
       st.sampled_from(FRAMES))
def test_a_romance_body_with_its_particle_is_one_organisation(head: str, link: str, place: str, frame: str) -> None:
    name = f"{head} {link} {place}"
    assert kinds(frame.format(name)) == [(name, "organisation")], frame.format(name)


EVIDENCE = ("{} said its brands were safe.", "{}, which owns two chains, said nothing more.",
            "{}'s stores stay open.", "The pies were sold at {} until May.", "{} plc said nothing more.",
            "{}’s flights were full.")


@FAST
@given(word, st.sampled_from(EVIDENCE), st.sampled_from(FRAMES))
def test_a_one_word_name_shown_a_body_is_an_organisation(name: str, evidence: str, frame: str) -> None:
    text = f"{frame.format(name)} {evidence.format(name)}"
    assert (name, "person") not in named(text), text
    assert (name, "organisation") in named(text), text


@FAST
@given(word, st.sampled_from(("{} said it was her last tour.", "{} took a dig at {}.", "{}'s shares rose.",
                              "{}'s fans cheered.", "{} praised its work.")), st.sampled_from(FRAMES))
def test_a_one_word_person_stays_a_person(name: str, other: str, frame: str) -> None:
    text = f"{frame.format(name)} {other.format(name, name)}"
    assert (name, "organisation") not in named(text), text


def test_the_reported_pages(tmp_path) -> None:
    from briefgen.build import BuildOptions, build
    from support.sites import write_site

    head = "---\ntitle: {}\nsource: Daily Ledger\npublished: 2026-10-14T{}:00:00Z\n---\n"
    files = {"config.yaml": "title: R\nbase_url: https://example.org/r/\ntopics:\n  - id: s\n    title: S\n"
                            "    keywords: [recall]\n",
             "content/articles/recall.md": head.format("Recall", "10") +
             "Tesco, asked about the recall, said: “We are sorry.” Tesco's stores will stay open.\n\n"
             "Unilever said its brands were safe: “We acted at once.”\n\n"
             "Madonna said: “I love London.” Madonna said it was her last tour.\n",
             "content/articles/rio.md": head.format("Floods", "11") +
             "Rio de Janeiro said it would “review every permit”. Buenos Aires said: “We will help.”\n\n"
             "Banco do Brasil said: “The offer is hostile.” Mayor Luiz de Souza said: “We are ready.”\n\n"
             "Corte Suprema de Justicia said: “The law is void.”\n"}
    root = write_site(tmp_path / "site", files)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    people = root / "output/people"

    def kicker(slug: str) -> str:
        page = (people / slug / "index.html").read_text(encoding="utf-8")
        return page.split('<p class="kicker">', 1)[1].split("<", 1)[0]

    assert {p.name for p in people.iterdir() if p.is_dir()} == {
        "tesco", "unilever", "madonna", "banco-do-brasil", "luiz-de-souza", "corte-suprema-de-justicia"}
    assert [kicker(s) for s in ("tesco", "unilever", "banco-do-brasil", "corte-suprema-de-justicia")] == [
        "Organisation"] * 4
    assert kicker("madonna") == kicker("luiz-de-souza") == "Person"


PARTIES = ("Labour", "Conservative", "Green", "Liberal", "Democratic", "Republican", "Reform", "Socialist")


@FAST
@given(st.sampled_from(PARTIES), st.sampled_from(PARTIES), st.sampled_from(FRAMES + ("Members of {} met.",)))
def test_two_parties_before_party_are_two(first: str, second: str, frame: str) -> None:
    """"the Labour and Green Party" (for "parties") is two bodies: no one organisation of both, no speaker for both."""
    text = frame.format(f"the {first} and {second} Party")
    text = text[0].upper() + text[1:]
    assert all(" and " not in surface for surface, _ in named(text)), text
    assert (f"{second} Party", "organisation") in named(text), text
    assert all(" and " not in (speaker or "") for speaker, _ in kinds(text)), text


def test_one_party_with_and_stays_one() -> None:
    for name in ("Social Democratic and Labour Party", "Food and Drug Administration", "England and Wales Cricket Board"):
        assert named(f"The {name} said: “No.”") == [(name, "organisation")], name


def test_initials_of_a_declared_person_are_that_person(tmp_path) -> None:
    """"AMLO said", "MBS told reporters": unknown initialisms stay bodies; declared as a person's aliases they are that
    person's, with `kind: person` or without (the declared name's own words read as a person's)."""
    from briefgen.build import BuildOptions, build
    from support.sites import write_site

    head = "---\ntitle: {}\nsource: Daily Ledger\npublished: 2026-10-14T{}:00:00Z\n---\n"
    config = ("title: R\nbase_url: https://example.org/r/\ntopics:\n  - id: s\n    title: S\n    keywords: [deal]\n"
              "people:\n  - name: Andrés Manuel López Obrador\n    aliases: [AMLO]\n    kind: person\n"
              "  - name: Mohammed bin Salman\n    aliases: [MBS]\n")
    files = {"config.yaml": config,
             "content/articles/deal.md": head.format("Deal", "10") +
             "AMLO said: “We will not pay.” MBS told reporters: “The deal is done.” KPMG said: “We audit.”\n"}
    root = write_site(tmp_path / "site", files)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    people = root / "output/people"
    assert {p.name for p in people.iterdir() if p.is_dir()} == {
        "andres-manuel-lopez-obrador", "mohammed-bin-salman", "kpmg", "amlo", "mbs"}
    for alias, slug in (("amlo", "andres-manuel-lopez-obrador"), ("mbs", "mohammed-bin-salman")):  # an alias's page
        assert f'url=../../people/{slug}/"' in (people / alias / "index.html").read_text(encoding="utf-8")  # moves on
    for slug, words in (("andres-manuel-lopez-obrador", "We will not pay."), ("mohammed-bin-salman", "The deal is done.")):
        page = (people / slug / "index.html").read_text(encoding="utf-8")
        assert '<p class="kicker">Person<' in page and words in page, slug
    assert '<p class="kicker">Organisation<' in (people / "kpmg/index.html").read_text(encoding="utf-8")


@FAST
@given(st.sampled_from(("Labour", "Labor", "Sinn Féin", "Fine Gael", "Fianna Fáil", "Plaid Cymru", "Likud", "Fidesz")),
       st.sampled_from(FRAMES))
def test_a_party_named_alone_is_an_organisation(party: str, frame: str) -> None:
    """"Labour said", "Sinn Féin said", "Likud said" were people (orgnames.PARTY_NAMES, the whole run only)."""
    assert kinds(frame.format(party)) == [(party, "organisation")], frame.format(party)


@FAST
@given(st.sampled_from(("Labour MP", "Sinn Féin TD", "Plaid Cymru MS", "Labour councillor", "Likud leader")), word, word,
       st.sampled_from(FRAMES))
def test_a_partys_member_stays_a_person(party: str, given_name: str, surname: str, frame: str) -> None:
    text = frame.format(f"{party} {given_name} {surname}")
    assert kinds(text) == [(f"{given_name} {surname}", "person")], text
