"""T21's missed credit (finding 11; FX32, 2026-12-07): "TechVeld had it first: a Telegram post …" credited nobody,
and the blog post re-telling TechVeld's scoop was an "Independent report" (creditscoops.py, credits.detect_credits).

The scoop's idioms credit the outlet named with them, a known or site outlet only: "X had it first", "X got there
first", "X was first with the story", "X broke the news", ", which had it first", "hat tip to X", "h/t X".
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.credits import credit_finder, detect_credits
from stories.storyeval import group, load_site

SITE_OUTLETS = ("TechVeld", "The Float", "Daily Taifa", "Pan-African Press Service (PAPS)", "Northsound Ferries")
# (as written, canonical): site outlets, known ones, one read by a known alias
OUTLETS = (("TechVeld", "TechVeld"), ("Reuters", "Reuters"), ("The Guardian", "The Guardian"),
           ("Daily Taifa", "Daily Taifa"), ("Bloomberg News", "Bloomberg"), ("NPR", "NPR"))
# {o}: the outlet; each idiom in a sentence of a blog post
IDIOMS = ("{o} had it first: a Telegram post from a group calling itself Simba Shadow.",
          "{o} has it first: the group posted screenshots overnight.",
          "{o} got there first, with screenshots of the post.",
          "{o} was first with the story on Tuesday morning.",
          "{o} was the first to the news, hours before the company spoke.",
          "{o} broke the news on Tuesday morning.",
          "{o} had the scoop.",
          "The claim, which {o}, which had it first, called unverified, is on Telegram.",
          "The group posted on Telegram (hat tip to {o}).",
          "The group posted on Telegram (h/t {o}).",
          "Hat tip: {o}, which spotted the post.",
          "H/T {o} for the screenshots.",
          "The post is real (hat-tip to {o}).")
OPENERS = ("", "I have read the post. ", "Update, 18:00: ")


@settings(max_examples=examples(80), deadline=None)
@given(st.sampled_from(IDIOMS), st.sampled_from(OUTLETS), st.sampled_from(OPENERS))
@example("{o} had it first: a Telegram post from a group calling itself Simba Shadow, claiming the ChapaPesa outage.",
         ("TechVeld", "TechVeld"), "")
def test_a_scoop_idiom_credits_its_outlet(idiom: str, outlet: tuple[str, str], opener: str) -> None:
    """Idioms x outlets (site, known, an alias) x what comes before: the outlet is credited, once."""
    written, name = outlet
    text = opener + idiom.format(o=written)
    credited = [c.outlet for c in detect_credits(text, credit_finder(SITE_OUTLETS))]
    assert credited == [name], (text, credited)


@given(st.sampled_from(IDIOMS))
def test_no_outlet_no_credit(idiom: str) -> None:
    """A person's name, a name no list holds, or a company the site lists that acts in the news (a newsmaker,
    credit_newsmakers.py): nothing credited."""
    finder = credit_finder(SITE_OUTLETS)
    for who in ("Annelie Botha", "Smith", "Simba Shadow"):
        text = idiom.format(o=who)
        assert detect_credits(text, finder) == (), text
    for text in ("Northsound Ferries had it first.", "Northsound Ferries broke the news to its staff on Monday."):
        assert [c.outlet for c in detect_credits(text, finder)] != ["Northsound Ferries"], text


ARTICLES = {
    "techveld-claim": ("TechVeld", "2026-11-17T07:30:00", "Hacker group 'Simba Shadow' claims ChapaPesa attack",
                       "A hacker group calling itself Simba Shadow claimed on Tuesday that it had broken into "
                       "ChapaPesa's systems and caused the outage that has kept the Kenyan mobile-money platform "
                       "offline since Monday, in a post seen by TechVeld on a Telegram channel.\n\nThe post said the "
                       "group had \"held the ledger for thirty hours\" and demanded a payment in bitcoin. TechVeld "
                       "could not verify the claim."),
    "blog-claim": ("The Float", "2026-11-17T18:00:00", "Simba Shadow and the ChapaPesa ledger: read the claim carefully",
                   "TechVeld had it first: a Telegram post from a group calling itself Simba Shadow, claiming the "
                   "ChapaPesa outage.\n\nI have read the post. The screenshots are of an admin console, yes. But a "
                   "console is not a ledger, and \"we held the ledger\" is the sort of thing a group says when it "
                   "wants to be paid by someone other than the victim. Wait for the forensics."),
}


def test_the_blog_post_re_tells_the_scoop(tmp_path: Path) -> None:
    """The trial's pair: one story, TechVeld's report the original, the blog post its re-telling (an "Independent
    report" before)."""
    root = tmp_path
    (root / "content" / "articles").mkdir(parents=True)
    (root / "config.yaml").write_text("title: Briefing\nbase_url: https://example.org/\nlanguage: en\n"
                                      "timezone: Africa/Nairobi\nsources:\n  - name: TechVeld\n    url: https://t.example\n"
                                      "  - name: The Float\n    url: https://f.example\n", encoding="utf-8")
    for slug, (source, published, title, body) in ARTICLES.items():
        (root / "content" / "articles" / f"{slug}.md").write_text(
            f"---\ntitle: \"{title}\"\nsource: {source}\npublished: '{published}'\n---\n{body}\n", encoding="utf-8")
    story = group(load_site(root)).story_of("blog-claim")
    assert set(story.members) == set(ARTICLES) and story.original == "TechVeld"
    assert dict(story.roles) == {"techveld-claim": "original", "blog-claim": "re-report"}
