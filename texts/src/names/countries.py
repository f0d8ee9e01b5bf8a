#!/usr/bin/env python3
"""Writes countries/{locale}.tsv: every ISO 3166-1 code the address rules know
(shared/src/address/data.rs), with its name in that locale from Unicode CLDR (through
Babel), one `CODE<TAB>Name` per line.

Run from the repository root after a change of the code list or a Babel upgrade:

    pip install 'babel==2.18.0' && python3 texts/src/names/countries.py

The files are sorted by name with accents and case ignored (NFKD, marks removed,
casefolded) only to keep diffs readable: the portal sorts each list at start-up by its
language's collation (`portal-ui` `i18n::names`, icu_collator). CLDR data is © Unicode, Inc., under
the Unicode License v3.
"""

import pathlib
import re
import unicodedata

from babel import Locale

ROOT = pathlib.Path(__file__).resolve().parents[3]
OUT = pathlib.Path(__file__).resolve().parent / "countries"
# The portal's locales (portal-ui/src/i18n/mod.rs, Locale::ALL) and their CLDR names.
LOCALES = {
    "en": "en", "fr": "fr", "de": "de", "es": "es", "it": "it", "nl": "nl", "pt": "pt_PT",
    "pt-BR": "pt_BR", "sv": "sv", "da": "da", "nb": "nb", "fi": "fi", "pl": "pl", "cs": "cs",
    "ja": "ja", "zh-Hans": "zh_Hans", "ko": "ko", "tr": "tr", "ar": "ar", "he": "he",
    "uk": "uk", "el": "el", "ro": "ro", "hu": "hu", "sk": "sk", "bg": "bg", "hr": "hr",
    "id": "id", "vi": "vi", "th": "th", "zh-Hant": "zh_Hant",
}


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def main() -> None:
    data = (ROOT / "shared/src/address/data.rs").read_text(encoding="utf-8")
    block = data.split("COUNTRIES", 1)[1].split("];", 1)[0]
    codes = re.findall(r'\("([A-Z]{2})",', block)
    assert len(codes) == 249, len(codes)
    OUT.mkdir(exist_ok=True)
    for tag, cldr in LOCALES.items():
        territories = Locale.parse(cldr).territories
        rows = []
        for code in codes:
            name = territories.get(code)
            if not name:
                raise SystemExit(f"{cldr}: no name for {code}")
            rows.append((fold(name), code, name))
        rows.sort()
        lines = "".join(f"{code}\t{name}\n" for _, code, name in rows)
        (OUT / f"{tag}.tsv").write_text(lines, encoding="utf-8")


if __name__ == "__main__":
    main()
