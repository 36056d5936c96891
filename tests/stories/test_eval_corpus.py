"""Checks of the labelled story-grouping evaluation set itself (tests/stories/eval/), not of any algorithm.

The set is a real briefgen site (config.yaml + content/articles) plus labels:
labels.yaml (true stories, tune/held-out parts, related and distinct pairs),
adds.yaml (what each source adds, sentence by sentence), quotes.yaml (who said
every quotation) and names.yaml (misspellings to flag, variants to leave alone).
The labelling convention is docs/stories.md ("Labelling stories"). These tests keep the
labels consistent with the articles, so that whoever edits an article learns at
once which label it broke.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from support.sites import REPO_ROOT, run_cli

EVAL = Path(__file__).resolve().parent / "eval"
ARTICLES = EVAL / "content" / "articles"
SHARED = REPO_ROOT.parent / "shared"  # SPEC.md, STYLE.md and the seed texts, beside the checkout

KINDS = {"retold", "attributed", "attributed-text", "angle", "reprint", "singleton"}
PAIR_TYPES = {"related": {"announcement-event", "follow-up"}, "distinct": {"same-topic", "same-kind"}}
FRAMES = {"said", "said-inverted", "told", "according-to", "colon", "dash", "continued",
          "back-reference", "partial", "name"}
MAX_SHARED_TRIGRAMS = 0.01  # re-tellings are re-writes: under 1% of word 3-grams in common
MIN_REPRINT_SHARE = 0.5  # a `reprint` must really be a near-copy


# ---------------------------------------------------------------- reading the set

def _load(name: str) -> dict:
    return yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))


@cache
def labels() -> dict:
    return _load("labels.yaml")


@cache
def article(slug: str) -> tuple[dict, str]:
    """(front matter, body) of one article."""
    text = (ARTICLES / f"{slug}.md").read_text(encoding="utf-8")
    assert text.startswith("---\n"), slug
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front), body


def slugs() -> list[str]:
    return sorted(p.stem for p in ARTICLES.glob("*.md"))


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces."""
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Lower-cased runs of letters and digits; apostrophes removed ("China's" -> "chinas")."""
    return re.findall(r"[^\W_]+", re.sub(r"['\u2019]", "", text.lower()))


def trigrams(slug: str) -> set[tuple[str, ...]]:
    front, body = article(slug)
    w = words(f"{front['title']} {body}")
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}


def trigram_share(a: str, b: str) -> float:
    """Distinct 3-grams in common / distinct 3-grams of the article that has fewer."""
    ga, gb = trigrams(a), trigrams(b)
    return len(ga & gb) / min(len(ga), len(gb))


_SENTENCE_END = re.compile(r'(?:(?<=[.!?])|(?<=[.!?]"))\s+(?=["A-Z0-9])')


def sentences(slug: str) -> list[str]:
    """The split rule documented at the top of adds.yaml."""
    _, body = article(slug)
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body.strip()):
        out += [s for s in _SENTENCE_END.split(flat(paragraph)) if s]
    return out


def quotations(slug: str) -> list[str]:
    return re.findall(r'"([^"]+)"', flat(article(slug)[1]))


def fold(text: str) -> str:
    """Without diacritics, for matching "Lokke" against "Løkke"."""
    text = text.replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def pairs(section: str) -> list[tuple[str, str, str, str]]:
    """(story a, story b, type, reason) of labels.yaml `related` or `distinct`."""
    out = []
    for a, b, why in labels()[section]:
        kind, _, reason = why.partition(":")
        out.append((a, b, kind.strip(), reason.strip()))
    return out


def people() -> dict[str, list[str]]:
    return {p["name"]: p.get("aliases") or [] for p in _load("config.yaml")["people"]}


def multi_article_pairs() -> list[tuple[str, str, str]]:
    return [(sid, a, b) for sid, s in labels()["stories"].items() if s["kind"] != "reprint"
            for a, b in itertools.combinations(s["articles"], 2)]


# ---------------------------------------------------------------- the site

def test_the_set_is_a_valid_briefgen_site() -> None:
    result = run_cli(["check", "--config", "tests/stories/eval/config.yaml"], cwd=REPO_ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no errors" in result.stdout


def test_size_outlets_and_weeks() -> None:
    assert len(slugs()) >= 60
    outlets = {article(s)[0]["source"] for s in slugs()}
    assert len(outlets) >= 10, outlets
    kyiv = ZoneInfo("Europe/Kyiv")
    weeks = set()
    for s in slugs():
        published = article(s)[0]["published"]
        if isinstance(published, dt.datetime):
            assert published.tzinfo is not None, f"{s}: datetimes carry an offset"
            published = published.astimezone(kyiv).date()
        weeks.add(published.isocalendar()[:2])
    assert len(weeks) >= 4, weeks


def test_every_outlet_is_described_in_the_config() -> None:
    described = {source["name"] for source in _load("config.yaml")["sources"]}
    assert {article(s)[0]["source"] for s in slugs()} == described


def test_front_matter_is_what_automatic_grouping_must_cope_with() -> None:
    fronts = {s: article(s)[0] for s in slugs()}
    assert not [s for s, f in fronts.items() if "story" in f], "no editor overrides: grouping is automatic"
    assert sum("topics" in f for f in fronts.values()) <= len(fronts) / 3
    assert 1 <= sum(bool(f.get("ai_assisted")) for f in fronts.values()) <= 2
    dates = [f["published"] for f in fronts.values()]
    with_time = sum(isinstance(d, dt.datetime) for d in dates)
    assert len(dates) / 2 < with_time < len(dates), "mostly datetimes with offsets, some plain dates"
    for slug, f in fronts.items():
        assert re.match(r"https://[a-z0-9.-]+\.example/", f["url"]), slug


@pytest.mark.parametrize("slug", slugs())
def test_article_length(slug: str) -> None:
    assert 120 <= len(words(article(slug)[1])) <= 250


# ---------------------------------------------------------------- labels.yaml

def test_every_article_is_in_exactly_one_story() -> None:
    listed = Counter(slug for s in labels()["stories"].values() for slug in s["articles"])
    assert [slug for slug, n in listed.items() if n > 1] == []
    assert sorted(listed) == slugs()


def test_story_fields() -> None:
    for sid, s in labels()["stories"].items():
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", sid), sid
        assert set(s) <= {"part", "kind", "original", "summary", "articles"}, sid
        assert s["part"] in ("tune", "held-out"), sid
        assert s["kind"] in KINDS, sid
        assert s.get("summary"), sid
        n = len(s["articles"])
        assert (n == 1) == (s["kind"] == "singleton"), sid
        assert n <= 4, sid
        if "original" in s:
            assert s["kind"] in ("attributed", "reprint"), sid
            assert s["original"] in s["articles"], sid
        if s["kind"] == "reprint":
            assert "original" in s, sid


def test_attribution_is_in_via_or_only_in_the_text() -> None:
    for sid, s in labels()["stories"].items():
        retellers = [a for a in s["articles"] if a != s.get("original")]
        vias = [article(a)[0].get("via") for a in retellers]
        if s["kind"] == "attributed":
            assert any(vias), f"{sid}: at least one re-telling carries `via:`"
        if s["kind"] == "attributed-text":
            assert not any(article(a)[0].get("via") for a in s["articles"]), sid
        if s["kind"] in ("attributed", "attributed-text"):
            # every re-telling names its source in the text, via or not
            cue = re.compile(r"\b(reported|report|according to|told|citing|interview|the newspaper|the agency)\b", re.I)
            for a in retellers:
                assert cue.search(article(a)[1]), f"{sid}: {a} does not attribute in its text"


def test_held_out_part_is_about_a_third_and_has_every_kind() -> None:
    stories = labels()["stories"].values()
    held = [s for s in stories if s["part"] == "held-out"]
    assert 0.25 <= len(held) / len(stories) <= 0.45
    for part in ("tune", "held-out"):
        assert {s["kind"] for s in stories if s["part"] == part} == KINDS, part


def test_related_and_distinct_pairs() -> None:
    stories = labels()["stories"]
    seen: set[frozenset[str]] = set()
    for section, types in PAIR_TYPES.items():
        found: dict[str, set[str]] = {"tune": set(), "held-out": set()}
        for a, b, kind, reason in pairs(section):
            assert a in stories and b in stories and a != b, (a, b)
            assert kind in types and reason, (a, b, kind)
            assert frozenset((a, b)) not in seen, f"pair listed twice: {a}, {b}"
            seen.add(frozenset((a, b)))
            assert stories[a]["part"] == stories[b]["part"], f"pair across parts: {a}, {b}"
            found[stories[a]["part"]].add(kind)
        for part, kinds in found.items():
            assert kinds == types, f"{section} in {part}: {kinds}"


@pytest.mark.parametrize(("story", "a", "b"), multi_article_pairs())
def test_retellings_share_under_one_percent_of_word_trigrams(story: str, a: str, b: str) -> None:
    share = trigram_share(a, b)
    assert share < MAX_SHARED_TRIGRAMS, f"{a} ~ {b}: {share:.2%} {sorted(trigrams(a) & trigrams(b))}"


def test_reprints_are_near_copies() -> None:
    for s in labels()["stories"].values():
        if s["kind"] == "reprint":
            for a, b in itertools.combinations(s["articles"], 2):
                assert trigram_share(a, b) >= MIN_REPRINT_SHARE, (a, b)


def test_nothing_is_copied_from_the_seeds_or_the_sample_briefing() -> None:
    """No run of 8 words outside quotation marks in common (quoting the same real words is not copying)."""
    def eights(text: str) -> set[tuple[str, ...]]:
        w = words(re.sub(r'["\u201c][^"\u201d]*["\u201d]', " | ", text))
        return {tuple(w[i:i + 8]) for i in range(len(w) - 7)}

    references = sorted((REPO_ROOT / "content").rglob("*.md")) + sorted((SHARED / "seeds").glob("*.txt"))
    theirs = set().union(*(eights(p.read_text(encoding="utf-8").split("---\n", 2)[-1]) for p in references))
    for slug in slugs():
        common = eights(article(slug)[1]) & theirs
        assert not common, f"{slug}: {sorted(' '.join(c) for c in common)}"


# ---------------------------------------------------------------- adds.yaml

def test_what_each_source_adds() -> None:
    adds = _load("adds.yaml")["stories"]
    stories = labels()["stories"]
    assert len(adds) >= 6
    assert {stories[sid]["part"] for sid in adds} == {"tune", "held-out"}
    for sid, by_article in adds.items():
        assert sorted(by_article) == sorted(stories[sid]["articles"]), sid
        assert len(by_article) >= 2, sid
        for slug, rows in by_article.items():
            body = flat(article(slug)[1])
            assert [r["n"] for r in rows] == list(range(1, len(rows) + 1)), slug
            for row in rows:
                assert row["text"] in body, f"{slug}:{row['n']} not verbatim in the body"
            assert [r["text"] for r in rows] == sentences(slug), f"{slug}: the split rule gives other sentences"
            for row in rows:
                for ref in row["same"]:
                    other, _, n = ref.partition(":")
                    assert other in by_article and other != slug, f"{slug}:{row['n']} -> {ref}"
                    back = by_article[other][int(n) - 1]["same"]
                    assert f"{slug}:{row['n']}" in back, f"{slug}:{row['n']} -> {ref} is not mutual"


def test_adds_articles_have_no_quoted_sentence_ends() -> None:
    """The header of adds.yaml promises an unambiguous split: no quotation contains a sentence end."""
    for by_article in _load("adds.yaml")["stories"].values():
        for slug in by_article:
            for quote in quotations(slug):
                assert not _SENTENCE_END.search(quote), (slug, quote)


# ---------------------------------------------------------------- quotes.yaml

def test_quotes_cover_every_quotation_in_order() -> None:
    quotes = _load("quotes.yaml")["quotes"]
    assert len(quotes) >= 100
    by_slug: dict[str, list[str]] = {}
    for q in quotes:
        by_slug.setdefault(q["slug"], []).append(q["quote"])
    for slug in slugs():
        assert by_slug.get(slug, []) == quotations(slug), slug
    assert set(by_slug) <= set(slugs())


def test_quote_speakers_and_frames() -> None:
    quotes = _load("quotes.yaml")["quotes"]
    names = set(people())
    for q in quotes:
        assert q["quote"] in flat(article(q["slug"])[1])
        assert q["speaker"] in names | {"none", "unnamed"}, q
        assert q["frame"] in FRAMES, q
        assert (q["speaker"] == "none") == (q["frame"] == "name"), q
        for other in q.get("also_named", []):
            assert other in names and other != q["speaker"], q
    assert {q["frame"] for q in quotes} == FRAMES
    assert {"none", "unnamed"} <= {q["speaker"] for q in quotes}
    assert any(q.get("also_named") for q in quotes)


# ---------------------------------------------------------------- names.yaml

def _occurs(name: str, slug: str) -> bool:
    front, body = article(slug)
    return re.search(rf"(?<!\w){re.escape(fold(name))}(?!\w)", fold(f"{front['title']} {flat(body)}")) is not None


def test_misspellings_to_flag_are_in_the_text_and_not_in_the_config() -> None:
    known = {spelling for name, aliases in people().items() for spelling in (name, *aliases)}
    flags = _load("names.yaml")["flags"]
    assert len(flags) >= 5
    for flag in flags:
        assert _occurs(flag["wrong"], flag["slug"]), flag
        assert flag["wrong"] not in known, f"{flag['wrong']} must be found by the tool, not listed"
        assert flag["suggest"] != flag["wrong"]


def test_variants_and_look_alikes_are_in_the_text() -> None:
    names = _load("names.yaml")
    for item in names["not_flagged"]:
        assert _occurs(item["spelling"], item["slug"]), item
    for group in names["distinct"]:
        assert len(group["names"]) >= 2 and group["why"]
        for name in group["names"]:
            assert any(_occurs(name, slug) for slug in group["slugs"]), name
