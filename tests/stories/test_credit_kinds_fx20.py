"""Credits that named no outlet (FX20, 2026-12-06), each as a kind.

1. An outlet's report credits it: "according to a Reuters report", "a Reuters report said", "citing an exclusive
   Reuters report", "according to a Tuesday report in X" (creditcues.report_cue, REPORT_BY); the cues took "according
   to X", not a report of X. Not a body's report, nor one of no outlet ("a police report", "a report it filed").
2. A `sources:` outlet is credited as its config name writes it, whatever its letters, case and punctuation: "dpa",
   "Radio Free Europe/Radio Liberty (RFE/RL)" and "RFE/RL" (creditcues.site_cues), "CTK said" for ČTK and "Belta said"
   for BelTA (the "said" cue compared the word before it unfolded).
3. Initials that spell a company head or a word ("Coastal Orient (CO)", "… (INC)", "… (BIO)") are a form of the name
   (outletkeys.name_forms) and credit it: the newsmaker rule read the bracket as the name's head
   (credit_newsmakers._BRACKET), so the outlet was a company credited by "according to" alone.
4. `via: PAI` is the source "Polska Agencja Informacyjna (PAI)", as the credits read it (viaoutlets.resolved_vias); a
   source's bracketed letters that are no form of its name warn at the `via:` line.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings, strategies as st
from support.examples import examples
from support.sites import MINIMAL_SITE, run_cli, write_site

from briefgen.analyse.credit_newsmakers import NEWSMAKER_HEADS, newsmaker
from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.analyse.outletkeys import _bodies, name_forms

PAI, PAP = "Polska Agencja Informacyjna (PAI)", "Polska Agencja Prasowa (PAP)"
RFERL = "Radio Free Europe/Radio Liberty (RFE/RL)"
SOURCES = (PAI, PAP, "Reuters", "Warsaw Courier", "ČTK", "BelTA", "dpa", RFERL, "Coastal Orient (CO)")
NEWS = "The fire at the pipeline near the village has burned out"


def _credited(text: str, outlets: tuple[str, ...] = SOURCES) -> list[str]:
    return [c.outlet for c in detect_credits(text, credit_finder(outlets))]


# 1. An outlet's report
REPORTED = [  # (the reported inputs, each with its outlet)
    (f"{NEWS}, according to a Reuters report.", "Reuters"), (f"{NEWS}, according to a report by Reuters.", "Reuters"),
    (f"{NEWS}, according to a report from the Warsaw Courier.", "Warsaw Courier"),
    (f"{NEWS}, according to a PAP report.", PAP), (f"{NEWS}, a Reuters report said.", "Reuters"),
    (f"{NEWS}, in a report published by Reuters.", "Reuters"), (f"{NEWS}, citing a Reuters report.", "Reuters"),
    (f"{NEWS}, according to an exclusive Reuters report.", "Reuters"),
    (f"{NEWS}, according to a Tuesday report in the Warsaw Courier.", "Warsaw Courier")]


@pytest.mark.parametrize("text,outlet", REPORTED)
def test_the_reported_reports_credit_their_outlets(text: str, outlet: str) -> None:
    """Failed before: all but "a report by/from X" and "published by X"."""
    assert _credited(text) == [outlet], text


@pytest.mark.parametrize("text", [f"{NEWS}, according to a report by the UN.", f"{NEWS}, according to a police report.",
                                  f"{NEWS}, according to a report it filed.", "A UN report said the fire was out.",
                                  "According to a Human Rights Watch report, the fire was out.",
                                  "According to a World Bank report, growth slowed.",
                                  "A Reuters reporter said the fire was out.", "According to a PAI survey, most agree."])
def test_a_report_of_no_outlet_credits_nothing(text: str) -> None:
    assert _credited(text) == [], text


# An outlet as texts write it in a report's frame (the written name, the outlet credited)
WRITTEN = [("Reuters", "Reuters"), ("PAI", PAI), ("PAP", PAP), ("Polska Agencja Informacyjna", PAI),
           ("Warsaw Courier", "Warsaw Courier"), ("Bloomberg", "Bloomberg"), ("dpa", "dpa"), ("ČTK", "ČTK"),
           ("RFE/RL", RFERL), ("Radio Free Europe/Radio Liberty", RFERL), ("CO", "Coastal Orient (CO)")]
MODIFIER_FRAMES = ("{N}, according to {a} {q}{o} report.", "{A} {q}{o} report said {n}.", "{N}, citing {a} {q}{o} report.",
                   "{N}, {a} {q}{o} report found.", "In {a} {q}{o} report, officials said {n}.",
                   "{N}, according to the {q}{o} story.", "{N}, {a} {q}{o} investigation showed.")
BY_FRAMES = ("{N}, according to {a} {q}report by {the}{o}.", "{N}, according to {a} {q}report in {the}{o}.",
             "{N}, according to {a} {q}report from {the}{o}.", "{N}, in {a} {q}report published by {the}{o}.",
             "{A} {q}report by {the}{o} said {n}.")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(WRITTEN), st.sampled_from(MODIFIER_FRAMES + BY_FRAMES),
       st.sampled_from(("", "exclusive ", "new ", "Tuesday ", "latest ", "recent ")), st.booleans())
@example(("PAI", PAI), "{N}, according to {a} {q}{o} report.", "exclusive ", False)
def test_an_outlets_report_credits_it(written: tuple[str, str], frame: str, qualifier: str, the: bool) -> None:
    """(frame) a|an|the (qualifier) outlet report (verb), or a (qualifier) report by|in|from (the) outlet, for known
    and site outlets, by any name texts write them by. Failed before: every modifier frame; "a report by X" with a
    qualifier."""
    name, outlet = written
    a = "an" if (qualifier or name)[0].lower() in "aeiou" else "a"
    text = frame.format(N=NEWS, n=NEWS[0].lower() + NEWS[1:], a=a, A=a.capitalize(), q=qualifier, o=name,
                        the="the " if the and name == "Warsaw Courier" else "")
    assert _credited(text) == [outlet], text


@settings(max_examples=examples(40), deadline=None)
@given(st.sampled_from(("the UN", "the police", "the Pentagon", "Human Rights Watch", "the World Bank", "the ministry",
                        "Ms Kowalska", "the European Commission", "Amnesty International")),
       st.sampled_from(MODIFIER_FRAMES + BY_FRAMES), st.sampled_from(("", "new ", "Tuesday ")))
def test_a_report_of_a_body_or_a_person_credits_nothing(body: str, frame: str, qualifier: str) -> None:
    text = frame.format(N=NEWS, n=NEWS.lower(), a="a", A="A", q=qualifier, o=body.removeprefix("the "), the="the ")
    assert _credited(text) == [], text


def test_a_newsmakers_report_is_its_own_document() -> None:
    """A source that is a company is credited by no report of its own, as by no "X's report said" (credit_newsmakers)."""
    for text in ("According to a Northsound Ferries report, the ship was safe.",
                 "A Northsound Ferries report said the ship was safe."):
        assert _credited(text, ("Northsound Ferries", "Reuters")) == [], text


# 2. A site outlet's name as its config writes it
ODD_NAMES = ("dpa", "bne IntelliNews", "Radio Free Europe/Radio Liberty", "RFE/RL", "Ferry & Port Week", "Canal+",
             "n-tv", "20 Minutes", "ČTK", "BelTA", "heise online")
NAME_FRAMES = ("{N}, {o} reported.", "{N}, {o} said.", "{N}, according to {o}.", "{N}, told {o}.",
               "{N}, Reuters and {o} reported.", "{N}, according to Reuters and {o}.", "{N}, {o} and Reuters reported.",
               "{N}, the news agency {o} reported.", "{o} reported that {n}.", "{N}, per {o}.",
               "{N}, as first reported by {o}.", "{N}, according to a {o} report.")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(ODD_NAMES), st.sampled_from(NAME_FRAMES), st.booleans())
@example("dpa", "{N}, {o} reported.", False)
@example("RFE/RL", "{N}, according to {o}.", True)
def test_a_site_outlet_is_credited_as_its_config_writes_it(name: str, frame: str, initials: bool) -> None:
    """Any letters, case and punctuation of a `sources:` name, alone or with its initials in brackets. Failed before:
    "dpa", "bne IntelliNews", the slashed, "&", "+" and digit-led names in every frame."""
    source = RFERL if name in ("RFE/RL", "Radio Free Europe/Radio Liberty") else (
        f"{name} (XQZ)" if initials and name[0].isupper() and " " in name else name)
    assume(name_forms(source)[1:2] != (name,) or len(name_forms(source)) == 1 or source == RFERL)
    text = frame.format(N=NEWS, n=NEWS.lower(), o=name)
    found = _credited(text, (source, "Reuters"))
    assert source in found and set(found) <= {source, "Reuters"}, (source, text, found)


@pytest.mark.parametrize("written,source", [("CTK", "ČTK"), ("ČTK", "CTK"), ("Belta", "BelTA"), ("BELTA", "BelTA"),
                                            ("BelTA", "Belta"), ("DPA", "dpa")])
def test_an_outlet_said_in_any_case_or_accents(written: str, source: str) -> None:
    """"X said" reads the outlet with case and accents folded, as every other form does. Failed before: all but "ČTK"
    for the source "CTK"."""
    for text in (f"{NEWS}, {written} said.", f"{NEWS}, the news agency {written} said on Tuesday."):
        assert _credited(text, (source, "Reuters")) == [source], text


# 3. Initials that spell a company head or a word
LETTER_WORDS = {c: w for w in ("Amber", "Baltic", "Coastal", "Delta", "Eastern", "Fjord", "Granite", "Highland", "Indigo",
                               "Juniper", "Kestrel", "Lantern", "Meridian", "Nordic", "Orient", "Polar", "Quill",
                               "Rowan", "Summit", "Tidal", "Upland", "Vale", "Western", "Yarrow", "Zenith")
                for c in w[:1]}
HEADS = sorted(h.upper() for h in NEWSMAKER_HEADS if 2 <= len(h) <= 4 and h.isalpha() and h.isascii()
               and all(c.upper() in LETTER_WORDS for c in h))


@settings(max_examples=examples(60), deadline=None)
@given(st.sampled_from(HEADS + ["CO", "INC", "BIO"]), st.integers(0, 5))
@example("CO", 0)
@example("INC", 1)
@example("BIO", 0)
def test_every_form_of_a_name_credits_it(letters: str, form: int) -> None:
    """A name "Long Name (LN)" whose initials are a company head or a word is no newsmaker for them, and every form
    `name_forms` gives credits it: the forms and the credits are one rule. Failed before: only "according to"."""
    long = " ".join(LETTER_WORDS[c] for c in letters)
    name = f"{long} ({letters})"
    assume(letters not in _bodies() and letters.lower() not in credit_finder(()).canonical and not newsmaker(long))
    assert newsmaker(name) is False
    forms = name_forms(name)
    assert forms == (name, long, letters)
    written = forms[1 + form % 2]
    text = (f"{NEWS}, {written} reported.", f"{NEWS}, {written} and Reuters reported on Tuesday.",
            f"{NEWS}, {written} said.", f"{NEWS}, according to {written}.", f"{written} reported that {NEWS.lower()}.",
            f"{NEWS}, the Polish agency {written} reported.")[form]
    found = _credited(text, (name, "Reuters"))
    assert found[:1] == [name] and set(found) <= {name, "Reuters"}, (text, found)


def test_a_companys_bracket_keeps_it_a_newsmaker() -> None:
    assert newsmaker("Northsound Ferries (NF)") and newsmaker("Skerrin Islands Council (SIC)")
    assert not newsmaker("Coastal Orient (CO)") and not newsmaker("Polska Agencja Informacyjna (PAI)")


# 4. `via:` by any form of its source's name
ORIGINAL = ("---\ntitle: Pipeline fire burns out\nsource: Polska Agencja Informacyjna (PAI)\n"
            "published: 2026-12-01T08:00:00+01:00\n---\nThe fire at the Amber Link pipeline near Żywiczany has burned "
            "out, firefighters said on Monday.\n")
RETOLD = ("---\ntitle: Amber Link fire out, agency says\nsource: Energy Pulse\npublished: 2026-12-01T12:00:00+01:00\n"
          "via: {via}\n---\nThe fire at the Amber Link pipeline near Żywiczany has burned out.\n")
CREDITED = re.compile(r"first reported by (?:<bdi>)?Polska Agencja Informacyjna \(PAI\)")


@pytest.mark.parametrize("via", ["PAI", "Polska Agencja Informacyjna", "pai"])
def test_a_via_by_any_form_of_its_sources_name_credits_it_on_a_real_build(tmp_path: Path, via: str) -> None:
    """Failed before: the page showed no original, and the "Polska Agencja Informacyjna" via warned of a close
    spelling."""
    config = MINIMAL_SITE["config.yaml"] + ("sources:\n  - name: Polska Agencja Informacyjna (PAI)\n"
                                            "    url: https://pai.example\n  - name: Energy Pulse\n")
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": config,
                                          "content/articles/pai-fire.md": ORIGINAL,
                                          "content/articles/pulse-fire.md": RETOLD.format(via=via)})
    done = run_cli(["build"], root)
    assert done.returncode == 0 and "via" not in done.stderr, done.stderr
    assert CREDITED.search((root / "output/articles/pulse-fire/index.html").read_text())


def test_a_via_of_bracketed_letters_that_are_no_form_warns(tmp_path: Path) -> None:
    """`via: UN` with the source "Ulster News (UN)": "UN" is the United Nations' (outletkeys.bracket_initials), no
    form of the outlet: a warning at the line names the source to write. Failed before: silent."""
    config = MINIMAL_SITE["config.yaml"] + "sources:\n  - name: Ulster News (UN)\n  - name: Energy Pulse\n"
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "config.yaml": config,
                                          "content/articles/pulse-fire.md": RETOLD.format(via="UN")})
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    assert ('content/articles/pulse-fire.md:5: warning: "via" is "UN", the letters in brackets of Ulster News (UN)'
            in done.stderr), done.stderr
    assert '"via: Ulster News (UN)"' in done.stderr
