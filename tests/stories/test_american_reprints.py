"""A wire reprint in American house style is a copy of the wire (analyse/copies.py, 2026-12-06). A tester's briefing
(T12): the National Ledger's print of a Continental Wire report — meters/ton/toward, "9:42 p.m." for "21:42", "added
Cmdr." for "said Cmdr", "analyzing" inside a quotation, dateline and last paragraph cut — shared 3 of 9 sentences with
the wire and was shown as an "Independent report": a quotation's sentence had no second print, "Cmdr." ended a
sentence, "tonne" and 24-hour clock times were not folded."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support import madeup
from support.examples import examples

from briefgen.analyse.copies import MIN_WORDS, copied, copy_prints

WIRE = """BRENNOCK, Veldmark, Nov 10 (CW) – Veldmark's first lunar lander, Tern-1, stopped transmitting about 40 metres \
above the Moon's surface on Tuesday evening, leaving mission controllers unsure whether the craft had crashed or \
toppled over on landing.

The 1.4-tonne lander, built for the Veldmark Space Agency (VSA) by the private company Corvane Aerospace, had been \
descending towards a crater rim near the lunar south pole when its signal dropped at 21:42 local time.

"We had a healthy vehicle until the final seconds of the powered descent," said Cmdr Tobias Fenwright, the Mission \
Director, speaking in the control room at Brennock. "Then the telemetry simply stopped. We are not giving up on it yet."

Agency spokeswoman Mirela Dobrev said controllers would keep listening through the night. "There is a small chance \
the antenna is pointing the wrong way after a hard landing," she said.

The mission cost about 310 million euros and carried six science instruments, including a seismometer from a South \
Korean university and a dust analyser built in Veldmark.

Corvane Aerospace said in a statement that it was "analysing every byte of data" with the agency's engineers.

Veldmark would have become the sixth country to land softly on the Moon."""
LEDGER = """Veldmark's first lunar lander, Tern-1, stopped transmitting about 40 meters above the Moon's surface on \
Tuesday evening, leaving mission controllers unsure whether the craft had crashed or toppled over on landing.

The 1.4-ton lander, built for the Veldmark Space Agency (VSA) by the private company Corvane Aerospace, had been \
descending toward a crater rim near the lunar south pole when its signal dropped at 9:42 p.m. local time.

"We had a healthy vehicle until the final seconds of the powered descent," added Cmdr. Tobias Fenwright, the Mission \
Director, speaking in the control room at Brennock. "Then the telemetry simply stopped. We are not giving up on it yet."

Agency spokeswoman Mirela Dobrev said controllers would keep listening through the night. "There is a small chance \
the antenna is pointing the wrong way after a hard landing," she added.

The mission cost about 310 million euros and carried six science instruments, including a seismometer from a South \
Korean university and a dust analyzer built in Veldmark.

Corvane Aerospace said in a statement that it was "analyzing every byte of data" with the agency's engineers."""


def test_the_reported_input() -> None:
    """The Ledger's American print of the wire is its copy, by the rule for any two reports (the lead and 80 %)."""
    assert copied(copy_prints(WIRE), copy_prints(LEDGER))


WORDS = ("engineers", "crater", "signal", "landing", "descent", "controllers", "antenna", "night", "agency",
         "mission", "vehicle", "seconds", "surface", "craft", "rim", "pole", "data", "team", "the", "a", "of", "near",
         "after", "before", "with", "was", "had", "would", "still", "about")
TITLES = ("Cmdr", "Capt", "Lt", "Col", "Gen", "Prof", "Dr", "Gov", "Sen", "Rep", "Supt", "Sgt", "Rev")
# (British, American) of a word a house style changes, the clock's two forms and a measure's
SPELLINGS = (("analysing", "analyzing"), ("metres", "meters"), ("towards", "toward"), ("analyser", "analyzer"),
             ("tonne", "ton"), ("tonnes", "tons"), ("centre", "center"), ("organised", "organized"))
words = st.lists(st.sampled_from(WORDS), min_size=MIN_WORDS, max_size=12).map(" ".join)


@st.composite
def clock(draw: st.DrawFn) -> tuple[str, str]:
    """A time as a British wire writes it (24 hours: "21:42", or "9.42pm") and as an American paper ("9:42 p.m.")."""
    hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    twelve, half = hour % 12 or 12, "p.m." if hour >= 12 else "a.m."
    british = draw(st.sampled_from([f"{hour:02d}:{minute:02d}", f"{twelve}.{minute:02d}{half.replace('.', '')}"]))
    return british, f"{twelve}:{minute:02d} {half}"


@settings(max_examples=examples(40), deadline=None)
@given(plain=st.lists(words, min_size=3, max_size=5, unique=True), quoted=st.lists(words, min_size=2, max_size=3),
       speakers=st.lists(st.tuples(st.sampled_from(TITLES), madeup.word, madeup.word), min_size=3, max_size=3),
       spellings=st.lists(st.sampled_from(SPELLINGS), min_size=5, max_size=5), times=st.lists(clock(), min_size=3,
                                                                                           max_size=3),
       verb=st.sampled_from(["added", "noted", "explained"]), cut=st.booleans())
def test_a_reprint_in_american_style_is_a_copy(plain: list[str], quoted: list[str],
                                               speakers: list[tuple[str, str, str]], spellings: list[tuple[str, str]],
                                               times: list[tuple[str, str]], verb: str, cut: bool) -> None:
    """A wire text whose sentences give a clock time, a British spelling (inside a quotation too) and quotations framed
    "…," said Cmdr Ada Quorne, the mission's director, speaking at the centre", reprinted with the time in 12 hours,
    the American spelling, "added Cmdr. Ada Quorne" and its last sentence cut: a copy, as two prints of one text."""
    def text(american: bool) -> str:
        pick = 1 if american else 0
        sentences = [f"{s.capitalize()} {spellings[k][pick]} at {times[k % 3][pick]} local time."
                     for k, s in enumerate(plain)]
        for k, (title, given_name, family) in enumerate(speakers[:len(quoted)]):
            stop, said = (".", verb) if american else ("", "said")
            sentences.insert(1 + k, f'"{quoted[k].capitalize()} {spellings[3 + k % 2][pick]}," {said} {title}{stop} '
                                    f"{given_name} {family}, the head of the mission, speaking in the control room.")
        return " ".join(sentences[:-1] if american and cut else sentences)
    assert copied(copy_prints(text(False)), copy_prints(text(True)))


@settings(max_examples=examples(40), deadline=None)
@given(plain=st.lists(words, min_size=4, max_size=6, unique=True), times=st.lists(clock(), min_size=6, max_size=6),
       later=st.integers(1, 11))
def test_a_time_changed_is_no_copy(plain: list[str], times: list[tuple[str, str]], later: int) -> None:
    """The same sentences at other times (each sentence's hour moved, in either clock's form) are no copy: a time is
    news, never a house style's touch."""
    def text(k_times: list[str]) -> str:
        return " ".join(f"{s.capitalize()} at {t} local time." for s, t in zip(plain, k_times))
    moved = []
    for british, _ in times:
        hour, minute = (int(x) for x in british.replace("pm", "").replace("am", "").replace(".", ":").split(":"))
        if british.endswith("pm") and hour != 12:
            hour += 12
        elif british.endswith("am") and hour == 12:
            hour = 0
        new = (hour + later) % 24
        moved.append(f"{new % 12 or 12}:{minute:02d} {'p.m.' if new >= 12 else 'a.m.'}")
    assert not copied(copy_prints(text([b for b, _ in times])), copy_prints(text(moved)), lead=False)
