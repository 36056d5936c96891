"""Places an industry's company is named after, before a word that is a surname too ("Sheffield Steel", "Pittsburgh
Steel", "Ohio Power", "Texas Sugar"; FX92, 2026-12-07).

    "sheffield" in INDUSTRY_PLACES, "ohio" in INDUSTRY_PLACES      # True (lower case)
    "austin" in INDUSTRY_PLACES, "dallas" in INDUSTRY_PLACES      # False: given names too ("Austin Power")

companyforms.utility_worded makes a company of a utility's or an industry's word that is a surname too (Power,
Pipeline, Cement, Sugar, Steel, Glass: `companyforms.UTILITY_WORDS`, industrywords.SURNAME_INDUSTRY_WORDS) only after
a country's, a nationality's or a city's name it knows (`companyforms._COUNTRIES`: the countries, placewords.PLACES'
capitals and regions). BR52 found "Sheffield Steel" and "Pittsburgh Steel" persons: the cities were in no list.

`INDUSTRY_PLACES`: the United States' states of one word or two (Pennsylvania, Ohio, "New Jersey": "Ohio Power",
"Texas Steel", "Pennsylvania Power & Light"), less those that are given names (Georgia, Virginia, Carolina, Dakota,
Indiana; Washington is in placewords.PLACES), and the industrial cities of the
English-language and the Asian press whose names open steelmakers', glassmakers', cement makers' and utilities'
names (Sheffield, Pittsburgh, Birmingham, Detroit, Rotherham, Bethlehem, Osaka, Nagoya, Kobe, Pohang, Busan, Seoul,
Shanghai, Wuhan, Baosteel's Baoshan, Mumbai, Kolkata, Essen, Duisburg …), less those that are given names or common
surnames ("Austin", "Dallas", "Houston", "Lincoln", "Milan", "Florence", "Victoria", "Chester", "Preston", "Cleveland", "Gary": "Gary Steel").
"""
from __future__ import annotations

INDUSTRY_PLACES = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois iowa kansas
kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio
oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming
sheffield pittsburgh birmingham detroit rotherham scunthorpe bethlehem baltimore chicago youngstown buffalo
manchester leeds glasgow liverpool newcastle middlesbrough swansea cardiff
osaka nagoya kobe yokohama kawasaki hokkaido kyushu shikoku tohoku chubu kansai pohang busan seoul incheon ulsan
shanghai wuhan baoshan anshan tianjin shenzhen guangzhou taiyuan mumbai bombay kolkata calcutta chennai jamshedpur
bokaro visakhapatnam essen duisburg dortmund salzgitter bremen hamburg linz
""".split()) | frozenset(("new jersey", "new york", "new mexico", "new hampshire", "rhode island", "west virginia"))
