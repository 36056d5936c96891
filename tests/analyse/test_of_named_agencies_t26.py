"""An outlet named by an "of" phrase is headed by the words before "of" (credit_newsmakers.newsmaker).

The reported input (T26 F3, 2026-12-07): the configured source "News Agency of the Federation (NAF)" was a newsmaker
(its last word "Federation" an organisation's head, as in "Attorney-General of the Federation"), so "…, the News Agency
of the Federation reported." credited no one. The kind: a newsroom's head ("News Agency", "Voice", "Herald", "Radio",
"Press Agency") before "of" and any organisation's word after it, in each reporting frame; an organisation's head
before "of" ("Ministry of …", "Union of …") stays a newsmaker.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.credit_newsmakers import newsmaker
from briefgen.analyse.credits import credit_finder, detect_credits

NEWSROOMS = ("News Agency", "Voice", "Herald", "Radio", "Press Agency", "Broadcasting Corporation", "Gazette")
COMPLEMENTS = ("the Federation", "the Republic", "the Union", "the Council", "the Federal Ministry", "the Authority",
               "the Nation", "the Commission", "the Assembly")
FRAMES = ("The court ordered the strike called off, the {X} reported.",
          "The {X} reported that the court ordered the strike called off.",
          "According to the {X}, the court ordered the strike called off.",
          "The court ordered the strike called off, as the {X} first reported.")


@settings(max_examples=examples(100), deadline=None)
@given(st.sampled_from(NEWSROOMS), st.sampled_from(COMPLEMENTS), st.sampled_from(FRAMES), st.booleans())
def test_an_of_named_newsroom_is_credited(head: str, complement: str, frame: str, initials: bool) -> None:
    name = f"{head} of {complement.removeprefix('the ')}"
    if complement == "the Federal Ministry" and " " not in head:  # "Voice of Federal Ministry": a ministry's (FX84)
        head, name = "News Agency", f"News Agency of {complement.removeprefix('the ')}"
    source = f"{name} ({''.join(w[0] for w in name.split() if w[0].isupper())})" if initials else name
    assert not newsmaker(source)
    credits = detect_credits(frame.format(X=name), credit_finder([source]))
    assert [c.outlet for c in credits] == [source], credits


@given(st.sampled_from(("Ministry", "Union", "Council", "Federation", "Authority")), st.sampled_from(COMPLEMENTS))
def test_an_of_named_organisation_stays_a_newsmaker(head: str, complement: str) -> None:
    assert newsmaker(f"{head} of {complement.removeprefix('the ')}")


def test_the_reported_sentence() -> None:
    finder = credit_finder(["News Agency of the Federation (NAF)"])
    assert [c.outlet for c in detect_credits("The court ordered the strike called off, the News Agency of the "
                                             "Federation reported.", finder)] == ["News Agency of the Federation (NAF)"]
