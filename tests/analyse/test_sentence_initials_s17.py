"""Every sentence splitter of briefgen/analyse reads an initial's period as `sentences.period_ends` does (S17, T16
finding 1, 2026-12-06): "KOSALPUR (BNA): Madhya Kosal Power Minister S. K. Verma on Tuesday blamed … for Monday
night's grid failure" — announcements' splitter (read by eventdays.lead_days) ended the lead's first sentence at
"S.", so "on Tuesday" was never read and the minister's statement merged with the grid failure of the day before (42
wrong pairs); compare.split_sentences showed "S.K." and "Verma said …" apart (finding 8). The rule: a single capital
or a dotted acronym before a period ends a sentence only when the next word is capitalised, one that opens sentences
(`sentences.OPENERS`) and no initial itself: "Plan B. The next …", "Vitamin D. It …" end; "S. K. Verma", "S.K.
Verma", "J. R. R. Tolkien", "K. Chandrasekhar Rao", "U.S. officials" do not."""
from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.compare import split_sentences
from briefgen.analyse.copies import _BREAK, _sentence_ends
from briefgen.analyse.eventdays import lead_days
from briefgen.analyse.leadwords import lead_sentence
from briefgen.analyse.sentences import period_ends, sentence_spans

_INITIALS = st.sampled_from(["S. K.", "S.K.", "J. R. R.", "K.", "F.", "É.", "T. R.", "A. P. J.", "M. A."])
_NAMES = st.sampled_from(["Verma", "Tolkien", "Chandrasekhar Rao", "Kennedy", "Balasubramanian", "Osei-Mensah",
                          "May", "Will", "Abdul Kalam"])
_FRAMES = st.sampled_from([
    "KOSALPUR (BNA): Madhya Kosal Power Minister {name} on Tuesday blamed a shortfall for Monday night's grid failure.",
    "The plan was backed, said {name} at the ceremony.",
    "{name} told reporters the vote would go ahead.",
    "A committee headed by retired chief engineer {name} will report within 15 days.",
    "“We were promised 1,400 MW,” {name} told reporters.",
])
_NEXT = st.sampled_from(["Power returned by noon.", "The next step is hard.", "It rained.", "He left.",
                         "Officials said the line tripped.", "“No grid can carry that,” he said."])


def _sentences(frames: list[str], names: list[str], second: str) -> list[str]:
    return [frame.format(name=name) for frame, name in zip(frames, names)] + [second]


@given(st.lists(st.tuples(_FRAMES, _INITIALS, _NAMES), min_size=1, max_size=3), _NEXT)
@settings(max_examples=examples(300), deadline=None)
def test_no_splitter_ends_a_sentence_at_an_initial(parts: list[tuple[str, str, str]], second: str) -> None:
    written = _sentences([f for f, _, _ in parts], [f"{i} {n}" for _, i, n in parts], second)
    text = " ".join(written)
    assert [text[s:e] for s, e in sentence_spans(text)] == written
    assert split_sentences(text) == tuple(written)
    assert lead_sentence(text).strip() == written[0]
    assert _sentence_ends(text.lower().encode(), text).count(_BREAK) == len(written) - 1


@given(st.sampled_from(["Plan B", "Vitamin D", "Malcolm X", "in the U.S", "the hepatitis B"]),
       st.sampled_from(["The next step is hard.", "It helps.", "He said so.", "But nobody came.", "In May it rained."]))
@settings(max_examples=examples(100), deadline=None)
def test_a_capital_before_a_sentence_opener_ends_one(before: str, after: str) -> None:
    written = [f"They needed {before}.", after]
    text = " ".join(written)
    assert [text[s:e] for s, e in sentence_spans(text)] == written
    assert split_sentences(text) == tuple(written)
    assert lead_sentence(text).strip() == written[0]
    assert _sentence_ends(text.lower().encode(), text).count(_BREAK) == 1


def test_the_t16_lead_reads_its_day() -> None:
    """The reported lead: its first sentence holds "on Tuesday" in each spelling of the minister's initials, as it does
    with no initials."""
    lead = ("KOSALPUR (BNA): Madhya Kosal Power Minister {} Verma on Tuesday blamed a shortfall of 700 MW from the "
            "central generating pool for Monday night's grid failure and announced a high-level inquiry.\n\n"
            "\"We were promised 1,400 MW and received barely 700 MW on Monday evening,\" Verma told reporters.")
    plain = lead_days(lead.format("Satish Kumar"))
    assert plain[0]
    for initials in ("S. K.", "S.K.", "S K", "Shri S. K."):
        assert lead_days(lead.format(initials)) == plain, initials
        assert "on Tuesday" in lead_sentence(lead.format(initials))
    assert split_sentences("Power Minister S.K. Verma said the grid failed. It was hot.") == (
        "Power Minister S.K. Verma said the grid failed.", "It was hot.")
    assert not period_ends("said Smt. Narayanan.", 8)


def test_every_splitter_reads_the_shared_rule() -> None:
    """No module of briefgen/analyse searches a sentence-end or -start pattern of its own but through sentences.ends /
    first_end, or reading period_ends beside it (compare.split_sentences): a new splitter that would cut "S. K.
    Verma" again is found here."""
    direct = re.compile(r"_SENTENCE_(?:END|START)\.(?:search|finditer|findall|match|split)\(")
    exempt = {"propernames.py"}  # (where a sentence may open: any period, so "Crews" after "until Apr." makes no name)
    root = Path(__file__).resolve().parents[2] / "briefgen" / "analyse"
    found = []
    for path in sorted(root.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        if direct.search(source) and "period_ends(" not in source and path.name not in exempt:
            found.append(path.name)
    assert found == []


def test_a_lower_case_letter_is_no_initial_in_the_copies_prints() -> None:
    """"… buses a. Buses …": a one-letter word in lower case before ". " ends its sentence there (f00470a9 read it as
    an initial in the lower-cased bytes, and a copy cut by a sentence was no copy: test_wire_copies)."""
    text = "Buses ran late on the line a. Buses were full. Plan B. The next train left."
    assert _sentence_ends(text.lower().encode(), text).count(_BREAK) == 3


def test_every_south_asian_honorific_with_a_period_ends_no_sentence() -> None:
    """QW19's honorifics that are written with a period (Smt., Shri., Shree., Sushri., Tmt., Janab., Thiru.): no
    sentence ends there, so the quotation keeps its speaker (QW19 left Shree, Sushri, Tmt and Janab ending one)."""
    from briefgen.analyse.quotes import quotes_in

    for title in ("Smt", "Shri", "Shree", "Sushri", "Tmt", "Janab", "Thiru"):
        text = f"“Not one tanker came,” said {title}. Narayanan. The village waited."
        assert len(sentence_spans(text)) == 2, title
        assert [q.name for q in quotes_in("T", text, "en")] == ["Narayanan"], title
