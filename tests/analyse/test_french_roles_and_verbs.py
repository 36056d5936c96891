"""French quotations: the role phrase before an appositive name, a sentence's determiner, M./Me, and the speech
verbs a French briefing writes (FR16, from the T15 trial of 2026-12-06: a 41-article briefing on a drought order).

Before: « … », a déclaré la préfète de la Charente, Sophie Arnaud-Vidal went to a person "Charente"; "Sa réponse :
« … »" to "Sa", "Son porte-parole, X, s'en est indigné : « … »" to "Son", "Le président, X, assume : « … »" to "Le",
"Un arrêté …" made an organisation "Un"; "La présidente du syndicat agricole Terres du Poitou, X, a dénoncé « … »"
went to Terres du Poitou once "dénoncé" was read; "M. Castaing" was a page apart from Jean-Pierre Castaing; and
a-t-elle raconté, dénonce-t-il, dit-elle, a déploré, a réagi … gave no speaker. The T15 site's quotations on their
speaker's page went from 36 of 111 (7 wrong) to the figures in docs/log/people.md.
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from support.examples import examples

from briefgen.analyse.languages import FRENCH_DETERMINERS, FRENCH_PARTICIPLES, FRENCH_PRESENT_VERBS, NAME_BREAKERS
from briefgen.analyse.names import names_in
from briefgen.analyse.quotes import quotes_in
from test_speaker_properties import person as any_person

_OPENERS = frozenset().union(*NAME_BREAKERS.values())
person = any_person.filter(lambda name: not _OPENERS.intersection(name.lower().split()))
FAST = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
NNBSP = "\u202f"

# A role and what it is of, as French writes them before an appositive name (the trial's, and their kind)
ROLES = [
    "la préfète de la Charente", "le préfet de la Vienne", "le maire de Confolens", "la maire de Vivonne",
    "la présidente du syndicat agricole Terres du Poitou", "l'avocat de la Coopérative de l'eau du Clain",
    "le porte-parole du collectif Eau Commune", "la directrice de l'Agence de l'eau Loire-Bretagne",
    "le secrétaire général de la Fédération des Irrigants", "la députée de la Vienne", "le sénateur des Deux-Sèvres",
    "la ministre de la Transition écologique", "l'avocate d'Eau Commune",
]
AFTER = [  # the role after the speech verb, the name its appositive
    f"«{NNBSP}Nous n'avons aucune victime à déplorer{NNBSP}», a déclaré {{role}}, {{name}}, qui s'est rendue sur place.",
    f"«{NNBSP}Le débit du Clain est passé sous le seuil{NNBSP}», a affirmé {{role}}, {{name}}.",
]
BEFORE = [  # the role opening the sentence, the name its appositive, the verb after
    f"{{Role}}, {{name}}, a dénoncé une décision «{NNBSP}brutale{NNBSP}» et une mesure «{NNBSP}injuste{NNBSP}».",
    f"{{Role}}, {{name}}, assume{NNBSP}: «{NNBSP}Nous avions une autorisation écrite.{NNBSP}»",
    f"{{Role}}, {{name}}, s'en est indigné{NNBSP}: «{NNBSP}C'est un scandale d'État.{NNBSP}»",
    f"«{NNBSP}C'est une victoire pour tous{NNBSP}», a réagi {{role}}, {{name}}.",
]


def _cap(phrase: str) -> str:
    return phrase[0].upper() + phrase[1:]


@FAST
@given(person, st.sampled_from(ROLES), st.sampled_from(AFTER + BEFORE))
@example("Sophie Arnaud-Vidal", "la préfète de la Charente", AFTER[0])
@example("Marie-Hélène de Villiers", "la présidente du syndicat agricole Terres du Poitou", BEFORE[0])
@example("Olivier Fabre", "l'avocat de la Coopérative de l'eau du Clain", BEFORE[3])
def test_the_name_after_a_role_phrase_speaks_not_what_the_role_is_of(name: str, role: str, frame: str) -> None:
    text = frame.format(role=role, Role=_cap(role), name=name)
    assert {q.name for q in quotes_in("", text, "fr")} == {name}, text


@FAST
@given(person, st.sampled_from(sorted(FRENCH_DETERMINERS | {"le", "la", "les", "une", "ce", "cette"})),
       st.sampled_from(["réponse", "porte-parole", "président", "avocate", "verdict", "maire"]))
def test_a_determiner_opening_a_sentence_is_no_speaker(name: str, determiner: str, noun: str) -> None:
    text = (f"J'ai posé la question à {name}. {_cap(determiner)} {noun}{NNBSP}: «{NNBSP}On a dimensionné ces réserves "
            f"sur le climat d'avant.{NNBSP}»")
    assert [q.name for q in quotes_in("", text, "fr")] in ([None], [name]), text
    assert _cap(determiner) not in {m.full for m in names_in("", text, "fr")}, text


@FAST
@given(person, st.sampled_from([f"Son porte-parole, {{a}}, s'en est indigné{NNBSP}: «{NNBSP}Nous irons devant le juge.{NNBSP}»",
                                f"La maire, {{a}}, s'attend à un été compliqué{NNBSP}: «{NNBSP}Nous avons fermé les fontaines.{NNBSP}»",
                                f"Le président, {{a}}, assume{NNBSP}: «{NNBSP}Nous avions une autorisation écrite.{NNBSP}»"]))
def test_a_role_with_its_determiner_then_the_name(name: str, frame: str) -> None:
    text = frame.format(a=name)
    assert [q.name for q in quotes_in("", text, "fr")] == [name], text


@FAST
@given(person, st.sampled_from(sorted(FRENCH_PARTICIPLES)))
def test_each_french_participle_after_a_is_a_frame(name: str, participle: str) -> None:
    text = f"«{NNBSP}Nous avons été entendus{NNBSP}», a {participle} {name}."
    assert [q.name for q in quotes_in("", text, "fr")] == [name], text


@FAST
@given(person, st.sampled_from(sorted(FRENCH_PRESENT_VERBS)), st.sampled_from(["il", "elle"]),
       st.sampled_from(["Le préfet {a} a signé l'arrêté lundi.", "{a} est arrivé à Poitiers.", "La maire, {a}, a reçu les agriculteurs."]))
def test_an_inverted_present_verb_gives_the_last_subject(name: str, verb: str, pronoun: str, before: str) -> None:
    text = f"{before.format(a=name)} «{NNBSP}Hier, on priait pour la pluie{NNBSP}», {verb}-{'t-' if verb[-1] in 'ea' else ''}{pronoun}."
    assert [q.name for q in quotes_in("", text, "fr")] == [name], text


@FAST
@given(person, st.sampled_from(["M.", "Me", "Mme"]))
def test_m_and_me_are_titles_before_a_name(name: str, title: str) -> None:
    surname = name.split()[-1]
    text = f"{name} a parlé lundi. «{NNBSP}Le débit est passé sous le seuil{NNBSP}», a déclaré {title} {surname}."
    assert [q.name for q in quotes_in("", text, "fr")] == [name], text
    assert {m.full for m in names_in("", text, "fr")} == {name}, text


def test_names_with_articles_and_initials_keep_them() -> None:
    cases = {
        f"Le Pen a déclaré{NNBSP}: «{NNBSP}Nous voterons contre.{NNBSP}»": "Le Pen",
        f"«{NNBSP}Nous voterons contre{NNBSP}», a déclaré Marine Le Pen.": "Marine Le Pen",
        f"La Fontaine a écrit{NNBSP}: «{NNBSP}Rien ne sert de courir.{NNBSP}»": "La Fontaine",
        f"«{NNBSP}Je reste{NNBSP}», a dit Jean-Yves Le Drian à la presse.": "Jean-Yves Le Drian",
        f"«{NNBSP}C'est mon livre{NNBSP}», a dit J. M. Coetzee.": "J. M. Coetzee",
    }
    for text, name in cases.items():
        assert [q.name for q in quotes_in("", text, "fr")] == [name], text


def test_the_trial_lines() -> None:
    cases = {  # (the T15 trial's sentences, as written)
        "« Nous n'avons aucune victime à déplorer, c'est l'essentiel », a déclaré la préfète de la Charente, Sophie "
        "Arnaud-Vidal, qui s'est rendue sur place dans la soirée.": ["Sophie Arnaud-Vidal"],
        "L'avocat de la Coopérative de l'eau du Clain, Me Olivier Fabre, a annoncé un pourvoi devant le Conseil d'État. "
        "« Cette décision prive quarante exploitations de leur outil de travail en pleine saison », a-t-il déploré.":
            ["Olivier Fabre"],
        "La présidente du syndicat agricole Terres du Poitou, Marie-Hélène de Villiers, a dénoncé une décision "
        "« brutale ». « On nous coupe l'eau au moment où le maïs en a le plus besoin », a-t-elle affirmé.":
            ["Marie-Hélène de Villiers"] * 2,
        "Le préfet Jean-Pierre Castaing a signé l'arrêté. « Le débit du Clain est passé sous le seuil de crise », a "
        "déclaré M. Castaing lors d'une conférence de presse.": ["Jean-Pierre Castaing"],
        "L'irrigation agricole y est interdite dans 112 communes, a indiqué le préfet Jean-Pierre Castaing à l'AFP. "
        "«Nous n'avons pas d'autre choix», a-t-il expliqué.": ["Jean-Pierre Castaing"],
        "J'ai posé la question à mon ancien collègue du BRGM, Paul-Henri Lemaire. Sa réponse : « On a dimensionné ces "
        "réserves sur le climat d'avant. »": [None],
        "Eau Commune, elle, se félicite. Son porte-parole, Julien Moreau-Lacaze, s'en est indigné : « La ministre parle "
        "de l'eau de tous. »": ["Julien Moreau-Lacaze"],
        "« Je n'aime pas les micros. Mais quand on coupe l'eau à mes voisins, je parle », dit-elle, assise dans sa "
        "cuisine.": [None],
        "Marie-Hélène de Villiers nous reçoit à Chauvigny. « Je n'aime pas les micros », dit-elle, assise dans sa "
        "cuisine.": ["Marie-Hélène de Villiers"],
    }
    for text, names in cases.items():
        assert [q.name for q in quotes_in("", text, "fr")] == names, text
    assert {m.full for m in names_in("", "Un arrêté préfectoral interdit l'irrigation. Sa réponse est connue.", "fr")} == set()


@FAST
@given(person, st.sampled_from(["le syndicat", "le syndicat agricole", "le collectif", "la fédération départementale",
                                "l'association", "le comité", "la coopérative"]),
       st.sampled_from(["{body} {a} a appelé à manifester.", "La présidente de {body} {a}, Anne Roy, a dénoncé la mesure."]))
def test_a_name_after_a_french_body_noun_is_the_body(name: str, body: str, frame: str) -> None:
    """"le syndicat agricole Terres du Poitou", "le collectif Eau Commune" were people on the T15 People page."""
    text = frame.format(body=_cap(body) if frame.startswith("{body}") else body, a=name)
    assert {m.kind for m in names_in("", text, "fr") if m.full == name} == {"organisation"}, text


def test_the_trial_bodies_and_english_roles() -> None:
    text = ("Le syndicat Terres du Poitou annonce une mobilisation. Le collectif Eau Commune a saisi le tribunal. "
            "La Coopérative de l'eau du Clain a déposé un pourvoi.")
    assert {m.full: m.kind for m in names_in("", text, "fr")} == {
        "Terres du Poitou": "organisation", "Eau Commune": "organisation", "La Coopérative": "organisation"}
    english = "The association president John Smith said the union Unite had called the strike."
    assert {m.full: m.kind for m in names_in("", english)}["John Smith"] == "person"
