"""German and French credits: "wie die Süddeutsche Zeitung berichtete", "wie die Nachrichtenagentur AFP
meldete", "laut Reuters", "selon Le Monde", "selon le quotidien Le Monde", "a rapporté l'AFP"
(analyse/foreigncredits.py).

A trial (2026-12-02, a German briefing of 16 articles and a French one of 12): Der Spiegel's re-telling
"Wie die Süddeutsche Zeitung berichtete, übergab die Kommission …", Deutsche Welle's "…, wie die Frankfurter
Allgemeine Zeitung berichtete", Libération's "Selon Le Monde, …" and France 24's "…, a rapporté l'AFP" were
each an independent report, and their stories named no original. A person after "laut"/"selon" ("selon
Élisabeth Borne") is still no outlet.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from briefgen.analyse.credits import credit_finder, detect_credits
from support.sites import run_cli, write_site
from support.examples import examples

SITE_OUTLETS = ("Süddeutsche Zeitung", "Frankfurter Allgemeine Zeitung", "Le Monde", "Les Échos", "Handelsblatt")
FINDER = credit_finder(SITE_OUTLETS)
OUTLETS = st.sampled_from([*SITE_OUTLETS, "Reuters", "AFP", "Der Spiegel", "Bloomberg"])
FORMS = ["Wie die {} berichtete, übergab die Kommission den Text.", "Die Kommission übergab den Text, wie {} meldete.",
         "Der Text ist fertig, wie die Zeitung {} zuerst berichtete.", "Laut {} ist der Text fertig.",
         "Selon {}, le texte a été remis mardi.", "Le texte a été remis mardi, selon le quotidien {}.",
         "Le texte a été remis mardi, a rapporté {}.", "Le texte est prêt, rapporte {}."]
PEOPLE = st.sampled_from(["Élisabeth Borne", "Olaf Scholz", "Ursula von der Leyen", "Anja Müller", "Scholz"])


# An outlet's name in quotation marks, as German papers write it as often as not ("wie die „Süddeutsche Zeitung“
# berichtete", "laut „Spiegel“"; « Le Monde »): credited nobody until 2026-12-02 (a hostile test).
MARKS = st.sampled_from([("", ""), ("\u201e", "\u201c"), ("\u00bb", "\u00ab"), ("\u00ab\u00a0", "\u00a0\u00bb"), ('"', '"')])


@settings(max_examples=examples(150), deadline=None)
@given(OUTLETS, st.sampled_from(FORMS), st.sampled_from(["", "Am Dienstag tagte der Rat. "]), MARKS)
def test_a_german_or_french_credit_names_its_outlet(outlet: str, form: str, before: str, marks: tuple[str, str]) -> None:
    text = before + form.format(marks[0] + outlet + marks[1])
    language = "fr" if "texte" in form else "de"
    assert [c.outlet for c in detect_credits(text, FINDER, language)] == [outlet], text
    assert detect_credits(text, FINDER) == (), text  # read in English: a German or French form is no credit


@settings(max_examples=examples(100), deadline=None)
@given(PEOPLE, st.sampled_from(["Laut {} ist alles gut.", "Selon {}, « tout va bien ».", "Wie {} sagte, ist alles gut.",
                                "Le texte est prêt, selon {}."]))
def test_a_person_after_laut_or_selon_is_no_outlet(person: str, form: str) -> None:
    for language in ("de", "fr", ""):
        assert detect_credits(form.format(person), FINDER, language) == ()
        assert detect_credits(form.format(f"\u201e{person}\u201c"), FINDER, language) == ()


def test_the_reported_outlets_in_quotation_marks() -> None:
    for text, language, outlet in [("Der Plan scheiterte, wie die \u201eS\u00fcddeutsche Zeitung\u201c berichtete.", "de",
                                    "S\u00fcddeutsche Zeitung"),
                                   ("Laut \u201eSpiegel\u201c scheiterte der Plan.", "de", "Der Spiegel"),
                                   ("Le plan a \u00e9chou\u00e9, selon \u00ab Le Monde \u00bb.", "fr", "Le Monde")]:
        assert [c.outlet for c in detect_credits(text, FINDER, language)] == [outlet], text
        assert detect_credits(text, FINDER, "en") == (), text


def test_the_trial_stories_name_their_original(tmp_path: Path) -> None:
    config = ("title: Europa-Briefing\nbase_url: https://example.org/\nlanguage: de\ntopics:\n  - id: handel\n"
              "    title: Handel\n    keywords: [Mercosur]\nsources:\n  - name: Süddeutsche Zeitung\n")
    bodies = {
        "sz": ("Süddeutsche Zeitung", "2026-03-03T08:00:00+01:00", "Kommission legt Mercosur-Abkommen vor",
               "Die EU-Kommission hat das Handelsabkommen mit den Mercosur-Staaten Argentinien, Brasilien, Paraguay "
               "und Uruguay am Dienstag den Mitgliedstaaten übergeben. Ursula von der Leyen sprach von einem "
               "Markt mit 700 Millionen Menschen. Die Abstimmung im Rat ist für Ende April geplant."),
        "spiegel": ("Der Spiegel", "2026-03-03T14:30:00+01:00", "Von der Leyen drängt auf Zustimmung",
                    "Ursula von der Leyen will das Abkommen mit den Mercosur-Staaten vor dem Sommer durch den Rat "
                    "bringen. Wie die Süddeutsche Zeitung berichtete, übergab die Kommission den Text am Dienstag "
                    "an die Mitgliedstaaten. Sie sprach von 700 Millionen Verbrauchern."),
    }
    files = {"config.yaml": config}
    for slug, (source, published, title, body) in bodies.items():
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: {title}\nsource: {source}\npublished: {published}\n"
                                                f"---\n{body}\n")
    root = write_site(tmp_path / "site", files)
    done = run_cli(["check", "-v"], root)
    assert done.returncode == 0, done.stderr
    assert "first reported by Süddeutsche Zeitung" in done.stdout + done.stderr, done.stdout + done.stderr
    assert "re-report    content/articles/spiegel.md" in done.stdout + done.stderr, done.stdout + done.stderr
