"""Press-release and agency boilerplate is no report's news (analyse/adds_boilerplate.py, 2026-12-05).

The ferry trial's story pages listed "Ends", "Notes to editors: Northsound Ferries operates …" and "This report was
supplied by Reuters." under "What each report adds", and the notes stood in a row beside a fact."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples
from support.madeup import word

from briefgen.analyse.compare import compare_reports

END_MARKS = ["Ends", "ENDS", "- ends -", "-30-", "###", "# # #", "END"]
NOTES = ["Notes to editors: {org} operates lifeline services between {town} and the islands.",
         "Note to editors: {org} was founded in 1971 and runs {town}'s ferries.",
         "For further information, contact the {org} press office.",
         "Media contact: {org} press office, {town}.",
         "About {org}: {org} runs the {town} crossing."]
SUPPLY = ["This report was supplied by {agency}.", "This article was provided by {agency}.",
          "This story first appeared in the {agency}.", "Republished with permission of {agency}.",
          "Copyright {agency} 2026. All rights reserved."]


@settings(max_examples=examples(120), deadline=None)
@given(word, word, word, st.sampled_from(END_MARKS), st.sampled_from(NOTES), st.sampled_from(SUPPLY), st.booleans())
def test_boilerplate_is_never_an_addition_nor_in_a_row(org: str, town: str, agency: str, end: str, notes: str,
                                                       supply: str, marked: bool) -> None:
    org, agency = f"{org} Ferries", f"{agency} News"
    release = (f"{org} can confirm that its ship was refloated at 07:58 this morning in {town}.\n\n"
               f"The company has chartered a relief ship for the {town} route from Monday.\n\n"
               + (f"{end}\n\n" if marked else "") + notes.format(org=org, town=town))
    report = (f"Salvors refloated the {org} ship in {town} on Friday morning.\n\n"
              f"{org} has chartered a relief ship for the {town} route from Monday.\n\n"
              + supply.format(agency=agency))
    comparison = compare_reports([("release", release), ("report", report)])
    for r in comparison.reports:
        shown = {r.sentences[i] for i in r.adds} | {r.sentences[i] for row in comparison.rows for slug, i in row
                                                    if slug == r.slug}
        wrapping = [s for s in r.sentences if s in (end, notes.format(org=org, town=town), supply.format(agency=agency))
                    or s.startswith(("Notes to", "Note to", "For further", "Media contact", "About", "Copyright"))]
        assert wrapping, r.sentences
        assert not shown & set(wrapping), (shown, wrapping)


def test_the_ferry_trials_lines_and_news_that_look_alike() -> None:
    from briefgen.analyse.adds_boilerplate import boilerplate

    release = ["The company continues to co-operate fully with the Marine Accident Investigation Branch.", "Ends",
               "Notes to editors: Northsound Ferries operates lifeline services between Port Carrick and the island."]
    assert boilerplate(release) == {1, 2}
    assert boilerplate(["The Marine Accident Investigation Branch said it was sending a team.",
                        "This report was supplied by Reuters."]) == {1}
    news = ["About 3,100 people live on Skerrin.", "The strike ends at midnight on Tuesday.",
            "Editor's note: this article was updated to correct the ship's name.", "The 30 crew were safe.",
            "About half of the passengers were islanders."]
    assert boilerplate(news) == frozenset()
