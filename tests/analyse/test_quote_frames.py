"""Unit tests of quote finding and attribution, one or more per frame (briefgen.analyse.quotes)."""
from __future__ import annotations

import pytest

from briefgen.analyse.quotemarks import FRAGMENT, NOT_QUOTE, QUOTE, quotations, quote_kind
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.sentences import sentence_spans


def only(text: str, title: str = ""):
    found = quotes_in(title, text)
    assert len(found) == 1, found
    return found[0]


FRAMES = [  # (text, speaker, frame): one or more per frame; also tests/analyse/test_analyse_properties.py
    ("“We will not trade land,” Kuleba said.", "Kuleba", "said-after"),
    ("“We will not trade land,” said Dmytro Kuleba, the foreign minister.", "Dmytro Kuleba", "said-after"),
    ("“We will not trade land,” said the foreign minister, Dmytro Kuleba.", "Dmytro Kuleba", "said-after"),
    ("“Nothing has changed,” Dmitry Peskov, the Kremlin spokesman, told reporters.", "Dmitry Peskov", "said-after"),
    ("“We will not trade land,” according to Kuleba.", "Kuleba", "according-to"),
    ("According to Kuleba, “the door remains open to talks”.", "Kuleba", "according-to"),
    ("Kuleba said: “We are ready to talk.”", "Kuleba", "said-before"),
    ("Kuleba: “We are ready to talk.”", "Kuleba", "colon"),
    ("Kuleba was blunt: “We are ready to talk.”", "Kuleba", "colon"),
    ("“We are ready to talk.” — Foreign Minister Dmytro Kuleba", "Dmytro Kuleba", "dash"),
    ("Kallas — “We cannot reward aggression” — was applauded.", "Kallas", "dash"),
    ("Macron told Xi he was counting on him “to bring Russia to its senses”.", "Macron", "said-before"),
    ("“We regret the decision,” the State Department said.", "State Department", "said-after"),
    ("“The talks were useful,” the Kremlin said in a statement.", "Kremlin", "said-after"),
    ("China’s foreign ministry called for “political settlement through dialogue”.", "China’s foreign ministry",
     "said-before"),
    ("“The proposal is a provocation,” Moscow said.", "Moscow", "said-after"),
    ("“Why should we wait?” Kallas asked. Nobody answered.", "Kallas", "said-after"),
    ("“The U.S. will not negotiate,” Mr. Blinken said.", "Blinken", "said-after"),
    ("Marta Kowalczyk — “The port loses two million euros a day.”", "Marta Kowalczyk", "dash"),
    ("Opposition deputy Jan Borkowski said: “This is a stunt and we will fight it.”", "Jan Borkowski",
     "said-before"),
    ("The Port of Gdansk Authority said in a statement that “the terminal will reopen on Monday”.",
     "Port of Gdansk Authority", "said-before"),
]


# Every convention's quotation marks, each pair standing for “…” (quotemarks._CLOSERS; CLDR's delimiters by
# language, and the German and Swedish guillemets): tests/analyse/test_analyse_properties.py and
# tests/analyse/test_quote_conventions.py read every frame and speaker in each.
MARK_STYLES = [
    ("‘", "’"),                      # English (British: ‘…’ outside), Spanish, Chinese, Dutch …
    ('"', '"'), ("'", "'"),          # straight
    ("„", "“"), ("‚", "‘"),          # German, Czech, Bulgarian (and nested)
    ("„", "”"), ("‚", "’"),          # Polish, Hungarian, Romanian, Serbian
    ("«", "»"), ("« ", " »"), ("«\u00a0", "\u00a0»"), ("«\u202f", "\u202f»"),  # French (spaced), Russian, Italian
    ("‹", "›"),                      # Swiss, French nested
    ("»", "«"), ("›", "‹"),          # German, Danish
    ("»", "»"), ("”", "”"),          # Swedish, Finnish, Hebrew
    ("「", "」"), ("『", "』"),        # Japanese, Chinese (traditional)
    ("”", "“"),                      # Arabic, Urdu (right-to-left text, in logical order)
    ("〝", "〟"), ("〝", "〞"), ("＂", "＂"),  # Chinese, Japanese: double prime marks, fullwidth straight
]


@pytest.mark.parametrize(("opening", "closing"), MARK_STYLES)
def test_other_quotation_marks_are_read(opening: str, closing: str) -> None:
    quote = only(f"{opening}Both sides were exhausted by the end of the night,{closing} said Ewa Lis.")
    assert (quote.text, quote.speaker, quote.frame) == (
        "Both sides were exhausted by the end of the night", "Ewa Lis", "said-after")
    assert quote.sentence.startswith(opening)  # as written


def test_a_quotation_after_a_frame_in_its_own_sentence_continues_it() -> None:
    text = "“Why did nobody answer the letters?” Sadowski asked. “Somebody must have read them.”"
    assert [(q.speaker, q.frame) for q in quotes_in("", text)] == [("Sadowski", "said-after"),
                                                                   ("Sadowski", "continued")]


def test_may_alone_is_the_speaker_named_in_full_before() -> None:
    text = "Former prime minister Theresa May spoke first. “It hurts everyone,” May said."
    assert [(q.speaker, q.name) for q in quotes_in("", text)] == [("May", "Theresa May")]


@pytest.mark.parametrize(("text", "speaker", "frame"), FRAMES)
def test_frame_gives_the_speaker(text: str, speaker: str, frame: str) -> None:
    quote = only(text)
    assert (quote.speaker, quote.frame) == (speaker, frame)


@pytest.mark.parametrize("text", [
    "“No decision has been taken,” one official said.",
    "“No decision has been taken,” said a senior EU official.",
    "“No decision has been taken,” Kuleba’s spokesman said.",
    "“No decision has been taken,” a diplomat in Brussels said.",
    "“No decision has been taken,” officials in Kyiv, Warsaw and Berlin said.",
    "“No decision has been taken,” they said.",
])
def test_unnamed_speakers_give_no_speaker(text: str) -> None:
    assert only(text).speaker is None


def test_pronoun_is_the_subject_of_the_previous_sentence_not_the_last_name() -> None:
    quote = only("Foreign Minister Dmytro Kuleba met Li Hui in Kyiv. “We discussed everything,” he said.")
    assert (quote.speaker, quote.frame) == ("Dmytro Kuleba", "pronoun")


MARSH = "Norwegian Foreign Minister Helena Marsh spoke to reporters in Oslo after the first day of talks."


def test_a_pronoun_after_a_topic_is_the_speaker_named_before_not_the_topic() -> None:
    """A tester's report: both quotes went to Putin, the first person of the sentence ("she → the
    first person named in the same sentence"), and the error carried into the next sentence."""
    text = (f"{MARSH}\nVladimir Putin, she said, \"has shown no interest in a deal and is stalling for time.\"\n"
            "About Sergei Lavrov, she said: \"He walked out after ten minutes.\"")
    assert [(q.name, q.frame) for q in quotes_in("", text)] == [("Helena Marsh", "pronoun")] * 2
    text = f"{MARSH} Tomas Varga, she said, \"is the only man both sides trust.\""
    assert only(text).name == "Helena Marsh"


@pytest.mark.parametrize("sentence", [
    "Vladimir Putin, she said, “has shown no interest in a deal.”",
    "About Vladimir Putin, she said: “He has shown no interest in a deal.”",
    "Of Vladimir Putin, she said: “He has shown no interest in a deal.”",
    "Asked about Vladimir Putin, she said: “He has shown no interest in a deal.”",
    "After meeting Vladimir Putin, she said: “He has shown no interest in a deal.”",
    "Turning to Vladimir Putin, she said: “He has shown no interest in a deal.”",
    "Vladimir Putin has shown no interest in a deal, she said, “and he is stalling for time.”",
    "Vladimir Putin’s offer was “neither serious nor new in any way,” she said.",
    "Asked about Vladimir Putin, “He has shown no interest in a deal,” she said.",
])
def test_a_person_the_sentence_talks_about_is_never_the_pronoun(sentence: str) -> None:
    assert only(f"{MARSH} {sentence}").name == "Helena Marsh"
    assert only(sentence).speaker is None  # nobody named before: no speaker, never Putin


@pytest.mark.parametrize(("before", "speaker"), [
    ("Sergei Lavrov walked out, Helena Marsh said.", "Helena Marsh"),  # the one who speaks, not her topic
    ("After talks with Sergei Lavrov, Helena Marsh spoke to reporters.", "Helena Marsh"),
    ("Norway’s foreign minister, Helena Marsh, spoke on Monday.", "Helena Marsh"),
    ("The UN mediator Tomas Varga chaired the session.", "Tomas Varga"),
    ("The talks collapsed when Sergei Lavrov walked out.", None),  # Lavrov is not the sentence's subject
    ("Sergei Lavrov and Helena Marsh spoke in Oslo.", None),
    ("Vladimir Putin is stalling, she said.", None),  # whoever she is, not Putin
])
def test_a_pronoun_stands_for_the_subject_of_the_sentence_before(before: str, speaker: str | None) -> None:
    assert only(f"{before} “It was over in ten minutes,” she said.").name == speaker


def test_a_subordinate_subject_is_taken_only_when_nothing_before_disagrees() -> None:
    sentence = "When Helena Marsh arrived in Oslo, she said: “Nobody expects a deal this week.”"
    assert only(sentence).name == "Helena Marsh"
    assert only(f"Helena Marsh spoke first. {sentence}").name == "Helena Marsh"
    assert only(f"Sergei Lavrov spoke first. {sentence}").speaker is None  # he or she: unsure


def test_pronoun_it_is_the_last_organisation() -> None:
    quote = only("The Kremlin responded coolly. “We see no basis for talks,” it said.")
    assert (quote.speaker, quote.kind) == ("Kremlin", "organisation")


def test_a_surname_gets_the_full_name_given_earlier() -> None:
    quote = only("Avril Haines testified on Thursday. Later, “Russia will not recover this year,” Haines said.")
    assert (quote.speaker, quote.name) == ("Haines", "Avril Haines")


def test_a_headline_quote_takes_the_full_name_from_the_text() -> None:
    (quote,) = quotes_in("Kuleba: “We will not trade our land”", "Foreign Minister Dmytro Kuleba met the envoy.")
    assert (quote.in_title, quote.speaker, quote.name) == (True, "Kuleba", "Dmytro Kuleba")


def test_a_quote_continued_in_the_next_sentence_keeps_its_speaker() -> None:
    first, second = quotes_in("", "“We will win,” Zelensky said. “Ukraine will never surrender.”")
    assert (second.speaker, second.frame) == ("Zelensky", "continued")


def test_a_quote_spanning_sentences_is_one_quote() -> None:
    quote = only("“We are ready. We have always been ready,” Kuleba said after meeting Li.")
    assert quote.text == "We are ready. We have always been ready"
    assert quote.speaker == "Kuleba"


def test_never_every_person_the_sentence_names() -> None:
    quote = only("“We count on China to help,” Macron said after meeting Xi Jinping and Li Qiang.")
    assert quote.speaker == "Macron"


@pytest.mark.parametrize("text", [
    'Director of National Intelligence Avril Haines (spelled "Avril Haynes" in the piece) on Putin.',
    "It ends with a paragraph about the coming months being “critical”.",
    "Moscow insists on what officials call “new territorial realities”.",
    "Kissinger’s essay “How to Avoid Another World War” was read in Kyiv.",
    "The so-called “peace formula” has ten points, Zelensky said.",
])
def test_names_titles_and_scare_quotes_are_not_quotes(text: str) -> None:
    assert quotes_in("", text) == ()


def test_a_short_quotation_beside_a_named_frame_is_a_quote() -> None:
    assert only("Macron called for “tangible and credible” guarantees.").speaker == "Macron"


def test_nested_single_quotes_stay_inside() -> None:
    quote = only("“When they say ‘peace’, they mean surrender,” Kuleba said.")
    assert quote.text == "When they say ‘peace’, they mean surrender"


def test_offsets_point_at_the_quote() -> None:
    text = 'He said "we are ready to talk" and left, Kuleba said.'
    quote = quotes_in("", text)[0]
    assert text[quote.start:quote.end] == quote.text == "we are ready to talk"


def test_a_quote_after_a_run_on_paragraph_keeps_its_speaker_whole() -> None:
    """A mark that closes one paragraph's quotation and opens the next was masked twice, which
    shifted every later offset by one: "Henryk Zielinski said" gave the speaker "enryk Zielinski"."""
    text = ("Kowalczyk addressed the rally. “We stay out,” she said. “Every crane will stay still.\n\n"
            "“And every ship will wait outside.”\n\nHenryk Zielinski said the port would sue. "
            "“This strike is illegal,” he said.")
    assert [(q.speaker, q.frame) for q in quotes_in("", text)] == [
        ("Kowalczyk", "pronoun"), ("Kowalczyk", "continued"), ("Kowalczyk", "continued"),
        ("Henryk Zielinski", "pronoun")]


def test_quotations_pairs_marks_and_reopens_for_run_on_paragraphs() -> None:
    text = "“First paragraph. “Second one,” he said."
    assert [text[s:e] for s, e in quotations(text)] == ["First paragraph. ", "Second one,"]


def test_unclosed_quotation_is_dropped() -> None:
    assert quotations("He said “this never ends.") == ()


@pytest.mark.parametrize(("content", "kind"), [
    ("Avril Haynes", NOT_QUOTE), ("The Art of War", NOT_QUOTE), ("critical", FRAGMENT),
    ("new territorial realities", FRAGMENT), ("We will win", QUOTE),
    ("nothing wrong in principle with a Chinese role", QUOTE),
])
def test_quote_kind(content: str, kind: str) -> None:
    assert quote_kind(content) == kind


def test_sentences_survive_abbreviations_and_initials() -> None:
    text = "Mr. Kuleba met U.S. envoys on Jan. 5 with John F. Kennedy Jr. present. He left. “Why?” he asked."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Mr. Kuleba met U.S. envoys on Jan. 5 with John F. Kennedy Jr. present.", "He left.",
        "“Why?” he asked."]


def test_a_dotted_acronym_ends_a_sentence_before_a_sentence_word() -> None:
    text = "The envoy flew to the U.S. The talks began."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["The envoy flew to the U.S.", "The talks began."]


def test_no_quotes_no_work() -> None:
    assert quotes_in("Title", "No quotation marks here, Kuleba said.") == ()


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("“He told me «no» twice,” said Jan Borkowski.", "He told me «no» twice", "Jan Borkowski"),
    ("„He told me «no way» yesterday“, said Jan Borkowski.", "He told me «no way» yesterday", "Jan Borkowski"),
    ("«Il a dit „non“ hier et demain», said Jean Dupont.", "Il a dit „non“ hier et demain", "Jean Dupont"),
    ("Prices rose 5 %» «which is odd. “We will not accept this at all,” said Anna Kowal.",
     "We will not accept this at all", "Anna Kowal"),
    # a second review: an unclosed “ elsewhere, a quotation run on over paragraphs, interleaved marks
    ("The «Azov» unit was there. He called it “a disaster. “We will not surrender,” said Anna Kowal.",
     "We will not surrender", "Anna Kowal"),
])
def test_quotations_inside_quotations_and_stray_marks(text: str, quote: str, speaker: str) -> None:
    """A review: an inner «…» or „…“ ended the outer quotation; a stray « took over the next one."""
    assert [(q.text, q.speaker) for q in quotes_in("", text)][-1:] == [(quote, speaker)]


@pytest.mark.parametrize("text", [
    "“We will not surrender.\n\n“We will fight on,” said Anna Kowal, quoted by «Ukrainska Pravda».",
    "«We will „not accept» this at all“, said Anna Kowal. “We will fight on,” said Anna Kowal.",
])
def test_run_on_and_interleaved_quotations_keep_the_english_one(text: str) -> None:
    assert ("We will fight on", "Anna Kowal") in [(q.text, q.speaker) for q in quotes_in("", text)]
