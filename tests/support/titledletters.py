"""The four articles of the titled-surname frames (a trial of 2026-12-04, consultants-letter-mtw.md): he and she of one
surname, each quoted, named together once, and a "Mr/Ms <surname>" quotation to give to one of them.
`titled_bodies(...)` → {slug: body}. Shared by test_titled_surnames_across and test_given_name_titles_fx119."""
from __future__ import annotations


def titled_bodies(his: str, hers: str, surname: str, shown: bool, pronoun: bool, mr: bool) -> dict[str, str]:
    """Slugs "her", "his", "both", "titled" → bodies. `shown`: her quotation closes with "she said" (she is shown a
    woman), else with her full name; `pronoun`: the titled quotation's speaker is "he"/"she" after "Mr/Ms <surname>
    wants …", else "Mr/Ms <surname> said"; `mr`: "Mr" and "he", else "Ms" and "she"."""
    her_words = "she said" if shown else f"{hers} {surname} said"
    bodies = {"her": f"{hers} {surname} leads the nurses. “Our members will not be bullied into silence,” {her_words}.",
              "his": f"{his} {surname} organised the letter. “An emergency department needs surgeons,” said {his} "
                     f"{surname}.",
              "both": f"{his} {surname} and {hers} {surname} spoke at the meeting on Monday."}
    title, pro = ("Mr", "he") if mr else ("Ms", "she")
    bodies["titled"] = (f"{title} {surname} wants the trust to publish. “Publish it and let us check the arithmetic,” "
                        f"{pro} said." if pronoun else
                        f"The letter was sent. “Publish it and let us check the arithmetic,” {title} {surname} said.")
    return bodies
