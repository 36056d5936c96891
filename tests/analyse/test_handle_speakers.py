"""A singular "they" stands for a person known by a handle, the subject of its sentence (quotehandles.py).

The ransomware trial (tests/stories/ransom/, 2026-12-05) lost "A researcher who posts as @k3rnelpanic, who first
spotted the listing, told me the files look genuine. “…,” they said." and "Independent researcher @k3rnelpanic said
… “Extending a deadline is theatre,” they wrote on Mastodon.". Properties over made-up handles: the handle's holder
when it is the subject; "they" unnamed for a group, a handle that is an object, a person named there, two handles.
"""
from __future__ import annotations

from hypothesis import given, strategies as st
from support.madeup import FAST, word

from briefgen.analyse.quotes import quotes_in

handle = st.text(alphabet="abdeghiklmnorstuvz0123456789_", min_size=3, max_size=12).map(lambda s: "@" + s)
LEADS = ("A researcher who posts as {h}, who first spotted the listing,", "Independent researcher {h}", "{h}",
         "One user, {h},")


@FAST
@given(handle, st.sampled_from(LEADS), st.sampled_from(("said", "wrote on Mastodon")))
def test_they_after_a_handle_subject_is_the_handle(name, lead, verb):
    text = f"{lead.format(h=name)} told me the files look genuine. “The folder names match a share I saw,” they {verb}."
    quote, = quotes_in("", text)
    assert (quote.name, quote.kind) == (name, "person"), text


@FAST
@given(handle, handle, word, word)
def test_they_stays_unnamed_otherwise(name, other, given_name, surname):
    spoke = "“The folder names match a share I saw,” they said."
    texts = [f"Researchers said the files look genuine. {spoke}",
             f"Officials replied to {name} that the files look genuine. {spoke}",
             f"Independent researcher {name} told {given_name} {surname} the files look genuine. {spoke}"]
    if other != name:
        texts.append(f"Independent researcher {name} and {other} said the files look genuine. {spoke}")
    for text in texts:
        quote, = quotes_in("", text)
        assert quote.name is None, text


def test_the_trials_sentences():
    blog = ("A researcher who posts as @k3rnelpanic, who first spotted the listing, told me the files look genuine. "
            "\"The folder names match a university share I saw exposed online in 2024,\" they said.")
    ledger = ("Independent researcher @k3rnelpanic said such messages were usually a sign that negotiations had "
              "failed. \"Extending a deadline is theatre,\" they wrote on Mastodon.")
    assert [q.name for q in quotes_in("", blog)] == ["@k3rnelpanic"]
    assert [q.name for q in quotes_in("", ledger)] == ["@k3rnelpanic"]
