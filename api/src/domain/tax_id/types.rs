//! The supported tax ID types: wire names, descriptions, format hints, countries and
//! the rule each one's values follow (a table).

/// A supported tax ID type. Wire names follow Stripe's (`eu_vat`, `gb_vat`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TaxIdType {
    /// United Arab Emirates Tax Registration Number.
    AeTrn,
    /// Argentine CUIT.
    ArCuit,
    /// Australian Business Number.
    AuAbn,
    /// Australian Taxation Office Reference Number.
    AuArn,
    /// Brazilian CNPJ (companies).
    BrCnpj,
    /// Brazilian CPF (individuals).
    BrCpf,
    /// Canadian Business Number.
    CaBn,
    /// Canadian GST/HST account.
    CaGstHst,
    /// Québec QST registration.
    CaQst,
    /// Swiss business identification number (UID).
    ChUid,
    /// Swiss VAT number.
    ChVat,
    /// Chilean RUT.
    ClTin,
    /// EU One Stop Shop number (non-Union scheme).
    EuOssVat,
    /// EU VAT number, any member state.
    EuVat,
    /// UK VAT number.
    GbVat,
    /// Hong Kong Business Registration number.
    HkBr,
    /// Croatian OIB.
    HrOib,
    /// Indian GSTIN.
    InGst,
    /// Icelandic VAT number.
    IsVat,
    /// Japanese corporate number (Hōjin Bangō).
    JpCn,
    /// South Korean Business Registration Number.
    KrBrn,
    /// Mexican RFC.
    MxRfc,
    /// Norwegian VAT number.
    NoVat,
    /// Norwegian VAT on e-commerce (VOEC) number.
    NoVoec,
    /// New Zealand GST (IRD) number.
    NzGst,
    /// Russian INN.
    RuInn,
    /// Saudi Arabian VAT number.
    SaVat,
    /// Singaporean GST registration number.
    SgGst,
    /// Singaporean Unique Entity Number.
    SgUen,
    /// Taiwanese Unified Business Number.
    TwVat,
    /// US Employer Identification Number.
    UsEin,
    /// South African VAT number.
    ZaVat,
}

impl TaxIdType {
    /// Every supported type, in wire-name order.
    pub const ALL: &'static [TaxIdType] = &[
        Self::AeTrn,
        Self::ArCuit,
        Self::AuAbn,
        Self::AuArn,
        Self::BrCnpj,
        Self::BrCpf,
        Self::CaBn,
        Self::CaGstHst,
        Self::CaQst,
        Self::ChUid,
        Self::ChVat,
        Self::ClTin,
        Self::EuOssVat,
        Self::EuVat,
        Self::GbVat,
        Self::HkBr,
        Self::HrOib,
        Self::InGst,
        Self::IsVat,
        Self::JpCn,
        Self::KrBrn,
        Self::MxRfc,
        Self::NoVat,
        Self::NoVoec,
        Self::NzGst,
        Self::RuInn,
        Self::SaVat,
        Self::SgGst,
        Self::SgUen,
        Self::TwVat,
        Self::UsEin,
        Self::ZaVat,
    ];

    /// The wire name (`eu_vat`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AeTrn => "ae_trn",
            Self::ArCuit => "ar_cuit",
            Self::AuAbn => "au_abn",
            Self::AuArn => "au_arn",
            Self::BrCnpj => "br_cnpj",
            Self::BrCpf => "br_cpf",
            Self::CaBn => "ca_bn",
            Self::CaGstHst => "ca_gst_hst",
            Self::CaQst => "ca_qst",
            Self::ChUid => "ch_uid",
            Self::ChVat => "ch_vat",
            Self::ClTin => "cl_tin",
            Self::EuOssVat => "eu_oss_vat",
            Self::EuVat => "eu_vat",
            Self::GbVat => "gb_vat",
            Self::HkBr => "hk_br",
            Self::HrOib => "hr_oib",
            Self::InGst => "in_gst",
            Self::IsVat => "is_vat",
            Self::JpCn => "jp_cn",
            Self::KrBrn => "kr_brn",
            Self::MxRfc => "mx_rfc",
            Self::NoVat => "no_vat",
            Self::NoVoec => "no_voec",
            Self::NzGst => "nz_gst",
            Self::RuInn => "ru_inn",
            Self::SaVat => "sa_vat",
            Self::SgGst => "sg_gst",
            Self::SgUen => "sg_uen",
            Self::TwVat => "tw_vat",
            Self::UsEin => "us_ein",
            Self::ZaVat => "za_vat",
        }
    }

    /// The type with this wire name (exact, case-sensitive), if supported.
    pub fn parse(name: &str) -> Option<TaxIdType> {
        Self::ALL.iter().copied().find(|kind| kind.as_str() == name)
    }

    /// A short English name for type pickers.
    pub fn description(self) -> &'static str {
        match self {
            Self::AeTrn => "United Arab Emirates TRN",
            Self::ArCuit => "Argentinian tax ID number (CUIT)",
            Self::AuAbn => "Australian Business Number (ABN)",
            Self::AuArn => "Australian Taxation Office Reference Number",
            Self::BrCnpj => "Brazilian CNPJ number",
            Self::BrCpf => "Brazilian CPF number",
            Self::CaBn => "Canadian Business Number (BN)",
            Self::CaGstHst => "Canadian GST/HST number",
            Self::CaQst => "Canadian QST number (Québec)",
            Self::ChUid => "Swiss UID number",
            Self::ChVat => "Swiss VAT number",
            Self::ClTin => "Chilean TIN (RUT)",
            Self::EuOssVat => "European One Stop Shop VAT number (non-Union scheme)",
            Self::EuVat => "European VAT number",
            Self::GbVat => "United Kingdom VAT number",
            Self::HkBr => "Hong Kong BR number",
            Self::HrOib => "Croatian Personal Identification Number (OIB)",
            Self::InGst => "Indian GST number (GSTIN)",
            Self::IsVat => "Icelandic VAT number",
            Self::JpCn => "Japanese Corporate Number",
            Self::KrBrn => "Korean Business Registration Number (BRN)",
            Self::MxRfc => "Mexican RFC number",
            Self::NoVat => "Norwegian VAT number",
            Self::NoVoec => "Norwegian VAT on e-commerce number (VOEC)",
            Self::NzGst => "New Zealand GST number",
            Self::RuInn => "Russian INN",
            Self::SaVat => "Saudi Arabian VAT number",
            Self::SgGst => "Singaporean GST number",
            Self::SgUen => "Singaporean UEN",
            Self::TwVat => "Taiwanese VAT number (UBN)",
            Self::UsEin => "United States EIN",
            Self::ZaVat => "South African VAT number",
        }
    }

    /// A valid example in canonical form (`DE123456788`), for placeholders.
    pub fn format_hint(self) -> &'static str {
        match self {
            Self::AeTrn => "123456789012345",
            Self::ArCuit => "20-12345678-6",
            Self::AuAbn => "18123456789",
            Self::AuArn => "123456789012",
            Self::BrCnpj => "12.345.678/0001-95",
            Self::BrCpf => "123.456.789-09",
            Self::CaBn => "123456782",
            Self::CaGstHst => "123456782RT0001",
            Self::CaQst => "1234567890TQ0001",
            Self::ChUid => "CHE123456788",
            Self::ChVat => "CHE123456788",
            Self::ClTin => "12.345.678-5",
            Self::EuOssVat => "EU372123456",
            Self::EuVat => "DE123456788",
            Self::GbVat => "GB123456727",
            Self::HkBr => "12345678",
            Self::HrOib => "12345678903",
            Self::InGst => "22AAAAA0000A1ZC",
            Self::IsVat => "123456",
            Self::JpCn => "7123456789012",
            Self::KrBrn => "123-45-67891",
            Self::MxRfc => "ABC010203AB9",
            Self::NoVat => "123456785MVA",
            Self::NoVoec => "1234567",
            Self::NzGst => "123456785",
            Self::RuInn => "1234567894",
            Self::SaVat => "312345678900003",
            Self::SgGst => "M12345678X",
            Self::SgUen => "123456789F",
            Self::TwVat => "12345671",
            Self::UsEin => "12-3456789",
            Self::ZaVat => "4123456789",
        }
    }

    /// ISO 3166-1 alpha-2 of the issuing country; `None` when it comes from the
    /// number itself (`eu_vat`'s prefix, `eu_oss_vat`'s member-state code).
    pub fn country(self) -> Option<&'static str> {
        Some(match self {
            Self::EuVat | Self::EuOssVat => return None,
            Self::AeTrn => "AE",
            Self::ArCuit => "AR",
            Self::AuAbn | Self::AuArn => "AU",
            Self::BrCnpj | Self::BrCpf => "BR",
            Self::CaBn | Self::CaGstHst | Self::CaQst => "CA",
            Self::ChUid | Self::ChVat => "CH",
            Self::ClTin => "CL",
            Self::GbVat => "GB",
            Self::HkBr => "HK",
            Self::HrOib => "HR",
            Self::InGst => "IN",
            Self::IsVat => "IS",
            Self::JpCn => "JP",
            Self::KrBrn => "KR",
            Self::MxRfc => "MX",
            Self::NoVat | Self::NoVoec => "NO",
            Self::NzGst => "NZ",
            Self::RuInn => "RU",
            Self::SaVat => "SA",
            Self::SgGst | Self::SgUen => "SG",
            Self::TwVat => "TW",
            Self::UsEin => "US",
            Self::ZaVat => "ZA",
        })
    }

    /// The expected shape, for `tax_id_invalid` messages.
    pub(super) fn rule(self) -> &'static str {
        match self {
            Self::AeTrn => "15 digits",
            Self::ArCuit => "11 digits (2, 8 and a check digit)",
            Self::AuAbn => "11 digits",
            Self::AuArn => "12 digits",
            Self::BrCnpj => "14 characters: 12 digits or capital letters, then 2 check digits",
            Self::BrCpf => "11 digits, not all the same",
            Self::CaBn => "9 digits",
            Self::CaGstHst => "9 digits, RT and 4 digits",
            Self::CaQst => "10 digits, TQ and 4 digits",
            Self::ChUid => "CHE followed by 9 digits",
            Self::ChVat => "CHE followed by 9 digits, optionally with the suffix MWST, TVA, IVA or TPV",
            Self::ClTin => "7 or 8 digits and a check character (a digit or K)",
            Self::EuOssVat => "EU followed by 9 digits, the first 3 the ISO numeric code of an EU member state",
            Self::EuVat => "a 2-letter EU country prefix followed by the national number",
            Self::GbVat => "GB followed by 9 or 12 digits, or by GD or HA and 3 digits",
            Self::HkBr => "8 digits",
            Self::HrOib => "11 digits",
            Self::InGst => {
                "15 characters: a 2-digit state code, the 10-character PAN, an entity digit or letter, \
                 Z and a check character"
            }
            Self::IsVat => "5 or 6 digits",
            Self::JpCn => "13 digits",
            Self::KrBrn => "10 digits",
            Self::MxRfc => "3 letters (4 for individuals), a YYMMDD date and 3 letters or digits",
            Self::NoVat => "9 digits followed by MVA",
            Self::NoVoec => "7 digits",
            Self::NzGst => "8 or 9 digits",
            Self::RuInn => "10 digits (organisations) or 12 digits (individuals)",
            Self::SaVat => "15 digits starting and ending with 3",
            Self::SgGst => "M, a digit or R, 7 digits and a check character, or the business's UEN",
            Self::SgUen => "8 or 9 digits and a letter, or T, S or R, 2 digits, 2 letters, 4 digits and a letter",
            Self::TwVat => "8 digits",
            Self::UsEin => "9 digits (XX-XXXXXXX)",
            Self::ZaVat => "10 digits starting with 4",
        }
    }
}
