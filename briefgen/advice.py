"""Advice for the editor (never shown to readers): likely misspelt names and stories to merge.

Takes a build's plan; gives warnings as `path:line: message` that say what to do —
"Avril Haynes" may be a misspelling of "Avril Haines" (correct it, or list it as an
alias), an article may belong to a story (add one `story:` line). `briefgen check`
prints them; `briefgen serve` shows them in the preview (preview/livereload.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from briefgen.analyse.names import source_line
from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.storylines import lines_naming_alone
from briefgen.durations import duration_words
from briefgen.diagnostics import Diagnostic, warning
from briefgen.load.text import nfc
from briefgen.storytypos import story_line as _story_line, story_typos


def editor_advice(root: Path, planned: Any) -> list[Diagnostic]:
    """Misspelling and story-merge suggestions for the articles of `planned` (a build.Plan)."""
    paths = {entry.article.slug: entry.article.path for entry in planned.site.entries}
    advice: list[Diagnostic] = []
    texts: dict[str, str] = {}

    def text_of(slug: str) -> str:
        if slug not in texts:
            try:
                texts[slug] = nfc((root / paths[slug]).read_text(encoding="utf-8", errors="replace"))
            except OSError:
                texts[slug] = ""
        return texts[slug]

    def line_of(slug: str, surface: str, full: str) -> int:
        return source_line(text_of(slug), surface, full=full)  # "Marhs said", not "Helena Marhs"

    for found in planned.misspellings():
        if found.article not in paths:
            continue
        advice.append(warning(paths[found.article], line_of(found.article, found.surface, found.full),
                              f'"{found.surface}" may be a misspelling of "{found.suggestion}" ({found.reason}); '
                              f'if so, correct it — or, if outlets spell it that way, add it to the aliases of '
                              f'"{found.target}" under `people:` in config.yaml'))
    advice += _titled_slips(planned, paths, text_of, {(f.article, f.surface) for f in planned.misspellings()})
    for surname, bearers, articles in planned.people.ambiguous:
        who = " or ".join(f'"{name}"' for name in bearers)
        for slug in articles:
            if slug in paths:
                advice.append(warning(paths[slug], line_of(slug, surname, surname),
                                      f'"{surname}" alone may be {who} (the briefing names each in full), so its '
                                      f'mentions and quotes are on no People page; write the full name once in this '
                                      f'article, or add "{surname}" to the aliases of one of them under `people:` in '
                                      f'config.yaml'))
    for person, other in _reversed_pairs(planned.people.people):  # "Nagy László" and "László Nagy" (T19 #3)
        slug = next((a for a in person.articles if a in paths), None)
        if slug is not None:
            advice.append(warning(paths[slug], line_of(slug, person.name, person.name),
                                  f'"{person.name}" and "{other.name}" are the same two words in both orders, on two '
                                  f'People pages; if they are one person, add "{person.name}" to the aliases of '
                                  f'"{other.name}" under `people:` in config.yaml'))
    advice += _romanised(planned.people.people, paths, line_of)  # "Yi Jae-hoon" and "Lee Jae-hoon" (T28 F4)
    advice += _story_cycles(root, planned, paths)
    advice += _lines_naming_lone_articles(root, planned, paths)
    advice += _joined_by_slug_far_off(root, planned)
    advice += _dated_before_the_original(planned)
    typos = {typo.story for typo in story_typos(planned.site)}  # (build warns of them: storytypos.py)
    for suggestion in planned.grouping.suggestions:
        members = [paths[slug] for slug in suggestion.articles if slug in paths]
        if not members or suggestion.story in typos:  # (adding the typo'd id to more articles spread it: UX1)
            continue
        evidence = ", ".join(suggestion.evidence[:5])
        which = "this article" if len(members) == 1 else f"its story ({len(members)} articles: {', '.join(members)})"
        apart = f"; held apart: {'; '.join(suggestion.held_apart)}" if suggestion.held_apart else ""
        # (a capped pair's score is the cap, not measured: "0.45, just under" read as "nearly merged", a trial)
        under = ("capped under the threshold by what held it apart" if suggestion.score < planned.site.config.story_threshold
                 else "over the threshold on average, but with pairs held apart") if apart else "just under the threshold"
        advice.append(warning(members[0], 1, f'{which} may belong to the story "{suggestion.story}" (score '
                                             f"{suggestion.score:.2f}, {under}; shared: {evidence}{apart}); "
                                             f"to group them, add `story: {suggestion.story}` to "
                                             + ("its front matter" if len(members) == 1 else "each of them")))
    return advice


def _dated_before_the_original(planned: Any) -> list[Diagnostic]:
    """A re-telling dated before the original it credits, when the original is in the briefing — or, since such a
    report is no longer called the original (analyse/roles.py, 2026-12-06), before the credited outlet's first
    report in the story: one of the two `published:` is wrong, or the re-told report is not in the briefing (a
    trial's date-only re-telling, a day early, put "first reported by" above a report dated before it on the
    edition card). At the re-telling's `published:` line."""
    found = []
    for story in planned.site.stories:
        original = story.original_entry or next((r.entry for r in story.reports if story.original
                                                 and r.entry.outlet.name == story.original), None)
        if original is None:
            continue
        credited = outlet_key(story.original or original.outlet.name)  # (a re-telling of another's report: not it)
        for report in story.reports:
            article = report.entry.article
            before = original.article
            timed = article.has_time and before.has_time  # (a date alone is midnight: compare days then)
            if report.role == "re-report" and (not report.credits or outlet_key(report.credits) == credited) and (
                    article.published < before.published if timed
                    else article.published.date() < before.published.date()):
                when = (lambda a: a.published.isoformat()) if timed else (lambda a: a.published.date().isoformat())
                found.append(warning(article.path, article.published_line, (  # (times when both have one)
                    f"dated {when(article)}, before the original it credits ({story.original}, "
                    f"{original.article.path}, dated {when(before)}); check the `published:` of the two")))
    return found


def _story_cycles(root: Path, planned: Any, paths: dict[str, str]) -> list[Diagnostic]:
    """`story:` lines that name each other's articles in a cycle ("a: story: b", "b: story: a"):
    no id to join, so the grouping put them in one story under the smallest id (analyse/storylines.py).
    One warning per cycle, at its first line, naming every line of it."""
    story_of = {entry.article.slug: entry.article.story for entry in planned.site.entries}
    grouping = planned.grouping
    advice = []
    for cycle in grouping.cycles:
        if not all(slug in paths for slug in cycle):
            continue
        lines = [f"{paths[slug]}:{_story_line(root, paths[slug])} (`story: {story_of[slug]}`)" for slug in cycle]
        advice.append(warning(paths[cycle[0]], _story_line(root, paths[cycle[0]]),
                              f"these story: lines name each other's articles, so none gives the story an id: "
                              f"{', '.join(lines)}; they are one story, \"{grouping.story_of(cycle[0]).id}\", "
                              f"until you give them one id (the same `story:` line in each)"))
    return advice


def _lines_naming_lone_articles(root: Path, planned: Any, paths: dict[str, str]) -> list[Diagnostic]:
    """An article that says `story: none` while other `story:` lines name it (directly or along a
    chain: analyse/storylines.py): the two ask opposite things. It stays alone and the lines make a
    story named after it without it ("stories/a/" without a.md, whose own story is "a-story"), so
    the editor is warned once per such article, at its `story: none` line, with every line naming it.
    A trial: `verge-breach.md` said `story: none` and two re-tellings `story: verge-breach`; the
    page stories/verge-breach/ said "First reported by The Verge" without The Verge's report, silently."""
    articles = {entry.article.slug: entry.article for entry in planned.site.entries}
    advice = []
    for slug, naming in lines_naming_alone(tuple(articles.values())).items():
        named_by = [articles[other] for other in naming]
        if slug not in paths:
            continue
        lines = ", ".join(f"{a.path}:{_story_line(root, a.path)} (`story: {a.story}`)"
                          for a in sorted(named_by, key=lambda a: a.path))
        advice.append(warning(paths[slug], _story_line(root, paths[slug]),
                              f"this article says `story: none`, but {len(named_by)} story: "
                              f"line{'s name' if len(named_by) > 1 else ' names'} it: {lines}; it stays alone, and "
                              f"{'they make' if len(named_by) > 1 else 'that makes'} a story \"{slug}\" without "
                              f"it. Remove `story: none` to put it in that story, or give "
                              f"{'those lines an id' if len(named_by) > 1 else 'that line an id'} of "
                              f"{'their' if len(named_by) > 1 else 'its'} own"))
    return advice


def _joined_by_slug_far_off(root: Path, planned: Any) -> list[Diagnostic]:
    """An article with no `story:` line of its own that joins a story because its slug is the id other articles'
    `story:` lines give (docs/stories.md: `story: <slug>` joins that article's story), published further than
    `stories: window` days from every one of them: the lines more likely meant an id of their own. A hostile trial
    (2026-12-04): two truce reports said `story: tallinn-pact`, and a fishing article filed 18 days later as
    tallinn-pact.md joined the truce story without a word. One warning per such article, at its first line,
    naming the lines."""
    window = planned.site.config.story_window
    advice = []
    for story in planned.grouping.stories:
        members = [e.article for e in planned.site.entries if e.article.slug in story.by_editor]
        for article in members:
            if article.story or article.slug != story.id:
                continue
            naming = [a for a in members if a.story and a is not article]
            seconds = min((abs((a.published - article.published).total_seconds()) for a in naming), default=0.0)
            if not naming or seconds <= window * 86400:
                continue
            lines = ", ".join(f"{a.path}:{_story_line(root, a.path)}" for a in sorted(naming, key=lambda a: a.path))
            advice.append(warning(article.path, 1, (
                f'this article has no story: line, but joins the story "{story.id}" because its file name is the '
                f"id the story: lines of {lines} give, though it was published {duration_words(seconds, round_up=True)} from the nearest of "
                f"them (stories: window is {window:g} days); if it is another story, give those lines an id of "
                f"their own, or write `story: none` here")))
    return advice


def _evidence(planned: Any, story: Any, terms: tuple[str, ...]) -> tuple[str, ...]:
    """A story's evidence as its page shows it, each name whole and once (site/page_evidence.named_evidence, read
    from its comparison, memoised as the page's): a ransomware trial's `check -v` said "Sir Alasdair, Alasdair
    MacKinnon", "Professor Amara", "Deputy" and "Police" where the page said "Sir Alasdair MacKinnon", 2026-12-05."""
    comparison = planned.site.compare(tuple((r.entry.article.slug, r.entry.article.revision) for r in story.reports))
    return comparison.evidence(terms) if hasattr(comparison, "evidence") else terms


def _credit_not_first(story: Any) -> list[str]:
    """`check -v`'s word when a story's credit line cannot name the outlet its re-tellings credit: a report others
    re-tell (role "original") is later than an independent report, which the page says first reported it
    (roles.py; docs/log/stories.md, "A medicine-recall briefing"). T14 (2026-12-06): a readers' Q&A at 07:00 grouped with a trade
    paper's report of 10:00 that Harbour FM re-told made the page say "First reported here by The Daily Courant"."""
    retold = [r.entry for r in story.reports if r.role == "original"]
    if story.original or not retold:
        return []
    first, outlets = story.reports[0].entry, sorted({e.outlet.name for e in retold})
    # (the re-tellings of those reports, not of another member's: T18's print of Agence Orient Presse's copy was said
    # to credit Reuters)
    tellers = sorted({r.entry.outlet.name for r in story.reports if r.role == "re-report" and (
        not r.credits or outlet_key(r.credits) in {outlet_key(name) for name in outlets})})
    return [f"  credit: {' and '.join(tellers) or 'other reports'} credit{'s' if len(tellers) == 1 else ''} "
            f"{' and '.join(outlets)}, but "
            f"{first.outlet.name}'s report ({first.article.path}) is earlier, so the page says \"First reported here "
            f"by {first.outlet.name}\" and calls {' and '.join(outlets)}'s the report others re-tell; if "
            f"{first.article.path} is not a report of this story, give it `story: none` or an id of its own"]


def story_report(planned: Any) -> list[str]:
    """`check -v`: every story of several reports with its members (those a `story:` line placed marked
    "(story: line)", one placed because its slug is the id they give "(its slug is the story's id)"), score and evidence; how many stories have one report (not listed: thousands in a
    large archive, with nothing to show but their article); related stories."""
    lines = []
    grouping = {story.id: story for story in planned.grouping.stories}
    alone = 0
    for story in planned.site.stories:
        if not story.has_page:
            alone += 1
            continue
        found = grouping[story.id]
        lines.append(f"story {story.id}: {len(story.reports)} reports, score {found.score:.2f}"
                     + (f", first reported by {story.original}" if story.original else "")
                     + f"; shared: {', '.join(_evidence(planned, story, found.evidence)[:8]) or '(the editor’s story: line)'}")
        lines += _credit_not_first(story)
        for report in story.reports:  # the members its `story:` lines placed are marked: who grouped what
            article = report.entry.article
            placed = ("  (story: line)" if article.story else "  (its slug is the story's id)"
                      ) if article.slug in found.by_editor else ""
            lines.append(f"  {report.role:<12} {article.path}{placed}")
    if alone:  # (a trial: "10 articles in 3 stories" above, one story listed, and no word of the others)
        lines.append(f"{alone} {'story has' if alone == 1 else 'stories have'} one report each, not listed")
    suggested = {frozenset((s.story, s.join)) for s in planned.grouping.suggestions}
    for related in planned.grouping.related:  # (a pair both suggested and related read as two verdicts: a trial)
        both = frozenset((related.first, related.second)) in suggested
        lines.append(f"related: {related.first} → {related.second} (score {related.score:.2f}; "
                     f"{', '.join(related.evidence[:5])})" + ("; also suggested as one story (a warning "
                                                             "of this check): readers see them linked as related "
                                                             "until a `story:` line joins them" if both else ""))
    return lines


def _titled_slips(planned: Any, paths: dict[str, Path], text_of: Callable[[str], str],
                  flagged: set[tuple[str, str]]) -> list[Diagnostic]:
    """A titled surname that may misspell a listed person's ("Ms Gonzales" for González: titledslips.py), unless
    the names' own suggestions flag it there already (`flagged`: (slug, surface)); `text_of`: an article's file."""
    from briefgen.analyse.nameruns import PERSON
    from briefgen.analyse.titledslips import titled_slips

    texts = {slug: text_of(slug) for slug in paths}
    people = [(p.name, len(p.articles), p.declared) for p in planned.people.people if p.kind == PERSON]
    advice = []
    for slip in titled_slips(texts, people, set(planned.people.index.names.values())):
        if (slip.article, slip.surface) in flagged:
            continue
        alias = (f'add it to the aliases of "{slip.bearers[0]}" under `people:` in config.yaml' if len(slip.bearers) == 1
                 else "write the full name once in this article")
        advice.append(warning(paths[slip.article], source_line(texts[slip.article], slip.surface, full=slip.surface),
                              f'"{slip.surface}" may be a misspelling of "{slip.suggestion}" ({slip.reason}); if so, '
                              f'correct it — or, if it is that person written another way, {alias}'))
    return advice


def _reversed_pairs(people: Any) -> list[tuple[Any, Any]]:
    """(the rarer, the other) of listed people whose two-word names are the same words in the other order ("Kim
    Jones" and "Jones Kim"), which the index did not join (only a Hungarian or Japanese name written family name first
    is: analyse/hungariannames.py, analyse/japanesenames.py); the rarer one (fewer articles; of as many, the first name in order) is the one to check."""
    by_words = {tuple(p.name.casefold().split()): p for p in people if p.kind == "person" and len(p.name.split()) == 2}
    pairs = []
    for words, person in sorted(by_words.items()):
        other = by_words.get(words[::-1])
        if other is not None and words < words[::-1]:
            rarer, more = sorted((person, other), key=lambda p: (len(p.articles), p.name))
            pairs.append((rarer, more))
    return pairs


def _romanised(people: Any, paths: dict[str, str], line_of: Callable[[str, str, str], int]) -> list[Diagnostic]:
    """A warning at the rarer of two listed people whose names may be one Korean or Chinese name romanised two ways
    ("Yi Jae-hoon" and "Lee Jae-hoon", "Chang Wei-ming" and "Zhang Weiming": analyse/romanisations.py), or one Japanese
    name with a long vowel written short and long ("Takashi Ono" and "Takashi Ōno": japanesenames.long_vowel_pairs, FX96),
    which the index does not join (either may be another person so written)."""
    from briefgen.analyse.japanesenames import long_vowel_pairs
    from briefgen.analyse.romanisations import romanised_pairs

    listed = {p.name: p for p in people if p.kind == "person"}
    advice = []
    why = dict.fromkeys(romanised_pairs(list(listed)), "the same Korean or Chinese name romanised two ways")
    why.update(dict.fromkeys(long_vowel_pairs(list(listed)), "one Japanese name with a long vowel written short and "
                                                              "long (\"Ono\", 小野, and \"Ōno\", 大野, are two names)"))
    for (one, other), reason in why.items():
        rarer, more = sorted((listed[one], listed[other]), key=lambda p: (len(p.articles), p.name))
        slug = next((a for a in rarer.articles if a in paths), None)
        if slug is not None:
            advice.append(warning(paths[slug], line_of(slug, rarer.name, rarer.name),
                                  f'"{rarer.name}" and "{more.name}" may be one person: {reason}, on two People '
                                  f'pages; if so, declare it under `people:` in '
                                  f'config.yaml with aliases (add "{rarer.name}" to the aliases of "{more.name}")'))
    return advice
