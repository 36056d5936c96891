"""Every capital letter of the Basic Multilingual Plane (Unicode categories Lu and Lt), as ranges.

Names are runs of capitalised words (analyse/nameruns.py), so the patterns that find them need a
character class of every capital: "A-Z", "À-Ö", "Ø-Þ", "Ā", "Ă" … "Š" … "А-Я". Looking up the
category of each of the 65,536 code points took ~12 ms in every process that finds names (a
command-line build, each test's child process); the ranges of the Unicode version that Python
3.11's `unicodedata` implements are written out here instead, and read in ~0.2 ms. Any other
version (a later Python) is computed as before. tests/analyse/test_capitals.py checks the table
against `unicodedata`.
"""
from __future__ import annotations

import unicodedata

# A name's first letter as a pattern: a capital of any alphabet ("Łukasz", "İsmail", "Åsa", "Ζωή", "Олена"), where
# "[A-Z]" read only ASCII and a live blog's "**08:20** Łukasz Żółć: “…”" had no speaker (T19, 2026-12-06). It matches
#   [A-Z\u00c0-\u00de\u0100-\u03ab\u03cf-\u042f\u0460-\u1fff\u2070-\U0010ffff]
# A-Z and any character from U+00C0 on (letters without case too, "東京", as propernames reads a capitalised word) but
# general punctuation (U+2000-U+206F) and the lower-case letters that open words most often: Latin-1's (à, é, ü: "à
# Poitiers" is no name's start), Greek's and Cyrillic's (Latin Extended-A's alternate with their capitals, and open few
# words of an English text). Written to compile fast: a class of many ranges costs 0.3-5 ms to compile, and ~90 patterns
# use this at every start; a class of two runs and look-behinds of two runs each cost ~0.1 ms
# (tests/analyse/test_charset_forms.py compares it over every code point). An atom: "{CAPITAL}", "(?={CAPITAL})".
# Here, not in propernames, so that the modules propernames imports (namefinds, via lexicon) may use it.
CAPITAL = "(?:[^\x00-@\\[-\xbf](?<![\u00df-\u00ff\u2000-\u206f])(?<![\u03ac-\u03ce\u0430-\u045f]))"

UNICODE_VERSION = "14.0.0"
_TABLE = """
41-5A C0-D6 D8-DE 100 102 104 106 108 10A 10C 10E 110 112 114 116 118 11A 11C 11E 120 122 124 126
128 12A 12C 12E 130 132 134 136 139 13B 13D 13F 141 143 145 147 14A 14C 14E 150 152 154 156 158 15A
15C 15E 160 162 164 166 168 16A 16C 16E 170 172 174 176 178-179 17B 17D 181-182 184 186-187 189-18B
18E-191 193-194 196-198 19C-19D 19F-1A0 1A2 1A4 1A6-1A7 1A9 1AC 1AE-1AF 1B1-1B3 1B5 1B7-1B8 1BC
1C4-1C5 1C7-1C8 1CA-1CB 1CD 1CF 1D1 1D3 1D5 1D7 1D9 1DB 1DE 1E0 1E2 1E4 1E6 1E8 1EA 1EC 1EE 1F1-1F2
1F4 1F6-1F8 1FA 1FC 1FE 200 202 204 206 208 20A 20C 20E 210 212 214 216 218 21A 21C 21E 220 222 224
226 228 22A 22C 22E 230 232 23A-23B 23D-23E 241 243-246 248 24A 24C 24E 370 372 376 37F 386 388-38A
38C 38E-38F 391-3A1 3A3-3AB 3CF 3D2-3D4 3D8 3DA 3DC 3DE 3E0 3E2 3E4 3E6 3E8 3EA 3EC 3EE 3F4 3F7
3F9-3FA 3FD-42F 460 462 464 466 468 46A 46C 46E 470 472 474 476 478 47A 47C 47E 480 48A 48C 48E 490
492 494 496 498 49A 49C 49E 4A0 4A2 4A4 4A6 4A8 4AA 4AC 4AE 4B0 4B2 4B4 4B6 4B8 4BA 4BC 4BE 4C0-4C1
4C3 4C5 4C7 4C9 4CB 4CD 4D0 4D2 4D4 4D6 4D8 4DA 4DC 4DE 4E0 4E2 4E4 4E6 4E8 4EA 4EC 4EE 4F0 4F2 4F4
4F6 4F8 4FA 4FC 4FE 500 502 504 506 508 50A 50C 50E 510 512 514 516 518 51A 51C 51E 520 522 524 526
528 52A 52C 52E 531-556 10A0-10C5 10C7 10CD 13A0-13F5 1C90-1CBA 1CBD-1CBF 1E00 1E02 1E04 1E06 1E08
1E0A 1E0C 1E0E 1E10 1E12 1E14 1E16 1E18 1E1A 1E1C 1E1E 1E20 1E22 1E24 1E26 1E28 1E2A 1E2C 1E2E 1E30
1E32 1E34 1E36 1E38 1E3A 1E3C 1E3E 1E40 1E42 1E44 1E46 1E48 1E4A 1E4C 1E4E 1E50 1E52 1E54 1E56 1E58
1E5A 1E5C 1E5E 1E60 1E62 1E64 1E66 1E68 1E6A 1E6C 1E6E 1E70 1E72 1E74 1E76 1E78 1E7A 1E7C 1E7E 1E80
1E82 1E84 1E86 1E88 1E8A 1E8C 1E8E 1E90 1E92 1E94 1E9E 1EA0 1EA2 1EA4 1EA6 1EA8 1EAA 1EAC 1EAE 1EB0
1EB2 1EB4 1EB6 1EB8 1EBA 1EBC 1EBE 1EC0 1EC2 1EC4 1EC6 1EC8 1ECA 1ECC 1ECE 1ED0 1ED2 1ED4 1ED6 1ED8
1EDA 1EDC 1EDE 1EE0 1EE2 1EE4 1EE6 1EE8 1EEA 1EEC 1EEE 1EF0 1EF2 1EF4 1EF6 1EF8 1EFA 1EFC 1EFE
1F08-1F0F 1F18-1F1D 1F28-1F2F 1F38-1F3F 1F48-1F4D 1F59 1F5B 1F5D 1F5F 1F68-1F6F 1F88-1F8F 1F98-1F9F
1FA8-1FAF 1FB8-1FBC 1FC8-1FCC 1FD8-1FDB 1FE8-1FEC 1FF8-1FFC 2102 2107 210B-210D 2110-2112 2115
2119-211D 2124 2126 2128 212A-212D 2130-2133 213E-213F 2145 2183 2C00-2C2F 2C60 2C62-2C64 2C67 2C69
2C6B 2C6D-2C70 2C72 2C75 2C7E-2C80 2C82 2C84 2C86 2C88 2C8A 2C8C 2C8E 2C90 2C92 2C94 2C96 2C98 2C9A
2C9C 2C9E 2CA0 2CA2 2CA4 2CA6 2CA8 2CAA 2CAC 2CAE 2CB0 2CB2 2CB4 2CB6 2CB8 2CBA 2CBC 2CBE 2CC0 2CC2
2CC4 2CC6 2CC8 2CCA 2CCC 2CCE 2CD0 2CD2 2CD4 2CD6 2CD8 2CDA 2CDC 2CDE 2CE0 2CE2 2CEB 2CED 2CF2 A640
A642 A644 A646 A648 A64A A64C A64E A650 A652 A654 A656 A658 A65A A65C A65E A660 A662 A664 A666 A668
A66A A66C A680 A682 A684 A686 A688 A68A A68C A68E A690 A692 A694 A696 A698 A69A A722 A724 A726 A728
A72A A72C A72E A732 A734 A736 A738 A73A A73C A73E A740 A742 A744 A746 A748 A74A A74C A74E A750 A752
A754 A756 A758 A75A A75C A75E A760 A762 A764 A766 A768 A76A A76C A76E A779 A77B A77D-A77E A780 A782
A784 A786 A78B A78D A790 A792 A796 A798 A79A A79C A79E A7A0 A7A2 A7A4 A7A6 A7A8 A7AA-A7AE A7B0-A7B4
A7B6 A7B8 A7BA A7BC A7BE A7C0 A7C2 A7C4-A7C7 A7C9 A7D0 A7D6 A7D8 A7F5 FF21-FF3A
"""


def capital_ranges() -> list[tuple[int, int]]:
    """(first, last) code points, inclusive and ascending, of every run of Lu and Lt letters below
    U+10000 in the running Python's Unicode database."""
    if unicodedata.unidata_version == UNICODE_VERSION:
        return [(int(first, 16), int(last, 16)) for first, _, last in
                (item.partition("-") for item in _TABLE.split())
                for last in (last or first,)]
    return computed_ranges()


def computed_ranges() -> list[tuple[int, int]]:
    """`capital_ranges` from `unicodedata` itself (~12 ms)."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if unicodedata.category(chr(code)) in ("Lu", "Lt"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return [(first, last) for first, last in ranges]
