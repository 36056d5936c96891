"""A bracket after words that describe a body is no definition against the body the archive names in full
(acronyms.describes, FX35): BR28 found d26dc69e made "Kenya's tax collector (KRA) said" a definition, so no article's
"KRA" joined the Kenya Revenue Authority any more (two People entries for one body); "the competition watchdog (CMA)"
alike. The defining words keep the acronym from the archive's one owner only when they name another kind of body (a
public office against a company: T20's "environment superintendency (SMA)" and the contractor "Servicios Mineros
Arequipa") or share no word with it (tests/analyse/test_acronym_definitions_fx30.py)."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st
from support.examples import examples
from support.peoplelists import listed_people

from briefgen.analyse.acronyms import describes, initials

FAST = settings(max_examples=examples(60), deadline=None)
OWNERS = [("Kenya Revenue Authority", ["Kenya's tax collector", "the Kenyan tax authority", "Kenya's revenue agency"]),
          ("Competition and Markets Authority", ["the competition watchdog", "Britain's competition regulator"]),
          ("Uganda Revenue Authority", ["Uganda's tax collector", "the Ugandan tax office"]),
          ("Financial Conduct Authority", ["the financial watchdog", "Britain's financial regulator"])]


_listed = listed_people


@FAST
@given(st.sampled_from(OWNERS).flatmap(lambda o: st.tuples(st.just(o[0]), st.sampled_from(o[1]))),
       st.sampled_from(['"The fine is final," {d} ({a}) said on Thursday.', "{D} ({a}) fined the lender on Thursday.",
                        "Officials at {d} ({a}) said the review would take weeks."]))
@example(("Kenya Revenue Authority", "Kenya's tax collector"), '"The fine is final," {d} ({a}) said on Thursday.')
def test_a_descriptive_bracket_joins_the_archive_s_owner(owner: tuple[str, str], frame: str) -> None:
    full, definer = owner
    acronym = initials(full)
    articles = [f"The {full} said on Tuesday it would audit ChapaPesa. \"We have opened an inquiry,\" the {full} said.",
                f"\"The audit will take months,\" the {acronym} said in a statement on Wednesday.",
                frame.format(d=definer, D=definer[0].upper() + definer[1:], a=acronym)]
    listed = _listed(articles)
    assert acronym not in listed and acronym in listed.get(full, ()), (articles[2], listed)


def test_the_kind_of_body_and_a_shared_word_decide() -> None:
    assert describes("Kenya's tax collector", "Kenya Revenue Authority")
    assert describes("competition watchdog", "Competition and Markets Authority")
    assert not describes("Chilean environment superintendency", "Servicios Mineros Arequipa")  # (T20: a contractor)
    assert not describes("Kenya's biggest miner", "Kenya Revenue Authority")  # (a company's words, a public body)
    assert not describes("national water agency", "Wexford Roads Authority")  # (no word in common: FX30's rule)
