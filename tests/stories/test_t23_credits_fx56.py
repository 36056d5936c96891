"""The T23 trial's lost credits (a Horn of Africa briefing, 2026-12-07; FX56): an outlet placed or owned before its name
("the Doha-based channel Gulf Horizon", creditplaces.py), an agency's bracketed short name that is not its initials
("Somali National News Agency (SONNA)", bracketnames.py) and a wire's closing sign-off ("— AFP", signoffcredits.py).
Each made a re-telling an independent report.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import name_forms
from stories.storyeval import group, load_site

SONNA = "Somali National News Agency (SONNA)"
SITE = ("Gulf Horizon", "The Nairobi Courier", "AFP", SONNA, "Ethiopian News Agency (ENA)")


def _credited(text: str, site: tuple[str, ...] = SITE) -> set[str]:
    return {c.outlet for c in detect_credits(text, credit_finder(site))}


def test_the_reported_inputs() -> None:
    """T23's findings 2, 3 and 8, as the report gives them."""
    finder = credit_finder(("Gulf Horizon", "AFP"))
    for text in ("Isaias warned against adventures, in an interview with the Doha-based channel Gulf Horizon.",
                 "Isaias told Doha-based Gulf Horizon on Wednesday that he opposed the deal.",
                 "According to Qatar's Gulf Horizon, Isaias opposed the deal."):
        assert [c.outlet for c in detect_credits(text, finder)] == ["Gulf Horizon"]
    assert [c.outlet for c in detect_credits("MOGADISHU (SONNA) — Somalia ordered the ambassador out.",
                                             credit_finder((SONNA,)))] == [SONNA]
    assert _credited("Somalia ordered the envoy out, the state news agency SONNA reported.") == {SONNA}
    assert [c.outlet for c in detect_credits("Ankara talks ended on Friday without a deal.\n\n— AFP",
                                             credit_finder(("AFP",)))] == ["AFP"]
    assert _credited("He told the London-based Financial Times that the deal was off.") == {"Financial Times"}


LEADS = ("Doha-based", "London-based", "Addis Ababa-based", "New York-based", "Qatar's", "Kenya's", "Somalia's",
         "the Doha-based", "the pan-Arab", "pan-African", "state-run", "the state-run", "the privately owned",
         "privately owned", "the government-owned", "the Kenyan daily", "the Doha-based channel", "the pan-Arab broadcaster",
         "Qatar's state-run", "the Kremlin-backed", "Saudi-owned", "the Nairobi-based weekly", "Qatar's state broadcaster")
OUTLETS = {"Gulf Horizon": "Gulf Horizon", "Nairobi Courier": "The Nairobi Courier", "Financial Times": "Financial Times",
           "Al Jazeera": "Al Jazeera", "SONNA": SONNA}
FRAMES = ("Isaias spoke in an interview with {d} {o} on Wednesday.", "Isaias told {d} {o} on Wednesday that he opposed it.",
          "According to {d} {o}, Isaias opposed the deal.", "Isaias opposed the deal, according to {d} {o}.",
          "{D} {o} reported that Isaias opposed the deal.", "Isaias opposed the deal, {d} {o} reported.",
          "The deal was first reported by {d} {o}.")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(LEADS), st.sampled_from(sorted(OUTLETS)), st.sampled_from(FRAMES))
def test_an_outlet_placed_or_owned_before_its_name_is_credited(lead: str, written: str, frame: str) -> None:
    """"<Place>-based", a country's possessive, "pan-Arab", "state-run", "privately owned", a nationality and a press
    noun, alone or together, before a known or site outlet: that outlet, never a new one of those words."""
    text = frame.format(d=lead, o=written, D=lead[0].upper() + lead[1:])
    assert _credited(text) == {OUTLETS[written]}


@pytest.mark.parametrize("text", [
    "He told Doha-based officials it was over.", "According to Qatar's foreign ministry, it was over.",
    "According to Qatar's Emir Tamim, it was over.", "He told Qatar's Emir that it was over.",
    "He told the state-run company it was over.", "He told state TV it was over.",
    "He told the London-based Lancet it was over."])
def test_placing_words_make_no_outlet_of_a_body_or_a_person(text: str) -> None:
    assert _credited(text) == set()


def test_an_outlets_own_possessive_keeps_its_credit() -> None:
    """"told CNN's Jake Tapper" is CNN's (the possessive of an outlet is no placing word)."""
    assert _credited("He told CNN's Jake Tapper that it was over.") == {"CNN"}
    assert _credited("According to Al Jazeera's Doha correspondent, it was over.") == {"Al Jazeera"}


AGENCIES = [(SONNA, "SONNA"), ("Sudan News Agency (SUNA)", "SUNA"), ("Kuwait News Agency (KUNA)", "KUNA"),
            ("Palestinian News Agency (WAFA)", "WAFA"), ("Agenzia Nazionale Stampa Associata (ANSA)", "ANSA"),
            ("Pertubuhan Berita Nasional Malaysia (Bernama)", "Bernama"), ("Saudi Press Agency (SPA)", "SPA"),
            ("Emirates News Agency (WAM)", "WAM"), ("Qatar News Agency (QNA)", "QNA")]
AGENCY_FORMS = ("MOGADISHU ({s}) — Police arrested two men on Monday.", "{s} reported on Monday that police arrested two men.",
                "Police arrested two men, according to {s}.", "Police arrested two men, the state news agency {s} reported.",
                "Police told {s} that two men were arrested.", "Police arrested two men, state-run {s} reported.")


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(AGENCIES), st.sampled_from(AGENCY_FORMS))
def test_a_bracketed_short_name_credits_its_outlet_whatever_its_letters(agency: tuple[str, str], form: str) -> None:
    """The short name a `sources:` entry brackets is the outlet's: in a dateline and in every credit's frame."""
    source, short = agency
    assert name_forms(source)[2] == short
    assert _credited(form.format(s=short), (source, "Harbour Daily")) == {source}


@pytest.mark.parametrize("source", ["Politico (EU)", "Reuters (UK)", "Nation (Kenya)", "Radio Dalka (Mogadishu)",
                                    "Gulf Daily (UAE)", "Ulster News (UN)"])
def test_a_bracket_of_a_place_or_a_body_is_no_short_name(source: str) -> None:
    assert len(name_forms(source)) < 3


SIGN_OFFS = ("— {a}", "– {a}", "-- {a}", "({a})", "— With {a}", "With {a}", "{a} contributed to this report.",
             "{a} contributed reporting to this article.", "Additional reporting by {a}", "(With {a})")
WIRES = {"AFP": ("AFP",), "Reuters": ("Reuters",), "Reuters/AFP": ("Reuters", "AFP"), "AFP and Reuters": ("AFP", "Reuters"),
         "SONNA": (SONNA,), "AP": ("Associated Press",)}


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(SIGN_OFFS), st.sampled_from(sorted(WIRES)), st.booleans(), st.booleans())
def test_a_closing_sign_off_credits_the_wire(sign_off: str, wire: str, html: bool, joined: bool) -> None:
    """A last line of a dash, brackets, "With", "contributed to this report" or "reporting by" and outlets alone (or
    after the last sentence's end: "… in January. — AFP") credits each outlet; as HTML too."""
    body = "Ethiopia and Somalia ended two days of talks in Ankara on Friday without a deal."
    last = sign_off.format(a=wire)
    if html:
        text = f"<p>{body}</p>\n<p>{last}</p>"
    else:
        text = f"{body} {last}" if joined and last.startswith(("—", "–")) else f"{body}\n\n{last}"
    assert _credited(text, (*SITE, "Reuters")) == set(WIRES[wire])


@pytest.mark.parametrize("last", ["— Liang Wenjie", "— AFP and Amina Hassan", "Reporting by Amina Hassan",
                                  "(Editing by Mark Heinrich)", "— The Editors", "With thanks to our readers."])
def test_a_writers_sign_off_credits_nobody(last: str) -> None:
    assert _credited(f"Ethiopia and Somalia ended talks in Ankara on Friday.\n\n{last}") == set()


ANKARA = ("Ethiopia and Somalia ended two days of talks in Ankara on Friday without resolving their dispute over the "
          "Somaliland memorandum but agreed to meet again in January, Turkish mediators said.")


def _roles(root: Path, articles: dict[str, tuple[str, str, str]]) -> tuple[str, dict[str, str]]:
    (root / "content" / "articles").mkdir(parents=True)
    (root / "config.yaml").write_text("title: B\nbase_url: https://example.org/\nlanguage: en\ntimezone: UTC\nsources:\n"
                                      + "".join(f"  - name: {s}\n    url: https://s{i}.example\n" for i, s in enumerate(
                                          ("The Nairobi Courier", "AFP", "Gulf Horizon"))), encoding="utf-8")
    for slug, (outlet, time, body) in articles.items():
        (root / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: 'Ethiopia, Somalia fail to bridge gap in Ankara'\nsource: {outlet}\n"
            f"published: '2026-11-27T{time}:00+00:00'\n---\n{body}\n", encoding="utf-8")
    stories = group(load_site(root)).stories
    roles = {slug: role for story in stories for slug, role in story.roles}
    return next(story.original for story in stories if "courier" in story.members), roles


@pytest.mark.parametrize("padding", [0, 12])  # (12 paragraphs: the sign-off far beyond the lead's 1,500 characters)
@pytest.mark.parametrize("other", ["AFP", "Gulf Horizon"])
def test_a_print_signed_off_by_the_wire_re_tells_it(tmp_path: Path, padding: int, other: str) -> None:
    """T23's courier-afp-ankara.md: its dateline's agency removed, "— AFP" its last line: a re-telling of AFP (of AFP's
    report when the briefing has it, the story's credit AFP's; crediting AFP when it has another outlet's report
    only), exactly as the same print under the dateline "ANKARA (AFP) —" is."""
    more = "".join(f"\n\nDelegates from both sides met for a {n}th session of the talks, officials said." for n in
                   range(padding))
    wire = ("AFP", "12:00", f"ANKARA (AFP) — {ANKARA}") if other == "AFP" else (other, "12:00", ANKARA)
    signed = _roles(tmp_path / "signed", {"courier": ("The Nairobi Courier", "18:00", f"ANKARA — {ANKARA}{more}\n\n— AFP"),
                                          "other": wire})
    dated = _roles(tmp_path / "dated", {"courier": ("The Nairobi Courier", "18:00", f"ANKARA (AFP) — {ANKARA}{more}"),
                                        "other": wire})
    assert signed == dated
    assert signed[1]["courier"] == "re-report" and signed[0] == ("AFP" if other == "AFP" else "")
