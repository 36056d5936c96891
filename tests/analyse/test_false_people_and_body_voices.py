"""False People pages, organisations' voices in a headline and after "a spokesperson for the <noun>", a misspelt
name's "People named", and what "also in" names (T13, 2026-12-06, a rail-strike briefing).

The tester's site listed a person "Listener Dave" ("Listener Dave from Fenwick texts: …"), a person "Harrowmoor
Junction", an organisation "Harrowmoor Line" (a railway line), a person "Westmarch" beside "Westmarch Rail", and an
organisation "Conciliation Service" cut from "the Arbitration and Conciliation Service"; it lost '"a wake-up call",
says union', '"flawed", rail firm tells judge', '"fair deal at last", says union chief' and "A spokesperson for the
operator said: …"; one article's "Seán Ó Brian" (eighteen write "Seán Ó Briain") was missing from its "People named";
and the wire's full quotation was "also in Platform Nine", whose blog wrote only 'called it "a fair deal at last"'
(now "in part in Platform Nine").
(audience.py, placewords.PLACE_HEADS, lexicon.COMPANY_HEADS, andnames._activity, nearvoices._voice_before,
quoteheadlines, misspeltnamed.py, quotepieces.in_part.)
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from hypothesis import assume, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.audience import AUDIENCE_NOUNS
from briefgen.analyse.misspeltnamed import misspelt_named
from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.quotepieces import MIN_SHORTENED
from briefgen.analyse.quotes import quotes_in
from briefgen.site.model import Quote
from briefgen.site.people import once_each


def _named(text: str) -> list[tuple[str, str]]:
    return sorted({(m.full, m.kind) for m in names_in("", text)})


def _index(*texts: str) -> NameIndex:
    return NameIndex.build((), {f"a{n}": names_in("", text) for n, text in enumerate(texts)})


def _said(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.name) for q in quotes_in(title, text)]


def test_the_reported_false_people():
    listener = "10:45 Listener Dave from Fenwick texts: “If they don’t sort it I’m cycling 14 miles on Monday.”"
    assert _said("", listener) == [("If they don’t sort it I’m cycling 14 miles on Monday.", None)]
    assert _named(listener) == []
    closed = "The Harrowmoor Line will stay closed south of Harrowmoor Junction until at least Monday."
    assert _named(closed) == []
    talks = ("Westmarch Rail and the Federation of Rail Workers began talks at the Arbitration and Conciliation "
             "Service in Lisford on Tuesday.")
    assert ("Arbitration and Conciliation Service", "organisation") in _named(talks)
    assert not any(name == "Conciliation Service" for name, _ in _named(talks))
    index = _index(talks, "Westmarch said the vote was regrettable.", "The union and Westmarch agreed a deal.")
    assert index.canonical("Westmarch") == "Westmarch Rail"


def test_the_reported_voices():
    walkout = ("The Federation of Rail Workers has notified Westmarch Rail of a 48-hour walkout.\n\n"
               "Westmarch is understood to be examining whether the union's notice met the requirements of the Act. "
               "A spokesperson for the operator said: “We are taking advice, as any responsible employer would.”")
    assert _said("", walkout)[-1] == ("We are taking advice, as any responsible employer would.", "Westmarch Rail")
    union = ("The Federation of Rail Workers has called this morning's derailment near Coldharbour Junction a "
             "wake-up call for Westmarch Rail, as two of its members recover in hospital.")
    assert _said("Coldharbour derailment “a wake-up call”, says union", union)[0] == (
        "a wake-up call", "Federation of Rail Workers")
    hearing = ("Westmarch Rail's lawyers told a High Court judge in Lisford today that the rail union's strike ballot "
               "was “fatally flawed”.\n\nThe company wants an injunction to stop the walkout.")
    assert _said("Union ballot “flawed”, rail firm tells judge", hearing)[0] == ("flawed", "Westmarch Rail")
    deal = ("Commuters were spared two days without trains after the rail union and Westmarch Rail reached an "
            "agreement.\n\nGarcía Ortega, speaking on the steps of the conciliation service, called it “a fair deal "
            "at last”.")
    assert _said("Strike off after “fair deal at last”, says union chief", deal)[0] == (
        "fair deal at last", "García Ortega")


def test_what_must_not_change():
    assert _named("Caller Dave Smith said the trains were late.") == [("Dave Smith", "person")]
    assert ("Federation of Rail Workers", "organisation") in _named("The Federation of Rail Workers said so.")
    two = "Talks between Acme Rail and Bolt Rail ended. A spokesperson for the operator said: “We are close.”"
    assert _said("", two)[0][1] is None  # two operators: whose, unsure
    minister = ("Tom Reid, the chief executive, said: “We will act on this.”")
    assert _said("Minister: “we will act”", minister)[0][1] is None  # the words' speaker holds another role


@FAST
@given(st.sampled_from(sorted(AUDIENCE_NOUNS)), word, word)
def test_an_audience_noun_and_a_given_name_are_no_one(noun, given_name, place):
    assume(given_name != place)
    text = f"{noun.capitalize()} {given_name} from {place} texts: “Please sort it out.”"
    assert _said("", text) == [("Please sort it out.", None)], text
    assert all(kind != "person" for _, kind in _named(text)), text


@FAST
@given(word, st.sampled_from(("Junction", "Line")))
def test_a_railway_junction_or_line_is_no_one(place, head):
    text = f"Trains will not run south of {place} {head} until Monday, the operator said."
    assert not any(name.endswith(head) for name, _ in _named(text)), text


@FAST
@given(word, st.sampled_from(("Rail", "Railways")))
def test_a_rail_companys_stem_is_the_company(stem, head):
    index = _index(f"{stem} {head} said the strike was unlawful.", f"{stem} said the vote was regrettable.")
    assert index.canonical(stem) == f"{stem} {head}"


@FAST
@given(st.lists(st.sampled_from(("Arbitration", "Conciliation", "Mediation", "Inspection", "Advisory")), min_size=2,
                max_size=3, unique=True), st.sampled_from(("Service", "Board", "Commission")))
def test_a_body_named_by_what_it_does_is_one_name(briefs, head):
    name = ", ".join(briefs[:-1]) + " and " + f"{briefs[-1]} {head}"
    text = f"Talks began at the {name} in Lisford on Tuesday."
    assert (name, "organisation") in _named(text), text


@FAST
@given(word, word, st.sampled_from(("operator", "company", "firm")))
def test_a_spokesperson_for_the_noun_speaks_for_the_subject_before(stem, verb, noun):
    text = (f"{stem} Rail is understood to be {verb}ing the notice. "
            f"A spokesperson for the {noun} said: “We are taking advice.”")
    assert _said("", text) == [("We are taking advice.", f"{stem} Rail")], text


def test_a_misspelt_name_is_named_as_the_person_it_may_misspell():
    where = {"Seán Ó Briain": ["a"] * 18, "Seán Ó Brian": ["b"], "Jess Morrow": ["b"], "Rhodri Penhallow": ["c", "d"]}
    shown_names = {"Seán Ó Briain", "Rhodri Penhallow"}
    assert misspelt_named(where, shown_names, {}, set()) == {"Seán Ó Brian": "Seán Ó Briain"}
    assert misspelt_named({**where, "Seán Ó Brian": ["b", "e", "f", "g"]}, shown_names, {}, set()) == {}  # not rare
    assert misspelt_named({"Anna Berg": ["a"], "Anna Borg": ["b"] * 4, "Anna Burg": ["c"] * 4},
                          {"Anna Borg", "Anna Burg"}, {}, set()) == {}  # two people it may be: none


def _entry(slug: str, hour: int) -> SimpleNamespace:
    return SimpleNamespace(article=SimpleNamespace(slug=slug, published=dt.datetime(2026, 10, 14, hour,
                                                                                    tzinfo=dt.timezone.utc), via=""))


def test_a_piece_inside_the_reporters_sentence_is_in_part():
    wire, post, blog = _entry("wire", 18), _entry("post", 20), _entry("blog", 22)
    whole = "This is a fair deal at last. It took a ballot, a court case and two long days."
    page = once_each((Quote("a fair deal at last", blog), Quote("This is a fair deal at last.", post), Quote(whole, wire)))
    assert [(q.text, q.entry, q.also_in, q.in_part) for q in page] == [(whole, wire, (post,), (blog,))]
    track = "It is too early to say what caused this derailment. We will look at the track, the train and the work."
    page = once_each((Quote("We will look at the track, the train and the work.", post), Quote(track, wire)))
    assert [(q.also_in, q.in_part) for q in page] == [((post,), ())]  # a re-telling of a sentence: also in


@FAST
@given(st.lists(word, min_size=8, max_size=12), st.integers(0, 3), st.integers(2, 6), st.booleans())
def test_a_part_is_in_part_a_sentence_of_it_also_in(words, at, size, capital):
    assume(not capital or size >= MIN_SHORTENED)  # (a shorter capitalised one is a quotation of its own)
    whole = " ".join(words).capitalize() + "."
    part = " ".join(words[at:at + size])
    part = part.capitalize() + "." if capital else part.lower()
    wire, blog = _entry("wire", 9), _entry("blog", 12)
    page = once_each((Quote(part, blog), Quote(whole, wire)))
    assert [q.text for q in page] == [whole], (whole, part)
    assert (page[0].also_in, page[0].in_part) == (((blog,), ()) if capital else ((), (blog,))), (whole, part)


def test_the_reported_pages(tmp_path):
    from briefgen.build import BuildOptions, build
    from support.sites import write_site

    head = "---\ntitle: {}\nsource: {}\npublished: 2026-10-14T{}:00:00Z\n---\n"
    boss = "Seán Ó Briain, the chief executive of Westmarch Rail, said talks would go on. "
    files = {"config.yaml": "title: R\nbase_url: https://example.org/r/\ntopics:\n  - id: s\n    title: S\n"
                            "    keywords: [strike]\n",
             "content/articles/wire.md": head.format("Strike called off", "Northern Wire", "18") + boss +
             "“This is a fair deal at last. It took a ballot and two long days,” said María José García Ortega.\n",
             "content/articles/post.md": head.format("Strike off", "Lisford Evening Post", "19") + boss +
             "The union leader, María José García Ortega, welcomed the deal.\n",
             "content/articles/blog.md": head.format("My train will run", "Platform Nine", "22") +
             "María José García Ortega called it “a fair deal at last”. Seán Ó Brian said nobody got everything.\n"}
    root = write_site(tmp_path / "site", files)
    assert build(root / "config.yaml", BuildOptions(jobs=1)).ok
    person = (root / "output/people/maria-jose-garcia-ortega/index.html").read_text(encoding="utf-8")
    assert "in part in <a" in person and "also in" not in person
    article = (root / "output/articles/blog/index.html").read_text(encoding="utf-8")
    named = article[article.index("People named"):]
    assert "<bdi>Seán Ó Briain</bdi>" in named and "Brian<" not in named
    assert not (root / "output/people/sean-o-brian").exists()


@FAST
@given(word, word, st.sampled_from(("rail firm", "firm", "company", "operator")))
def test_a_headline_noun_beside_two_bodies_it_fits_is_no_ones(stem, other, noun):
    """BR14: '“flawed”, rail firm tells judge' over a report whose operator's lawyer said so, with Network Rail named
    last ('was not a party'), was Network Rail's: the headline's noun speaks for its organisation only when it is the
    one the text names that the noun fits, as a spokesperson for the noun does (nearvoices._only_fit)."""
    assume(stem != other)
    text = (f"A lawyer for {stem} Trains, which runs the line, told the court the ballot was flawed. "
            f"{other} Rail was not a party to the case.")
    for headline in (f'Union ballot "flawed", {noun} tells judge', f"Union ballot “flawed”, {noun} tells judge"):
        assert all(name is None for _, name in _said(headline, text)), (headline, text)
