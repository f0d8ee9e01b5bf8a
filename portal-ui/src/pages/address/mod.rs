//! The billing address module (`/address`): one form, shaped by the chosen country.
//!
//! - Which fields a country has, what they are called (state, province, prefecture,
//!   county, region; ZIP or postal code), which are required, the state list and an
//!   example postal code all come from `paylera_shared::address` — the very table the
//!   API validates with, so the form and the API never disagree. Hydrated, the form
//!   runs the same `validate` before posting and ties each message to its field; the
//!   API stays the authority (its `address.*` errors land on the same fields).
//! - Country names are the table's English short names (localized names would need
//!   CLDR data the portal does not carry, in the WASM bundle or on the server).
//! - Changing the country re-shapes the form at once when hydrated. Without
//!   JavaScript, "Show the fields for this country" posts the form, and the server
//!   function sends the browser back to `/address?country=…&line1=…` with what was
//!   typed: the page renders the fields of the new country, values kept. It also does
//!   so when Enter is pressed after choosing another country (the button is the form's
//!   default one; its value is the country the fields were shown for). With the same
//!   country, it saves.
//! - Saving changes only `address` (`POST /v1/customers/{id}`), which the API reports
//!   as `customer.updated` with source `portal`.

mod model;
mod server;
mod texts;
mod view;

pub use server::{LoadAddress, SaveAddress};
pub use texts::AddressText;
pub use view::AddressPage;
