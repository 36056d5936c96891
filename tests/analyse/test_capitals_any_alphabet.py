"""A name, a speaker or a dateline's place is read the same whatever alphabet its capitals are written in.

The T19 trial (2026-12-06, a gas-pipeline blast in north-east Poland) found the patterns that mean "a capital" written
as A–Z: '**08:20** Łukasz Żółć: "The fire went out …"' had no speaker where "John Smith:" had one (the live blog's
clock was blanked only before two A–Z capitals, and the colon lead-in's name part took only A–Z), and "BIAŁYSTOK (PAI)
—" made an organisation "BIAŁYSTOK" where "WARSAW (PAI) —" was read as a dateline (the place was [A-Z][A-Z'.-]+).

Each property writes one text twice, with letters of one alphabet (Polish, Turkish with İ and ı, Nordic, Czech,
Lithuanian, Greek, Cyrillic) and with the ASCII letter each stands for, one character for one, and asserts that the
analyses give the same results for both, the letters mapped back (names, their kinds and offsets, quotations and their
speakers, the dateline's place and agency).
"""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.datelineplaces import dateline_places
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from briefgen.analyse.sentences import sentence_spans
from briefgen.analyse.wirecopy import opening_dateline, wire_datelines
from briefgen.load.datelines import without_dateline

# (capitals, their ASCII letters, lower-case letters, theirs) of each alphabet: one character for one.
ALPHABETS = {
    "Polish": ("ŁŻŚĆŹŃÓ", "LZSCZNO", "łżśćźńóęą", "lzscznoea"),
    "Turkish": ("İŞÇĞÖÜ", "ISCGOU", "ışçğöü", "iscgou"),
    "Nordic": ("ÅØÆÖÄ", "AOEOA", "åøæöä", "aoeoa"),
    "Czech": ("ČŽŠŘĎŤŇ", "CZSRDTN", "čžšřěůýťď", "czsreuytd"),
    "Lithuanian": ("ĖŪŠŽČĄĮ", "EUSZCAI", "ėūųšžčąį", "euuszcai"),
    "Greek": ("ΖΚΛΠΔΒΜΑΘΗΝΩΣΤ", "ZKLPDBMATENOST", "αεονρικτυωσζλπδμήίη", "aeonriktyoszlpdmeie"),
    "Cyrillic": ("БДЖКЛПМОВЇІ", "BDZKLPMOVII", "аеонрлкдиіївжпм", "aeonrlkdiiivzpm"),
}
_ASCII_LOWER = "bdgklmnprstvz"  # ASCII letters mixed in, so that a word is not all of one alphabet


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for capitals, ascii_capitals, lower, ascii_lower in ALPHABETS.values():
        for native, ascii in (*zip(capitals, ascii_capitals), *zip(lower, ascii_lower)):
            for a, b in ((native, ascii), (native.lower(), ascii.lower()), (native.upper(), ascii.upper())):
                if len(a) == 1 and a != b:  # (a case pair of one letter each: "Ł", "ł"; not "İ".lower())
                    table.setdefault(ord(a), b)
    return table


FOLD = _fold_table()


def fold(text: str) -> str:
    """`text` with each letter of `ALPHABETS` (and its other case) as its ASCII letter (same length)."""
    return text.translate(FOLD)


@st.composite
def words(draw: st.DrawFn, ending: str) -> str:
    """A made-up capitalised word of one alphabet: its capital, letters of it and of ASCII, then `ending` (so that its
    ASCII form is no word the lexicon knows: "Żakwicz", "Çelikta")."""
    capitals, _, lower, _ = ALPHABETS[draw(st.sampled_from(sorted(ALPHABETS)))]
    return (draw(st.sampled_from(capitals)) + draw(st.text(alphabet=lower + _ASCII_LOWER, min_size=1, max_size=5))
            + ending)


names = st.builds(lambda first, last: f"{first} {last}", words("ta"), words("wicz"))
places = words("stok").map(str.upper)  # ("BIAŁYSTOK", "İSTOK": str.upper of each alphabet's letters is one letter)
agencies = st.sampled_from(["PAI", "ČTK", "ΑΠΕ", "БТА", "AA", "NTB"])
clocks = st.sampled_from(["**08:20**", "08:20", "**22:10** —", "9.15am -"])

FRAMES = [
    '{clock} {name}: "The fire went out at 06:10. There is no more gas in this section."',
    '{clock} {name}, the mayor: "The fire went out."',
    'Crews arrived at dawn. "The fire went out," said {name}. Nobody was hurt.',
    'Crews arrived at dawn. "The fire went out," {name} said.',
    'Crews arrived at dawn. {name} said the fire was out. "Nobody was hurt," {name} added.',
    '{place} ({agency}) — {name} said the fire was out. "Nobody was hurt," {name} added.',
    '{place}, Poland, Nov 24 ({agency}) - "Nobody was hurt," said {name}.',
]


def _same(text: str) -> None:
    ascii_text = fold(text)
    assert fold(repr(names_in("", text))) == repr(names_in("", ascii_text))
    assert fold(repr(quotes_in("", text))) == repr(quotes_in("", ascii_text))
    assert sentence_spans(text) == sentence_spans(ascii_text)
    assert dateline_places(text) == dateline_places(ascii_text)
    assert fold(repr(list(wire_datelines(text)))) == repr(list(wire_datelines(ascii_text)))
    place, _, agency = opening_dateline(text).partition("\t")  # (lower case: "İ" is "i̇", str.lower's, in any text)
    assert (fold(place.replace("i\u0307", "i")), fold(agency)) == opening_dateline(ascii_text).partition("\t")[::2]
    assert fold(without_dateline(text)) == without_dateline(ascii_text)


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(FRAMES), names, places, agencies, clocks)
@example(FRAMES[0], "Łukasz Żółć", "BIAŁYSTOK", "PAI", "**08:20**")
@example(FRAMES[0], "Dorota Ślęzak", "BIAŁYSTOK", "PAI", "**08:20**")
@example(FRAMES[0], "Åsa Berg", "TROMSØ", "NTB", "08:20")
@example(FRAMES[5], "İsmail Çelik", "İSTANBUL", "AA", "08:20")
@example(FRAMES[5], "Ζωή Κωνσταντίνου", "ΑΘΗΝΑ", "ΑΠΕ", "08:20")
@example(FRAMES[6], "Олена Бондаренко", "КИЇВ", "БТА", "08:20")
def test_a_text_in_any_alphabet_reads_as_its_ascii_form(frame: str, name: str, place: str, agency: str,
                                                         clock: str) -> None:
    _same(frame.format(name=name, place=place, agency=agency, clock=clock))


def test_the_reported_inputs() -> None:
    """T19's findings #4 and #6, as reported ("At 08:20, Emil Żak: …" has no speaker, nor "At 08:20, Emil Zak: …":
    the clock's colon inside the lead-in, no matter of alphabets)."""
    for text, speaker in (('**08:20** Łukasz Żółć: "The fire went out at 06:10." (in Polish)', "Łukasz Żółć"),
                          ('**08:20** Dorota Ślęzak: "The fire went out."', "Dorota Ślęzak"),
                          ('08:20 Åsa Berg: "The fire went out."', "Åsa Berg"),
                          ('**08:20** Ayşe Yıldız: "The fire went out."', "Ayşe Yıldız")):
        assert [q.speaker for q in quotes_in("", text)] == [speaker], text
    for place in ("BIAŁYSTOK", "ŁÓDŹ", "GDAŃSK", "TROMSØ", "İSTANBUL", "MALMÖ", "ΑΘΗΝΑ", "КИЇВ"):
        text = f"{place} (PAI) — The union spoke."
        assert [m.surface for m in names_in("", text)] == ["PAI"], text
        assert opening_dateline(text) == f"{place.lower()}\tpai"
        assert without_dateline(text) == "The union spoke."


def test_a_place_not_in_capitals_is_no_dateline() -> None:
    """The place's patterns let lower-case letters from U+00C0 on through (cheap classes); `upper_place` refuses them,
    as [A-Z] did: "Żółć (PAI) —" opens with no dateline, like "Zolc (PAI) —"."""
    for text in ("Żółć (PAI) — The union spoke.", "Zolc (PAI) — The union spoke."):
        assert opening_dateline(text) == "" and without_dateline(text) == text
        assert not dateline_places(text)


def test_a_sentence_ends_before_a_capital_of_any_alphabet_only() -> None:
    text = "It went out. Łukasz came. İsmail left. Ζωή stayed. Олена too. Then x. état, as before."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "It went out.", "Łukasz came.", "İsmail left.", "Ζωή stayed.", "Олена too.", "Then x. état, as before."]
