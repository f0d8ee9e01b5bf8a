from enum import Enum


class Locale(str, Enum):
    AR = "ar"
    BG = "bg"
    CS = "cs"
    DA = "da"
    DE = "de"
    EL = "el"
    EN = "en"
    ES = "es"
    FI = "fi"
    FR = "fr"
    HE = "he"
    HR = "hr"
    HU = "hu"
    ID = "id"
    IT = "it"
    JA = "ja"
    KO = "ko"
    NB = "nb"
    NL = "nl"
    PL = "pl"
    PT = "pt"
    PT_BR = "pt-BR"
    RO = "ro"
    SK = "sk"
    SV = "sv"
    TH = "th"
    TR = "tr"
    UK = "uk"
    VI = "vi"
    ZH_HANS = "zh-Hans"
    ZH_HANT = "zh-Hant"

    def __str__(self) -> str:
        return str(self.value)
