"""T16's names (QW19): South Asian honorifics, initials, office titles before a name, Urdu particles, live-blog stamps.

A trial (T16, 2026-12-06: a heatwave and blackouts in a fictional Indian state) gave '"…," said Smt. Narayanan.' to a
person "Smt", published four People pages for one minister ("S. K. Verma", "S.K. Verma", "Shri Satish Kumar Verma",
"Shri Verma"), a person "Opposition Faisal bin Hamid", "Advocate-General Prakash Joshi", "Rahman" for Zia ul Rahman,
"Haq" for Mohammed Irfan ul Haq, and no speaker after a live blog's "6.00 am:" stamp before a titled name."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.sites import MINIMAL_SITE, write_site

from briefgen.analyse.initialnames import fits, fold_initials, spread_initials
from briefgen.analyse.namekeys import person_key
from briefgen.analyse.nameruns import classify
from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.quotes import quotes_in
from briefgen.build import BuildOptions, build

NAMES = ("Lakshmi Narayanan", "Satish Kumar Verma", "Meenakshi Iyer", "Anil Saxena", "Rekha Solanki")
HONORIFICS = ("Shri", "Shri.", "Smt", "Smt.", "Shrimati", "Sushri", "Thiru", "Thiru.", "Janab", "Shree", "Tmt")
FRAMES = ('"We will help," said {h} {n}.', '"We will help," {h} {n} told reporters.', '{h} {n} said: "We will help."',
          '"We will help," {h} {n} said.', 'Later {h} {n} added: "We will help."')


def speakers(text: str) -> list[str | None]:
    return [q.name for q in quotes_in("", text, "en")]


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(HONORIFICS), st.sampled_from(NAMES), st.sampled_from(FRAMES), st.booleans())
def test_an_honorific_is_no_name(honorific: str, name: str, frame: str, surname_only: bool) -> None:
    """The speaker is the name without the honorific, full or the surname alone (before: "Smt", "Shri Verma", none)."""
    written = name.split()[-1] if surname_only else name
    text = frame.format(h=honorific, n=written)
    assert speakers(text) == [written], text
    assert all(m.surface == written and m.full == written for m in names_in("", text)), text


def test_the_honorific_names_the_person_named_in_full() -> None:
    text = ('Shri Satish Kumar Verma met Smt Lakshmi Narayanan on Sunday. "We will help," said Shri. Verma. '
            '"Thank you," Smt. Narayanan told reporters.')
    assert speakers(text) == ["Satish Kumar Verma", "Lakshmi Narayanan"]


def test_titles_that_are_names_too() -> None:
    """Begum, Sardar, Kumari, Selvi: a title only before a name of two words; a name otherwise."""
    assert speakers('Begum Khaleda Zia said: "Go."') == ["Khaleda Zia"]
    assert speakers('"Unite," said Sardar Vallabhbhai Patel.') == ["Vallabhbhai Patel"]
    assert speakers('Rokeya Begum said: "No."') == ["Rokeya Begum"]
    assert speakers('"Yes," said Kumari Selja.') == ["Kumari Selja"]
    assert speakers('"Yes," said Anita Kumari.') == ["Anita Kumari"]


GIVEN = (("Satish", "Kumar"), ("Kalvakuntla", "Chandrasekhar"), ("Rajesh", "Prakash"), ("Venkat", "Rao"))
SURNAMES = ("Verma", "Reddy", "Deshmukh", "Iyer")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(SURNAMES), st.sampled_from(("{a}.{b}.", "{a}. {b}.")))
def test_initials_written_together_or_apart_are_one_person(given: tuple[str, str], surname: str, form: str) -> None:
    """"S.K. Verma" is "S. K. Verma" (one key), a person, and — the one fuller name of the briefing they fit — the
    person "Satish Kumar Verma" (before: an organisation "S.K. Verma" and three People pages)."""
    initials = form.format(a=given[0][0], b=given[1][0])
    short = f"{initials} {surname}"
    assert person_key(short.split()) == person_key(f"{given[0][0]}. {given[1][0]}. {surname}".split())
    assert classify(short.split()) == ("person", 0)
    full = f"{given[0]} {given[1]} {surname}"
    found = {"a": names_in("", f'"We will help," said {short}.'), "b": names_in("", f'"No," said {full}.'),
             "c": names_in("", f'"Go," said {given[0][0]}. {given[1]} {surname}.')}
    index = NameIndex.build([], found)
    assert index.canonical(short) == index.canonical(full) == index.canonical(f"{given[0][0]}. {given[1]} {surname}")


def test_initials_that_fit_two_names_stay_apart() -> None:
    """"S. Verma" fits Satish and Sunil Verma: initials are no evidence which, so a name of its own."""
    found = {"a": names_in("", '"Yes," said S. Verma.'), "b": names_in("", '"No," said Satish Verma.'),
             "c": names_in("", '"Go," said Sunil Verma.')}
    index = NameIndex.build([], found)
    assert index.canonical("S. Verma") == "S. Verma"
    assert index.canonical("Satish Verma") == "Satish Verma" and index.canonical("Sunil Verma") == "Sunil Verma"


def test_initials_and_fit() -> None:
    assert spread_initials(["S.K.", "Verma"]) == ["S.", "K.", "Verma"]
    assert spread_initials(["A.P.J.", "Abdul", "Kalam"]) == ["A.", "P.", "J.", "Abdul", "Kalam"]
    assert fits(["k.", "c.", "reddy"], ["k.", "chandrasekhar", "reddy"])
    assert not fits(["k.", "c.", "reddy"], ["k.", "rama", "reddy"]) and not fits(["s.", "verma"], ["s.", "k.", "verma"])
    variants = {"s. k. verma": ["S. K. Verma"], "satish kumar verma": ["Satish Kumar Verma"], "s. verma": ["S. Verma"]}
    fold_initials(variants)
    assert variants == {"satish kumar verma": ["Satish Kumar Verma", "S. K. Verma"], "s. verma": ["S. Verma"]}


def test_dotted_initials_of_places_and_bodies_stay_theirs() -> None:
    for run in (("U.S.", "Steel"), ("U.S.", "Army"), ("L.A.", "Times"), ("D.C.", "Police"), ("S.K.", "Verma", "Ltd")):
        assert classify(run) == ("organisation", 0), run
    for run in (("J.K.", "Rowling"), ("A.P.", "Deshmukh"), ("H.R.", "McMaster")):
        assert classify(run) == ("person", 0), run


OFFICES = ("Leader of the Opposition", "Leader of the House", "Chief Minister", "Deputy Chief Minister",
           "Attorney-General", "Solicitor-General", "Director-General", "Advocate-General", "Advocate",
           "Speaker of the House")
PEOPLE = ("Faisal bin Hamid", "Prakash Joshi", "Ravi Shankar", "K. Chandrasekhar Reddy")
OFFICE_FRAMES = ('{t} {n} said: "It is a failure."', '"It is a failure," said {t} {n}.',
                 '{t} {n} called the statement "an exercise in passing the buck".', '"It is a failure," {t} {n} said.')


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(OFFICES), st.sampled_from(PEOPLE), st.sampled_from(OFFICE_FRAMES))
def test_an_office_before_a_name_is_no_part_of_it(office: str, name: str, frame: str) -> None:
    """(before: "Opposition Faisal bin Hamid", "Advocate-General Prakash Joshi", a person "Opposition")"""
    text = frame.format(t=office, n=name)
    assert speakers(text) == [name], text
    assert [m.full for m in names_in("", text) if m.kind == "person"] == [name], text


PARTICLED = ("Zia ul Rahman", "Mohammed Irfan ul Haq", "Mujib ur Rahman", "Salah ud-Din", "Irfan ul-Haq",
             "Siti Aminah binti Abdullah", "Faisal bin Hamid", "Nur bint Khalid")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(PARTICLED), st.sampled_from(("", "advocate ", "Mr ")),
       st.sampled_from(('"It is a failure," said {p}{n}.', '{p}{n} said: "It is a failure."')))
def test_a_surname_particle_is_part_of_the_name(name: str, lead: str, frame: str) -> None:
    """The whole name speaks, and a later particle and surname (or the surname; a Malay name's given name before its
    patronymic) is the same person (before: "Rahman", "Haq", "Mohammed Irfan")."""
    words = name.split()  # (a Malay patronymic is no surname: "Mr Faisal", never "Mr Hamid"; FX44, T22)
    text = frame.format(p=lead, n=name) + ' Later Mr ' + words[-3 if words[-2] in ("bin", "binti") else -1] + ' added: "We will appeal."'
    assert speakers(text) == [name, name], text


def test_the_particle_reference() -> None:
    assert speakers('"No," said Mohammed Irfan ul Haq. "Go," said Mr ul Haq.') == ["Mohammed Irfan ul Haq"] * 2


STAMPS = ("6.00 am:", "12.40 am:", "11.15pm:", "**6.00 am:**", "10:48", "10.48:")
LEADS = ("Faisal bin Hamid", "Leader of the Opposition Faisal bin Hamid", "SLDC chief engineer K. Chandrasekhar Reddy",
         "Opposition leader Faisal bin Hamid")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(STAMPS), st.sampled_from(LEADS))
def test_a_live_blog_stamp_before_a_lead_in(stamp: str, lead: str) -> None:
    """(before: no speaker after "6.00 am:" or "10:48")"""
    text = f'Follow our live coverage.\n\n{stamp} {lead}: "This government has no plan for summer."'
    assert speakers(text) == [lead.split(" engineer ")[-1].replace("Opposition leader ", "").replace(
        "Leader of the Opposition ", "")], text


def test_a_stamp_before_no_name_still_gives_none() -> None:
    assert speakers('10:05 Reaction from Lena Kowalczyk at the trust: "We are making a new offer."') == [None]


T16_ARTICLES = {  # the tester's sentences (/tmp/t16), in three reports of two outlets
    "bna-minister": ("Verma blames Centre", "2026-05-12T10:00:00+05:30", """\
KOSALPUR (BNA): Power Minister S. K. Verma on Tuesday blamed the Centre for the blackout.

"We were promised 1,400 MW," Verma told reporters.

Leader of the Opposition Faisal bin Hamid called the statement "an exercise in passing the buck". "The minister knew the demand forecast in March," he added.
"""),
    "chronicle-minister": ("Centre let us down: Verma", "2026-05-12T12:00:00+05:30", """\
Shri Satish Kumar Verma, the state's power minister, said on Tuesday: "The Centre let us down."

"There was no negligence," said Shri Verma.
"""),
    "standard-minister": ("Schedules soon", "2026-05-12T14:00:00+05:30", """\
"Schedules will be published," said S.K. Verma.

"It is a failure," said advocate Zia ul Rahman. "The right to life is at stake," Smt. Narayanan said.

12.40 am: SLDC chief engineer K. Chandrasekhar Reddy: "We have isolated the fault."
"""),
}


def test_the_trial_reports_give_one_page_each(tmp_path: Path) -> None:
    files = {"config.yaml": MINIMAL_SITE["config.yaml"]}
    for slug, (title, published, body) in T16_ARTICLES.items():
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: \"{title}\"\nsource: {slug.split('-')[0].upper()}\n"
                                                f"published: {published}\nurl: https://example.invalid/{slug}\n---\n{body}")
    site = write_site(tmp_path / "site", files)
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    pages = {p.name for p in (site / "output/people").iterdir() if p.is_dir() and (p / "index.html").is_file()
             and "page--moved" not in (p / "index.html").read_text(encoding="utf-8")}  # (not a spelling's redirect)
    assert {"faisal-bin-hamid", "zia-ul-rahman", "k-chandrasekhar-reddy", "narayanan"} <= pages, pages
    assert len([p for p in pages if "verma" in p]) == 1, pages
    assert not {"opposition", "opposition-faisal-bin-hamid", "rahman", "smt", "shri-verma", "s-k-verma-2"} & pages
