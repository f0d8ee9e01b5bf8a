// The customer portal, seen from a browser: server-rendered HTML that works without
// JavaScript, hydration under a strict CSP, security headers everywhere, the compressed
// WASM bundle, the 404 page and the /v1 proxy.
//
// Expects the portal at PORTAL_URL with its bundle built, and the API at API_URL up.
import { expect, test, type APIResponse } from '@playwright/test';

import { apiUrl, watchForErrors } from './support';

const HEADING = 'Paylera customer portal';

function cspNonce(response: APIResponse): string {
  const csp = response.headers()['content-security-policy'] ?? '';
  const match = csp.match(/'nonce-([^']+)'/);
  expect(match, `a nonce in ${csp}`).not.toBeNull();
  return match![1];
}

test.describe('without JavaScript', () => {
  test('the home page shows its heading from server-rendered HTML, and nothing technical', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    const response = await page.goto('/');

    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(HEADING);
    await expect(page.getByRole('heading', { level: 1, name: HEADING })).toBeVisible();
    await expect(page.getByText('through a secure link from your merchant')).toBeVisible();
    await expect(page.getByText('API status')).toHaveCount(0);
    await expect(page.locator('body')).not.toHaveAttribute('data-hydrated', /.*/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('main')).toBeVisible();
    await context.close();
  });
});

test.describe('with JavaScript', () => {
  test('a page without islands loads no script and no WASM, and has no console errors or CSP violations', async ({
    page,
  }) => {
    const problems = await watchForErrors(page);
    const bundle: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pkg/portal')) bundle.push(request.url());
    });

    await page.goto('/');

    await expect(page.getByRole('heading', { level: 1, name: HEADING })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(bundle.filter((url) => !url.endsWith('.css'))).toEqual([]);
    await expect(page.locator('body')).not.toHaveAttribute('data-islands', /.*/);
    expect(await problems()).toEqual([]);
  });

  test('the first Tab reaches the skip link, which leads to the main content', async ({ page }) => {
    await page.goto('/');

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});

test.describe('security headers', () => {
  for (const path of ['/', '/no-such-page', '/pkg/portal.js', '/healthz']) {
    test(`are on ${path}`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();

      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("'wasm-unsafe-eval'");
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/);
      expect(csp).not.toContain('unsafe-inline');
      expect(headers['x-frame-options']).toBe('DENY');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('same-origin');
      expect(headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(headers['strict-transport-security']).toContain('max-age=');
      expect(headers['permissions-policy']).toContain('camera=()');
      expect(headers['request-id']).toMatch(/^req_/);
    });
  }

  test("the CSP nonce is every script's and changes with every request", async ({ request }) => {
    // The hand-off page of a link (unknown here): it posts itself with a script.
    const first = await request.get('/p/ps_unknown_link_for_the_nonce_test');
    const second = await request.get('/p/ps_unknown_link_for_the_nonce_test');

    const nonce = cspNonce(first);
    const html = await first.text();
    const scriptNonces = [...html.matchAll(/<script\b[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]);
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(scriptNonces.length).toBe([...html.matchAll(/<script\b/g)].length);
    for (const scriptNonce of scriptNonces) expect(scriptNonce).toBe(nonce);
    expect(cspNonce(second)).not.toBe(nonce);
  });
});

test.describe('the WASM bundle', () => {
  test('is served brotli-compressed as application/wasm when the browser accepts br', async ({
    request,
  }) => {
    const response = await request.get('/pkg/portal_bg.wasm', {
      headers: { 'Accept-Encoding': 'br' },
    });

    expect(response.status()).toBe(200);
    expect(response.headers()['content-encoding']).toBe('br');
    expect(response.headers()['content-type']).toBe('application/wasm');
    expect(response.headers()['cache-control']).toBe('no-cache');
    // Playwright decodes the body: it must be a WebAssembly module ("\0asm").
    const body = await response.body();
    expect([...body.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]);
  });

  test('is served gzip-compressed to a client without br', async ({ request }) => {
    const response = await request.get('/pkg/portal_bg.wasm', {
      headers: { 'Accept-Encoding': 'gzip' },
    });

    expect(response.status()).toBe(200);
    expect(response.headers()['content-encoding']).toBe('gzip');
    expect(response.headers()['content-type']).toBe('application/wasm');
  });

  test('serves the stylesheet next to it', async ({ request }) => {
    const response = await request.get('/pkg/portal.css');

    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/css');
  });
});

test.describe('unknown paths', () => {
  test('answer 404 with the not-found page', async ({ page, baseURL }) => {
    const problems = await watchForErrors(page, { expectedStatus: [new URL('/no-such-page', baseURL).href] });

    const response = await page.goto('/no-such-page');

    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: "Go to the portal's home page" })).toHaveAttribute(
      'href',
      '/',
    );
    await expect(page.locator('body')).not.toHaveAttribute('data-islands', /.*/);
    expect(await problems()).toEqual([]);
  });
});

test.describe('probes and the API proxy', () => {
  test('/healthz and /readyz report the portal as up and ready', async ({ request }) => {
    const health = await request.get('/healthz');
    expect(health.status()).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', service: 'paylera-portal' });

    const ready = await request.get('/readyz');
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', service: 'paylera-portal' });
  });

  test('/v1 answers exactly what the API answers for a route a portal token may call', async ({ request }) => {
    const direct = await request.get(`${apiUrl}/v1/prices?limit=1`);
    const proxied = await request.get('/v1/prices?limit=1');

    expect(proxied.status()).toBe(direct.status());
    expect(proxied.headers()['content-type']).toBe(direct.headers()['content-type']);
    expect(await proxied.json()).toEqual(await direct.json());
    expect(proxied.headers()['x-frame-options']).toBe('DENY');
  });

  test("/v1 never passes a browser's Authorization header on: the session cookie is the only credential", async ({
    request,
  }) => {
    // Set by `cargo xtask test` from `paylera-api demo seed`.
    const secretKey = process.env.PAYLERA_DEMO_SECRET_KEY;
    test.skip(!secretKey, 'PAYLERA_DEMO_SECRET_KEY is not set');
    const headers = { Authorization: `Bearer ${secretKey}`, Accept: 'application/json' };

    const withKey = await request.get(`${apiUrl}/v1/prices?limit=1`, { headers });
    const withoutKey = await request.get(`${apiUrl}/v1/prices?limit=1`, {
      headers: { Accept: 'application/json' },
    });
    const proxied = await request.get('/v1/prices?limit=1', { headers });

    expect(withKey.status()).toBe(200);
    expect(proxied.status()).toBe(withoutKey.status());
    expect(proxied.status()).toBe(401);
    expect(await proxied.json()).toEqual(await withoutKey.json());
  });

  test('/v1 forwards only the routes a portal token may call: anything else is 404 and never reaches the API', async ({
    request,
  }) => {
    for (const [method, path] of [
      ['GET', '/v1/customers?limit=1'],
      ['GET', '/v1/openapi.json'],
      ['GET', '/v1/..%2fmetrics'],
      ['GET', '/v1/invoices/in_1%2f..%2f..%2fmetrics'],
      ['GET', '/v1//prices'],
      ['GET', '/v1/events'],
      ['POST', '/v1/portal/sessions/refresh'],
      ['POST', '/v1/portal/sessions/exchange'],
      ['POST', '/v1/portal/sessions/complete'],
    ]) {
      const response = await request.fetch(path, { method, data: method === 'POST' ? {} : undefined });
      expect(response.status(), `${method} ${path}`).toBe(404);
      expect((await response.json()).error, `${method} ${path}`).toMatchObject({
        type: 'invalid_request_error',
        code: 'route_not_found',
      });
    }
  });
});
