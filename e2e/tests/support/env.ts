// Where the servers under test are, and the demo tenant's key, as `cargo xtask test`
// passes them (see `run_playwright` in xtask/src/test.rs).

/** The API's base URL (`API_URL`, default the `cargo xtask up` address). */
export const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:8080';

/** The demo tenant's secret key (`PAYLERA_DEMO_SECRET_KEY`), or `undefined` when unset. */
export const demoSecretKey = process.env.PAYLERA_DEMO_SECRET_KEY;

/**
 * The merchant page customers come from and return to. It is on no real network: the
 * browser context gets it from Playwright (see `serveMerchantSite`), so "Return to
 * merchant" lands on a page in both projects instead of a failed navigation.
 */
export const merchantReturnUrl = 'https://merchant.test/account/billing';
