"""A judge named by a judicial style and a surname keeps the style in the name, and "the judge" is that judge.

A school-closures trial (2026-12-04): "Mrs Justice Harker granted permission …" listed a person "Harker", and
"“I am satisfied …,” the judge wrote in her order." had no speaker, though she was the one judge the article named
(a lone surname was no person in full for titledvoices.py). Styles (judges.py): Mr/Mrs/Ms Justice, Lord/Lady Justice,
(His/Her Honour) Judge, Recorder, with one word after them; the Justice styles are kept in the name ("Judge Harker"
is "Harker", as a judge named in full elsewhere in the briefing is written). Two judges named give "the judge" no
speaker; a style before a given name is a title ("Judge Ada Harker" is Ada Harker).
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in

FAST = settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
STYLES = {"Mrs Justice": "Mrs Justice ", "Mr Justice": "Mr Justice ", "Ms Justice": "Ms Justice ",
          "Lord Justice": "Lord Justice ", "Lady Justice": "Lady Justice ", "Judge": "", "His Honour Judge": "",
          "Her Honour Judge": "", "Recorder": ""}  # (the style kept in the name: judges.judicial_style)
SURNAMES = ["Harker", "Ames", "Pellow", "Tranter", "Okonjo"]
FRAMES = ["the judge said.", "the judge wrote in her order.", "the judge added.", "said the judge.",
          "the judge wrote in his ruling."]
QUOTE = "\u201cI am satisfied that the claimant's case on predetermination is arguable,\u201d"


@FAST
@given(st.sampled_from(sorted(STYLES)), st.sampled_from(SURNAMES), st.sampled_from(FRAMES),
       st.sampled_from(["", "A High Court judge has ruled the case arguable.\n\n"]))
def test_the_one_judge_named_is_the_judge(style: str, surname: str, frame: str, before: str) -> None:
    text = (f"{before}{style} {surname} granted permission for judicial review on Friday and listed the case for "
            f"a hearing in June.\n\n{QUOTE} {frame}")
    full = f"{STYLES[style]}{surname}"
    assert [m.full for m in names_in("Ruling", text) if m.kind == "person"] == [full], text
    assert [q.name for q in quotes_in("Ruling", text)] == [full], text


@FAST
@given(st.sampled_from(sorted(STYLES)), st.sampled_from(sorted(STYLES)), st.sampled_from(FRAMES))
def test_two_judges_named_give_the_judge_no_speaker(first: str, second: str, frame: str) -> None:
    text = (f"{first} Harker granted permission on Friday. {second} Tranter refused it in a second case.\n\n"
            f"{QUOTE} {frame}")
    assert [q.name for q in quotes_in("Ruling", text)] == [None], text


@FAST
@given(st.sampled_from(["Judge", "Recorder", "His Honour Judge"]), st.sampled_from(FRAMES))
def test_a_style_before_a_given_name_is_a_title(style: str, frame: str) -> None:
    text = f"{style} Ada Harker granted permission on Friday.\n\n{QUOTE} {frame}"
    assert [m.full for m in names_in("Ruling", text) if m.kind == "person"] == ["Ada Harker"], text
    assert [q.name for q in quotes_in("Ruling", text)] == ["Ada Harker"], text


def test_the_reported_article() -> None:
    text = ("A High Court judge has ruled that the parents' case against Calderbridge City Council's school closures "
            "is arguable and should go to a full hearing.\n\nMrs Justice Harker granted permission for judicial review "
            "on Friday on both grounds put forward by the families.\n\n\"I am satisfied that the claimant's case on "
            "predetermination is arguable,\" the judge wrote in her order.")
    assert [q.name for q in quotes_in("Judge grants permission", text)] == ["Mrs Justice Harker"]
    assert "Mrs Justice Harker" in [m.full for m in names_in("Judge grants permission", text)]


def test_a_judge_named_in_full_elsewhere_is_that_judge() -> None:
    from briefgen.analyse.names import NameIndex
    index = NameIndex.build([], {"a": names_in("Profile", "Judge Khalid Al-Hashimi heard arguments on Thursday."),
                                 "b": names_in("Hearing", "Counsel told Judge Al-Hashimi the rule was clear.")})
    assert index.canonical("Al-Hashimi") == "Khalid Al-Hashimi"
