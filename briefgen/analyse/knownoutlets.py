"""The news outlets credits are recognised by without being the site's own sources (analyse/credits.py),
with the other ways texts write each one's name."""
from __future__ import annotations

# Canonical name → other ways texts write it. Major outlets that Western-diplomacy news re-tells.
KNOWN_OUTLETS: dict[str, tuple[str, ...]] = {
    "The Wall Street Journal": ("Wall Street Journal", "WSJ"),
    "The New York Times": ("New York Times", "NYT"),
    "The Washington Post": ("Washington Post",),
    "Financial Times": ("FT", "the Financial Times"),
    "Reuters": (), "Bloomberg": ("Bloomberg News",), "Politico": ("Politico Europe",), "Axios": (),
    "Associated Press": ("AP", "the Associated Press"), "AFP": ("Agence France-Presse",),
    "BBC": ("BBC News",), "CNN": (), "CBS News": (), "NBC News": (), "ABC News": (), "Fox News": (),
    "The Guardian": ("Guardian",), "The Economist": ("Economist",), "The Telegraph": ("Telegraph",),
    "The Times": (), "Sky News": (), "Le Monde": (), "Le Figaro": (), "Der Spiegel": ("Spiegel",),
    "Die Welt": (), "Bild": (), "DW": ("Deutsche Welle",), "Euronews": (), "Al Jazeera": (),
    "Kommersant": (), "Izvestia": (), "Vedomosti": (), "TASS": (), "RIA Novosti": (), "Interfax": (),
    "Meduza": (), "The Moscow Times": ("Moscow Times",), "Ukrainska Pravda": (), "The Kyiv Independent": (
        "Kyiv Independent",), "Kyiv Post": (), "Ukrinform": (), "Global Times": ("the Global Times",),
    "Xinhua": (), "South China Morning Post": ("SCMP",), "Nikkei Asia": ("Nikkei",), "Yahoo News": (),
    "Anadolu Agency": ("Anadolu",), "Yonhap": ("Yonhap News Agency",), "Kyodo News": ("Kyodo",),
    "LCI": (), "CEO.com": (), "The Independent": (), "Newsweek": (), "Semafor": (), "Yomiuri Shimbun": (),
}
