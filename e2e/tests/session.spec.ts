// The portal session, end to end, against the real API: a merchant creates a portal
// session, the customer opens its link from the merchant's site (the hand-off page
// posts itself), is signed in by a cookie, uses the /v1 proxy, and returns to the
// merchant.
//
// Needs PAYLERA_DEMO_SECRET_KEY (set by `cargo xtask test`). Every test skips itself
// while the API has no portal sessions (`POST /v1/portal/sessions` answers 404), so the
// suite stays green before that side lands.
import { expect, test, type APIRequestContext, type Page, type Request } from '@playwright/test';

import { apiUrl, demoSecretKey as secretKey, openPortalLink, watchForErrors } from './support';

// A loopback address where nothing listens: the navigation to it fails, which is fine,
// the tests look at the navigation request itself.
const RETURN_URL = 'http://127.0.0.1:9/return';
// A page of "another site" (the merchant), served by Playwright itself.
const MERCHANT_PAGE = 'http://merchant.test/account';

const SESSION_COOKIE = '__Host-paylera_session';
const CSRF_COOKIE = '__Host-paylera_csrf';

interface PortalLink {
  url: string;
  customerId: string;
  /** How the signed-in header names the account ("name · email"). */
  account: string;
  /** The business the session names (the configuration's, the tenant's by default). */
  business: string;
}

/**
 * Creates a portal session for the demo customer the way a merchant's backend does, or
 * skips the calling test when the API cannot (no key, or no portal sessions yet).
 */
async function createPortalLink(request: APIRequestContext): Promise<PortalLink> {
  test.skip(!secretKey, 'PAYLERA_DEMO_SECRET_KEY is not set');
  const headers = { Authorization: `Bearer ${secretKey}`, Accept: 'application/json' };

  const customers = await request.get(`${apiUrl}/v1/customers?limit=1`, { headers });
  expect(customers.status()).toBe(200);
  const customer = (await customers.json()).data[0];
  const customerId: string = customer.id;
  const account = [customer.name, customer.email].filter((part) => part).join(' · ');

  const created = await request.post(`${apiUrl}/v1/portal/sessions`, {
    headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() },
    data: { customer_id: customerId, return_url: RETURN_URL },
  });
  test.skip(created.status() === 404, 'the API has no portal sessions yet (POST /v1/portal/sessions is 404)');
  expect(created.status(), await created.text()).toBe(200);
  const session = await created.json();
  expect(session.url).toMatch(/\/p\/[A-Za-z0-9_-]+$/);
  return { url: session.url, customerId, account, business: session.configuration.business_name };
}

/** A merchant page on another site whose only link leads to `portalUrl`. */
async function serveMerchantPage(page: Page, portalUrl: string): Promise<void> {
  await page.route(MERCHANT_PAGE, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!DOCTYPE html><title>Shop</title><a href="${portalUrl}">Manage billing</a>`,
    }),
  );
}

/**
 * Opens the link by a click on the merchant's page, as a customer does: the hand-off
 * page posts itself, and the post's `303` lands on `/`. Returns the request of `/`.
 */
async function openFromMerchant(page: Page, link: PortalLink, baseURL: string): Promise<Request> {
  await serveMerchantPage(page, link.url);
  await page.goto(MERCHANT_PAGE);
  const landing = page.waitForRequest((request) => request.url() === new URL('/', baseURL).href);
  await page.getByRole('link', { name: 'Manage billing' }).click();
  const request = await landing;
  await page.waitForURL(new URL('/', baseURL).href);
  return request;
}

test.describe('a portal link', () => {
  test('opened from another site signs the customer in through the hand-off page: the GET uses nothing, its own same-origin POST sets the cookies and lands on / without the secret', async ({
    page,
    context,
    baseURL,
  }) => {
    const link = await createPortalLink(page.request);
    const secret = link.url.split('/p/')[1];
    const errors = await watchForErrors(page);
    const handoff = page.waitForResponse((response) => response.url() === link.url && response.request().method() === 'GET');
    const exchange = page.waitForResponse(
      (response) => response.url() === link.url && response.request().method() === 'POST',
    );

    const landing = await openFromMerchant(page, link, baseURL!);

    // The GET answers the hand-off page, which nothing may cache, index or refer to.
    const page200 = await handoff;
    expect(page200.status()).toBe(200);
    const pageHeaders = await page200.allHeaders();
    expect(pageHeaders['cache-control']).toBe('no-store');
    expect(pageHeaders['referrer-policy']).toBe('no-referrer');
    expect(pageHeaders['x-robots-tag']).toContain('noindex');
    // Its POST answers 303 to a URL without the secret.
    const answer = await exchange;
    expect(answer.status()).toBe(303);
    const answerHeaders = await answer.allHeaders();
    expect(answerHeaders['location']).toBe('/');
    expect(answerHeaders['cache-control']).toBe('no-store');
    expect(answerHeaders['referrer-policy']).toBe('no-referrer');
    // (The portal refuses the post of another site: it came from the hand-off page.)
    expect(page.url()).not.toContain(secret);

    // The landing request carries the Lax session cookie and no secret, and that first
    // render is already signed in, naming the account.
    const landingHeaders = await landing.allHeaders();
    expect(landingHeaders['cookie'] ?? '').toContain(`${SESSION_COOKIE}=`);
    expect(landingHeaders['referer'] ?? '').not.toContain(secret);
    const landed = await landing.response();
    expect(landed?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing overview' })).toBeVisible();
    await expect(page.locator('[data-account]')).toHaveText(`Signed in as ${link.account}`);

    const cookies = await context.cookies(baseURL);
    const session = cookies.find((cookie) => cookie.name === SESSION_COOKIE);
    expect(session).toMatchObject({ path: '/', httpOnly: true, secure: true, sameSite: 'Lax' });
    const lifetime = session!.expires - Date.now() / 1000;
    expect(lifetime).toBeGreaterThan(2 * 3600 - 120);
    expect(lifetime).toBeLessThanOrEqual(2 * 3600 + 5);
    const csrf = cookies.find((cookie) => cookie.name === CSRF_COOKIE);
    expect(csrf).toMatchObject({ path: '/', httpOnly: false, secure: true, sameSite: 'Strict' });
    expect(csrf!.value).toMatch(/^[A-Za-z0-9_-]{32}$/);

    // The page's scripts can read the CSRF token, never the session token; the form
    // carries the CSRF token masked (a fresh pad per page, so the compressed page never
    // repeats the token: see portal-ui/src/server/csrf.rs), never the token itself.
    const visible = await page.evaluate(() => document.cookie);
    expect(visible).toContain(`${CSRF_COOKIE}=${csrf!.value}`);
    expect(visible).not.toContain(SESSION_COOKIE);
    const formToken = page.locator('form[action="/return"] input[name="csrf"]');
    await expect(formToken).toHaveValue(/^[A-Za-z0-9_-]{86}$/);
    expect(await page.content()).not.toContain(csrf!.value);
    // Compressed on the fly (Chromium offers brotli to secure contexts, gzip otherwise).
    expect(['br', 'gzip']).toContain(landed?.headers()['content-encoding']);

    // The overview has a section for every module of the demo configuration (all
    // enabled by default), each with a way to its page, and the navigation links them all.
    for (const [name, href] of [
      ['Subscription', '/subscription'],
      ['Payment methods', '/payment-methods'],
      ['Invoices', '/invoices'],
      ['Billing details', '/address'],
    ]) {
      const section = page.getByRole('region', { name, exact: true });
      await expect(section).toBeVisible();
      await expect(section.locator(`a[href="${href}"]`)).toBeVisible();
    }
    const nav = page.getByRole('navigation', { name: 'Billing' });
    expect(await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/',
      '/subscription',
      '/payment-methods',
      '/invoices',
      '/tax-ids',
      '/address',
    ]);

    // The overview has no island: it loads no WASM (the session clock is a script).
    await expect(page.locator('body')).not.toHaveAttribute('data-islands', /.*/);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing overview' })).toBeVisible();
    expect(await errors()).toEqual([]);
  });

  test('works once: opened again it is the page of a link that does not work, with the way back only in the browser that used it', async ({
    page,
    browser,
    baseURL,
  }) => {
    const link = await createPortalLink(page.request);
    await openFromMerchant(page, link, baseURL!);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing overview' })).toBeVisible();

    // Someone else (another browser, no cookies) tries the same link.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    const errors = await watchForErrors(otherPage, { expectedStatus: [link.url] });
    const { posted, landed } = await openPortalLink(otherPage, link.url);

    expect(posted.status()).toBe(404);
    expect(landed.headers()['cache-control']).toBe('no-store');
    await expect(
      otherPage.getByRole('heading', { level: 1, name: 'This link has expired or was already used' }),
    ).toBeVisible();
    await expect(otherPage.getByRole('link', { name: /^Return to / })).toHaveCount(0);
    expect((await other.cookies()).map((cookie) => cookie.name)).not.toContain(SESSION_COOKIE);
    expect(await errors()).toEqual([]);
    await other.close();

    // The browser that used it gets the same page, with the way back it was given,
    // named and headed as the session showed the merchant.
    const again = await openPortalLink(page, link.url);
    expect(again.posted.status()).toBe(404);
    expect(link.business, 'a session names the business (the tenant by default)').toBeTruthy();
    await expect(page.getByRole('link', { name: `Return to ${link.business}` })).toHaveAttribute('href', RETURN_URL);
    await expect(page.locator('header .brand__name')).toHaveText(link.business);
  });
});

test.describe('a signed-in customer', () => {
  test('reads through the /v1 proxy, and a mutation without the CSRF header is refused 403', async ({
    page,
    baseURL,
  }) => {
    const link = await createPortalLink(page.request);
    await openFromMerchant(page, link, baseURL!);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing overview' })).toBeVisible();

    const results = await page.evaluate(async (customerId) => {
      const csrf = document.cookie
        .split('; ')
        .find((pair) => pair.startsWith('__Host-paylera_csrf='))
        ?.split('=')[1];
      const call = async (method: string, headers: Record<string, string>) => {
        const response = await fetch(`/v1/customers/${customerId}`, {
          method,
          headers: { Accept: 'application/json', ...headers },
          body: method === 'GET' ? undefined : '{}',
        });
        return { status: response.status, body: await response.json() };
      };
      return {
        read: await call('GET', { 'X-CSRF-Token': csrf ?? '' }),
        forged: await call('POST', { 'Content-Type': 'application/json' }),
        wrongToken: await call('POST', { 'Content-Type': 'application/json', 'X-CSRF-Token': 'forged' }),
        genuine: await call('POST', { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf ?? '' }),
      };
    }, link.customerId);

    expect(results.read.status).toBe(200);
    expect(results.read.body.id).toBe(link.customerId);
    for (const refused of [results.forged, results.wrongToken]) {
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ type: 'invalid_request_error', code: 'csrf_failed' });
    }
    // With the header the request reaches the API (whatever it decides about it).
    expect(results.genuine.body?.error?.code).not.toBe('csrf_failed');
  });

  test('"Return to merchant" ends the session and navigates to the return URL (the CSP lets the redirect through)', async ({
    page,
    context,
    baseURL,
  }) => {
    const link = await createPortalLink(page.request);
    await openFromMerchant(page, link, baseURL!);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('Content Security Policy')) {
        violations.push(message.text());
      }
    });

    const completion = page.waitForResponse((response) => response.url() === new URL('/return', baseURL).href);
    const toMerchant = page.waitForRequest((request) => request.url() === RETURN_URL);
    await page.getByRole('button', { name: /^Return to / }).click();

    const answer = await completion;
    expect(answer.status()).toBe(303);
    expect(answer.headers()['location']).toBe(RETURN_URL);
    const navigation = await toMerchant;
    expect(navigation.isNavigationRequest()).toBe(true);
    expect(violations).toEqual([]);

    const names = (await context.cookies(baseURL)).map((cookie) => cookie.name);
    expect(names).not.toContain(SESSION_COOKIE);
    expect(names).not.toContain(CSRF_COOKIE);
    // The session is over: the same link cannot bring the customer back. (A new tab:
    // this one is still busy failing to reach the closed port.)
    const again = await openPortalLink(await context.newPage(), link.url);
    expect(again.posted.status()).toBe(404);
  });
});
