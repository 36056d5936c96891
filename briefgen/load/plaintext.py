"""The plain text of body HTML: what summaries, meta descriptions, feeds' items, the search index
and the text analyses read (moved from markup.py, which still exports `plain_text` and `plain_blocks`).
"""
from __future__ import annotations

import html
import re

from briefgen.load.datelines import CAPITAL
from briefgen.load.text import nfc

_BLOCK_TAG = re.compile(r"</?(?:p|div|li|ul|ol|h[1-6]|blockquote|pre|table|thead|tbody|tfoot|tr|td|th|"
                        r"caption|br|hr|dl|dt|dd|figure|figcaption|details|summary)\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
# A footnote's reference or back-link as the sanitiser writes it (the class is allowed on <a> alone).
_FOOTNOTE_MARK = re.compile(r'<a\b[^>]*\sclass="footnote-(?:back)?ref"[^>]*>[^<]*</a>')
# White space is collapsed with `" ".join(text.split())`: the same characters as `\s+` (str.isspace,
# both), at half the time of `re.sub(r"\s+", " ", text).strip()` (plain_blocks: 170 → 82 µs for a
# 5 KB body, ~1 s of CPU in a cold build of 10,000 articles; equal for any text:
# tests/load/test_plain_text.py).


def without_footnote_marks(fragment: str) -> str:
    """`fragment` without its footnote references and back-links (`<a class="footnote-ref">1</a>`,
    `<a class="footnote-backref">↩</a>`): marks that lead elsewhere on the page, not words of the
    text. As text they were glued to the word before them — "the deal[^1] was" read "the deal1
    was" in summaries, meta descriptions, feeds and search — and "↩" ended every footnote."""
    return _FOOTNOTE_MARK.sub("", fragment) if "footnote-" in fragment else fragment


def plain_text(fragment: str) -> str:
    """Text of an HTML fragment: block boundaries become spaces, inline tags vanish ("<em>x</em>," → "x,"),
    footnote marks too (`without_footnote_marks`)."""
    return nfc(" ".join(html.unescape(_TAG.sub("", _BLOCK_TAG.sub(" ", without_footnote_marks(fragment)))).split()))


def plain_blocks(fragment: str) -> str:
    """`plain_text` with a blank line between blocks: what the text analyses and the search index read.

    A heading, a paragraph, a list item or a quotation's attribution line ends there: as one
    run of words, "— Kremlin spokesman Sergei Volkov" and the heading "Background" after it
    became the name "Sergei Volkov Background Roughly" (names and sentences never cross a
    blank line: analyse/nameruns.py, analyse/sentences.py). A block quotation signed with a dash
    line is read as a quotation of the signer (`attributed_quotations`); an unsigned one opens
    after SET_APART_BREAK, one line break more than a blank line.
    """
    if "<blockquote" not in fragment:
        return "\n\n".join(filter(None, (" ".join(part.split()) for part in _blocks(fragment).split("\x00"))))
    blocks, quoted = [], False
    for part in _blocks(_QUOTATION_OPENS.sub(lambda m: m.group() + "\x03", attributed_quotations(fragment))).split("\x00"):
        if "\x03" in part:
            part, quoted = part.replace("\x03", ""), True
        part = " ".join(part.split())
        if part:
            blocks.append("\n" + part if quoted and blocks else part)  # (set apart: SET_APART_BREAK)
            quoted = False
    return "\n\n".join(blocks)


# A block quotation (one no dash line signs) is set apart by one more line break than a blank line: "\n\n\n" before
# its first block. The quotations' readers tell a document quoted from a speaker's next paragraph by it (a tester's
# memo in a <blockquote> after a union leader's words was given to her: analyse/paragraphquotes.py); to every other
# reader it is white space, one character more (list items and headings were set apart too at first: the story
# features of 411 of the benchmark's 776 articles moved, their first 1,500 characters holding fewer words).
SET_APART_BREAK = "\n\n\n"
_QUOTATION_OPENS = re.compile(r"<blockquote\b[^>]*>", re.I)


def _blocks(fragment: str) -> str:
    """The text of `fragment` with "\x00" where a block starts or ends (NFC: "e&#x301;" is NFD)."""
    return nfc(html.unescape(_TAG.sub("", _BLOCK_TAG.sub("\x00", without_footnote_marks(fragment)))))


# A block quotation with none inside it, and a paragraph right after it that starts with a dash.
_QUOTATION = re.compile(r"<blockquote\b[^>]*>(.*?)</blockquote\s*>(\s*<p\b[^>]*>\s*(?:[—–―]|--)[^<]*(?:<(?!/p>)[^<]*)*</p>)?",
                        re.I | re.S)
_DASH_START = re.compile(r"(?:>|\n)\s*(?:[—–―]|--)")  # a dash that opens a line or a block: a signature's start
_DASH_LINE = re.compile(r"(?:<br\s*/?>|\n)\s*(?=(?:[—–―]|--)\s*\S)", re.I)  # a line of its own that starts with a dash
_SIGNATURE = re.compile(r"(?:[—–―]|--)\s*(\S.*)", re.S)
_MARKS = "“”„‚‘«»‹›「」『』"  # quotation marks (not ’ and ', apostrophes too: "Moscow’s court"); and ASCII " in the text
MAX_SIGNATURE_WORDS = 20  # a dash line longer than this is a sentence of the text, not a signature
_BYLINE_HEAD = re.compile(r"[^,;:(\[—–―/]*")  # a signature's name: what comes before its role, date or handle
# Lower-case words a name may hold (von der Leyen, bin Salman, de Gaulle, al-Sisi: names of the People pages' sources).
_NAME_PARTICLES = frozenset("al bin bint da das de del della der des di do dos du el ibn la le ten ter van von y zu".split())


def attributed_quotations(fragment: str) -> str:
    """`fragment` with each block quotation that a dash line signs — its last line, or the
    paragraph right after it (`> …` then `— Kyriakos Mitsotakis, prime minister`: the pull quote
    and epigraph of print, and the `<footer>` of HTML's) — written as one paragraph,
    `“…” — Kyriakos Mitsotakis, prime minister`, the dash lead-out that analyse/quotes.py reads as
    the signer's words. Unsigned quotations (an excerpt of a report, of a law) and quotations that
    hold quotation marks of their own (the speaker may be named inside) are left as they are; so
    is the page: only the text the analyses read changes. (A trial's wildfire briefing: a pull
    quote signed "— Kyriakos Mitsotakis" added no quote to his page.)"""
    def signed(match: re.Match[str]) -> str:
        inner = match.group(1)
        if ("<blockquote" in inner.lower() or not (match.group(2) or _DASH_START.search(inner))
                or any(mark in inner for mark in _MARKS)):
            return match.group(0)  # one inside another (read as written), no dash line, or marks inside
        blocks = [" ".join(part.split()) for part in _blocks(_DASH_LINE.sub("<p>", match.group(1))).split("\x00")]
        blocks = [block for block in blocks if block]
        if match.group(2):
            blocks.append(" ".join(_blocks(match.group(2)).replace("\x00", " ").split()))
        signature = _SIGNATURE.fullmatch(blocks[-1]) if len(blocks) > 1 else None
        said = " ".join(blocks[:-1])
        if (signature is None or len(signature.group(1).split()) > MAX_SIGNATURE_WORDS or not _byline(signature.group(1))
                or '"' in said or any(mark in said for mark in _MARKS)):  # (also written as entities)
            return match.group(0)
        return f"<p>“{html.escape(said, quote=False)}” — {html.escape(signature.group(1), quote=False)}</p>"
    return _QUOTATION.sub(signed, fragment)


def _byline(signature: str) -> bool:
    """Whether a dash line's text (after the dash) is a signature — a name, then perhaps its role,
    date or handle after a comma or parenthesis ("Kyriakos Mitsotakis, prime minister", "Joe Biden
    (@POTUS) July 24") — rather than a sentence of the editor's that starts with a dash: "— Putin
    has not commented." gave the Ukrainian statement quoted above it to Putin's People page. The
    name part holds no lower-case word but name particles (scripts without case pass: Arabic, Chinese),
    and the line does not end as a sentence does ("— Putin, who has not commented."; "— Macron, en
    revanche, a refusé de commenter."), but for an abbreviation or initial ("— Martin Luther King Jr.")."""
    last = signature.split()[-1]
    if last[-1] in "!?…。！？" or last[-1] == "." and not (len(last) <= 4 and last[0].isupper() or "." in last[:-1]):
        return False
    return all(not word[0].islower() or word in _NAME_PARTICLES or word.startswith(("al-", "el-"))
               for word in _BYLINE_HEAD.match(signature).group().split())


# A table or code block with no table inside it (the innermost first, so nested tables go too).
_DATA_BLOCK = re.compile(r"<table\b(?:(?!<table\b).)*?</table\s*>|<pre\b.*?</pre\s*>", re.I | re.S)


def sentence_blocks(fragment: str) -> str:
    """`plain_blocks` of the parts of a body written in sentences: without its tables and code
    blocks, whose cells and lines are data, and without blocks that are one link and nothing else.
    What "what each report adds" compares (analyse/compare.py): a table's cells, each a block, were
    listed one by one as sentences a report adds ("Filling", "Year", "2020", "4.9", …) and paired as
    shared passages; a feed's "Read on our site" and "photo gallery" links, each a paragraph or a
    bare link between blocks, were what a report adds (a tester's feed-imported briefing,
    2026-12-05, late night): navigation, not the report's words. A link inside a sentence stays."""
    if "<table" in fragment or "<pre" in fragment:
        while True:
            fragment, count = _DATA_BLOCK.subn("\x00", fragment)  # "\x00": where a block ended
            if not count:
                break
    if "<a" in fragment:
        fragment = _LINK_BLOCK.sub(_navigation, fragment)
    return plain_blocks(fragment)


def _navigation(match: re.Match[str]) -> str:
    """A link block (`_LINK_BLOCK`) without its link when it is navigation: a label of at most NAVIGATION_WORDS words,
    no quotation mark, not ending as a sentence does, with a word of `_NAVIGATING` ("Read on our site", "Photo
    gallery", "Related: …", "Download the report (PDF, 2MB)"). Any other linked line is the report's words, short ones
    too — "Update: strike called off", "Seven dead in motorway pile-up", a key point in a list (breakers' lines,
    2026-12-05, late night, which rules by length alone dropped)."""
    text = plain_text(match.group(0))
    words = text.split()
    label = len(words) <= NAVIGATION_WORDS and not any(mark in text for mark in '"\u201c\u201d\u00ab\u00bb') and not \
        text.rstrip("'\u2019)").endswith((".", "!", "?"))
    return match.group(1) if label and not _NAVIGATING.isdisjoint(w.strip(":()[],.").lower() for w in words) \
        else match.group(0)


NAVIGATION_WORDS = 8  # "Read on our site", "Photo gallery", "Download the report (PDF, 2MB)", "Continue reading"
# Words only a navigation label holds (not "more", "top", "back", "next", "share", "live", "story": "More strikes
# planned", "Top court rules", "Share prices fall" are news lines)
_NAVIGATING = frozenset("""read reading continue watch listen click tap download subscribe gallery photos pictures
    video videos podcast related newsletter comments site app""".split())
# A block that is one link and nothing else: a paragraph, list item or division holding only an <a> element (inline
# markup inside it allowed), or a bare <a> where a block starts or ends (the start of the fragment or after a block's
# tag; before a block's tag or the end).
_LINK_BLOCK = re.compile(r"(^|<(?:p|li|div)\b[^>]*>|</(?:p|li|div|blockquote|ul|ol|figure|h[1-6]|table)\s*>)\s*"
                         r"<a\b[^>]*>(?:[^<]|<(?!/?a\b)[^>]*>){0,300}</a\s*>\s*"
                         r"(?=</(?:p|li|div)\s*>|<(?:p|li|div|blockquote|ul|ol|figure|h[1-6]|table)\b|$)", re.I)


# A paragraph set wholly in italics (<em>/<i> around all its text, as Markdown's "*…*" writes it)
_ITALIC = re.compile(r"\s*<(em|i)\b[^>]*>(?P<inner>.*)</(?:em|i)>\s*", re.S | re.I)
# Words about the writer: "By Iain McTavish", "Iain McTavish has written about island life …", "Iain McTavish is the
# paper's island correspondent", "The author is a retired skipper"
_ABOUT_WRITER = re.compile(rf"(?:By\s+{CAPITAL}|(?:The\s+)?(?:author|writer|columnist)\b|{CAPITAL}[\w\u2019'-]+(?:\s+(?:{CAPITAL}[\w\u2019'-]+|"
                           r"de|van|der|von|la|le|du|da|al|bin|mac|mc))+,?\s+(?:is|was|has|had|writes|wrote|covers|"
                           r"reports|edits|lives|teaches|chairs|runs|works)\b)")


def italic_byline(paragraph: str) -> bool:
    """Whether a paragraph's inner HTML is set wholly in italics and speaks of its writer: "*Iain McTavish has written
    about island life for the Coast Record since 1998.*", "*By Ruth Adeyemi*", "*The author is a retired skipper.*".
    An opinion piece's standfirst of that kind is no summary of it (the ferry trial's card, 2026-12-05, showed the
    column's italic line about its columnist); an italic standfirst that tells the news is one."""
    found = _ITALIC.fullmatch(paragraph)
    return bool(found) and "</em>" not in found.group("inner").lower() and "</i>" not in found.group("inner").lower() \
        and bool(_ABOUT_WRITER.match(plain_text(found.group("inner"))))
