"""Nouns of a trade or a firm that open Spanish and Portuguese companies' names with no particle after them (T17).

    "Cobre Andino", "Minera Atacama Norte", "Grupo Bimbo", "Banco Santander", "Aceros Arequipa"

None is a given name or a surname, so a name run that opens with one and holds one word more is an organisation
(`orgnames.romance_body`), also after a role read as a title or a word opening the sentence ("Operator Cobre Andino
said": `runparts.firm_after_role`); a site source whose name opens with one is a company speaking for itself
(`firmsources.firm_source`). A trial (T17, 2026-12-06) listed "Andino, Cobre" and "Minera Atacama Norte" as people.
"""
from __future__ import annotations

# mining, copper, steel, cement, oil, shipping, fishing, building, property, investment, transport, brewing, banking …
ROMANCE_FIRMS = frozenset("""minera mineradora minería mineração cobre cobres aceros acerías cementos cimentos
siderúrgica siderúrgicas petrolera petroleras naviera pesquera constructora construtora inmobiliaria imobiliária
inversiones investimentos transportes distribuidora comercializadora embotelladora cervecería cervejaria laboratorios
laboratórios industrias indústrias empresas grupo compañía companhia corporación corporação banco caixa seguros
aerolíneas financiera agrícola forestal eléctrica celulosa salmones""".split()) | frozenset("""servicios serviços
sociedad sociedade compania companhia compañia cía cia corporacion corporacao mineracao mineria ingeniería ingenieria
engenharia transportadora operadora administradora promotora metalúrgica metalurgica fundición fundicion
química quimica energía energia empresa industrias minerales minerais""".split())  # (servicios … since T20 #6, FX24:
# "The three work for Servicios Mineros Arequipa, a Peruvian contractor" listed a person; unaccented spellings, as
# copy writes them: "Companhia", "Mineracao")
