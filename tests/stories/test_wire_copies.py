"""Copies of one text word for word (wire copy, a reprint) are one story, and every copy after the first re-tells it
(analyse/copies.py; roles.copy_credits). A tester's site (2026-12-05): four papers printing one text about buses
rerouted through a tunnel, hours apart, naming no one, were held apart ("no rare name in common", 0.45), and five
copies of another text were one story of five "independent" reports."""
from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings, strategies as st
from support import factories, madeup
from support.examples import examples

from briefgen.analyse.copies import MIN_WORDS, STYLE_WORDS, copied, copy_prints
from briefgen.analyse.housespellings import FOLD
from briefgen.analyse.stories import group_stories, story_features

START = dt.datetime(2026, 11, 11, 8, 15, tzinfo=dt.timezone.utc)
BUSES = ("Drivers complained about traffic jams on the first morning.. City buses now take a detour through the "
         "eastern tunnel, adding about fifteen minutes to the trip\n\nMore details followed later in the day.")
OUTLETS = ("Northern Daily", "Port Weekly", "Harbour Gazette", "City Radio", "Coast Wire")
# Plain words of no name, date, guide, announcement or follow-up: what a text says without a rare name.
WORDS = ("buses", "drivers", "tunnel", "detour", "traffic", "morning", "minutes", "trip", "council", "bridge",
         "repairs", "shops", "customers", "footfall", "ferry", "boats", "crews", "queues", "parking", "workers",
         "engineers", "cracks", "cost", "budget", "fares", "passengers", "station", "platform", "trains", "signals",
         "complained", "waited", "closed", "opened", "doubled", "reached", "fell", "rose", "blocked", "moved",
         "long", "slow", "busy", "empty", "eastern", "western", "northern", "southern", "extra", "longer",
         "the", "a", "of", "on", "through", "after", "about", "and", "with", "for")


def _grouped(texts: list[str], hours: list[float], titles: list[str] | None = None) -> list[tuple[str, tuple]]:
    """(members, roles) of every story of reports r0, r1, … of `texts` by different outlets, `hours` after START."""
    articles = tuple(factories.article(f"r{k}", START + dt.timedelta(hours=h), source=OUTLETS[k],
                                       title=(titles or [f"Buses rerouted via the tunnel ({OUTLETS[k]})"] * 5)[k])
                     for k, h in enumerate(hours))
    found = {a.slug: story_features(a.title, text) for a, text in zip(articles, texts)}
    grouping = group_stories(articles, found, factories.config())
    return sorted({(s.members, s.roles) for s in (grouping.story_of(a.slug) for a in articles)})


def test_the_reported_input() -> None:
    """Four copies an hour apart: one story, the first the original, the others re-telling it."""
    assert _grouped([BUSES] * 4, [0, 1, 2, 3]) == [(("r0", "r1", "r2", "r3"), (
        ("r0", "original"), ("r1", "re-report"), ("r2", "re-report"), ("r3", "re-report")))]


sentence = st.lists(st.sampled_from(WORDS), min_size=MIN_WORDS, max_size=14).map(
    lambda ws: " ".join(ws).capitalize() + ".")


@settings(max_examples=examples(25), deadline=None)
@given(sentences=st.lists(sentence, min_size=5, max_size=8, unique=True), copies=st.integers(2, 4),
       cut=st.integers(0, 1), added=st.booleans(), gap=st.floats(0.25, 6), spacing=st.sampled_from([" ", "  ", "\n"]))
def test_copies_are_one_story_each_after_the_first_a_re_telling(sentences: list[str], copies: int, cut: int,
                                                                 added: bool, gap: float, spacing: str) -> None:
    """A text of 5–8 sentences printed by 2–4 outlets hours apart, a copy cut by a sentence at its end, or with a line of
    its own added, or its sentences spaced otherwise (80 % of the shorter's sentences alike: copies.SHARE): one story;
    the first copy is the original, each later one a re-telling."""
    assume(len(set(map(str.lower, sentences))) == len(sentences))
    whole = " ".join(sentences)
    variants = [whole] + [spacing.join(sentences[:len(sentences) - cut]) + (" A line of our own for this paper, "
                                                                            "written by the desk tonight." if added else "")
                          for _ in range(copies - 1)]
    stories = _grouped(variants, [k * gap for k in range(copies)])
    assert [members for members, _ in stories] == [tuple(f"r{k}" for k in range(copies))]
    assert dict(stories[0][1]) == {"r0": "original", **{f"r{k}": "re-report" for k in range(1, copies)}}


def _plain(text: str) -> str:
    """A sentence's words without a house style's touches (copies.STYLE_WORDS), as its second print reads them."""
    return " ".join(w for w in text.lower().rstrip(".").split() if w.encode() not in STYLE_WORDS)


def _crcs(prints: bytes) -> bytes:
    """The sentences' CRC-32s of `copy_prints`' bytes (after its count)."""
    return prints[4:4 + 4 * _printed(prints)]


def _printed(prints: bytes) -> int:
    """How many sentences `copy_prints` printed (its first uint32)."""
    return memoryview(prints[:4]).cast("I")[0] if prints else 0


@settings(max_examples=examples(40), deadline=None)
@given(shared=st.lists(sentence, min_size=2, max_size=6, unique=True), first=sentence, other=sentence)
def test_a_template_told_twice_is_no_copy(shared: list[str], first: str, other: str) -> None:
    """Two texts whose first sentences differ (more than a house style's touches) are no copies, however many of
    their other sentences they share; a text is a copy of itself."""
    assume(_plain(first) != _plain(other) and _plain(first) not in map(_plain, shared)
           and _plain(other) not in map(_plain, shared))
    one, two = copy_prints(" ".join([first, *shared])), copy_prints(" ".join([other, *shared]))
    assert not copied(one, two)
    assert copied(one, one) == (_printed(one) >= 2)


@settings(max_examples=examples(40), deadline=None)
@given(one=st.lists(sentence, min_size=1, max_size=5, unique=True), two=st.lists(sentence, min_size=1, max_size=5,
                                                                                  unique=True), sign_off=sentence)
def test_one_shared_line_makes_no_copy(one: list[str], two: list[str], sign_off: str) -> None:
    """Two texts sharing only one sentence (an outlet's sign-off, a standard line) are no copies."""
    assume(not {_plain(s) for s in one + [sign_off]} & {_plain(s) for s in two})
    assert not copied(copy_prints(" ".join(one + [sign_off])), copy_prints(" ".join(two + [sign_off])))


@given(words=st.lists(st.sampled_from(WORDS), min_size=MIN_WORDS, max_size=20),
       marks=st.lists(st.sampled_from([" ", "  ", ", ", " - ", " \u201c", "\u201d "]), min_size=20, max_size=20))
@settings(max_examples=examples(40), deadline=None)
def test_prints_read_words_not_punctuation_or_spacing(words: list[str], marks: list[str]) -> None:
    """One sentence with other spacing, commas, dashes or quotation marks between its words prints the same (its
    CRC: a quotation mark marks its wording, which only an edited copy reads)."""
    plain = " ".join(words) + "."
    marked = "".join(w + m for w, m in zip(words, marks)).rstrip(" ,-\u201c\u201d") + "."
    assert _crcs(copy_prints(plain)) == _crcs(copy_prints(marked)) != b""
    if "\u201c" not in marked and "\u201d" not in marked:
        assert copy_prints(plain) == copy_prints(marked)


def test_a_stock_opening_sentence_makes_no_copy() -> None:
    """A second trial's two court reports opening with one stock sentence, sharing two of their three: no copies
    (copies.SHARE is 80 %)."""
    opening = "The following case was heard at Kestle Magistrates' Court on Thursday before district judges."
    closing = "The case was adjourned and bail was granted on the usual conditions until the next hearing."
    one = f"{opening} Daniel Oakes, 34, of Mill Lane, is charged with selling recalled pills without a licence. {closing}"
    two = f"{opening} Sarah Lyle, 51, a pharmacist of Brindmoor, is charged with failing to return recalled stock. {closing}"
    assert not copied(copy_prints(one), copy_prints(two))


# Copies in a house style (2026-12-05, late night): a paper's touches to wire copy ("said" → "added", "on Monday" →
# "Monday", "that" after "said", "per cent" → "percent") keep a copy a copy; any other word changed does not, not even
# "also", an article, "has"/"had" or "Mr"/"Mrs" (two breakers' follow-ups: copies._STYLE).
TOUCHES = (("said", "added"), ("said that", "said"), ("noted", "said"), ("on Monday", "Monday"),
           ("per cent", "percent"), ("stated", "explained"))
NEWS_WORDS = (("approved", "rejected"), ("will", "will not"), ("rose", "fell"), ("opened", "closed"),
              ("heavy rain", "strong winds"), ("guilty", "not guilty"), ("northbound", "southbound"),
              ("also arrested", "arrested"), ("has", "had"), ("a", "the"), ("Mr", "Mrs"), ("voted on", "voted"),
              ("told", "said"))


def _touched(sentences: list[str], touches: list[int], at: list[int]) -> tuple[str, str]:
    """(original, copy): each sentence gets a house style's word at word `at` in the original, its other form in
    the copy (`TOUCHES`)."""
    one, two = [], []
    for text, touch, k in zip(sentences, touches, at):
        words = text[:-1].split()
        k = 1 + k % (len(words) - 1)
        a, b = TOUCHES[touch % len(TOUCHES)]
        if words[k - 1].lower() in ("on", "per"):  # ("on on Monday": a draw no paper writes)
            a, b = TOUCHES[0]
        one.append(" ".join(words[:k] + [a] + words[k:]) + ".")
        two.append(" ".join(words[:k] + [b] + words[k:]) + ".")
    return " ".join(one), " ".join(two)


@settings(max_examples=examples(25), deadline=None)
@given(sentences=st.lists(sentence, min_size=4, max_size=7, unique=True), copies=st.integers(2, 3),
       touches=st.lists(st.integers(0, 50), min_size=7, max_size=7), at=st.lists(st.integers(0, 40), min_size=7,
                                                                                  max_size=7),
       gap=st.floats(0.25, 6))
def test_a_copy_in_a_house_style_is_still_a_copy(sentences: list[str], copies: int, touches: list[int], at: list[int],
                                                 gap: float) -> None:
    """A text printed by 2–3 outlets, each later copy touched in every sentence by a house style ("said" for
    "added", "on" or "that" dropped, "percent"): one story, the first copy the original and each later one a
    re-telling — before 2026-12-05 (late night) such copies were independent reports, or two stories."""
    assume(len(set(map(_plain, sentences))) == len(sentences))
    original, touched = _touched(sentences, touches, at)
    assert copied(copy_prints(original), copy_prints(touched))
    stories = _grouped([original] + [touched] * (copies - 1), [k * gap for k in range(copies)])
    assert [members for members, _ in stories] == [tuple(f"r{k}" for k in range(copies))]
    assert dict(stories[0][1]) == {"r0": "original", **{f"r{k}": "re-report" for k in range(1, copies)}}


@settings(max_examples=examples(40), deadline=None)
@given(sentences=st.lists(sentence, min_size=3, max_size=6, unique=True), news=st.sampled_from(NEWS_WORDS),
       at=st.lists(st.integers(0, 40), min_size=6, max_size=6), lead=st.booleans())
def test_a_word_that_is_the_news_changed_makes_no_copy(sentences: list[str], news: tuple[str, str], at: list[int],
                                                      lead: bool) -> None:
    """Two texts alike but for a word that is the news in every sentence ("approved"/"rejected", "will"/"will not",
    "heavy rain"/"strong winds", "Police have also arrested", "a"/"the", "has"/"had": two breakers' templates and
    follow-ups, 2026-12-05) are no copies, within a story too."""
    one, two = [], []
    for text, k in zip(sentences, at):
        words = text[:-1].split()
        k = 1 + k % (len(words) - 1)
        one.append(" ".join(words[:k] + [news[0]] + words[k:]) + ".")
        two.append(" ".join(words[:k] + [news[1]] + words[k:]) + ".")
    assert not copied(copy_prints(" ".join(one)), copy_prints(" ".join(two)), lead=lead)


@settings(max_examples=examples(40), deadline=None)
@given(shared=st.lists(sentence, min_size=3, max_size=6, unique=True), names=st.lists(madeup.word, min_size=2,
                                                                                       max_size=2, unique=True),
       figure=st.booleans())
def test_a_template_told_for_another_name_or_figure_is_no_copy(shared: list[str], names: list[str],
                                                              figure: bool) -> None:
    """A template told twice (a recall notice for two drugs, a court list for two defendants), its sentences alike
    but for one name or figure in each, is no copy: a name or a figure is never a sub-editor's edit."""
    def told(name: str) -> str:
        return " ".join(f"{s[:-1]} {name}." for s in shared)
    one, two = (told(str(len(n) * 7 + k)) if figure else told(n) for k, n in enumerate(names))
    assert not copied(copy_prints(one), copy_prints(two))


def test_a_sentence_rewritten_at_its_end_is_no_edit() -> None:
    """"… would close the old bridge …" and "… would reopen the new school …": two sentences, not one in two styles."""
    one = ("The council said on Monday that it would close the old bridge for repairs next spring. Drivers will be "
           "sent through the eastern tunnel, adding fifteen minutes to most journeys.")
    two = ("The council said on Monday that it would reopen the new school after repairs next spring. Drivers will be "
           "sent through the western tunnel, adding twenty minutes to some journeys.")
    assert not copied(copy_prints(one), copy_prints(two))
    assert copied(copy_prints(one), copy_prints(one.replace("said on Monday that", "said Monday")))


@settings(max_examples=examples(25), deadline=None)
@given(quoted=st.lists(sentence, min_size=2, max_size=3, unique=True), own=st.lists(sentence, min_size=2, max_size=2,
                                                                                     unique=True),
       marks=st.sampled_from([("\u201c", "\u201d"), ('"', '"'), ("\u00ab", "\u00bb")]),
       verbs=st.sampled_from([("he said", "she said"), ("he said", "he told reporters"), ("he added", "he said")]))
def test_reports_quoting_one_speaker_are_no_copies(quoted: list[str], own: list[str],
                                                          marks: tuple[str, str], verbs: tuple[str, str]) -> None:
    """Two reports quoting the same quotations, each under its own attribution ("…,” he said" / "…,” she said"),
    beside sentences of their own: the words quoted are the speaker's, not a text one copied — a sentence holding a
    quotation is alike word for word or not at all (copies.copy_prints marks it)."""
    assume(not {s.lower() for s in quoted} & {s.lower() for s in own})
    def told(verb: str, mine: str) -> str:
        return mine + " " + " ".join(f"{marks[0]}{q[:-1]},{marks[1]} {verb}." for q in quoted)
    one, two = copy_prints(told(verbs[0], own[0])), copy_prints(told(verbs[1], own[1]))
    assert not copied(one, two, lead=False)
    assert copied(one, copy_prints(told(verbs[0], own[1])), lead=False)  # (the same attributions: alike)


# Copies in another country's style (2026-12-06): a paper printing wire copy changes its spellings ("organised" →
# "organized", "centre" → "center"), its dates' order ("28 April" → "April 28") and cuts or changes the wire's dateline
# ("LONDON (Reuters) -"); such a copy was an independent report (its first sentence, which a copy must share, differed).
BRITISH = tuple(sorted(FOLD))
DATELINES = ("", "LONDON (Reuters) - ", "HARWICK, England (AP) \u2014 ", "NEW DELHI, Dec 1: ", "KESTLE \u2014 ")
MONTHS = ("January", "April", "May", "June", "September", "December")


@settings(max_examples=examples(25), deadline=None)
@given(sentences=st.lists(sentence, min_size=4, max_size=7, unique=True),
       spellings=st.lists(st.sampled_from(BRITISH), min_size=7, max_size=7), at=st.lists(st.integers(0, 40),
                                                                                       min_size=7, max_size=7),
       dates=st.lists(st.tuples(st.integers(1, 31), st.sampled_from(MONTHS), st.booleans()), min_size=7, max_size=7),
       datelines=st.tuples(st.sampled_from(DATELINES), st.sampled_from(DATELINES)), gap=st.floats(0.25, 6))
def test_a_copy_in_another_countrys_style_is_still_a_copy(sentences: list[str], spellings: list[bytes], at: list[int],
                                                          dates: list[tuple[int, str, bool]],
                                                          datelines: tuple[str, str], gap: float) -> None:
    """A text with a British spelling and a date in each sentence, printed by a second outlet with the American
    spellings (housespellings.FOLD), the dates in American order and the dateline cut, added or changed: copies, one
    story, the first the original and the second a re-telling (unless a dateline credits a wire)."""
    assume(len(set(map(_plain, sentences))) == len(sentences))
    one, two = [], []
    for text, british, k, (day, month, dated) in zip(sentences, spellings, at, dates):
        words = text[:-1].split()
        k = 1 + k % (len(words) - 1)
        when = ([f"on {day} {month}"], [f"on {month} {day}"]) if dated else ([], [])
        one.append(" ".join(words[:k] + [british.decode()] + when[0] + words[k:]) + ".")
        two.append(" ".join(words[:k] + [FOLD[british].decode()] + when[1] + words[k:]) + ".")
    original, reprint = datelines[0] + " ".join(one), datelines[1] + " ".join(two)
    assert copied(copy_prints(original), copy_prints(reprint))
    stories = _grouped([original, reprint], [0, gap])
    assert [members for members, _ in stories] == [("r0", "r1")]
    if "(" not in datelines[0] + datelines[1]:  # (a wire's dateline credits it: "LONDON (Reuters) -" re-reports it)
        assert dict(stories[0][1]) == {"r0": "original", "r1": "re-report"}


def test_the_wire_copy_reprinted_in_american_style() -> None:
    """The kind's input: a wire's text about a recount, and an American paper's print of it."""
    wire = ("LONDON (Reuters) - The regional council organised a recount of the votes on 28 April after the margin "
            "narrowed to nine ballots. Officials travelled to the centre to oversee the count, the electoral "
            "commission said. Labour favoured a full recount of every ward in the district, whilst the Greens "
            "remained sceptical of the programme.")
    paper = ("The regional council organized a recount of the votes on April 28 after the margin narrowed to nine "
             "ballots. Officials traveled to the center to oversee the count, the electoral commission added. Labour "
             "favored a full recount of every ward in the district, while the Greens remained skeptical of the "
             "program.")
    assert copied(copy_prints(wire), copy_prints(paper))
    assert not copied(copy_prints(wire), copy_prints(paper.replace("organized a recount", "rejected a recount")
                                                            .replace("nine ballots", "six ballots")
                                                            .replace("oversee the count", "halt the count")))


def test_a_reprint_in_american_formats_is_still_a_copy() -> None:
    """A breaker's American reprint (BR10, 2026-12-06): "councilors", "10 p.m.", "April 28th", "the U.S." — its first
    sentence split at "p.m. " and "U.S. " as at a sentence's end, and "councillor" was not in the table."""
    wire = ("The councillors met at 10pm on 28 April in the US capital to discuss the programme of ploughing and the "
            "defence budget. The mayor said the sceptical councillors had apologised for the greying of the centre on "
            "Monday. Officials had marginalised the opposition, the councillors said at the meeting.")
    paper = ("The councilors met at 10 p.m. on April 28th in the U.S. capital to discuss the program of plowing and the "
             "defense budget. The mayor added the skeptical councilors had apologized for the graying of the center "
             "Monday. Officials had marginalized the opposition, the councilors said at the meeting.")
    assert copied(copy_prints(wire), copy_prints(paper))
    assert not copied(copy_prints(wire), copy_prints(paper.replace("10 p.m.", "9 p.m.").replace("April 28th", "May 3rd")
                                                            .replace("marginalized", "welcomed")))


def test_the_spelling_table_folds_once() -> None:
    """No American form is itself folded again, and the forms differ: a table of spellings, not of words."""
    assert FOLD and not set(FOLD.values()) & set(FOLD) and all(british != american for british, american in FOLD.items())
