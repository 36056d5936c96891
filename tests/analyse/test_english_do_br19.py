"""The English verb "do" joins no name (BR19, 2026-12-06; after QW18's orgnames.DO_PARTICLE).

QW18 let "do" join a name run for Portuguese names ("Banco do Brasil", "Maria do Carmo Silva"), except after an
English question word. A re-test found the English verb joined too, after its subject: "Americans do Thanksgiving",
"Italians do Easter", "Let Labour do Brexit" were people, and "the British do Christmas" a person "do Christmas"
(People pages of things). After an English plural or demonym, a party or a pronoun "do" is the verb."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.names import names_in

SUBJECTS = ("Americans", "Italians", "Britons", "the British", "the French", "the Chinese", "Democrats", "Londoners",
            "Labour", "They", "We", "Socialists")
OBJECTS = ("Christmas", "Thanksgiving", "Easter", "Brexit", "Glastonbury")
FRAMES = ("{s} do {o} better than anyone, said Tom Reid.", "Tom Reid said {s} do {o} differently.",
          "When {s} do {o}, whole towns close, Tom Reid said.")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(SUBJECTS), st.sampled_from(OBJECTS), st.sampled_from(FRAMES))
def test_the_verb_do_joins_no_name(subject: str, obj: str, frame: str) -> None:
    text = frame.format(s=subject, o=obj)
    people = {m.full for m in names_in("", text, "en") if m.kind == "person"}
    assert people == {"Tom Reid"}, text


def test_portuguese_names_still_join() -> None:
    for name, kind in [("Banco do Brasil", "organisation"), ("Maria do Carmo Silva", "person"),
                       ("Tribunal de Contas do Estado", "organisation"),
                       ("Partido do Movimento Democrático Brasileiro", "organisation")]:
        assert [(m.full, m.kind) for m in names_in("", f'"We will lend more," said {name}.', "en")] == [(name, kind)]
