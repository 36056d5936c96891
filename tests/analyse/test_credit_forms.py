"""More of the ways a re-telling credits the outlet it re-tells: "documents seen by X", "per X",
"X, which first reported …", "X's report said"; and "the newspaper" opening a sentence or qualified
("The newspaper reported …", "the German newspaper", "the business daily", "the technology site").

A trial (a data-breach briefing): re-tellings of The Verge's report that said only "according to
documents seen by The Verge", "per The Verge", "The Verge, which first reported the theft" or
"The Verge's report said" credited nobody, and counted as independent reports of the breach.
analyse/credits.py reads them as it reads "according to X" and "X reported"; a name that is no
outlet ("seen by Kuleba", "5 per cent", "the minister's report") still credits nothing.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.build import BuildOptions, build
from support.sites import write_site
from support.examples import examples

SITE_OUTLETS = ("The Verge", "Nordic Post", "El País")
FINDER = credit_finder(SITE_OUTLETS)
OUTLETS = st.sampled_from(["Reuters", "Bloomberg", "The Wall Street Journal", "the Financial Times", "AFP",
                           "Le Monde", "The Kyiv Independent", "Associated Press", *SITE_OUTLETS])
FORMS = ["Hackers copied the data, according to documents seen by {}.", "Emails reviewed by {} show the talks.",
         "Records obtained by {} show the leak.", "Hackers copied the data, per {}.", "Per {}, the talks failed.",
         "{}, which first reported the theft, said data was copied.", "{}, which broke the story, said more.",
         "Hackers copied the data, {}'s report said.", "{}\u2019s reporting shows the leak began in August.",
         "{}'s investigation found the leak."]
NOT_OUTLETS = st.sampled_from(["Kuleba", "Ukrainian officials", "the minister", "Hutchison Ports", "Priya Anand"])


def _canonical(name: str) -> str:
    return name.removeprefix("the ")


@settings(max_examples=examples(120), deadline=None)
@given(outlet=OUTLETS, form=st.sampled_from(FORMS), before=st.sampled_from(["", "Talks stalled on Monday. "]))
@example(outlet="The Verge", form="Hackers copied the data, according to documents seen by {}.", before="")
def test_each_form_credits_the_outlet(outlet: str, form: str, before: str) -> None:
    text = before + form.format(outlet)
    if form.startswith("{}") and outlet.startswith("the "):
        text = before + form.format(outlet[0].upper() + outlet[1:])
    assert [credit.outlet for credit in detect_credits(text, FINDER)] == [_canonical(outlet)], text


@settings(max_examples=examples(60), deadline=None)
@given(other=NOT_OUTLETS, form=st.sampled_from(FORMS + ["Inflation was 5 per cent.", "It costs 3 euros per Month."]))
def test_a_name_that_is_no_outlet_credits_nothing(other: str, form: str) -> None:
    text = form.format(other[0].upper() + other[1:]) if "{}" in form else form
    assert detect_credits(text, FINDER) == (), text


@settings(max_examples=examples(120), deadline=None)
@given(outlet=OUTLETS, noun=st.sampled_from(["newspaper", "paper", "news agency", "German newspaper", "business daily",
                                             "Spanish sports daily", "website", "weekly", "tabloid", "wire service"]),
       form=st.sampled_from(["{} covered the talks. The {} reported that they failed.",
                             "{} covered the talks. They failed, the {} said.",
                             "{} covered the talks. The {}, which first reported them, said they failed."]))
@example(outlet="Handelsblatt", noun="newspaper", form="{} covered the talks. The {} reported that they failed.")
def test_the_newspaper_opening_a_sentence_or_qualified_is_the_outlet_named_before(outlet: str, noun: str,
                                                                                 form: str) -> None:
    # a trial: "The newspaper reported …" (a sentence's first words), "the business daily reported"
    # and "the technology site reported" credited nobody; "the newspaper reported" did
    name = outlet[0].upper() + outlet[1:]
    credited = {credit.outlet for credit in detect_credits(form.format(name, noun), credit_finder(
        (*SITE_OUTLETS, "Handelsblatt")))}
    assert credited == {_canonical(outlet)}, form.format(name, noun)


@pytest.mark.parametrize(("text", "credited"), [
    ("The Verge covers tech. Hackers stole data, the technology site reported.", True),
    ("The Verge covers tech. The site reported that hackers stole data.", True),
    ("The Verge covers tech. At the site, officials said three cranes broke.", False),
    ("Reuters was there. The site said it was closed.", False),  # a place, not a website
])
def test_the_site_reporting_is_the_outlet_and_a_site_saying_is_a_place(text: str, credited: bool) -> None:
    assert bool(detect_credits(text, FINDER)) == credited, text


def _article(source: str, when: str, title: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: {source}\npublished: {when}\n---\n{body}\n"


def test_a_re_telling_crediting_documents_seen_by_the_outlet_is_a_re_telling(tmp_path: Path) -> None:
    files = {
        "config.yaml": ("title: Cyber briefing\nbase_url: https://example.org/c/\ntopics:\n  - id: cyber\n"
                        "    title: Cyber\n    keywords: [breach, hackers]\nsources:\n  - name: The Verge\n"),
        "content/articles/verge-kestrel-breach.md": _article(
            "The Verge", "2026-10-07T15:00:00+01:00", "Hackers stole 9 million Kestrel Mobile customer records",
            "Hackers broke into a billing system of Kestrel Mobile and copied the bank details of about 9 million "
            "customers, internal documents show. The SableRoot group offered the data for sale."),
        "content/articles/bbc-kestrel-customers.md": _article(
            "BBC News", "2026-10-08T08:00:00+01:00", "Kestrel Mobile customers told to watch bank accounts",
            "Customers of Kestrel Mobile have been urged to watch their bank accounts after hackers copied the "
            "bank details of about 9 million people, according to documents seen by The Verge. The SableRoot "
            "group offered the data for sale."),
    }
    site = write_site(tmp_path / "site", files)
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    page = (site / "output/stories/verge-kestrel-breach/index.html").read_text(encoding="utf-8")
    assert "First reported by" in page and "2 reports from 2 outlets: the original report and 1 re-telling of it." in page
