"""An em-dash aside inside prose is no dialogue frame (FX102, BR60): "—The count —told by Ruiz— was fair.", "—Nothing
—said to be final— has been agreed.", "—No date —stated officials— has been set.", "—Ruiz, who said nothing —she said
later— was absent." each gave a made-up quotation after FX99 read dash dialogue (T29 F7). The rules:
dialoguedashes._speech_frame (the words between the dashes are a verb and its speaker, or a speaker and the verb, then
only adverbs) and dialoguedashes._goes_on's words (after a frame with no punctuation, the speech goes on only with a
new clause)."""
from __future__ import annotations

from hypothesis import example, given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

_REPORTED = ["—The count —told by Ruiz— was fair.", "—The tally —asked about by reporters— was not released.",
             "—Nothing —said to be final— has been agreed.", "—No date —stated officials— has been set.",
             "—Ruiz, who said nothing —she said later— was absent."]
_PARTICIPLES = ["told", "said", "asked", "stated", "reported", "described", "quoted", "cited", "announced", "claimed",
                "denied", "confirmed", "added", "explained", "warned"]
_AFTER = ["by {g} {s}", "about by {g} {s}", "to be final", "as fair", "to {g} {s}", "in the report", "by officials",
          "officials", "by the {w} committee", "by {s}, the clerk", "about it by {g} {s}", "so by {g} {s} later", "{s} said later",
          "she said", "said {s}"]
_CONTINUED = ["was fair", "has been agreed", "has not been set", "was not released", "remained on the table",
              "will stand", "is final"]


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.name) for q in quotes_in("t", text)]


def test_reported_input() -> None:
    for text in _REPORTED:
        assert _found(text) == [], text
        assert _found(f"Ana Ruiz spoke.\n\n{text}") == [], text


@given(word, word, word, st.sampled_from(["The count", "Nothing", "No date", "The tally", "{s}, who said nothing"]),
       st.sampled_from(_PARTICIPLES), st.sampled_from(_AFTER), st.sampled_from(_CONTINUED))
@example("Ana", "Ruiz", "Xyz", "The count", "told", "by {g} {s}", "was fair")
@FAST
def test_an_aside_between_dashes_is_no_frame(g, s, w, opening, participle, after, continued) -> None:
    """A paragraph opening with a dash whose aside (a participle, a passive, or a frame) is completed by the words
    after it never gives a quotation."""
    if g == s:
        return
    aside = after.format(g=g, s=s, w=w.lower())
    aside = aside if aside.split()[-1] in ("said", "later") else f"{participle} {aside}"
    text = f"{g} {s} spoke.\n\n—{opening.format(s=s)} —{aside}— {continued}."
    assert _found(text) == [], text


@given(word, word, st.sampled_from(["said {s}", "{s} said", "she said", "added {s}", "she said later",
                                    "said the minister", "{s} said firmly", "said {s}, the candidate"]),
       st.sampled_from(["—. We will defend every vote.", ".", "— we will defend every vote.", "—.",
                        "—, but we will defend every vote."]))
@FAST
def test_a_speech_frame_is_still_read(given_name, surname, frame, tail) -> None:
    """The control (FX99's positives and more): a speech frame between dashes still gives the speech."""
    if given_name == surname:
        return
    text = (f"{given_name} {surname} spoke on Tuesday.\n\n—We will not accept a result written in the dark "
            f"—{frame.format(s=surname)}{tail}")
    found = _found(text)
    assert found and found[0][0] == "We will not accept a result written in the dark", text
