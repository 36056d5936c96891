"""A re-telling in another language that credits the same original groups with it (docs/log/stories.md, Limits).

Before German and French credits were read (by the article's `language:`), "selon Reuters" and "laut
Reuters" credited nothing, and a French re-telling of an English report shared names and numbers but no
event word: it was a suggestion (score 0.43, under the threshold 0.5). Read in French, it credits Reuters as the English report
("told Reuters") does, and the two are one story (0.63). The same French text read as English (no `language:`
in an English briefing) still credits nothing: the frames and credits are the declared language's.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from support.sites import run_cli, write_site

CONFIG = ("title: Fisheries Briefing\nbase_url: https://example.org/\nlanguage: en\ntopics:\n  - id: fish\n"
          "    title: Fisheries\n    keywords: [fisheries]\n")
ENGLISH = ("The Guardian", "2026-03-03T10:00:00+00:00", "Norway to reopen Barents quota talks",
           "Norway's fisheries minister Ingrid Solberg told Reuters on Tuesday that Oslo would reopen the Barents "
           "Sea cod quota negotiations with Moscow on 14 March, after a 9 per cent cut. Solberg said the 12 "
           "delegations would meet in Tromsø.")
FRENCH = ("Le Figaro", "2026-03-03T16:00:00+01:00", "La Norvège rouvre le dossier du cabillaud",
          "La ministre norvégienne de la Pêche, Ingrid Solberg, rouvrira à la mi-mars les négociations avec "
          "Moscou sur le cabillaud de l'Arctique, selon Reuters. Après une forte baisse, les délégations se "
          "retrouveront dans le Grand Nord.")
OTHER = ("NRK", "2026-03-04T09:00:00+01:00", "Ferry strike in Bergen ends",
         "The ferry workers' strike in Bergen ended on Wednesday after the union accepted a 4 per cent pay rise. "
         "Services to the islands resume on Thursday, the operator said.")


@pytest.mark.parametrize("french", [True, False])
def test_a_french_re_telling_crediting_reuters_joins_the_english_one(tmp_path: Path, french: bool) -> None:
    files = {"config.yaml": CONFIG}
    for slug, (source, published, title, body) in {"guardian": ENGLISH, "figaro": FRENCH, "nrk": OTHER}.items():
        language = "language: fr\n" if slug == "figaro" and french else ""
        files[f"content/articles/{slug}.md"] = (f"---\ntitle: {title}\nsource: {source}\npublished: {published}\n"
                                                f"{language}---\n{body}\n")
    root = write_site(tmp_path / "site", files)
    done = run_cli(["check", "-v"], root)
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    together = "story guardian: 2 reports" in said or "story figaro: 2 reports" in said
    assert together == french, said
    assert ("may belong to the story" in said) == (not french), said  # read as English: a suggestion (0.43), as before
