""""Told by N of M reports" counts tellings, not copies (site/page_comparison.py, 2026-12-05).

The ferry trial's grounding story said "Told by 2 of 5 reports" of each Reuters sentence the Carrick Courier reprinted
word for word (`via: Reuters`): one telling, printed twice. A report most of whose sentences are an earlier report's
words is its reprint; a re-telling in its own words (Ferry & Port Week's `via: The Coast Record`) is a telling."""
from __future__ import annotations

from hypothesis import assume, given, settings
from support.examples import examples
from support.madeup import word

from briefgen.analyse.compare import compare_reports
from briefgen.site.stories import comparison_view


def _wire(town: str, ship: str, reef: str, boss: str) -> list[str]:
    return [f"{town.upper()}, Scotland, Nov 2 (Reuters) - The ferry {ship} ran aground on {reef} Reef late on Monday "
            f"with 210 people aboard, the coastguard said.",
            f"The {ship} struck the reef about 20 minutes after leaving {town} harbour as winds rose to gale force.",
            f"Two lifeboats and a helicopter took part in the rescue of the {ship} passengers, which lasted two hours.",
            f"{boss} said the operator would co-operate fully with any investigation into the {ship} grounding.",
            f"The {ship}, built in 2004, is the only vessel on the {town} route."]


def _views(town: str, ship: str, reef: str, boss: str) -> tuple[object, list[str]]:
    wire = _wire(town, ship, reef, boss)
    reprint = [wire[0].split(" - ", 1)[1]] + wire[1:]  # the dateline dropped, every sentence kept
    own = [f"Islanders watched from the shore as the {ship} sat on {reef} Reef through the night.",
           f"Lifeboat crews from {town} brought every passenger ashore by two in the morning.",
           f"The ship had left {town} about 20 minutes before it struck the reef in a rising gale."]
    retold = [f"The {ship} grounding on {reef} Reef will test the operator, the wire agency reported.",
              f"According to the agency, {boss} promised the company would help investigators.",
              "Rescuers needed two hours to bring everyone off the stranded ferry, it said."]
    reports = [("wire", " ".join(wire)), ("copy", " ".join(reprint)), ("local", " ".join(own)),
               ("weekly", " ".join(retold))]
    return comparison_view(compare_reports(reports)), [slug for slug, _ in reports]


@settings(max_examples=examples(40), deadline=None)
@given(word, word, word, word)
def test_a_reprint_is_no_telling_of_its_own(town: str, ship: str, reef: str, boss: str) -> None:
    """A wire report and its reprint (the dateline dropped) in a story of four: the reprint is the wire's copy, the
    re-telling in other words and the local report are tellings; every row counts the wire and its copy as one
    telling of three."""
    assume(len({town, ship, reef, boss}) == 4)
    view, _ = _views(town, ship, reef, boss)
    reprinted = view.reprinted()
    assert reprinted == {"copy": "wire"}, reprinted
    for row in view.some:
        tellings, copies, total = view.told(row, reprinted)
        slugs = [slug for slug, _ in row]
        assert total == 3
        assert copies == ("copy" in slugs)
        assert tellings == len([s for s in slugs if s != "copy"])


def test_independent_reports_sharing_a_statement_are_no_reprints() -> None:
    """Two reports that quote one statement word for word, each in its own words otherwise, are two tellings."""
    statement = "“Everyone who was on board has been accounted for and brought ashore,” the coastguard said."
    first = (f"A ferry ran aground on a reef off the island late on Monday. {statement} The island's council leader "
             f"called for a replacement ship. Lifeboats worked through the night.")
    second = (f"Passengers described a loud bang as the ship hit rocks. {statement} The operator said it would "
              "co-operate with investigators. Schools on the island were closed on Tuesday.")
    third = "The ferry hit a reef on Monday night and all aboard were rescued, the coastguard said."
    view = comparison_view(compare_reports([("one", first), ("two", second), ("three", third)]))
    assert view.reprinted() == {}


def test_the_ferry_trials_grounding_story() -> None:
    """The grounding story's reports as the trial has them: the Courier (`via: Reuters`) reprints Reuters."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "stories" / "ferry" / "content" / "articles"
    from stories.storyeval import load_site

    site = load_site(root.parents[1])
    slugs = ["reuters-grounding", "courier-grounding", "islesfm-grounding", "record-grounding",
             "noorderkrant-grounding"]
    view = comparison_view(compare_reports([(slug, site.texts[slug]) for slug in slugs]))
    reprinted = view.reprinted()
    assert reprinted == {"courier-grounding": "reuters-grounding"}
    both = [row for row in view.some if {slug for slug, _ in row} == {"reuters-grounding", "courier-grounding"}]
    # (a fact only Reuters and its reprint tell is what Reuters adds since 2026-12-05: test_reprint_rows.py)
    assert not both and all(view.told(row, reprinted)[2] == 4 for row in view.some) and dict(view.adds)[
        "reuters-grounding"]
    steering = ["record-steering-warning", "standard-steering-warning", "reuters-steering-warning",
                "ferryweek-steering-warning"]
    assert comparison_view(compare_reports([(slug, site.texts[slug]) for slug in steering])).reprinted() == {}
