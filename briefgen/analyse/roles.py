"""Who reported a story first: the credited original outlet, the lead article and each member's role.

Takes a story's articles with their scoring `Report`s (which hold the outlets each one
credits, `via:` and text credits together) and the canonical names of its text credits;
gives `Roles`. Rules (issue 9, "What a reader sees" and "Credit and coverage"):

- A member with a `via:` credits that outlet alone: the editor's word for whose reporting it
  re-tells wins over the credits read from its text (`voted`).
- The original outlet is the one credited by the most members' `via:`, then by the most
  members (each member counts once; ties: the outlet credited first in time, then the one whose report in the story
  was published first, then by name): an explicit `via:` wins over credits read from other reports' text. "" when
  none credits one. An outlet whose members all re-tell another member's report ranks after every other, and a credit
  of it counts for what it re-tells (creditchains.py: T24's reprint `via: Reuters` of Reuters' "as first reported by
  Andes Business Wire"), and so does an outlet all of whose members pass the news on to another, by `via:` or "as first
  reported by" (creditchains.relaying_outlets, BR39 class 2). (T17, 2026-12-06: MineWire's "AFP and The Santiago Courier reported" made AFP the original by
  the alphabet, "others re-tell a later report by AFP", though the Courier's report was the earlier.)
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
- A link is a credit (2026-12-05): a member whose body links to another member's report — its `url:`, or its page
  in the site (`../<slug>/`) — of another outlet published before it ("as [the Record reported](https://…)"; the
  plain text the credits are read in keeps "as the Record reported" or only "as reported", never the address) credits
  that outlet, as "according to" it would (`linked`). The link's frame is not seen (an article's `links` are (line,
  address)), so only a link into another outlet's earlier report of the same story counts: a writer points there to
  whose reporting it is; a link to a later report, to its own outlet's or to any other page credits nothing.
- A copy is a credit (2026-12-05, copies.py): a member whose text copies, word for word, that of a member of another
  outlet published before it credits the earliest such member's outlet and what that member credits (`copy_credits`):
  four papers printing one text were four "independent" reports, where issue 9 counts distinct reports. The earliest
  copy is then the original, unless it credits one itself (a `via:` to the wire whose copy they all print).
- A credit of background is no re-telling (2026-12-05): a member whose every credit is of an outlet whose credited
  report belongs to an earlier story re-tells nothing of this story ("The Record first revealed the grounding last
  month", "warnings …, first reported by the Coast Record": the ferry trial's inquiry story called the Standard a
  re-telling of the Coast Record, whose report was the steering-warning story's). `background_credits` finds them:
  the outlet has no report in this story but ones published after the member (the T13 trial, 2026-12-06: "The case
  comes a day after The Morning Ledger revealed a company plan to cut guards" made a court report a re-telling, the
  Ledger's only report in its story an explainer of the next day; a later day, not a later minute: BR13 found a
  paper's wire copy timed 30 minutes before the wire's own made the copy "First reported here", four independent
  reports, as the wire's earlier reports were background), and a report of it in another story was published
  before this story's first report and was scored against the member by the grouping (they share the words candidates share: a report
  of the same matter, not any report of that outlet). `assign_roles(…, background=)` takes them per member.
- A report of the credited outlet known to be published after a member that credits it is not the report re-told
  (2026-12-06, a tester's election briefing: the Sentinel's "as The Division Lobby reported" of 18 November, 19:00,
  and the Lobby's report of 19 November, 08:30, showed "First reported by The Division Lobby, 19 November", the
  Lobby's report heading the story and a "Re-telling" above the "Original reporting" it re-told): it is
  "independent", and the outlet is credited without a report of the briefing (the re-told one is not in it; `check`
  tells the editor the dates disagree: advice.py). Not when the member prints its text, as a reprint of wire copy
  does: a feed gives a wire story's last update, a paper's site its own time, and a breaker (BR10, 2026-12-06) found
  the wire's own item, 0.1-3 hours after a paper's reprint crediting it (`via:` or its dateline), called a re-telling
  of itself and the reprint heading the story. An earlier copy that says it prints a member's outlet (its `via:` or
  the wire dateline opening it; not a credit elsewhere in its text, BR11) is its reprint, not its original
  (`copy_credits`; tests/stories/test_wire_clock.py). The crediting member must say it prints that outlet's copy
  (`_prints_for`: its `via:`, or its dateline by the outlet's name, head or initials); else the later report re-tells
  what it credits (`_retells`) or is independent. A report never re-tells its own outlet (BR22, 2026-12-06: an
  agency's item after a client's "HANOI (AOP) —" print said it re-told "Agence Orient Presse", itself).
- A member crediting an outlet with a report in the story not known to be published after it re-tells that report
  ("re-report", `_retells`), whichever outlet the story credits; the credited outlet's own report stays "original"
  (T17, 2026-12-06: the Seoul Herald's "SANTIAGO, Chile (Pacifica) —" print of Pacifica's copy was an "Independent
  report" as AFP was the story's credited outlet).
- A party's own statement (parties.py: an organisation in the news, a company's press release) is "statement": its
  outlet is credited by no member's text, it leads no story while a report is in it, and it does not take the credit
  from the outlet the others credit (`known_earlier` below counts reports only): "first reported by" measures
  reporting (T17: the mine operator's statement, 11:00, headed the story over AFP's report, 14:10).
- The lead is the original article when it is in the story (the earliest, if several),
  else the earliest report, a statement only when nothing else is (ties by slug). Members: the lead, then by time
  and slug.
- A member printing a credited outlet's copy (its `via:`, its opening dateline: creditchains.prints_copy) is
  "re-report", and a member re-telling another member's report that does not credit it back is never "original"
  (creditchains.retells_one_way; T24, 2026-12-07).
- The credit passes to the next outlet in the ranking with a report in the story (`_cast`), and to none when every
  one is dismissed so (the roles then those of the first), when an
  independent report is known to be earlier than every member from or crediting the original
  outlet (`known_earlier`: a date without a time is earlier only than later days): "first
  reported by" would be false. The members keep their roles (a text credit so dismissed may
  be of an earlier story's fact, docs/log/stories.md, "Limits").
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Mapping, Sequence
from urllib.parse import urlsplit

from briefgen.analyse.copies import copied
from briefgen.analyse.creditchains import dateline_wire, followed, known_earlier, printed, prints_copy, retelling_outlets, retells_one_way
from briefgen.analyse.creditchains import relaying_outlets, uncycled
from briefgen.analyse.creditchains import retells as _retells
from briefgen.analyse.outletkeys import name_forms, outlet_key
from briefgen.analyse.parties import parties
from briefgen.analyse.similarity import Report
from briefgen.analyse.wirecopy import dateline_outlet
from briefgen.load.documents import Article


@dataclass(frozen=True, slots=True)
class Roles:
    members: tuple[str, ...]  # lead first, then by time
    original: str  # display name of the credited outlet, "" if none
    roles: tuple[tuple[str, str], ...]  # (slug, role), in member order
    # (slug, the outlet it re-tells, the slug of that outlet's report it re-tells or "") per re-telling, member order
    retells: tuple[tuple[str, str, str], ...] = ()


def voted(article: Article, report: Report) -> frozenset[str]:
    """The outlets (`outlet_key`s) a member credits in its story: its `via:` alone when it has one that is not its
    own outlet (`report.credited` holds it), or the wire its opening dateline names (`_wire`), else every outlet its
    `report` credits (module docstring)."""
    return frozenset((wire,)) if (wire := _wire(article, report)) else report.credited


def _has_via(article: Article, report: Report) -> bool:
    return bool(_wire(article, report))


def _wire(article: Article, report: Report) -> str:
    """The outlet (`outlet_key`) whose copy a member prints: its `via:` when its report credits it, else the wire its
    opening dateline names by its name or an alias ("SANTIAGO, Chile (Reuters) —"), credited and not its own; "" when
    none. A dateline print counts as a `via:` one (BR53, FX93, 2026-12-07: FX88's dated rule followed a `via: Reuters`
    print's credit to what Reuters re-tells, not the same print's dateline's, and the story credited Bloomberg)."""
    if article.via and outlet_key(article.via) in report.credited:
        return outlet_key(article.via)
    return dateline_wire(report)


def _crediting(report: Report, credited: frozenset[str]) -> Report:
    """`report` crediting `credited` besides what it did (none at all when `credited` is empty: background), never
    its own outlet: a report re-tells no report of its own outlet (BR22: an agency's copy printed first by a client
    credited, through the client's copy, the agency itself, and its page said it "re-tells reporting first published
    by" its own agency)."""
    return replace(report, credited=(report.credited | credited) - {report.source} if credited else frozenset())


def copy_credits(articles: Sequence[Article], reports: Sequence[Report]) -> list[Report]:
    """`reports` (a story's members, in one order with `articles`) with each copy crediting what it copies: a member
    whose text copies (copies.copied, its lead not asked for: they are one story) that of members of other outlets
    known to be published before it credits the earliest of them (by time, then slug) and what that one credits — a
    reprint re-tells what its original re-tells (module docstring). A member with a `via:` keeps the editor's word.
    An earlier copy that says it prints the member's outlet (its `via:`, a wire dateline "(Coast Wire)" opening it:
    `_prints_for`) is a reprint of the member itself, published first by the reprinting paper's clock: the member
    credits nothing for it."""
    by_time = sorted(range(len(articles)), key=lambda i: (articles[i].published, articles[i].slug))
    found = list(reports)
    for rank, i in enumerate(by_time):
        if _has_via(articles[i], reports[i]) or not reports[i].copies:
            continue
        own = outlet_key(articles[i].source)
        for j in by_time[:rank]:
            if outlet_key(articles[j].source) != own and known_earlier(articles[j], articles[i]) and not _prints_for(
                    articles[j], reports[j], articles[i].source) and copied(reports[j].copies, reports[i].copies, lead=False):
                found[i] = _crediting(reports[i], frozenset((outlet_key(articles[j].source),)) | voted(
                    articles[j], found[j]))
                break
    return found


def _prints_for(article: Article, report: Report, source: str) -> bool:
    """Whether `article` says it prints the copy of the outlet named `source`: its `via:` or the wire dateline opening
    its text names it (wirecopy.opening_dateline) — by its name or alias, its name's head ("(Pacifica)") or, where its
    `report` credits that outlet, the initials the credit was read by (wirecopy.dateline_outlet: "HANOI (AOP) —" of
    Agence Orient Presse; BR22: the agency's own later copy credited itself through such a print). Not a credit
    elsewhere in its text: a paper's scoop that recalls "as Coast Wire reported at the time" is its own, and the wire's
    later copy of it re-tells it (a breaker, BR11, 2026-12-06)."""
    outlet = outlet_key(source)
    if article.via and outlet_key(article.via) == outlet:
        return True
    written = report.dateline.partition("\t")[2] if report.dateline else ""
    agency = outlet_key(written) if written else ""
    if not agency:
        return False
    if agency == outlet or outlet.startswith(f"{agency} ") or agency in map(outlet_key, name_forms(source)):
        return True  # (its name, its name's head, or the initials its `sources:` name brackets: "(ASN)", T24)
    return outlet in report.credited and dateline_outlet(
        written.upper(), {outlet: source}) is not None  # (the dateline is read in lower case: its initials capitalised)


def _members_named(articles: Sequence[Article], reports: Sequence[Report],
                   credits: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """`credits` (the names of each member's text credits) with the outlets of members its report credits (a link,
    a copy) named as those members name their outlet."""
    return [tuple(credits[i]) + tuple(a.source for a in articles if outlet_key(a.source) in reports[i].credited
                                      and outlet_key(a.source) not in map(outlet_key, credits[i]))
            for i in range(len(articles))]


def linked(article: Article, others: Sequence[Article]) -> frozenset[str]:
    """The outlets (`outlet_key`s) of the `others` (a story's members) whose reports `article` links to — by their
    `url:` (scheme, "www.", a trailing "/", query and fragment aside) or their page in the site (an address ending in
    "<slug>/") — when of another outlet and published before it (module docstring); frozenset() when none."""
    if not article.links:
        return frozenset()
    addresses = {_address(address) for _, address in article.links}
    own = outlet_key(article.source)
    return frozenset(outlet_key(other.source) for other in others
                     if outlet_key(other.source) != own and known_earlier(other, article)
                     and (other.url and _address(other.url) in addresses
                          or any(a.rstrip("/").rsplit("/", 1)[-1] == other.slug for a in addresses if "://" not in a)))


def background_credits(story: Sequence[int], articles: Sequence[Article], reports: Sequence[Report],
                       story_of: Sequence[int], by_outlet: Mapping[str, Sequence[int]],
                       paired: Callable[[int, int], bool]) -> tuple[frozenset[str], ...]:
    """Per member of `story` (indices into the briefing's `articles` and their `reports`), the outlets it credits
    whose credited report is in an earlier story (module docstring): no member of the story is of that outlet but
    members published on a later day (not the report it re-tells; minutes of two outlets' clocks, or a copy timed
    before its wire, tell no order), and one of its reports
    (`by_outlet`: outlet_key → indices of its articles) is in another story (`story_of`: index → story number),
    published before the story's first member and `paired` with the member by the grouping."""
    first = min(articles[i].published for i in story)
    return tuple(frozenset(key for key in reports[i].credited if all(
        articles[i].published.date() < articles[j].published.date() for j in story if reports[j].source == key) and any(
        story_of[j] != story_of[i] and articles[j].published < first and paired(i, j) for j in by_outlet.get(key, ())))
        for i in story)


def _address(address: str) -> str:
    """An address as links to one report are compared: host without "www." and path without a trailing "/", lower
    case; a relative address as written, less its query and fragment."""
    parts = urlsplit(address.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}".lower() if host else parts.path.rstrip("/") + "/"


def assign_roles(articles: Sequence[Article], reports: Sequence[Report],
                 credits: Sequence[Sequence[str]], background: Sequence[frozenset[str]] | None = None) -> Roles:
    """The `Roles` of a story's members (`articles`, their `reports` and the names of their text `credits`, in one
    order): the original outlet, the lead and each member's role (module docstring). `background`: per member, the
    outlets (`outlet_key`s) whose credited report is in an earlier story (`background_credits`); None when not known."""
    if len(articles) > 1 and any(a.links for a in articles):  # (a link into another member's report: a credit)
        reports = [report if _has_via(article, report) or not (found := linked(article, articles)) else
                   _crediting(report, found) for article, report in zip(articles, reports)]
        credits = _members_named(articles, reports, credits)
    if len(articles) > 1 and sum(bool(r.copies) for r in reports) > 1:  # (a copy of an earlier member's text: a credit)
        reports = copy_credits(articles, reports)
        credits = _members_named(articles, reports, credits)
    if background:  # (every credit of background: no credit; a `via:` is the editor's word and stays)
        reports = [report if _has_via(article, report) or not report.credited or not report.credited <= elsewhere
                   else _crediting(report, frozenset()) for article, report, elsewhere in zip(articles, reports, background)]
    party = parties(articles, reports) if len(articles) > 1 else frozenset()
    if party:  # (a party's own statement: its word reported, no reporting re-told, parties.py; a `via:` stays)
        reports = [report if _has_via(article, report) or report.credited.isdisjoint(party) else
                   replace(report, credited=report.credited - party) for article, report in zip(articles, reports)]
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
    vias: dict[str, int] = {}  # outlet_key → members crediting it by `via:` (or an outlet it re-tells: creditchains)
    credited = [voted(article, report) for article, report in zip(articles, reports)]
    printing = [_has_via(articles[i], reports[i]) or prints_copy(articles[i], reports[i], credited[i], tuple(
        credits[i]), _prints_for) for i in range(len(articles))]
    if any(credited):  # (credits round a loop, no member known later: no order, no credit — but a print's; uncycled)
        credited = uncycled(articles, reports, credited, printing)
    retellers = retelling_outlets(articles, reports, credited)
    relays = relaying_outlets(reports, credited) - retellers  # (they say another had the news first: creditchains)
    for rank, i in enumerate(by_time):
        article = articles[i]
        if article.via:
            names.setdefault(outlet_key(article.via), article.via)
        # (a print's wire, by its `via:` or its dateline alone, BR53: followed whatever its time, BR10's exemption)
        wire = frozenset((_wire(article, reports[i]),)) if _has_via(article, reports[i]) else printed(
            article, reports[i], credited[i], tuple(credits[i]), _prints_for) if printing[i] else frozenset()
        for key in followed(wire, reports, credited, retellers, relays) if wire else ():
            vias[key] = vias.get(key, 0) + 1
        for name in credits[i]:
            names.setdefault(outlet_key(name), name)
        for key in sorted(followed(credited[i], reports, credited, retellers, relays, (articles, i))):
            votes.setdefault(key, []).append(rank)
    for article in articles:  # an outlet in the story is named as its articles name it
        if outlet_key(article.source) in names:
            names[outlet_key(article.source)] = article.source
    reported = {}  # outlet_key → the position (in time order) of its earliest member
    for rank, i in enumerate(by_time):
        reported.setdefault(reports[i].source, rank)
    ranked = sorted(votes, key=lambda k: (k in retellers or k in relays, -vias.get(k, 0), -len(votes[k]), votes[k][0],
                                          reported.get(k, len(by_time)), k))
    cast = None
    for original_key in ranked or [""]:  # (the first the dates do not dismiss — after the first, only an outlet with a
        # report in the story: T24's El Altiplano; none: the first's roles, no credit)
        if cast and original_key not in reported:
            continue
        role, lead, reporting, kept = _cast(original_key, articles, reports, credited, printing, party, by_time)
        cast = cast or (role, lead, reporting, original_key)
        if kept:
            break
    else:
        role, _, reporting, kept_key = cast
        original_key, lead = "", reporting[0]
    kept_key = original_key or cast[3]  # (whom the re-tellings credit, when the story's credit is dismissed)
    order = [lead] + [i for i in by_time if i != lead]
    return Roles(tuple(articles[i].slug for i in order), names.get(original_key, ""),
                 tuple((articles[i].slug, role[i]) for i in order),
                 tuple(retold(i, articles, reports, credited[i], role, by_time, kept_key, names)
                       for i in order if role[i] == "re-report"))


def _cast(original_key: str, articles: Sequence[Article], reports: Sequence[Report],
          credited: Sequence[frozenset[str]], printing: Sequence[bool], party: frozenset[str],
          by_time: Sequence[int]) -> tuple[dict[int, str], int, list[int], bool]:
    """(role per member index, lead, the members that report — not a party's statement — in time order, whether the
    dates keep `original_key` as the story's credit) with `original_key` the credited outlet (module docstring)."""
    role = {}
    for i in by_time:
        if printing[i] or original_key and original_key in credited[i]:
            role[i] = "re-report"  # (a `via:` or a print of a credited outlet's copy first: an outlet's report
            # re-telling another's is no original)
        elif original_key and reports[i].source == original_key and not retells_one_way(i, articles, reports, credited):
            role[i] = "original"
        elif _retells(i, articles, reports, credited[i]):
            role[i] = "re-report"  # (of another member's report, not the credited outlet's; never the original)
        elif reports[i].source in party:
            role[i] = "statement"
        else:
            role[i] = "independent"
    crediting = [i for i in by_time if original_key and original_key in credited[i]]
    for i in by_time:  # (a report of the credited outlet after one that re-tells its reporting: not the one re-told,
        # unless that one prints its text: a reprint of the wire's copy, timed by the paper's clock, copy_credits — one
        # that says it does, by its via: or dateline (_prints_for); a paper's own report the wire copied later credits
        # the wire only in passing, BR11, and the wire's copy re-tells the paper's report, BR22)
        if role[i] == "original" and any(known_earlier(articles[c], articles[i]) and not (
                reports[c].copies and reports[i].copies and _prints_for(articles[c], reports[c], articles[i].source)
                and copied(reports[c].copies, reports[i].copies, lead=False)) for c in crediting):
            role[i] = "re-report" if _retells(i, articles, reports, credited[i]) else "independent"
    originals = [i for i in by_time if role[i] == "original"]
    reporting = [i for i in by_time if role[i] != "statement"] or list(by_time)  # (a party's statement leads no story)
    lead = originals[0] if originals else reporting[0]
    tied = [i for i in by_time if role[i] == "original" or original_key and original_key in credited[i]]
    ahead = by_time[:by_time.index(tied[0])] if tied else []  # sorted before every tied member (none re-tells it)
    # An independent report came before the credited outlet's and before every report of it: that outlet did not
    # report the story first, whatever the others credit it with.
    dismissed = any(role[i] != "statement" and all(known_earlier(articles[i], articles[t]) for t in tied) for i in ahead)
    # The credited outlet's own reports here: none the original and one re-telling another's report, not printing it
    # (FX85: "ABW 0h credits Reuters", "Reuters 1h credits ABW", "Reuters 1h" said "First reported by Reuters" of a
    # Reuters report re-telling ABW's): its reporting came after, by its own word; the next credited outlet is tried.
    # Not when what it re-tells is a print of its own copy timed before it (a wire's clock: the 10x corpus).
    retelling = original_key and "original" not in role.values() and any(
        role[i] == "re-report" and not printing[i] and reports[i].source == original_key and any(
            reports[j].source in credited[i] and reports[j].source != original_key
            and not known_earlier(articles[i], articles[j]) and not (printing[j] and original_key in credited[j])
            for j in by_time if j != i) for i in by_time)
    return role, lead, reporting, not dismissed and not retelling


def retold(i: int, articles: Sequence[Article], reports: Sequence[Report], credited: frozenset[str],
           role: Mapping[int, str], by_time: Sequence[int], original_key: str,
           names: Mapping[str, str]) -> tuple[str, str, str]:
    """(slug, outlet, slug of its report or "") of re-telling `i`: the report it re-tells, not the story's one
    original. Its `via:`, else the story's credited outlet (`original_key`) when it credits it — that outlet's
    "original" report, as the story page names it — else the outlet with the earliest report in the story not known
    to be published after it among those it credits (`_retells`); of an outlet not credited by the story, its earliest
    such report; of those, the first that does not credit `i`'s outlet back (FX75: "Reuters 10:00 … ABW" beside
    another Reuters report of 10:00 crediting no one, ABW's of 10:00 crediting Reuters re-told the first, which
    credits it back). The T18 trial's Economic Courier printed Agence Orient Presse's copy ("HANOI (AOP) —") and its
    page said "The original, in this briefing: …" of Reuters, the story's credited outlet (2026-12-06)."""
    article = articles[i]
    if wire := _wire(article, reports[i]):
        key, name = wire, article.via if outlet_key(article.via) == wire else names.get(wire, "")
    elif original_key and original_key in credited:
        key, name = original_key, names.get(original_key, "")
    else:
        key = next((reports[j].source for j in by_time if j != i and reports[j].source in credited
                    and not known_earlier(article, articles[j])), min(credited, default=""))
        name = names.get(key) or next((a.source for a in articles if outlet_key(a.source) == key), "")
    if key == original_key:
        told = [j for j in by_time if role[j] == "original" and reports[j].source == key]
    else:
        told = [j for j in by_time if j != i and reports[j].source == key and not known_earlier(article, articles[j])]
    # (of those, one that does not credit `i`'s outlet back: two of one time crediting each other tell no order, BR39)
    report = next((j for j in told if reports[i].source not in reports[j].credited), told[0] if told else None)
    return article.slug, name, articles[report].slug if report is not None else ""
