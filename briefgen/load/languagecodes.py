"""The two-letter code of a language written with its three-letter ISO 639-2 code ("deu" → "de").

BCP 47 (RFC 5646, section 2.2.1) takes a language's shortest ISO 639 code: "de", never "deu" or "ger". A
three-letter code of a language that has a two-letter one is no valid tag: the Nu Html Checker rejects
lang="deu" ("not a valid ISO language part of a language tag"), and `languages.lexicon_of` read an article
written `language: deu` as English, with no word said (a hostile test of the German/French gate,
2026-12-02). `htmlattrs.language_tag` writes such a code as its two-letter one, as it writes "fr_FR" as
"fr-FR". Both ISO 639-2 forms are here, terminological ("deu", "fra", "zho") and bibliographic ("ger", "fre",
"chi"); a three-letter code with no two-letter one ("gsw", "yue") is a tag as written.

Source: Debian's iso-codes 4.15.0, /usr/share/iso-codes/json/iso_639-2.json (every entry with `alpha_2`:
its `alpha_3` and `bibliographic` codes), 204 codes.
"""
from __future__ import annotations

TWO_LETTER: dict[str, str] = dict(pair.split(":") for pair in """
aar:aa abk:ab afr:af aka:ak alb:sq amh:am ara:ar arg:an arm:hy asm:as ava:av ave:ae aym:ay aze:az bak:ba bam:bm
baq:eu bel:be ben:bn bih:bh bis:bi bod:bo bos:bs bre:br bul:bg bur:my cat:ca ces:cs cha:ch che:ce chi:zh chu:cu
chv:cv cor:kw cos:co cre:cr cym:cy cze:cs dan:da deu:de div:dv dut:nl dzo:dz ell:el eng:en epo:eo est:et eus:eu
ewe:ee fao:fo fas:fa fij:fj fin:fi fra:fr fre:fr fry:fy ful:ff geo:ka ger:de gla:gd gle:ga glg:gl glv:gv gre:el
grn:gn guj:gu hat:ht hau:ha heb:he her:hz hin:hi hmo:ho hrv:hr hun:hu hye:hy ibo:ig ice:is ido:io iii:ii iku:iu
ile:ie ina:ia ind:id ipk:ik isl:is ita:it jav:jv jpn:ja kal:kl kan:kn kas:ks kat:ka kau:kr kaz:kk khm:km kik:ki
kin:rw kir:ky kom:kv kon:kg kor:ko kua:kj kur:ku lao:lo lat:la lav:lv lim:li lin:ln lit:lt ltz:lb lub:lu lug:lg
mac:mk mah:mh mal:ml mao:mi mar:mr may:ms mkd:mk mlg:mg mlt:mt mon:mn mri:mi msa:ms mya:my nau:na nav:nv nbl:nr
nde:nd ndo:ng nep:ne nld:nl nno:nn nob:nb nor:no nya:ny oci:oc oji:oj ori:or orm:om oss:os pan:pa per:fa pli:pi
pol:pl por:pt pus:ps que:qu roh:rm ron:ro rum:ro run:rn rus:ru sag:sg san:sa sin:si slk:sk slo:sk slv:sl sme:se
smo:sm sna:sn snd:sd som:so sot:st spa:es sqi:sq srd:sc srp:sr ssw:ss sun:su swa:sw swe:sv tah:ty tam:ta tat:tt
tel:te tgk:tg tgl:tl tha:th tib:bo tir:ti ton:to tsn:tn tso:ts tuk:tk tur:tr twi:tw uig:ug ukr:uk urd:ur uzb:uz
ven:ve vie:vi vol:vo wel:cy wln:wa wol:wo xho:xh yid:yi yor:yo zha:za zho:zh zul:zu
""".split())

# The two-letter codes a language tag may start with: ISO 639-1's (the TWO_LETTER codes above, all
# 184 of Debian's list), and the six the IANA registry still holds as deprecated ones, which the Nu
# Html Checker takes. Any other two letters ("xx", "zz") are no language: the checker rejects
# lang="xx" ("not a valid ISO language part of a language tag"), and config.yaml's `language: xx` put
# it on every page (a contract audit, 2026-12-03). Three-letter codes are many (ISO 639-3, ~7,900) and
# not checked here.
TWO_LETTER_CODES: frozenset[str] = frozenset(TWO_LETTER.values()) | {"iw", "in", "ji", "jw", "mo", "sh"}
