"""The ransomware trial's remaining wrong rows (tests/stories/ransom/, 2026-12-05), as kinds (adds_quotedwords.py):

- a speaker's quoted words beside another report's narration, sharing two words: Gazeta's "“The criminals read the
  news too.”" beside the Herald's opening ("… read their email … after criminals locked …"), the Courier's "“We should
  not be reading this in the Herald eight days later,” he said." in the Herald's row of "What all 4 reports say";
- two quotations of two speakers sharing two words: the gang's notice "“In 7 days 410 GB of student and staff data
  will be published for everyone.”" beside a spokesperson's "“We have seen no evidence so far that any data has been
  published,”";
- two sentences sharing, besides the story's common words, only the speaker their frames name: "Westshire Police
  declined to comment …" beside "Westshire Police urged residents …".
Both ways: a quotation written out word for word, a paraphrase keeping three of its words, and a name that is what
the sentences tell stay counterparts.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.compare import compare_reports
from stories.storyeval import load_site

RANSOM = Path(__file__).resolve().parent / "ransom"


def _together(reports: list[tuple[str, str]], first: str, second: str) -> bool:
    """Whether a sentence holding `first` and one holding `second` are counterparts or share a row."""
    comparison = compare_reports(reports)
    text = {(r.slug, i): s for r in comparison.reports for i, s in enumerate(r.sentences)}
    if any(any(first in text[a] for a in row) and any(second in text[b] for b in row) for row in comparison.rows):
        return True
    return any(first in sentence and any(second in text[c] for c in report.counterparts[i])
               for report in comparison.reports for i, sentence in enumerate(report.sentences))


def test_the_reported_rows() -> None:
    texts = load_site(RANSOM).texts

    def story(*slugs: str) -> list[tuple[str, str]]:
        return [(slug, texts[slug]) for slug in slugs]
    attack = story("uni-attack", "reuters-attack", "courier-attack", "herald-attack", "gazeta-attack")
    assert not _together(attack, "Thousands of students", "The criminals read the news")
    assert not _together(attack, "could not log in", "Do not open any message")
    assert _together(attack, "identified suspicious activity", "We detected unusual activity")  # (a paraphrase)
    ransom = story("herald-interview-vc", "reuters-ransom", "courier-ransom", "quad-ransom")
    assert not _together(ransom, "Eight days after ransomware", "We should not be reading this")
    assert _together(ransom, "We did not reply then", "We did not reply then")  # (the answer, quoted by Reuters)
    assert _together(ransom, "Eight days after ransomware", "has turned down a ransom demand")
    leak = story("blog-leak-claim", "ledger-leak-claim", "herald-leak-claim", "courier-leak-claim")
    assert not _together(leak, "Westshire Police declined", "Westshire Police urged")
    assert not _together(leak, "In 7 days 410 GB", "We have seen no evidence")  # (two speakers' quotations)
    assert _together(leak, "In 7 days 410 GB", "will publish 410 GB")
    ico = story("ico-inquiry", "reuters-ico", "ledger-ico")
    assert _together(ico, "They deserve to know", "They deserve to know")  # (a quotation's second paragraph)


def _story(town: str, lines: list[str]) -> list[tuple[str, str]]:
    """Three reports whose common words are the town's name and "council" (test_ransom_story_rows' shape)."""
    filler = [f"The {town} council met again. {town} council members spoke.", f"{town} council said more. The {town} "
              f"council will meet.", f"In {town}, the council met. {town} council staff spoke."]
    return [(f"r{k}", f"{lines[k]} {filler[k]}") if k < len(lines) else (f"r{k}", filler[k]) for k in range(3)]


NOUNS = st.sampled_from(["criminals", "thieves", "hackers", "pupils"])
VERBS = st.sampled_from([("read", "read"), ("watch", "watched"), ("open", "opened")])


@FAST
@given(town=word, noun=NOUNS, verb=VERBS, thing=st.sampled_from(["news", "papers", "files"]))
def test_quoted_words_beside_narration_share_no_fact(town: str, noun: str, verb: tuple[str, str], thing: str) -> None:
    lines = [f"Nothing happened first. Hundreds of people in {town} could not {verb[0]} their email after {noun} "
             f"locked the computers and demanded money.",
             f"Nothing else first. \u201cThe {noun} {verb[1]} the {thing} too,\u201d she said."]
    assert not _together(_story(town, lines), "could not", f"The {noun}")


@FAST
@given(names=st.lists(word, min_size=2, max_size=2, unique_by=str.lower),
       number=st.sampled_from(["Eight", "Nine", "Eleven"]))
def test_a_figure_and_a_common_word_in_a_quotation_share_no_fact(names: list[str], number: str) -> None:
    town, name = names  # (the Herald's name is one of the story's common words, as the town's is here)
    lines = [f"Nothing happened first. {number} days after the breach, she told the {town} council that it has "
             f"refused a demand from the {name} gang.",
             f"Nothing else first. \u201cWe should not be hearing this in {town} {number.lower()} days "
             f"later,\u201d he said."]
    assert not _together(_story(town, lines), f"{number} days after", "We should not")


@FAST
@given(town=word, noun=NOUNS, verb=VERBS, thing=st.sampled_from(["news", "papers", "files"]))
def test_a_quotation_written_out_or_paraphrased_stays_one_fact(town: str, noun: str, verb: tuple[str, str],
                                                              thing: str) -> None:
    verbatim = [f"Nothing happened first. The {noun} {verb[1]} the {thing} before the vote.",
                f"Nothing else first. \u201cThe {noun} {verb[1]} the {thing} before the vote,\u201d she said."]
    assert _together(_story(town, verbatim), f"The {noun} {verb[1]}", f"\u201cThe {noun}")
    paraphrase = ["Nothing happened first. Engineers noticed suspicious activity on the network in the early hours.",
                  "Nothing else first. \u201cWe detected unusual activity on our network in the early hours,\u201d "
                  "she said."]
    assert _together(_story(town, paraphrase), "Engineers noticed", "We detected")


@FAST
@given(names=st.lists(word, min_size=3, max_size=3, unique_by=str.lower))
def test_the_speaker_alone_is_no_fact(names: list[str]) -> None:
    town, first, second = names
    lines = [f"Nothing happened first. {first} {second} declined to comment on the claim, citing its inquiry.",
             f"Nothing else first. {first} {second} urged residents not to search for the stolen files."]
    assert not _together(_story(town, lines), "declined to comment", "urged residents")
    # (a name that is what both tell, not who speaks in either, still makes the pair: "Saudi Arabia also attended")
    told = [f"Nothing happened first. Officials from {first} {second} also attended.",
            f"Nothing else first. Delegates of {first} {second} and of three other states were represented."]
    assert _together(_story(town, told), "Officials from", "Delegates of")


@FAST
@given(town=word, noun=st.sampled_from(["notes", "files", "papers"]), who=st.sampled_from(["Students", "Pupils"]))
def test_two_speakers_quotations_sharing_two_words_are_no_fact(town: str, noun: str, who: str) -> None:
    lines = [f"Nothing happened first. \u201c{who} without their {noun} would not be fair,\u201d the professor said.",
             f"Nothing else first. \u201c{who} were revising from {noun} they could not open,\u201d she said."]
    assert not _together(_story(town, lines), f"{who} without", f"{who} were revising")
    same = [lines[0], f"Nothing else first. \u201c{who} without their {noun} would not be fair,\u201d she told the "
                      f"meeting."]  # (one statement quoted by two reports: one fact)
    assert _together(_story(town, same), f"{who} without", "she told the meeting")
