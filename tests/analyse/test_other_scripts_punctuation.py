"""Three misreadings of a trial on a chip-export-controls briefing:

- a short quotation in Chinese beside an English frame, ended by a fullwidth comma inside the mark
  ("“中方将采取必要措施，” Wang said"), was not returned: only "," "!" "?" counted as parting it
  from the frame (`quoteframes.INNER_PUNCTUATION`);
- Yonhap's and Nikkei's datelines with two hyphens ("SEOUL, Feb. 26 (Yonhap) --", "SEOUL --") were
  not datelines, and the place was an organisation "SEOUL" with a People page;
- "Wang said" in an article that never gave her full name stayed a person "Wang", though the briefing
  named one Wang only, Wang Lihua: a family name written first was no surname for the corpus;
- a plural acronym ending a run ("Opposition MPs reacted …") made a person "Opposition MPs".
"""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import NameIndex, names_in
from briefgen.analyse.quotes import quotes_in


@settings(max_examples=examples(60), deadline=None)
@given(words=st.sampled_from(["中方将采取必要措施", "我们坚决反对", "必要な措置を取る", "سنتخذ الإجراءات اللازمة"]),
       mark=st.sampled_from(["\uff0c", "\uff01", "\uff1f", "\u3001", "\u060c", ",", "!"]),
       frame=st.sampled_from(["Wang Lihua said", "said Wang Lihua", "Wang Lihua told reporters"]))
def test_a_quotation_in_another_script_beside_an_english_frame_is_returned(words: str, mark: str, frame: str) -> None:
    text = f"The ministry spoke on Wednesday. \u201c{words}{mark}\u201d {frame}, speaking at the briefing."
    kept = words + mark if mark in "!\uff01\uff1f" else words  # a trailing comma is dropped, as "," is
    assert [(q.text, q.name) for q in quotes_in("", text)] == [(kept, "Wang Lihua")], text


def test_a_fragment_without_punctuation_inside_is_still_no_quote() -> None:
    # a scare quote in another script with the frame's comma outside stays what it was: beside the frame
    text = "The ministry called it \u201c霸凌\u201d and left. Wang Lihua said more."
    assert [q.name for q in quotes_in("", text)] in ([], [None])


@settings(max_examples=examples(60), deadline=None)
@given(place=st.sampled_from(["SEOUL", "TOKYO", "ABU DHABI", "WASHINGTON"]),
       more=st.sampled_from(["", ", Feb. 26", ", Feb. 26 (Yonhap)", " (Yonhap)"]),
       dash=st.sampled_from(["--", "-", "\u2014", "\u2013"]))
def test_a_dateline_place_is_no_name(place: str, more: str, dash: str) -> None:
    text = f"{place}{more} {dash} South Korea will ask Trade Minister Kim Min-jun to seek a waiver."
    assert [m.surface for m in names_in("", text)] == ["Kim Min-jun"], text


@settings(max_examples=examples(40), deadline=None)
@given(group=st.sampled_from(["Opposition MPs", "Labour MPs", "Tory MEPs", "Tech CEOs", "Western NGOs"]))
def test_a_plural_acronym_is_a_group_not_a_person(group: str) -> None:
    text = f"{group} reacted with surprise. “We read about this in a newspaper,” said Sanne de Groot."
    assert [m.surface for m in names_in("", text)] == ["Sanne de Groot"], text
    assert [q.name for q in quotes_in("", text)] == ["Sanne de Groot"], text


def test_a_family_name_written_first_is_the_only_full_name_it_may_refer_to() -> None:
    articles = {"globaltimes": ("", "The spokeswoman, Wang Lihua, spoke. Kim Min-jun met Kim Min-jae in Seoul."),
                "caixin": ("", "The ministry spoke. \u201c中方将采取必要措施，\u201d Wang said. \u201cWe act,\u201d Kim said.")}
    index = NameIndex.build((), {slug: names_in(*text) for slug, text in articles.items()})
    wang, kim = quotes_in(*articles["caixin"])
    assert (wang.name, index.canonical(wang.name)) == ("Wang", "Wang Lihua")
    assert index.canonical(kim.name) not in ("Kim Min-jun", "Kim Min-jae")  # two Kims: neither
