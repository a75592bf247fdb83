#!/usr/bin/env python3
"""Generates rules/names/regions.yaml: the countries of the region and their
first-level divisions, from Debian's iso-codes package.

  tools/gen_regions.py [ISO_CODES_DIR] [LOCALE_DIR] > rules/names/regions.yaml
  defaults: /usr/share/iso-codes/json  /usr/share/locale

What comes from iso-codes (ISO 3166-1 and 3166-2, with their gettext
translations): every code, every division and its type, the names in Russian,
Ukrainian, Belarusian and the country's own language (the `original` forms, from
which translint's schemes generate the transliterations), the German and French
names where iso-codes translates them, and the ISO romanization of each
division (a variant when it is a national romanization that the press uses).

What iso-codes does not have is written below, one short line per division: the
English name stem in wire style (AP, Reuters: "Kursk region", "Kharkiv region"),
and for Ukraine the Russian-based stem that translations from Russian carry
("Kharkov region"); Russian names where iso-codes has none; the countries'
historical English names. Divisions that are cities, and the few divisions the
hand-written tables already hold, are left out.

The output is deterministic (sorted by code), so a diff of the generated file
shows exactly what a new iso-codes release changes.
"""
import gettext
import json
import os
import re
import subprocess
import sys

COUNTRIES = ["RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE", "MD"]
OWN_LANGUAGE = {"RU": "ru", "UA": "uk", "BY": "be", "KZ": "kk", "KG": "ky", "TJ": "tg"}  # Cyrillic ones

# English short names where ISO's is formal, and German/French ones iso-codes gives formally.
COUNTRY_EN = {"RU": "Russia", "MD": "Moldova"}
COUNTRY_DE = {"RU": "Russland"}
COUNTRY_FR = {"RU": "Russie"}
COUNTRY_RU = {"RU": "Россия", "KG": "Кыргызстан", "MD": "Молдова"}
# Names of other things that contain a country's generated spelling.
COUNTRY_EXCEPTIONS = {"RU": ["Rossiya 1", "Rossiya-1", "Rossiya 24", "Rossiya-24", "Rossiya Segodnya", "Rossiya airline",
                             "Rossiya Airlines"]}
COUNTRY_HISTORICAL = {
    "KG": ["Kirghizia", "Kirgizia", "Kyrgyzia", "Kirghizstan"],
    "KZ": ["Kazakstan"],
    "TJ": ["Tadzhikistan", "Tadjikistan"],
    "TM": ["Turkmenia"],
    "BY": ["Byelorussia", "Belorussia"],
    "MD": ["Moldavia"],
    "UA": ["the Ukraine"],
}

# Per division: English stem, and for some the Russian name (iso-codes has none)
# and the Russian-based English stem. None: left out (a city, or in a hand table).
DIVISIONS = {
    # Russia: oblasts and krais "<stem> region"; republics and okrugs by name.
    "RU-AD": "Adygea", "RU-AL": "Altai Republic", "RU-ALT": "Altai", "RU-AMU": "Amur", "RU-ARK": "Arkhangelsk",
    "RU-AST": "Astrakhan", "RU-BA": "Bashkortostan", "RU-BEL": "Belgorod", "RU-BRY": "Bryansk", "RU-BU": "Buryatia",
    "RU-CE": "Chechnya", "RU-CHE": "Chelyabinsk", "RU-CHU": "Chukotka", "RU-CU": "Chuvashia", "RU-DA": "Dagestan",
    "RU-IN": "Ingushetia", "RU-IRK": "Irkutsk", "RU-IVA": "Ivanovo", "RU-KAM": "Kamchatka",
    "RU-KB": "Kabardino-Balkaria", "RU-KC": "Karachay-Cherkessia", "RU-KDA": "Krasnodar", "RU-KEM": "Kemerovo",
    "RU-KGD": "Kaliningrad", "RU-KGN": "Kurgan", "RU-KHA": "Khabarovsk", "RU-KHM": "Khanty-Mansi", "RU-KIR": "Kirov",
    "RU-KK": "Khakassia", "RU-KL": "Kalmykia", "RU-KLU": "Kaluga", "RU-KO": "Komi Republic", "RU-KOS": "Kostroma",
    "RU-KR": "Karelia", "RU-KRS": "Kursk", "RU-KYA": "Krasnoyarsk", "RU-LEN": "Leningrad", "RU-LIP": "Lipetsk",
    "RU-MAG": "Magadan", "RU-ME": "Mari El", "RU-MO": "Mordovia", "RU-MOS": "Moscow", "RU-MOW": None,
    "RU-MUR": "Murmansk", "RU-NEN": "Nenets", "RU-NGR": "Novgorod", "RU-NIZ": "Nizhny Novgorod",
    "RU-NVS": "Novosibirsk", "RU-OMS": "Omsk", "RU-ORE": "Orenburg", "RU-ORL": "Oryol", "RU-PER": "Perm",
    "RU-PNZ": "Penza", "RU-PRI": "Primorye", "RU-PSK": "Pskov", "RU-ROS": "Rostov", "RU-RYA": "Ryazan",
    "RU-SA": "Yakutia", "RU-SAK": "Sakhalin", "RU-SAM": "Samara", "RU-SAR": "Saratov", "RU-SE": "North Ossetia",
    "RU-SMO": "Smolensk", "RU-SPE": None, "RU-STA": "Stavropol", "RU-SVE": "Sverdlovsk", "RU-TA": "Tatarstan",
    "RU-TAM": "Tambov", "RU-TOM": "Tomsk", "RU-TUL": "Tula", "RU-TVE": "Tver", "RU-TY": "Tuva", "RU-TYU": "Tyumen",
    "RU-UD": "Udmurtia", "RU-ULY": "Ulyanovsk", "RU-VGG": "Volgograd", "RU-VLA": "Vladimir", "RU-VLG": "Vologda",
    "RU-VOR": "Voronezh", "RU-YAN": "Yamal-Nenets", "RU-YAR": "Yaroslavl", "RU-YEV": "Jewish",
    "RU-ZAB": "Zabaykalsky",
    # Ukraine: Ukrainian-based stem | Russian-based stem.
    "UA-05": "Vinnytsia|Vinnitsa", "UA-07": "Volyn|Volyn", "UA-09": "Luhansk|Lugansk",
    "UA-12": "Dnipropetrovsk|Dnepropetrovsk", "UA-14": "Donetsk|Donetsk", "UA-18": "Zhytomyr|Zhitomir",
    "UA-21": "Zakarpattia|Transcarpathian", "UA-23": "Zaporizhzhia|Zaporozhye", "UA-26": "Ivano-Frankivsk|Ivano-Frankovsk",
    "UA-30": None, "UA-32": "Kyiv|Kiev", "UA-35": "Kirovohrad|Kirovograd", "UA-40": None, "UA-43": "Crimea|Crimea",
    "UA-46": "Lviv|Lvov", "UA-48": "Mykolaiv|Nikolaev", "UA-51": "Odesa|Odessa", "UA-53": "Poltava|Poltava",
    "UA-56": "Rivne|Rovno", "UA-59": "Sumy|Sumy", "UA-61": "Ternopil|Ternopol", "UA-63": "Kharkiv|Kharkov",
    "UA-65": "Kherson|Kherson", "UA-68": "Khmelnytskyi|Khmelnitsky", "UA-71": "Cherkasy|Cherkassy",
    "UA-74": "Chernihiv|Chernigov", "UA-77": "Chernivtsi|Chernovtsy",
    # Belarus: the stem of the hand tables' city | Russian-based stem.
    "BY-BR": "Brest|Brest=Брестская область", "BY-HM": None, "BY-HO": "Homel|Gomel", "BY-HR": "Hrodna|Grodno", "BY-MA": "Mogilev|Mogilev=Могилёвская область",
    "BY-MI": "Minsk|Minsk", "BY-VI": "Vitebsk|Vitebsk=Витебская область",
    # Kazakhstan.
    "KZ-AKM": "Akmola", "KZ-AKT": "Aktobe", "KZ-ALA": None, "KZ-ALM": "Almaty", "KZ-AST": None, "KZ-ATY": "Atyrau",
    "KZ-KAR": "Karaganda", "KZ-KUS": "Kostanay", "KZ-KZY": "Kyzylorda", "KZ-MAN": "Mangystau", "KZ-PAV": "Pavlodar",
    "KZ-SEV": "North Kazakhstan", "KZ-SHY": None, "KZ-VOS": "East Kazakhstan", "KZ-YUZ": "Turkestan=Туркестанская область",
    "KZ-ZAP": "West Kazakhstan", "KZ-ZHA": "Zhambyl",
    # Kyrgyzstan.
    "KG-B": "Batken=Баткенская область", "KG-C": "Chui=Чуйская область", "KG-GB": None, "KG-GO": None,
    "KG-J": "Jalal-Abad=Джалал-Абадская область", "KG-N": "Naryn=Нарынская область", "KG-O": "Osh=Ошская область",
    "KG-T": "Talas=Таласская область", "KG-Y": "Issyk-Kul=Иссык-Кульская область",
    # Tajikistan (Gorno-Badakhshan is in the hand tables).
    "TJ-DU": None, "TJ-GB": None, "TJ-KT": "Khatlon=Хатлонская область", "TJ-SU": "Sughd=Согдийская область",
    "TJ-RA": None,
    # Turkmenistan: provinces (velayats).
    "TM-A": "Ahal=Ахалский велаят", "TM-B": "Balkan=Балканский велаят", "TM-D": "Dashoguz=Дашогузский велаят",
    "TM-L": "Lebap=Лебапский велаят", "TM-M": "Mary=Марыйский велаят", "TM-S": None,
    # Uzbekistan (Karakalpakstan is in the hand tables).
    "UZ-AN": "Andijan=Андижанская область", "UZ-BU": "Bukhara=Бухарская область", "UZ-FA": "Fergana=Ферганская область",
    "UZ-JI": "Jizzakh=Джизакская область", "UZ-NG": "Namangan=Наманганская область", "UZ-NW": "Navoi=Навоийская область",
    "UZ-QA": "Kashkadarya=Кашкадарьинская область", "UZ-QR": None, "UZ-SA": "Samarkand=Самаркандская область",
    "UZ-SI": "Syrdarya=Сырдарьинская область", "UZ-SU": "Surkhandarya=Сурхандарьинская область", "UZ-TK": None,
    "UZ-TO": "Tashkent=Ташкентская область", "UZ-XO": "Khorezm=Хорезмская область",
}

# Russian divisions that are not "<stem> region": their English form and extra variants.
RU_REPUBLIC_FORMS = {
    "RU-AL": ("Altai Republic", ["Republic of Altai", "Gorno-Altai Republic"]),
    "RU-CE": ("Chechnya", ["Chechen Republic", "Republic of Chechnya"]),
    "RU-SA": ("Yakutia", ["Sakha Republic", "Republic of Sakha", "Sakha-Yakutia"]),
    "RU-SE": ("North Ossetia", ["North Ossetia-Alania", "Republic of North Ossetia-Alania"]),
    "RU-KO": ("Komi Republic", ["Republic of Komi"]),
    "RU-UD": ("Udmurtia", ["Udmurt Republic"]),
    "RU-CU": ("Chuvashia", ["Chuvash Republic"]),
    "RU-KB": ("Kabardino-Balkaria", ["Kabardino-Balkarian Republic"]),
    "RU-KC": ("Karachay-Cherkessia", ["Karachay-Cherkess Republic"]),
}
RU_OKRUGS = {"RU-KHM": "Khanty-Mansi", "RU-YAN": "Yamal-Nenets", "RU-NEN": "Nenets", "RU-CHU": "Chukotka"}


def slug(text):
    text = text.lower().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def q(text):
    """A YAML scalar in double quotes."""
    return json.dumps(text, ensure_ascii=False)


def translations(domain, locale_dir, languages):
    return {l: gettext.translation(domain, localedir=locale_dir, languages=[l], fallback=True) for l in languages}


def translated(tr, language, text):
    out = tr[language].gettext(text)
    return out if out != text else ""


def is_cyrillic(text):
    return bool(re.search("[\u0400-\u04FF]", text))


def entity(id_, original, preferred, variants, source, example=None, exceptions=()):
    lines = [f"  - id: {id_}", "    kind: place"]
    if original:
        lines.append("    original: { " + ", ".join(f"{k}: {q(v)}" for k, v in original.items()) + " }")
    lines.append("    preferred: { " + ", ".join(f"{k}: {q(v)}" for k, v in preferred.items()) + " }")
    seen = {preferred["en"].lower()}
    unique = []
    for spelling, tag in variants:
        if spelling and spelling.lower() not in seen:
            seen.add(spelling.lower())
            unique.append((spelling, tag))
    if unique:
        lines.append("    variants:")
        lines += [f"      - {{ spelling: {q(s)}, tag: {t} }}" for s, t in unique]
    if exceptions:
        lines.append("    exceptions: [" + ", ".join(q(e) for e in exceptions) + "]")
    lines.append(f"    source: {q(source)}")
    if example:
        lines.append("    examples:")
        lines.append(f"      - {{ flag: {q(example[0])}, fixed: {q(example[1])} }}")
    return "\n".join(lines)


def countries(iso_dir, locale_dir, version):
    data = json.load(open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    tr = translations("iso_3166-1", locale_dir, ["ru", "de", "fr", "uk", "be", "kk", "ky", "tg", "uz", "tk"])
    out = []
    for c in sorted((c for c in data if c["alpha_2"] in COUNTRIES), key=lambda c: c["alpha_2"]):
        code = c["alpha_2"]
        name = c.get("common_name", c["name"])
        en = COUNTRY_EN.get(code, name)
        original = {"ru": COUNTRY_RU.get(code) or translated(tr, "ru", name) or translated(tr, "ru", c["name"])}
        own = OWN_LANGUAGE.get(code)
        if own and own != "ru":
            original[own] = translated(tr, own, name)
        original = {k: v for k, v in original.items() if v and is_cyrillic(v)}
        preferred = {"en": en}
        for lang, fixed in (("de", COUNTRY_DE), ("fr", COUNTRY_FR)):
            preferred[lang] = fixed.get(code) or translated(tr, lang, name) or en
        variants = [(h, "historical") for h in COUNTRY_HISTORICAL.get(code, [])]
        for latin in ("uz", "tk"):  # the country's own Latin-script name
            if (code, latin) in (("UZ", "uz"), ("TM", "tk")):
                variants.append((translated(tr, latin, name), "transliteration"))
        example = (f"He flew to {COUNTRY_HISTORICAL[code][0]}.", f"He flew to {en}.") if code in ("KG", "BY") else None
        out.append(entity(slug(en), original, preferred, variants,
                          f"ISO 3166-1 {code} and its translations (iso-codes {version}); English: AP", example, COUNTRY_EXCEPTIONS.get(code, ())))
    return out


def division(code, name, kind, tr, version):
    spec = DIVISIONS.get(code, "missing")
    if spec == "missing":
        sys.exit(f"gen_regions: iso-codes has a division {code} ({name}) that this script does not know: "
                 "add it to DIVISIONS")
    if spec is None:
        return None
    stem, _, ru_name = spec.partition("=")  # "Hrodna|Grodno=Гродненская область"
    stem, _, ru_stem = stem.partition("|")
    ru = ru_name or translated(tr, "ru", name)
    original = {"ru": ru} if ru else {}
    country = code[:2]
    if country == "UA":
        original["uk"] = translated(tr, "uk", name)
    if country == "BY":
        original["be"] = translated(tr, "be", name)
    original = {k: v for k, v in original.items() if v and is_cyrillic(v)}
    variants = []
    region_word = "province" if country == "TM" else "region"
    if code in RU_REPUBLIC_FORMS:
        en, more = RU_REPUBLIC_FORMS[code]
        variants += [(v, "translation") for v in more]
    elif code in RU_OKRUGS:
        en = f"{RU_OKRUGS[code]} Autonomous Okrug"
        variants += [(f"{RU_OKRUGS[code]} Autonomous District", "translation"),
                     (f"{RU_OKRUGS[code]} Autonomous Area", "translation")]
    elif code == "RU-YEV":
        en = "Jewish Autonomous Region"
        variants += [("Jewish Autonomous Oblast", "transliteration")]
    elif country == "RU" and kind == "Republic":
        en = stem
        variants += [(f"Republic of {stem}", "translation"), (f"{stem} Republic", "translation")]
    elif code == "UA-43":
        en = "Crimea"
        variants += [("Autonomous Republic of Crimea", "translation")]
    else:
        en = f"{stem} {region_word}"
        local = "Krai" if kind == "Administrative territory" else "velayat" if country == "TM" else "Oblast"
        variants += [(f"{stem} {local}", "transliteration")]
        if kind == "Administrative territory":
            variants += [(f"{stem} Kray", "transliteration"), (f"{stem} Territory", "translation")]
        else:
            variants += [(f"{stem} Province" if country != "TM" else f"{stem} region", "translation")]
        if ru_stem and ru_stem != stem:
            variants += [(f"{ru_stem} region", "transliteration"), (f"{ru_stem} Oblast", "transliteration")]
        if "'" not in name and country in ("UA", "UZ", "TM", "KZ"):
            iso = name if " " in name else f"{name} {region_word}"
            variants += [(iso, "transliteration")]
    preferred = {"en": en}
    for lang in ("de", "fr"):
        value = translated(tr, lang, name)
        # One word is a city's name for a region ("Mahiliou"), unless the region is a republic.
        if value and (" " in value or kind == "Republic"):
            preferred[lang] = value
    source = f"ISO 3166-2 {code} (iso-codes {version}); English: AP, Reuters (\"{en}\")"
    example = None
    if code in ("RU-KRS", "UA-63", "KG-C"):
        wrong = {"RU-KRS": "Kursk Oblast", "UA-63": "Kharkov region", "KG-C": "Chui Oblast"}[code]
        example = (f"Shelling was reported in the {wrong} on Monday.", f"Shelling was reported in the {en} on Monday.")
    return entity(slug(en), original, preferred, variants, source, example)


def main():
    iso_dir = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/iso-codes/json"
    locale_dir = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/locale"
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "iso-codes"], capture_output=True,
                             text=True).stdout.strip() or "(unknown version)"
    data = json.load(open(os.path.join(iso_dir, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    tr = translations("iso_3166-2", locale_dir, ["ru", "uk", "be", "de", "fr"])
    out = ["# GENERATED by tools/gen_regions.py from Debian's iso-codes " + version + ": do not edit by hand;",
           "# change the script and run: tools/gen_regions.py > rules/names/regions.yaml",
           "# The countries of the region and their first-level divisions (ISO 3166-1, ISO 3166-2).",
           "entities:"]
    out += countries(iso_dir, locale_dir, version)
    for d in sorted((d for d in data if d["code"][:2] in COUNTRIES[:8]), key=lambda d: d["code"]):
        e = division(d["code"], d["name"], d["type"], tr, version)
        if e:
            out.append(e)
    print("\n".join(out[:4]))
    print("\n\n".join(out[4:]))


if __name__ == "__main__":
    main()
