"""A sentence another report tells is never what its report adds, and two sentences sharing only the story's common
words are no counterparts (analyse/compare.py, passages.py; a trial, 2026-12-05: with three reports or more a sentence
paired with one report's counterpart but not another's, and the second half of a sentence one report split in two,
were "found in one report only"; "More than 200 people crowded into Harcastle's Corn Exchange …" stood in one row
with "… reducing its support … from £4.2m a year to £2.5m", sharing only the fund's and the museum's names)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.compare import compare_reports

WORDS = """abbey anchor badger beacon bishop blossom bracken bramble bridge candle castle cellar chapel cinder clover
copper cradle dagger falcon ferret fiddle garnet glacier granite harbour harvest hazel heron ingot island juniper
kettle kestrel lantern ledger linen locket magpie marble meadow mitten nettle orchard otter paddock pebble pewter
quarry quill raven ribbon saddle salmon sapphire scarlet shingle spindle thimble thistle timber trellis tunnel
velvet walnut willow wreath yarrow zephyr""".split()
FILLERS = ["the", "a", "of", "in", "on", "was", "had", "with", "and", "by", "for", "at"]


def _sentence(words: list[str], fillers: list[str]) -> str:
    text = " ".join(w for pair in zip(words, fillers + [""] * len(words)) for w in pair if w)
    return text[0].upper() + text[1:] + "."


@st.composite
def stories(draw):  # type: ignore[no-untyped-def]
    """2-4 reports: shared facts (6 words each, told in other orders with other fillers and the story's common
    words, by two reports or more; in one report perhaps split in two halves of three words), plus own sentences;
    gives the reports and, per report, whether each sentence is told by another report."""
    n = draw(st.integers(2, 4))
    pool = draw(st.permutations(WORDS))
    facts = [pool[6 * f:6 * f + 6] for f in range(draw(st.integers(1, 4)))]
    used = 6 * len(facts)
    reports: list[list[tuple[str, bool]]] = [[] for _ in range(n)]
    for words in facts:
        for r in draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=n, unique=True)):
            order = draw(st.permutations(words))
            fillers = draw(st.lists(st.sampled_from(FILLERS + ["said"]), min_size=6, max_size=6))
            # (never "said" ending a half: "Copper the cradle the dagger said." is all frame, its words all the
            # speaker's, and two sentences sharing only their speakers' words are no fact: adds_quotedwords.py, 2026-12-05)
            fillers[2] = fillers[2] if fillers[2] != "said" else "the"
            fillers[5] = fillers[5] if fillers[5] != "said" else "the"
            if draw(st.booleans()) and all(len(report) < 6 for report in reports):
                # (nor "said" in a half at all: "Bracken the bridge said bramble the." is a speaker and one word, and
                # beside "Bracken the bridge said candle the." it shares only the speaker: no fact, the rule above;
                # CI, 2026-12-05)
                fillers = [f if f != "said" else "the" for f in fillers]
                reports[r] += [(_sentence(order[:3], fillers[:3]), True), (_sentence(order[3:], fillers[3:]), True)]
            else:
                reports[r].append((_sentence(order, fillers), True))
    for r in range(n):
        for _ in range(draw(st.integers(0, 2))):
            own, used = pool[used:used + 4], used + 4
            reports[r].append((_sentence(list(own), ["said", "the", "of"]), False))
        reports[r] = draw(st.permutations(reports[r]))
    return reports


@settings(max_examples=examples(300), deadline=None)
@given(stories())
def test_a_sentence_another_report_tells_is_no_addition(reports: list[list[tuple[str, bool]]]) -> None:
    comparison = compare_reports([(f"r{k}", "\n\n".join(s for s, _ in report)) for k, report in enumerate(reports)])
    in_rows = {label for row in comparison.rows for label in row}
    for report, given_ in zip(comparison.reports, reports):
        assert len(report.sentences) == len(given_)
        for i, (sentence, told) in enumerate(given_):
            assert not (i in report.adds and report.counterparts[i]), (sentence, report)  # the mechanism
            assert not (told and i in report.adds), (sentence, comparison)  # the facts
            assert told or i in report.adds, (sentence, comparison)
            assert not report.counterparts[i] or (report.slug, i) in in_rows, (sentence, comparison)


GAZETTE = ("More than 200 people crowded into Harcastle's Corn Exchange on Saturday as the Northern Arts Fund heard "
           "arguments over its grant to the town's art museum.\n\nSpeaker after speaker urged the fund to drop its "
           "proposal. Maureen Hollis, 71, drew the loudest applause: \"The painting was taken from us once. Don't let "
           "the fund take the rest.\"\n\nPriya Nandra told the hearing: \"When the fund's letter says 'stewardship', "
           "what it means is 'we have found an excuse'. Nobody here is fooled.\"\n\nLena Ashworth, the fund's chief "
           "executive, promised a decision by mid-November. \"I have taken pages of notes tonight,\" she said.")
COURANT = ("A public body weighing a cut to the grant of a northern museum that lost a Victorian masterpiece to thieves "
           "this month faced a hostile crowd at a hearing on Saturday evening.\n\nThe Northern Arts Fund is "
           "considering reducing its support for the Harcastle Museum of Art from £4.2m a year to £2.5m.\n\nPriya "
           "Nandara, a regional politician who has led opposition to the cut, said the fund was \"blaming the burgled "
           "for the burglary\".\n\nGerald Whitcombe, chair of the museum's trustees, told the fund the board had "
           "already commissioned an independent review of security. \"Give us the chance to put this right,\" he "
           "said.\n\nThe fund's chief executive, Lena Ashworth, said no option had been ruled in or out.")


def test_the_trial_s_names_of_the_subject_make_no_pair() -> None:
    comparison = compare_reports([("gazette", GAZETTE), ("courant", COURANT)])
    for row in comparison.rows:  # the crowd at the hearing and the cut the fund considers are in no row together
        assert not {("gazette", 0), ("courant", 1)} <= set(row), comparison.rows
    assert ("courant", 1) not in comparison.reports[0].counterparts[0], comparison.reports[0]
    assert ("gazette", 0) not in comparison.reports[1].counterparts[1], comparison.reports[1]


SUBJECTS = ["Northern Arts Fund", "Harcastle Museum of Art", "Calderbridge City Council", "Vellmoor Water Board"]


@settings(max_examples=examples(200), deadline=None)
@given(st.sampled_from(SUBJECTS), st.permutations(WORDS), st.sampled_from(["Saturday", "Monday", "Harcastle"]))
def test_sentences_sharing_only_the_subject_are_no_counterparts(subject: str, pool: list[str], day: str) -> None:
    """Two reports name the story's subject in full once and by its last word often; each tells its own facts with
    it: no pair of sentences sharing only the subject's words (and a weekday both name often) is a counterpart, but
    two reports' openings (compare.py)."""
    short = subject.split()[-1].lower()
    first = [f"The {subject} said on {day} that the {pool[0]} {pool[1]} {pool[2]} was gone."] + [
        f"The {short} said on {day} the {pool[k]} and the {pool[k + 1]} had {pool[k + 2]}." for k in (3, 6, 9)]
    second = [f"On {day} the {subject} told of a {pool[12]} {pool[13]} near the {pool[14]}."] + [
        f"The {short} said on {day} a {pool[k]} was {pool[k + 1]} by the {pool[k + 2]}." for k in (15, 18, 21)]
    # (each opens with its own sentence: two reports' openings match on the subject's words, compare.py)
    first, second = [f"The {pool[24]} {pool[25]} and {pool[26]} were seen."] + first, [
        f"A {pool[27]} {pool[28]} {pool[29]} was there."] + second
    comparison = compare_reports([("one", " ".join(first)), ("two", " ".join(second))])
    assert not any(report.counterparts[i] for report in comparison.reports for i in range(5)), comparison
