"""Credits a trial on a chip-export-controls briefing left unread: an outlet named by one word of its
name ("told the Journal"), wire copy printed by another outlet ("WASHINGTON (AP) —" in the South China
Morning Post), "confirmed to X", "first revealed by X" and "reported in X".

Before, Bloomberg's "Whitfield told the Journal" credited an outlet "Journal"; with Nikkei Asia's
credit to The Wall Street Journal that was a tie, "Journal" (credited first) won, and the Journal's
own interview was an independent report earlier than it: the story credited nobody. The AP reprint,
Caixin's "confirmed to The Wall Street Journal" and Politico's "first revealed by the FT" were
independent reports.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st

from briefgen.analyse.credits import credit_finder, detect_credits
from briefgen.build import BuildOptions, build
from support.sites import write_site
from support.examples import examples

FINDER = credit_finder(("Nikkei Asia", "South China Morning Post", "Yonhap", "Het Financieele Dagblad"))
WIRES = {"AP": "Associated Press", "AFP": "AFP", "Reuters": "Reuters", "Yonhap": "Yonhap",
         "Bloomberg": "Bloomberg"}


@settings(max_examples=examples(80), deadline=None)
@given(place=st.sampled_from(["WASHINGTON", "ABU DHABI", "SEOUL", "ST. PAUL", "N'DJAMENA"]),
       date=st.sampled_from(["", ", Feb 17", ", Feb. 26", ", Minn.", ", England, Oct 12"]),
       wire=st.sampled_from(sorted(WIRES)), dash=st.sampled_from(["\u2014", "\u2013", "-", "--"]),
       before=st.sampled_from(["", "By a staff writer\n\n"]))
@example(place="WASHINGTON", date="", wire="AP", dash="\u2014", before="")
def test_a_dateline_credits_its_wire_service(place: str, date: str, wire: str, dash: str, before: str) -> None:
    text = f"{before}{place}{date} ({wire}) {dash} The Commerce Department on Wednesday barred exports."
    assert [c.outlet for c in detect_credits(text, FINDER)] == [WIRES[wire]], text


def test_a_dateline_without_a_known_outlet_credits_nothing() -> None:
    for text in ("WASHINGTON (Updated) — The rule.", "WASHINGTON — The rule.", "NATO — the alliance (AP) said.",
                 "The rule (AP) - was read.", "HARWICK, England (Staff) — A pay dispute."):
        assert detect_credits(text, FINDER) == (), text


@settings(max_examples=examples(60), deadline=None)
@given(verb=st.sampled_from(["told", "in an interview with", "confirmed to", "spoke to", "according to"]),
       before=st.sampled_from(["", "The Wall Street Journal ran the interview on Wednesday. "]))
def test_the_journal_is_the_wall_street_journal(verb: str, before: str) -> None:
    text = f"{before}Commerce Secretary Dana Whitfield {verb} the Journal that memory is next."
    assert {c.outlet for c in detect_credits(text, FINDER)} == {"The Wall Street Journal"}, text


def test_one_word_of_several_outlets_names_the_one_named_before_else_none() -> None:
    assert [c.outlet for c in detect_credits("She told the Post that she was fine.", FINDER)] == []
    named = "The Washington Post ran the story. Later she told the Post that she was fine."
    assert [c.outlet for c in detect_credits(named, FINDER)] == ["The Washington Post"]
    scmp = "South China Morning Post reported it. She told the Post more."
    assert [c.outlet for c in detect_credits(scmp, FINDER)][-1] == "South China Morning Post"


def test_more_credit_forms() -> None:
    cases = {
        "Dana Whitfield confirmed to The Wall Street Journal that curbs are coming.": "The Wall Street Journal",
        "The carve-out, first revealed by the FT on Friday, irritated Brussels.": "Financial Times",
        "The exemption was disclosed by Bloomberg on Friday.": "Bloomberg",
        "as first reported in the Financial Times on Friday.": "Financial Times",
        "Dutch officials, speaking with Reuters, declined to comment.": "Reuters",
    }
    for text, outlet in cases.items():
        assert [c.outlet for c in detect_credits(text, FINDER)] == [outlet], text
    for text in ("The minister confirmed to parliament that it was so.", "He spoke to Kuleba on Friday.",
                 "The plan was revealed by the minister.", "It was reported in March."):
        assert detect_credits(text, FINDER) == (), text


def _article(source: str, when: str, title: str, body: str, author: str = "") -> str:
    extra = f"author: {author}\n" if author else ""
    return f"---\ntitle: {title}\nsource: {source}\npublished: {when}\n{extra}---\n{body}\n"


def test_the_journals_interview_and_an_agencys_reprint_are_credited_on_the_story_page(tmp_path: Path) -> None:
    files = {
        "config.yaml": ("title: Chips\nbase_url: https://example.org/c/\ntopics:\n  - id: chips\n"
                        "    title: Chips\n    keywords: [chips]\nsources:\n  - name: The Wall Street Journal\n"
                        "  - name: Bloomberg\n  - name: Caixin\n  - name: Associated Press\n"
                        "  - name: South China Morning Post\n"),
        "content/articles/wsj-whitfield-interview.md": _article(
            "The Wall Street Journal", "2026-02-18T10:00:00+00:00", "Commerce Secretary says memory chips are next",
            "WASHINGTON\u2014Commerce Secretary Dana Whitfield said the administration would restrict exports of "
            "high-bandwidth memory chips to China within weeks, widening its campaign against Beijing."),
        "content/articles/bloomberg-whitfield-memory.md": _article(
            "Bloomberg", "2026-02-18T16:00:00+00:00", "Whitfield says HBM export limits to China coming",
            "U.S. Commerce Secretary Dana Whitfield told the Journal that high-bandwidth memory chips will be the "
            "next target of export restrictions to China, within weeks."),
        "content/articles/caixin-whitfield-memory.md": _article(
            "Caixin", "2026-02-19T08:00:00+08:00", "US commerce chief confirms memory chip curbs are coming",
            "U.S. Commerce Secretary Dana Whitfield confirmed to The Wall Street Journal that Washington will "
            "limit exports of high-bandwidth memory chips to China within weeks."),
        "content/articles/ap-memory-rule.md": _article(
            "Associated Press", "2026-02-25T15:00:00+00:00", "US bars exports of advanced memory chips to China",
            "WASHINGTON (AP) \u2014 The Commerce Department on Wednesday barred exports of high-bandwidth memory "
            "chips and memory-stacking equipment to China, in a rule that takes effect in 30 days."),
        "content/articles/scmp-ap-memory-rule.md": _article(
            "South China Morning Post", "2026-02-26T02:00:00+00:00", "US bans advanced memory chip sales to China",
            "WASHINGTON (AP) \u2014 The Commerce Department on Wednesday barred exports of high-bandwidth memory "
            "chips and memory-stacking equipment to China. The rule takes effect in 30 days.",
            author="Associated Press"),
    }
    site = write_site(tmp_path / "site", files)
    result = build(site / "config.yaml", BuildOptions(jobs=1))
    assert result.ok, [str(d) for d in result.diagnostics]
    interview = (site / "output/stories/wsj-whitfield-interview/index.html").read_text(encoding="utf-8")
    assert "First reported by The Wall Street Journal" in interview
    assert "3 reports from 3 outlets: the original report and 2 re-tellings of it." in interview
    rule = (site / "output/stories/ap-memory-rule/index.html").read_text(encoding="utf-8")
    assert "First reported by Associated Press" in rule
    assert "2 reports from 2 outlets: the original report and 1 re-telling of it." in rule


def test_a_title_that_is_an_outlets_name_credits_no_outlet() -> None:
    # found by tests/analyse/test_story_names.py's property test: two events merged on "seen by Economist X"
    for text in ("It was seen by Economist Oksana Hrytsenko.", "He told Economist Ingrid van der Berg so."):
        assert detect_credits(text, FINDER) == (), text
    assert [c.outlet for c in detect_credits("It was seen by The Economist.", FINDER)] == ["The Economist"]
