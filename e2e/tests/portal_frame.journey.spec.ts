// The portal's frame around every module, in both projects: the overview and the
// navigation the merchant's configuration decides, the merchant's name and colours,
// what a used, revoked or ended session shows, "Return to merchant", and a
// right-to-left locale. Each journey checks the API's side too (the session's status,
// its `portal.session.completed` event). session.spec.ts covers the cookies and the
// /v1 proxy (JavaScript on only).
import {
  HANDOFF_FORM,
  MERCHANT_PAGE_HEADING,
  type ApiObject,
  type Merchant,
  expect,
  expectAccessible,
  gotoPortal,
  merchantReturnUrl,
  openPortalLink,
  serveMerchantSite,
  settle,
  signIn,
  test,
  watchForErrors,
} from './support';

/** The portal's modules, in overview order, and the configuration that enables each. */
const MODULES: { module: string; href: string; enabled: (config: ApiObject) => boolean }[] = [
  {
    module: 'subscription',
    href: '/subscription',
    enabled: (c) => c.subscription_update_enabled || c.subscription_cancel_enabled,
  },
  { module: 'payment_methods', href: '/payment-methods', enabled: (c) => c.payment_method_update_enabled },
  { module: 'invoices', href: '/invoices', enabled: (c) => c.invoice_history_enabled },
  { module: 'tax_ids', href: '/tax-ids', enabled: (c) => c.tax_id_update_enabled },
  { module: 'address', href: '/address', enabled: (c) => c.address_update_enabled },
];

/** `#RRGGBB` as the `rgb(r, g, b)` a computed style reports. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The portal.session.completed events of one session. */
async function completionEvents(merchant: Merchant, id: string): Promise<ApiObject[]> {
  return (await merchant.events({ type: 'portal.session.completed' })).filter((e) => e.data.object.id === id);
}

test.describe('the overview', () => {
  test("shows exactly the modules the session's configuration enables, under the merchant's name and accent colour", async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    const businessName = `Lumen Books ${customer.id.slice(-6)}`;

    const { session } = await signIn(page, merchant, {
      customerId: customer.id,
      configuration: {
        business_name: businessName,
        accent_color: '#0B6E4F',
        business_headline: 'Books for curious minds',
        terms_of_service_url: 'https://lumen.example/terms',
        privacy_policy_url: 'https://lumen.example/privacy',
      },
    });

    // The API froze the effective configuration on the session: the page must follow it.
    const config = session.configuration;
    expect(config).toMatchObject({ business_name: businessName, accent_color: '#0B6E4F' });
    const enabled = MODULES.filter((m) => m.enabled(config));
    expect(enabled.length, 'the demo tenant enables every module').toBe(MODULES.length);
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/',
      ...enabled.map((m) => m.href),
    ]);

    // The merchant's name in the header and on the overview, its colours on the buttons.
    await expect(page.locator('header .brand__name')).toHaveText(businessName);
    const button = page.locator('form[action="/return"] button');
    await expect(button).toHaveText(`Return to ${businessName}`);
    // Its headline and policies in the footer.
    const footer = page.locator('footer');
    await expect(footer).toContainText('Books for curious minds');
    await expect(footer.getByRole('link', { name: 'Terms of service' })).toHaveAttribute(
      'href',
      'https://lumen.example/terms',
    );
    await expect(footer.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
      'href',
      'https://lumen.example/privacy',
    );
    await expect(button).toHaveCSS('background-color', rgb('#0B6E4F'));
    await expect(button).toHaveCSS('color', rgb(config.text_color));

    await expectAccessible(page, 'overview, branded');
    expect(await problems()).toEqual([]);
  });

  test('leaves out a module the session hides: no link, no card, and its page answers 404', async ({
    page,
    merchant,
    baseURL,
  }) => {
    const hidden = ['/invoices', '/tax-ids'].map((path) => new URL(path, baseURL).href);
    const problems = await watchForErrors(page, { expectedStatus: hidden });
    const customer = await merchant.createCustomer();

    const { sessionId } = await signIn(page, merchant, {
      customerId: customer.id,
      configuration: { invoice_history_enabled: false, tax_id_update_enabled: false },
    });

    const config = (await merchant.portalSession(sessionId)).configuration;
    expect(config).toMatchObject({ invoice_history_enabled: false, tax_id_update_enabled: false });
    const enabled = MODULES.filter((m) => m.enabled(config));
    expect(enabled.map((m) => m.module)).toEqual(['subscription', 'payment_methods', 'address']);
    const nav = page.getByRole('navigation');
    for (const path of ['/invoices', '/tax-ids']) {
      await expect(nav.locator(`a[href="${path}"]`)).toHaveCount(0);
      await expect(page.locator(`a[href="${path}"]`)).toHaveCount(0);
    }
    await expectAccessible(page, 'overview without invoices and tax IDs');

    for (const path of ['/invoices', '/tax-ids']) {
      const response = await gotoPortal(page, path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
    await expectAccessible(page, 'hidden module: not found');

    // An enabled module still has its page, and the customer is still signed in.
    const response = await gotoPortal(page, '/address');
    expect(response?.status()).toBe(200);
    await expect(nav.locator('a[href="/address"]')).toHaveAttribute('aria-current', 'page');
    expect((await merchant.portalSession(sessionId)).status).toBe('opened');
    expect(await problems()).toEqual([]);
  });
});

test.describe('opening a link', () => {
  test('a GET alone uses nothing up: a link scanner that only fetched it leaves it to the customer, whose page names the account', async ({
    page,
    browser,
    merchant,
  }) => {
    const customer = await merchant.createCustomer({ name: 'Ada Lovelace', email: `ada-${Date.now()}@example.com` });
    const session = await merchant.createPortalSession({ customerId: customer.id });

    // A mail scanner fetches the link: it gets the hand-off page, without scripts.
    const scanner = await browser.newContext({ javaScriptEnabled: false });
    const scannerPage = await scanner.newPage();
    const scanned = await scannerPage.goto(session.url);
    expect(scanned?.status()).toBe(200);
    const headers = scanned!.headers();
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-robots-tag']).toContain('noindex');
    await expect(scannerPage.locator(`${HANDOFF_FORM} button`)).toHaveText('Continue');
    expect(await scannerPage.content()).not.toContain(session.url.split('/p/')[1]);
    await expectAccessible(scannerPage, 'link hand-off');
    await scanner.close();
    expect((await merchant.portalSession(session.id)).status).toBe('created');

    // The customer opens it afterwards, in another browser, and is signed in.
    await serveMerchantSite(page.context());
    const problems = await watchForErrors(page);
    const { posted, landed } = await openPortalLink(page, session.url);
    expect(posted.status()).toBe(303);
    expect(landed.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('[data-account]')).toHaveText(`Signed in as Ada Lovelace · ${customer.email}`);
    await gotoPortal(page, '/payment-methods');
    await expect(page.locator('[data-account]')).toHaveText(`Signed in as Ada Lovelace · ${customer.email}`);
    expect((await merchant.portalSession(session.id)).status).toBe('opened');
    expect(await problems()).toEqual([]);
  });
});

test.describe('a link that no longer works', () => {
  test('a used link and a never-issued one are the same page, in the visitor’s language, with nothing of the session; the browser that used it gets the way back', async ({
    page,
    browser,
    merchant,
    noJs,
    baseURL,
  }) => {
    const customer = await merchant.createCustomer({ name: 'Grace Hopper', email: `grace-${Date.now()}@example.com` });
    const { url, sessionId, session } = await signIn(page, merchant, { customerId: customer.id });
    const neverIssued = new URL(`/p/NeverIssued${Date.now()}x0123456789abcdef`, baseURL).href;

    // Someone else, a French speaker with no cookies, opens the same link, then one
    // that never existed: one status, one text, no way to tell them apart.
    const other = await browser.newContext({ javaScriptEnabled: !noJs, locale: 'fr-FR' });
    await serveMerchantSite(other);
    const otherPage = await other.newPage();
    const problems = await watchForErrors(otherPage, { expectedStatus: [url, neverIssued] });
    const cards: string[] = [];
    for (const link of [url, neverIssued]) {
      const { posted } = await openPortalLink(otherPage, link);
      expect(posted.status(), link).toBe(404);
      await expect(otherPage.locator('html')).toHaveAttribute('lang', 'fr');
      const card = otherPage.locator('[data-link-status="404"]');
      await expect(card.locator('h1')).toHaveText('Ce lien a expiré ou a déjà été utilisé');
      await expect(card.locator('a'), 'no way back this browser never had').toHaveCount(0);
      cards.push(await card.innerHTML());
      const html = await otherPage.content();
      for (const secret of [customer.id, customer.name, customer.email, sessionId]) {
        expect(html, `the page shows nothing of the session (${secret})`).not.toContain(secret);
      }
    }
    expect(cards[0]).toBe(cards[1]);
    await expectAccessible(otherPage, 'used link (fr)');
    expect(await problems()).toEqual([]);
    await other.close();
    // The first customer's session is untouched by the failed attempts.
    expect((await merchant.portalSession(sessionId)).status).toBe('opened');

    // The customer whose browser used the link opens it again: the same page, with the
    // way back to the merchant this browser was given, named as the session named it.
    const again = await openPortalLink(page, url);
    expect(again.posted.status()).toBe(404);
    const back = page.locator('[data-link-status="404"] a');
    const business: string = session.configuration.business_name;
    await expect(back).toHaveAttribute('href', merchantReturnUrl);
    await expect(back).toHaveText(`Return to ${business}`);
    await expect(page.locator('header .brand__name')).toHaveText(business);
    await back.click();
    await expect(page.getByRole('heading', { name: MERCHANT_PAGE_HEADING })).toBeVisible();
  });

  test('revoked by the merchant before it was opened shows the same page and never signs anyone in', async ({
    page,
    merchant,
    context,
    baseURL,
  }) => {
    const customer = await merchant.createCustomer();
    const session = await merchant.createPortalSession({ customerId: customer.id });
    const revoked = await merchant.revokePortalSession(session.id);
    expect(revoked.status).toBe('revoked');
    await serveMerchantSite(context);
    const problems = await watchForErrors(page, { expectedStatus: [session.url] });

    const { posted } = await openPortalLink(page, session.url);

    expect(posted.status()).toBe(404);
    await expect(page.locator('[data-link-status="404"] h1')).toHaveText('This link has expired or was already used');
    await expect(page.locator('[data-link-status="404"] a')).toHaveCount(0);
    expect(await page.content()).not.toContain(customer.email);
    expect((await context.cookies(baseURL)).map((c) => c.name)).not.toContain('__Host-paylera_session');
    await expectAccessible(page, 'revoked link');
    expect(await problems()).toEqual([]);
    // Never opened, so never completed.
    expect(await completionEvents(merchant, session.id)).toEqual([]);
  });
});

test.describe('a signed-in customer', () => {
  test('whose session the merchant ends sees "Your session has ended" with the way back, on every page', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id });

    const revoked = await merchant.revokePortalSession(sessionId);
    expect(revoked.status).toBe('revoked');
    const [event] = await completionEvents(merchant, sessionId);
    expect(event?.data.object).toMatchObject({ id: sessionId, customer_id: customer.id, status: 'revoked' });

    for (const path of ['/', '/payment-methods']) {
      await gotoPortal(page, path);
      const ended = page.locator('[data-session-ended="true"]');
      await expect(ended.getByRole('heading', { level: 1 })).toHaveText('Your session has ended');
      await expect(ended.getByRole('link')).toHaveAttribute('href', merchantReturnUrl);
      await expect(page.getByRole('navigation')).toHaveCount(0);
      expect(await page.content()).not.toContain(customer.email);
    }
    await expectAccessible(page, 'session ended');
    expect(await problems()).toEqual([]);

    await page.locator('[data-session-ended="true"] a').click();
    await expect(page.getByRole('heading', { name: MERCHANT_PAGE_HEADING })).toBeVisible();
  });

  test('"Return to merchant" completes the session: the API says completed and emits portal.session.completed', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    const { sessionId, url } = await signIn(page, merchant, { customerId: customer.id });
    expect((await merchant.portalSession(sessionId)).status).toBe('opened');
    expect(await problems()).toEqual([]);

    await page.locator('form[action="/return"] button').click();
    await page.waitForURL(merchantReturnUrl);
    await expect(page.getByRole('heading', { name: MERCHANT_PAGE_HEADING })).toBeVisible();

    expect((await merchant.portalSession(sessionId)).status).toBe('completed');
    const events = await completionEvents(merchant, sessionId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      source: 'portal',
      portal_session: sessionId,
      data: { object: { id: sessionId, customer_id: customer.id, status: 'completed' } },
    });
    // The link stays used; this browser still finds the way back.
    const again = await openPortalLink(page, url);
    expect(again.posted.status()).toBe(404);
    await expect(page.locator('[data-link-status="404"] a')).toHaveAttribute('href', merchantReturnUrl);
  });

  test('is warned five minutes before the session ends, minute by minute, and "Stay signed in" asks the portal (a script, no WASM); without JavaScript nothing shows', async ({
    page,
    merchant,
    noJs,
  }) => {
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    await signIn(page, merchant, { customerId: customer.id });
    // The browser's clock, faked from here on (the page's own clock is the script's).
    if (!noJs) await page.clock.install();
    const wasm: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(request.url());
    });
    await gotoPortal(page, '/subscription');
    const warning = page.locator('[data-session-warning]');
    await expect(warning).toBeHidden();
    const expiresAt = Number(await warning.getAttribute('data-expires-at'));
    expect(expiresAt).toBeGreaterThan(Date.now() / 1000);
    if (noJs) {
      expect(wasm).toEqual([]);
      return;
    }

    await page.clock.setSystemTime(new Date((expiresAt - 270) * 1000));
    await page.clock.runFor(15_000);
    await expect(warning).toBeVisible();
    // What shows (`innerText`: the other minutes' texts are hidden).
    const shown = { useInnerText: true };
    await expect(warning).toContainText('Your session ends in about 5 minutes.', shown);
    await page.clock.setSystemTime(new Date((expiresAt - 50) * 1000));
    await page.clock.runFor(15_000);
    await expect(warning).toContainText('Your session ends in about 1 minute.', shown);
    await expect(warning).not.toContainText('5 minutes', shown);

    const asked = page.waitForResponse((response) => response.url().endsWith('/api/keep_alive'));
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    const answer = await asked;
    expect(answer.status()).toBe(200);
    expect(typeof (await answer.json())).toBe('number');
    // The page stayed (nothing typed is lost) and never loaded the WASM bundle.
    expect(new URL(page.url()).pathname).toBe('/subscription');
    expect(wasm).toEqual([]);
    expect(await problems()).toEqual([]);
  });

  test('with a session in Arabic reads right to left, in Arabic', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    const { session } = await signIn(page, merchant, { customerId: customer.id, locale: 'ar' });
    expect(session.locale).toBe('ar');

    const html = page.locator('html');
    await expect(html).toHaveAttribute('lang', 'ar');
    await expect(html).toHaveAttribute('dir', 'rtl');
    const arabic = /\p{Script=Arabic}/u;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(arabic);
    await expect(page.getByRole('navigation')).toHaveAttribute('aria-label', arabic);
    for (const heading of await page.locator('.overview h2').all()) {
      await expect(heading).toHaveText(arabic);
    }
    await expect(page.locator('form[action="/return"] button')).toHaveText(arabic);
    await expectAccessible(page, 'overview (ar)');

    // A module page keeps the session's language.
    await page.getByRole('navigation').locator('a[href="/payment-methods"]').click();
    await page.waitForURL('**/payment-methods');
    await settle(page);
    await expect(html).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(arabic);
    expect(await problems()).toEqual([]);
  });
});
