"""A block quotation signed with a dash line is its signer's quote (load/plaintext.attributed_quotations
→ analyse/quotes.py's dash lead-out), however the editor lays it out; unsigned ones are no one's.

A trial's wildfire briefing: `> We will rebuild every village.` then `— Kyriakos Mitsotakis` added
no quote to his People page."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st
from support.examples import examples

from briefgen.analyse.quotes import quotes_in
from briefgen.load.markup import MarkdownRenderer
from briefgen.load.plaintext import plain_blocks
from tests.support.sites import MINIMAL_SITE, run_cli, write_site

RENDERER = MarkdownRenderer()
WORDS = st.sampled_from(["we", "will", "rebuild", "every", "village", "the", "fires", "are", "out", "now", "and",
                         "no", "family", "is", "left", "alone", "this", "summer", "was", "hard", "europe’s",
                         "it’s", "greece’s"])  # (apostrophes are no quotation marks)
SENTENCE = st.lists(WORDS, min_size=3, max_size=9).map(lambda w: " ".join(w).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=3).map(" ".join)
NAMES = st.sampled_from(["Kyriakos Mitsotakis", "Olena Kovalenko", "Ana María Pérez", "Jean-Noël Barrot",
                         "Vassilis Kikilias", "Seán O’Brien"])
ROLES = st.sampled_from(["", ", prime minister", ", the civil protection minister", ", in a televised address"])
DASHES = st.sampled_from(["—", "–", "--"])
LAYOUTS = st.sampled_from(["last paragraph", "next line", "after", "footer"])


def _markdown(paragraphs: list[str], dash: str, signature: str, layout: str) -> str:
    quoted = "\n>\n".join(f"> {p}" for p in paragraphs)
    if layout == "last paragraph":
        return f"Intro.\n\n{quoted}\n>\n> {dash} {signature}\n\nAfter.\n"
    if layout == "next line":
        return f"Intro.\n\n{quoted}\n> {dash} {signature}\n\nAfter.\n"
    if layout == "after":
        return f"Intro.\n\n{quoted}\n\n{dash} {signature}\n\nAfter.\n"
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"Intro.\n\n<blockquote>{inner}<footer>{dash} <cite>{signature}</cite></footer></blockquote>\n\nAfter.\n"


@settings(max_examples=examples(200), deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=3), NAMES, ROLES, DASHES, LAYOUTS)
def test_a_signed_block_quotation_is_the_signers(paragraphs: list[str], name: str, role: str, dash: str,
                                                 layout: str) -> None:
    text = plain_blocks(RENDERER.render(_markdown(paragraphs, dash, name + role, layout), "x"))
    found = quotes_in("Fires are out", text)
    assert [(q.text, q.name) for q in found] == [(" ".join(paragraphs), name)], text
    assert text.startswith("Intro.\n\n") and text.endswith("\n\nAfter.")  # nothing else of the body moves


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=3), st.sampled_from(["", "Not signed.", "A dash — inside a line."]))
def test_an_unsigned_block_quotation_is_no_ones(paragraphs: list[str], after: str) -> None:
    """An excerpt (of a report, a law) with no dash line: read as before, no quotation made up."""
    body = "\n>\n".join(f"> {p}" for p in paragraphs) + (f"\n\n{after}\n" if after else "\n")
    text = plain_blocks(RENDERER.render(body, "x"))
    assert "“" not in text and not quotes_in("Fires", text)


def test_quotation_marks_inside_leave_the_quotation_as_written() -> None:
    """`> “We will,” he said.` signed "— Reuters": the speaker is inside; Reuters is the source."""
    for marks in ("“We will rebuild,”", "&ldquo;We will rebuild,&rdquo;", '"We will rebuild,"', "‘We will rebuild,’",
                  "«We will rebuild»,"):
        text = plain_blocks(RENDERER.render(f"> {marks} Mitsotakis said.\n>\n> — Reuters\n", "x"))
        assert text.endswith(" Mitsotakis said.\n\n— Reuters") and text.count("“") <= 1, text


def test_the_signer_lists_the_pull_quote_on_their_people_page(tmp_path: Path) -> None:
    article = ("---\ntitle: Greece counts the cost of the fires\nsource: Kathimerini\n"
               "published: 2026-07-24T09:00:00+03:00\n---\nThe fires on Evia are out after nine days.\n\n"
               "> We will rebuild every village, every house.\n\n— Kyriakos Mitsotakis, prime minister\n")
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/fires.md": article})
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    page = (root / "output/people/kyriakos-mitsotakis/index.html").read_text(encoding="utf-8")
    assert "We will rebuild every village, every house." in page
    shown = (root / "output/articles/fires/index.html").read_text(encoding="utf-8")
    assert "<blockquote" in shown and "“We will rebuild" not in shown  # the page shows what the editor wrote


CLAUSES = st.sampled_from(["has not commented on the statement.", "disagreed the next day.", "was not convinced.",
                           "replied: no.", "did not respond, his office said.", "will answer on Monday",
                           "says otherwise (see below).", ", who has not commented.", ", however, disagreed.",
                           ", en revanche, a refusé de commenter.", "(@POTUS) did not reply!"])
LEADS = st.sampled_from(["", "Translated by ", "Quoted by ", "Letter to ", "reply to ", "as "])


@settings(max_examples=examples(150), deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=2), NAMES, CLAUSES, LEADS, DASHES,
       st.sampled_from(["last paragraph", "next line", "after"]))
def test_a_dash_sentence_after_a_quotation_gives_it_to_no_one(paragraphs: list[str], name: str, clause: str,
                                                              lead: str, dash: str, layout: str) -> None:
    """`> We will not accept it.` then `— Putin has not commented.`: the editor's sentence, not a
    signature; the quotation is left as written and no one named in the dash line is its speaker."""
    signature = f"{lead}{name}{'' if clause[0] == ',' else ' '}{clause}"
    text = plain_blocks(RENDERER.render(_markdown(paragraphs, dash, signature, layout), "x"))
    assert "“" not in text and not [q for q in quotes_in("Fires are out", text) if q.name], text


def test_a_dash_sentence_adds_nothing_to_the_people_page_of_who_it_names(tmp_path: Path) -> None:
    article = ("---\ntitle: Kyiv rejects the draft deal\nsource: Kyiv Independent\n"
               "published: 2026-07-24T09:00:00+03:00\n---\nVladimir Putin sent the draft to Kyiv on Monday; "
               "Ukraine's foreign ministry answered in a statement.\n\n"
               "> We will not accept any deal that freezes the front line.\n\n"
               "— Putin has not commented on the statement.\n\n"
               "Vladimir Putin and Olaf Scholz spoke by phone last week, officials said.\n")
    root = write_site(tmp_path / "site", {**MINIMAL_SITE, "content/articles/deal.md": article})
    done = run_cli(["build"], root)
    assert done.returncode == 0, done.stderr
    assert not any("freezes the front line" in page.read_text(encoding="utf-8")
                   for page in (root / "output/people").rglob("*.html"))
