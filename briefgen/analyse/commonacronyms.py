"""Acronyms that are common nouns, not bodies: a run of three or more capitals is read as an organisation
(nameruns.py: "NATO", "OSCE", "CMA"), and these are not one.

A trial (2026-12-03) published an Organisation page "LNG" (liquefied natural gas, in three articles of a
gas-supply briefing). No text tells "LNG prices" from "NATO troops", so it is a list: the fuels, measures,
taxes, financial terms, units, currencies (ISO 4217 codes of the currencies news names most), and medical
and technical nouns that news writes as acronyms, each of them never the name of a body that speaks. Not
included: acronyms that are also bodies' names (AI, which is also Amnesty International's; ECB, IMF; API, the
American Petroleum Institute of every oil briefing; GMO, an asset manager: a check of this list found both), and
two-letter ones, which nameruns never reads as organisations.
"""
from __future__ import annotations

COMMON_ACRONYMS = frozenset("""
lng lpg cng ngl gdp gnp cpi ppi pmi vat gst ipo etf esg hiv aids dna rna mri icu gps usb led lcd suv
atm pin sms pdf agm ebitda eps roi ppe pcr faq diy vip ufo kwh mwh gwh twh btu mmbtu bpd mph kph
usd eur gbp jpy cny rmb rub uah pln nok sek dkk chf cad aud inr try brl zar huf czk ron
p&i r&d m&a q&a b&b f&b a&e p&l h&s g&a
dram sram nand hbm euv duv gpu cpu npu tpu ssd hdd oled lidar hpc llm
""".split())  # (p&i … g&a since 2026-12-06: initials joined by "&" are one word since T18, initialnames.AMPERSANDED; "a P&I
# club", "R&D spending", "a Q&A" are no bodies, "AT&T", "P&O", "S&P" are; dram … llm since FX65: the chips, memories,
# lithography and computing a chip briefing writes in capitals, T25 F11's Organisation page "DRAM"; not ASIC, the
# Australian securities regulator, nor EDA, the European Defence Agency)
