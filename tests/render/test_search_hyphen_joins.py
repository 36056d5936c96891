"""A hyphenated word is indexed joined too (b03d8d39), but not where the hyphen keeps it apart from another word
(`searchvariants.joins`; FX31, 2026-12-07): "re-sign" is not "resign", "co-op" not "coop".

Since b03d8d39 "re-sign" was also indexed as "resign", so a search for "resign" found an article about re-signing a
player, and "coop" the supporters' co-op. AP and Chicago write re- and co- closed, and keep the hyphen where the
closed word is another (`searchvariants._APART`: AP's "designated meanings") or to part two vowels ("re-election").
"""
from __future__ import annotations

from hypothesis import assume, example, given
from hypothesis import strategies as st

from briefgen.render.searchtext import fold, words
from briefgen.render.searchvariants import _APART, joins

APART = st.sampled_from(["sign", "cover", "form", "count", "creation", "press", "serve", "lease", "solve", "store"])
ENDING = st.sampled_from(["", "s", "ed", "ing"])
ROOT = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz"), min_size=2, max_size=10)


@given(APART, ENDING, st.sampled_from(["re", "Re", "RE"]), st.sampled_from("-\u2010\u2011"))
@example("sign", "", "re", "-")
@example("cover", "", "Re", "-")
@example("form", "", "re", "\u2011")
def test_re_before_a_designated_meaning_is_not_joined(root: str, ending: str, re_: str, hyphen: str) -> None:
    """AP hyphenates re- "for designated meanings": "re-sign" is not "resign" (searchvariants._APART)."""
    word = (root[:-1] if root.endswith("e") and ending[:1] in ("e", "i") else root) + ending
    found = words(f"will {re_}{hyphen}{word} the deal")
    assert (re_ + word).lower() not in found and word in found


@given(ROOT, st.sampled_from(["re", "Re"]))
@example("run", "re")
@example("tell", "re")
@example("shuffle", "re")
@example("tweet", "Re")
def test_any_other_re_word_joins(root: str, re_: str) -> None:
    """rerun, retell, reshuffle, retweet: the same word hyphenated or closed, typed either way (a breaker,
    2026-12-07, found a rule by letters lost them)."""
    assume(not _APART.fullmatch("re" + root))
    assert "re" + root in words(f"will {re_}-{root} the deal") or len("re" + root) > 30


@given(st.sampled_from("aeiouéAE"), ROOT, st.sampled_from(["re", "co", "Re"]))
@example("e", "lection", "re")
@example("a", "rm", "re")
@example("o", "peration", "co")
def test_a_vowel_after_re_or_co_joins(first: str, rest: str, head: str) -> None:
    """re-election, re-arm, co-operate: the hyphen parts two vowels; joined they are one word."""
    found = words(f"the {head}-{first}{rest} vote")
    assert fold(head + first + rest) in found


def test_co_op_is_not_coop_and_the_names_and_models_still_join() -> None:
    assert "coop" not in words("the farmers' co-op") and "coop" not in words("Co-op") and "coed" in words("a co-ed school")
    for written, joined in [("Ji-hoon", "jihoon"), ("Yu-na", "yuna"), ("COVID-19", "covid19"), ("co-founder", "cofounder"),
                            ("al-Mansour", "almansour"), ("non-profit", "nonprofit"), ("cease-fire", "ceasefire"),
                            ("Fuentes\u2011Araya", "fuentesaraya"), ("e-mail", "email"), ("re-election", "reelection")]:
        assert joined in words(f"said {written} today"), written
    assert not joins("2019-2020") and not joins("re-sign") and not joins("RE-SIGN") and joins("Re-enter")


@given(st.sampled_from("\ufe63\uff0d"), st.sampled_from(["COVID-19", "Ji-hoon", "Fuentes-Araya", "ＣＯＶＩＤ-１９"]))
def test_a_small_or_full_width_hyphen_minus_joins_as_a_hyphen(hyphen: str, written: str) -> None:
    """NFKD makes U+FE63 and U+FF0D a hyphen-minus, as the query folds them: "COVID－19" in a Chinese text is
    found as "covid19" too (searchtext._read_as_written)."""
    assert words(f"said {written.replace('-', hyphen)} today") == words(f"said {written} today")
