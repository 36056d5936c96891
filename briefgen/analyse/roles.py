"""Who reported a story first: the credited original outlet, the lead article and each member's role.

Takes a story's articles with their scoring `Report`s (which hold the outlets each one
credits, `via:` and text credits together) and the canonical names of its text credits;
gives `Roles`. Rules (issue 9, "What a reader sees" and "Credit and coverage"):

- A member with a `via:` credits that outlet alone: the editor's word for whose reporting it
  re-tells wins over the credits read from its text (`voted`).
- The original outlet is the one credited by the most members' `via:`, then by the most
  members (each member counts once; ties: the outlet credited first in time, then by name):
  an explicit `via:` wins over credits read from other reports' text. "" when none credits one.
- A member that has a `via:` or credits the original outlet is "re-report" (a `via:` is
  decisive for its article, whatever the story's original, even in a report of that outlet);
  any other member from that outlet is "original"; every other member is "independent" (it
  reports the event on its own).
  Since 2026-12-05: in a ferry trial two false credits of a company ("Northsound Ferries
  said", credit_newsmakers.py) outvoted the Courier reprint's `via: Reuters`, and the story
  page called the reprint an "Independent report" beside its "via Reuters". On the synthetic
  10× corpus (benchmarks/stories_eval.py, whose `via:` names each re-telling's true original
  and whose text credits are filler), members with a `via:` not called re-tellings went
  30 → 0 of 257, credited stories whose original is no member's `via:` 57 → 0 of 308;
  the pairwise figures are unchanged (roles do not group).
- The lead is the original article when it is in the story (the earliest, if several),
  else the earliest report (ties by slug). Members: the lead, then by time and slug.
- No outlet is credited with the story (original "", the earliest report leads) when an
  independent report is known to be earlier than every member from or crediting the original
  outlet (`known_earlier`: a date without a time is earlier only than later days): "first
  reported by" would be false. The members keep their roles (a text credit so dismissed may
  be of an earlier story's fact, docs/stories.md, "Limits").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from briefgen.analyse.outletkeys import outlet_key
from briefgen.analyse.similarity import Report
from briefgen.load.documents import Article


@dataclass(frozen=True, slots=True)
class Roles:
    members: tuple[str, ...]  # lead first, then by time
    original: str  # display name of the credited outlet, "" if none
    roles: tuple[tuple[str, str], ...]  # (slug, role), in member order


def known_earlier(first: Article, second: Article) -> bool:
    """Whether `first` is known to have been published before `second`: by the moment when both
    give a time, else by the day (the site's calendar: `published` is in its zone). A date without
    a time is that day, not its midnight: a report dated 6 March is not known to be earlier
    than the FT's of 6 March, 08:00 (a trial: it took the story's credit from the FT, "4 reports"
    instead of "Financial Times reported first", and the FT its lead)."""
    if first.has_time and second.has_time:
        return first.published < second.published
    return first.published.date() < second.published.date()


def voted(article: Article, report: Report) -> frozenset[str]:
    """The outlets (`outlet_key`s) a member credits in its story: its `via:` alone when it has one that is not its
    own outlet (`report.credited` holds it), else every outlet its `report` credits (module docstring)."""
    return frozenset((outlet_key(article.via),)) if _has_via(article, report) else report.credited


def _has_via(article: Article, report: Report) -> bool:
    return bool(article.via) and outlet_key(article.via) in report.credited


def assign_roles(articles: Sequence[Article], reports: Sequence[Report],
                 credits: Sequence[Sequence[str]]) -> Roles:
    """The `Roles` of a story's members (`articles`, their `reports` and the names of their text `credits`, in one
    order): the original outlet, the lead and each member's role (module docstring)."""
    if len(articles) == 1:  # most stories; the same result as below, without the bookkeeping
        slug, credited = articles[0].slug, voted(articles[0], reports[0])
        if not credited:
            return Roles((slug,), "", ((slug, "independent"),))
        key = min(credited)
        names = ([articles[0].via] if articles[0].via else []) + list(credits[0])
        return Roles((slug,), next(n for n in names if outlet_key(n) == key), ((slug, "re-report"),))
    by_time = sorted(range(len(articles)), key=lambda i: (articles[i].published, articles[i].slug))
    names: dict[str, str] = {}  # outlet_key → display name
    votes: dict[str, list[int]] = {}  # outlet_key → positions (in time order) of the members crediting it
    vias: dict[str, int] = {}  # outlet_key → members crediting it by `via:`
    credited = [voted(article, report) for article, report in zip(articles, reports)]
    for rank, i in enumerate(by_time):
        article = articles[i]
        if article.via:
            names.setdefault(outlet_key(article.via), article.via)
            if _has_via(article, reports[i]):
                vias[outlet_key(article.via)] = vias.get(outlet_key(article.via), 0) + 1
        for name in credits[i]:
            names.setdefault(outlet_key(name), name)
        for key in sorted(credited[i]):
            votes.setdefault(key, []).append(rank)
    for article in articles:  # an outlet in the story is named as its articles name it
        if outlet_key(article.source) in names:
            names[outlet_key(article.source)] = article.source
    original_key = min(votes, key=lambda k: (-vias.get(k, 0), -len(votes[k]), votes[k][0], k)) if votes else ""
    role = {}
    for i in by_time:
        if _has_via(articles[i], reports[i]) or original_key and original_key in credited[i]:
            role[i] = "re-report"  # (a `via:` first: an outlet's report re-telling another's is no original)
        elif original_key and reports[i].source == original_key:
            role[i] = "original"
        else:
            role[i] = "independent"
    originals = [i for i in by_time if role[i] == "original"]
    lead = originals[0] if originals else by_time[0]
    tied = [i for i in by_time if role[i] == "original" or original_key and original_key in credited[i]]
    ahead = by_time[:by_time.index(tied[0])] if tied else []  # sorted before every tied member (none re-tells it)
    if any(all(known_earlier(articles[i], articles[t]) for t in tied) for i in ahead):
        # An independent report came before the credited outlet's and before every report of
        # it: that outlet did not report the story first, whatever the others credit it with.
        original_key, lead = "", by_time[0]
    order = [lead] + [i for i in by_time if i != lead]
    return Roles(tuple(articles[i].slug for i in order), names.get(original_key, ""),
                 tuple((articles[i].slug, role[i]) for i in order))
