//! Minting prefixed ids: 24 base62 characters (~143 random bits) after the prefix.

use paylera_shared::ids::{
    ApiKeyId, CustomerId, EventId, FileId, InvalidId, InvoiceId, PaymentMethodId, PortalConfigurationId, PriceId,
    ProductId, SubscriptionId, TaxIdId, TenantId, TestClockId,
};
use rand::{Rng, distr::Alphanumeric};

/// `len` random alphanumeric characters from the OS-seeded CSPRNG.
pub fn random_base62(len: usize) -> String {
    rand::rng()
        .sample_iter(&Alphanumeric)
        .take(len)
        .map(char::from)
        .collect()
}

/// Implemented by every id type the API mints.
pub trait Mint: Sized {
    fn mint() -> Self;
}

macro_rules! mint {
    ($($ty:ty),*) => {$(
        impl Mint for $ty {
            fn mint() -> Self {
                let minted: Result<Self, InvalidId> = <$ty>::from_body(&random_base62(24));
                minted.expect("24 alphanumeric characters are always a valid id body")
            }
        }
    )*};
}

mint!(
    TenantId,
    ApiKeyId,
    CustomerId,
    ProductId,
    PriceId,
    EventId,
    TaxIdId,
    PaymentMethodId,
    SubscriptionId,
    InvoiceId,
    TestClockId,
    FileId,
    PortalConfigurationId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minted_ids_carry_their_prefix_and_differ() {
        let a = CustomerId::mint();
        let b = CustomerId::mint();
        assert!(a.as_str().starts_with("cus_"));
        assert_eq!(a.as_str().len(), 4 + 24);
        assert_ne!(a, b);
    }
}
