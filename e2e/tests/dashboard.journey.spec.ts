// The merchant dashboard (issue 18), as a merchant's team member uses it: sign in on
// the dashboard's own origin, hide cancellation in the default portal configuration and
// watch the live preview drop the cancel action, save it as one audited change, and see
// no cancel action in the portal of a customer whose session is created afterwards;
// then create a second configuration and use it by id with an inline override on top.
// Then the operating pages: add a webhook endpoint, rotate its secret and send a test
// event that the official Standard Webhooks library verifies with the new secret (and
// not with the old one); create, roll and revoke an API key and watch the API honour
// each step. Support: find a customer, see their billing, "Open portal as this customer",
// act in the portal as them, and find the session completed with what was done in the
// portal sessions list. Runs in both projects: with JavaScript the preview follows each edit;
// without it, the form's "Update the preview" button posts into the preview frame.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { Webhook } from 'standardwebhooks';

import {
  apiUrl,
  captureScreens,
  expect,
  expectAccessible,
  gotoPortal,
  horizontalOverflow,
  Keyboard,
  merchantReturnUrl,
  openPortalLink,
  serveMerchantSite,
  signIn,
  test,
  watchForErrors,
  type Merchant,
} from './support';

const dashboardUrl = process.env.DASHBOARD_URL ?? 'http://127.0.0.1:3001';
const ownerEmail = process.env.PAYLERA_DEMO_OWNER_EMAIL ?? 'owner@demo-store.example';
const ownerPassword = process.env.PAYLERA_DEMO_OWNER_PASSWORD;

/** Signs the demo tenant's owner in to the dashboard; lands on its home page. */
async function signInToDashboard(page: Page): Promise<void> {
  if (!ownerPassword) throw new Error('PAYLERA_DEMO_OWNER_PASSWORD is not set: run through `cargo xtask test`');
  await page.goto(`${dashboardUrl}/sign-in`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await page.getByLabel('Email').fill(ownerEmail);
  await page.getByLabel('Password').fill(ownerPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${dashboardUrl}/`);
}

/** `text` (RFC 4648 base32, unpadded) as bytes. */
function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const bytes: number[] = [];
  let [value, bits] = [0, 0];
  for (const char of text.replace(/=+$/, '')) {
    value = ((value << 5) | alphabet.indexOf(char)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 `secret`, `steps` steps from now. */
function totp(secret: string, steps = 0): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + steps));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

/** The preview frame's cancel action of the sample subscription. */
function previewCancel(page: Page) {
  return page.frameLocator('iframe#preview').locator('a[href^="/subscription/cancel"]');
}

/** Puts the default configuration back as the other specs expect it (cancellation on). */
async function restoreDefault(merchant: Merchant): Promise<void> {
  await merchant.post('/v1/portal/configuration', { subscription_cancel_enabled: true });
}

test.describe('the merchant dashboard', () => {
  test('a wrong password is refused with one message, and the portal never sees the dashboard session', async ({
    page,
  }) => {
    await page.goto(`${dashboardUrl}/sign-in`);
    await page.getByLabel('Email').fill(ownerEmail);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('The email or the password is not right.');
    await expectAccessible(page, 'dashboard sign-in refused');
    await captureScreens(page, 'dashboard/sign-in');

    await signInToDashboard(page);
    await expect(page.locator('[data-member]')).toContainText(ownerEmail);
    // The portal is on the same host (cookies are shared across ports): it must not
    // take the dashboard's cookie for a session.
    const portal = await gotoPortal(page, '/');
    expect(portal?.status()).toBe(200);
    await expect(page.locator('[data-signed-in="true"]')).toHaveCount(0);
    // Straight to a dashboard page without a session: the sign-in page.
    await page.context().clearCookies();
    await page.goto(`${dashboardUrl}/settings/portal`);
    await expect(page).toHaveURL(`${dashboardUrl}/sign-in`);
  });

  test('hiding cancellation changes the preview, is saved and audited, and a new session has no cancel action', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    try {
      await signInToDashboard(page);
      await page.getByRole('link', { name: 'Customer portal' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer portal');
      await expect(previewCancel(page)).toHaveCount(1);
      await expectAccessible(page, 'portal settings');
      await captureScreens(page, 'dashboard/portal-settings');

      await page.getByLabel('Customers can cancel').uncheck();
      // Without JavaScript nothing refreshes by itself: the button posts into the frame.
      // With it, the edit alone refreshes the preview (the button is not needed).
      if (test.info().project.name === 'no-js') {
        await page.getByRole('button', { name: 'Update the preview' }).click();
      }
      await expect(previewCancel(page)).toHaveCount(0);
      await expect(page.frameLocator('iframe#preview').locator('a[href^="/subscription/change"]')).toHaveCount(1);

      await page.getByRole('button', { name: 'Save changes' }).click();
      await expect(page.locator('[data-saved="true"]')).toBeVisible();
      await expect(page.getByLabel('Customers can cancel')).not.toBeChecked();
      // One audited change: the owner, the field, before → after.
      const latest = page.locator('table.history tbody tr').first();
      await expect(latest.locator('[data-field="subscription_cancel_enabled"]')).toContainText('true → false');
      await expect(latest.locator('td[data-actor^="usr_"]')).toHaveCount(1);
      const saved = await merchant.get('/v1/portal/configuration');
      expect(saved.subscription_cancel_enabled).toBe(false);

      // A customer's portal session created now has no cancel action.
      const customer = await merchant.createCustomer();
      await merchant.subscribe(customer.id as string, (await merchant.price('Pro')).id);
      await signIn(page, merchant, { customerId: customer.id as string });
      await gotoPortal(page, '/subscription');
      await expect(page.getByRole('link', { name: 'Change Pro' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Cancel Pro' })).toHaveCount(0);
      expect(await problems()).toEqual([]);
    } finally {
      await restoreDefault(merchant);
    }
  });

  test('a member signs in and changes a setting with the keyboard alone, every focus shown', async ({
    page,
    merchant,
  }) => {
    if (!ownerPassword) throw new Error('PAYLERA_DEMO_OWNER_PASSWORD is not set: run through `cargo xtask test`');
    const keys = new Keyboard(page);
    // The one navigation by address; then only Tab, Shift+Tab, Space, Enter and typing.
    await page.goto(`${dashboardUrl}/sign-in`);
    await keys.typeInto(page.getByLabel('Email'), ownerEmail);
    await keys.typeInto(page.getByLabel('Password'), ownerPassword);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${dashboardUrl}/`);
    await keys.activate(page.getByRole('link', { name: 'Customer portal' }).first());
    await page.waitForURL(/\/settings\/portal/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customer portal');
    try {
      const cancel = page.getByLabel('Customers can cancel');
      await keys.tabTo(cancel);
      await page.keyboard.press('Space');
      await expect(cancel).not.toBeChecked();
      await keys.activate(page.getByRole('button', { name: 'Save changes' }), { max: 150 });
      await expect(page.locator('[data-saved="true"]')).toBeVisible();
      expect((await merchant.get('/v1/portal/configuration')).subscription_cancel_enabled).toBe(false);
      // And on to another page by the navigation: the team.
      await keys.activate(page.getByRole('link', { name: 'Team' }).first(), { backwards: true, max: 200 });
      await page.waitForURL(`${dashboardUrl}/team`);
      await keys.tabTo(page.getByRole('button', { name: 'Create invitation link' }));
      expect([...keys.unindicated], 'every focused element shows it').toEqual([]);
    } finally {
      await restoreDefault(merchant);
    }
  });

  test('a second configuration is used by id, with an inline override on top', async ({ page, merchant }) => {
    await signInToDashboard(page);
    await page.goto(`${dashboardUrl}/settings/portal`);
    const name = `Payment failed emails ${test.info().project.name} ${Date.now()}`;
    await page.getByLabel('Name of a new configuration').fill(name);
    await page.getByRole('button', { name: 'Create configuration' }).click();
    await page.waitForURL((url) => url.searchParams.get('configuration')?.startsWith('bpc_') ?? false);
    const id = new URL(page.url()).searchParams.get('configuration') as string;
    await expect(page.locator(`a[data-configuration="${id}"]`)).toHaveAttribute('aria-current', 'page');
    await page.getByLabel('Customers can change their plan').uncheck();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.locator('[data-saved="true"]')).toBeVisible();

    const customer = await merchant.createCustomer();
    await merchant.subscribe(customer.id as string, (await merchant.price('Pro')).id);
    await signIn(page, merchant, {
      customerId: customer.id as string,
      configuration: { id, payment_method_update_enabled: false },
    });
    // The override on top: no payment methods module.
    const nav = page.getByRole('navigation', { name: 'Billing' });
    await expect(nav.getByRole('link', { name: 'Invoices' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Payment methods' })).toHaveCount(0);
    // The configuration's own setting: no plan change; the rest as the defaults.
    await gotoPortal(page, '/subscription');
    await expect(page.getByRole('heading', { name: 'Pro', level: 2 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Change Pro' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Cancel Pro' })).toBeVisible();
    // The default is untouched.
    const fallback = await merchant.get('/v1/portal/configuration');
    expect(fallback.subscription_update_enabled).toBe(true);
  });

  test('an uploaded logo is shown in the preview and in the portal, until it is removed', async ({ page, merchant }) => {
    await signInToDashboard(page);
    await page.goto(`${dashboardUrl}/settings/portal`);
    // Not an image: the API's reason, at the logo.
    await page.getByLabel('Logo image').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    await page.getByRole('button', { name: 'Upload logo' }).click();
    await expect(page.locator('[data-logo] .field__error')).toBeVisible();
    await page.getByLabel('Logo image').setInputFiles(join(__dirname, '../../api/assets/demo-logo.png'));
    await page.getByRole('button', { name: 'Upload logo' }).click();
    await expect(page.locator('[data-saved="true"]')).toBeVisible();
    try {
      const saved = await merchant.get('/v1/portal/configuration');
      expect(saved.logo).toMatch(/^file_/);
      const shown = async (image: ReturnType<Page['locator']>) =>
        image.evaluate((element) => (element as HTMLImageElement).complete && (element as HTMLImageElement).naturalWidth);
      const thumb = page.locator('img.logo-thumb');
      await expect(thumb).toHaveAttribute('src', `/brand/logos/${saved.logo}`);
      await expect.poll(() => shown(thumb)).toBe(240);
      const previewLogo = page.frameLocator('iframe#preview').locator(`img[src="/brand/logos/${saved.logo}"]`);
      await expect.poll(() => shown(previewLogo)).toBe(240);
      await expectAccessible(page, 'portal settings with an uploaded logo');

      // A customer's portal shows it from the portal's own origin.
      const customer = await merchant.createCustomer();
      await signIn(page, merchant, { customerId: customer.id as string });
      const portalLogo = page.locator('img.brand__logo');
      await expect(portalLogo).toHaveAttribute('src', `/brand/logos/${saved.logo}`);
      await expect.poll(() => shown(portalLogo)).toBe(240);
    } finally {
      await page.goto(`${dashboardUrl}/settings/portal`);
      await page.getByRole('button', { name: 'Remove logo' }).click();
      await expect(page.locator('[data-saved="true"]')).toBeVisible();
      expect((await merchant.get('/v1/portal/configuration')).logo).toBeNull();
    }
  });

  test('a rotated webhook secret signs a test event that the Standard Webhooks library verifies', async ({
    page,
    merchant,
  }) => {
    test.setTimeout(120_000);
    const receiver = await startReceiver();
    let endpointId = '';
    try {
      await signInToDashboard(page);
      await page.getByRole('link', { name: 'Webhooks' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webhooks');
      await page.getByLabel('Endpoint URL').fill(receiver.url);
      await page.getByLabel('Description').fill(`e2e ${test.info().project.name}`);
      await page.getByRole('button', { name: 'Add endpoint' }).click();
      const first = (await page.locator('[data-secret]').textContent())?.trim() ?? '';
      expect(first).toMatch(/^whsec_/);
      endpointId = (await page.locator('dd code').first().textContent())?.trim() ?? '';
      expect(endpointId).toMatch(/^we_/);
      await expectAccessible(page, 'webhook endpoint with its secret');

      await page.getByLabel('Old secret keeps working').selectOption({ label: 'Not at all' });
      await page.getByRole('button', { name: 'Rotate secret' }).click();
      await expect(page.getByRole('heading', { name: "The endpoint's new signing secret" })).toBeVisible();
      const rotated = (await page.locator('[data-secret]').textContent())?.trim() ?? '';
      expect(rotated).toMatch(/^whsec_/);
      expect(rotated).not.toBe(first);
      // The secret is never in the address bar.
      expect(page.url()).not.toContain('whsec_');

      await page.getByRole('button', { name: 'Send test event' }).click();
      await expect(page.locator('[data-notice]')).toContainText('A test event (evt_');
      const testEvent = /\((evt_[A-Za-z0-9]+)\)/.exec((await page.locator('[data-notice]').textContent()) ?? '')?.[1] ?? '';
      const hit = await receiver.next('webhook_endpoint.test');
      const verified = new Webhook(rotated).verify(hit.body, headersOf(hit.headers)) as { type: string; data: { object: { id: string } } };
      expect(verified.type).toBe('webhook_endpoint.test');
      expect(verified.data.object.id).toBe(endpointId);
      expect(() => new Webhook(first).verify(hit.body, headersOf(hit.headers)), 'the old secret no longer signs').toThrow();

      // The delivery log shows the attempt; "Resend" sends the same event again. (The
      // endpoint takes every event: a session an earlier test left may complete now and
      // be delivered too, so the test event's own row is the one looked for.)
      expect(hit.headers['webhook-id']).toBe(testEvent);
      await expect(async () => {
        await page.reload();
        await expect(page.locator(`tr[data-success="true"][data-event="${testEvent}"]`)).toHaveCount(1, {
          timeout: 1_000,
        });
      }).toPass({ timeout: 45_000 });
      await expectAccessible(page, 'webhook endpoint with its delivery log');
      await captureScreens(page, 'dashboard/webhook-endpoint');
      await page.getByRole('button', { name: `Resend ${testEvent}` }).click();
      await expect(page.locator('[data-notice]')).toContainText(testEvent);
      const again = await receiver.next('webhook_endpoint.test');
      expect(again.headers['webhook-id']).toBe(hit.headers['webhook-id']);
    } finally {
      if (endpointId) await merchant.post(`/v1/webhook_endpoints/${endpointId}`, { disabled: true });
      await receiver.close();
    }
  });

  test('an API key is created, rolled without overlap and revoked, and the API follows each step', async ({
    page,
    request,
  }) => {
    const status = async (key: string) =>
      (await request.get(`${apiUrl}/v1/customers?limit=1`, { headers: { Authorization: `Bearer ${key}` } })).status();
    await signInToDashboard(page);
    await page.getByRole('link', { name: 'API keys' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('API keys');
    const name = `Checkout ${test.info().project.name} ${Date.now()}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Create key' }).click();
    const created = (await page.locator('[data-secret]').textContent())?.trim() ?? '';
    expect(created).toMatch(/^sk_test_/);
    expect(await status(created)).toBe(200);
    await expectAccessible(page, 'API keys with a new secret');
    await captureScreens(page, 'dashboard/api-keys');

    const row = page.locator('tr', { hasText: name });
    await row.getByLabel('Old secret keeps working').selectOption({ label: 'Not at all' });
    await row.getByRole('button', { name: `Roll ${name}` }).click();
    const rolled = (await page.locator('[data-secret]').textContent())?.trim() ?? '';
    expect(rolled).toMatch(/^sk_test_/);
    expect(rolled).not.toBe(created);
    expect(await status(rolled)).toBe(200);
    expect(await status(created), 'rolled without overlap: the old key stops at once').toBe(401);

    const successor = page.locator('tr', { hasText: name }).filter({ has: page.getByRole('button', { name: `Revoke ${name}` }) });
    await successor.getByRole('button', { name: `Revoke ${name}` }).click();
    await expect(page.getByRole('status')).toContainText('The key is revoked');
    expect(await status(rolled)).toBe(401);
  });

  test('support opens the portal as a customer, and the session is listed with what was done in it', async ({
    page,
    merchant,
  }) => {
    test.setTimeout(120_000);
    await serveMerchantSite(page.context());
    // "Open portal as this customer" sends the customer back where the configuration says.
    await merchant.post('/v1/portal/configuration', { default_return_url: merchantReturnUrl });
    try {
      const customer = await merchant.createCustomer();
      await merchant.subscribe(customer.id as string, (await merchant.price('Pro')).id);
      await signInToDashboard(page);
      await page.getByRole('link', { name: 'Customers' }).first().click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Customers');
      await page.getByLabel('Email or customer ID').fill(customer.email as string);
      await page.getByRole('button', { name: 'Search' }).click();
      await expect(page.locator('table.customers tbody tr')).toHaveCount(1);
      await page.getByRole('link', { name: customer.name as string }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(customer.name as string);
      await expect(page.locator('table.subscriptions tbody tr')).toContainText('Pro monthly');
      await expectAccessible(page, 'dashboard customer');
      await captureScreens(page, 'dashboard/customer');

      await page.getByRole('button', { name: 'Open portal as this customer' }).click();
      const handoff = page.locator('[data-portal-session]').first();
      const sessionId = (await handoff.getAttribute('data-portal-session')) as string;
      expect(sessionId).toMatch(/^ps_/);
      const link = (await page.locator('a[data-portal-link="true"]').getAttribute('href')) as string;
      // Opened in this tab rather than a new one (the link's target): the same steps.
      await openPortalLink(page, link);
      await expect(page.locator('[data-signed-in="true"]')).toHaveCount(1);
      await gotoPortal(page, '/tax-ids');
      await page.getByLabel('Type (required)').selectOption('eu_vat');
      await page.getByLabel('Number (required)').fill('DE136695976');
      await page.getByRole('button', { name: 'Add tax ID' }).click();
      await expect(page.getByRole('status')).toHaveText('Tax ID added.');
      await gotoPortal(page, '/');
      await page.getByRole('button', { name: /^Return to / }).click();
      await page.waitForURL(merchantReturnUrl);

      await page.goto(`${dashboardUrl}/portal-sessions`);
      const row = page.locator(`tr[data-portal-session="${sessionId}"]`);
      await expect(row).toHaveAttribute('data-status', 'completed');
      await expect(row.locator('[data-action="customer.tax_id.created"]')).toContainText('× 1');
      await expectAccessible(page, 'dashboard portal sessions');
      await page.goto(`${dashboardUrl}/customers/${customer.id}`);
      await expect(page.locator('table.tax-ids')).toContainText('DE136695976');
      await expect(page.locator(`tr[data-portal-session="${sessionId}"]`)).toHaveAttribute('data-status', 'completed');

      await page.getByRole('link', { name: 'Events' }).first().click();
      await page.getByLabel('Event type').selectOption('customer.tax_id.created');
      await page.getByRole('button', { name: 'Filter' }).click();
      await page.locator('table.events tbody a').first().click();
      await expect(page.locator('pre.payload')).toContainText('DE136695976');
      await expectAccessible(page, 'dashboard event');
    } finally {
      await merchant.post('/v1/portal/configuration', { default_return_url: null });
    }
  });

  test('an owner invites an administrator, who joins, turns on two-step sign-in, needs a code to sign in, is made a viewer and removed', async ({
    page,
    browser,
    noJs,
  }) => {
    await signInToDashboard(page);
    await page.getByRole('link', { name: 'Team' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team');
    await expect(page.locator(`tr[data-team-member="${ownerEmail}"]`)).toContainText('Owner');
    const email = `e2e-admin-${test.info().project.name}-${Date.now()}@example.com`;
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Administrator' });
    await page.getByRole('button', { name: 'Create invitation link' }).click();
    const link = (await page.locator('[data-secret]').textContent())?.trim() ?? '';
    expect(link).toMatch(new RegExp(`^${dashboardUrl}/invitations/dinv_`));
    await expectAccessible(page, 'team with an invitation link');
    await captureScreens(page, 'dashboard/team');

    // The invited person, in a browser of their own.
    const theirs = await browser.newContext({ javaScriptEnabled: !noJs });
    const admin = await theirs.newPage();
    try {
      const password = `a long passphrase nobody guesses ${Date.now()}`;
      await admin.goto(link);
      await admin.getByLabel('Your name (optional)').fill('Ada Admin');
      await admin.getByLabel('Password', { exact: true }).fill(password);
      await admin.getByRole('button', { name: 'Join the team' }).click();
      await admin.waitForURL(`${dashboardUrl}/`);
      await expect(admin.locator('[data-member]')).toContainText('Administrator');

      await admin.goto(`${dashboardUrl}/team`);
      await expect(admin.getByRole('button', { name: 'Create invitation link' }), 'only owners invite').toHaveCount(0);
      await admin.getByRole('button', { name: 'Set up two-step sign-in' }).click();
      const key = (await admin.locator('[data-secret]').textContent())?.trim() ?? '';
      expect(key).toMatch(/^[A-Z2-7]{16,}$/);
      await admin.getByLabel('Authentication code').fill('000000' === totp(key) ? '111111' : '000000');
      await admin.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      await expect(admin.getByRole('alert')).toContainText('wrong');
      await admin.getByLabel('Authentication code').fill(totp(key));
      await admin.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      await expect(admin.locator('[data-totp="on"]')).toBeVisible();
      await expect(admin.locator(`tr[data-team-member="${email}"]`)).toContainText('On');

      // Signing in again takes the password and then a code (a code works once: the next one).
      await admin.getByRole('button', { name: 'Sign out' }).click();
      await admin.goto(`${dashboardUrl}/sign-in`);
      await admin.getByLabel('Email').fill(email);
      await admin.getByLabel('Password').fill(password);
      await admin.getByRole('button', { name: 'Sign in' }).click();
      await expect(admin.getByRole('status')).toHaveText(
        'Enter your password again with the code from your authenticator app.',
      );
      await admin.getByLabel('Password').fill(password);
      await admin.getByLabel('Authentication code').fill(totp(key, 1));
      await admin.getByRole('button', { name: 'Sign in' }).click();
      await admin.waitForURL(`${dashboardUrl}/`);

      // The owner makes them a viewer: it holds from their next page.
      await page.goto(`${dashboardUrl}/team`);
      const row = page.locator(`tr[data-team-member="${email}"]`);
      await page.getByLabel(`Role of ${email}`).selectOption({ label: 'Viewer' });
      await row.getByRole('button', { name: 'Change role' }).click();
      await expect(page.getByRole('status')).toContainText(`The role of ${email} is now: Viewer.`);
      await expect(row).toContainText('Viewer');
      await admin.reload();
      await expect(admin.locator('[data-member]')).toContainText('Viewer');

      // Then removes them, after a second click: their browser is signed out at once.
      await row.getByText('Remove from the team…').click();
      await expectAccessible(page, 'team with a removal to confirm');
      await row.getByRole('button', { name: `Remove ${email} now` }).click();
      await expect(page.getByRole('status')).toContainText(`${email} was removed from the team`);
      await expect(page.locator(`tr[data-team-member="${email}"]`)).toHaveCount(0);
      await admin.reload();
      await admin.waitForURL(`${dashboardUrl}/sign-in?ended=1`);
      await expect(admin.getByRole('button', { name: 'Sign in' })).toBeVisible();
    } finally {
      await theirs.close();
    }
  });
});

test.describe('the merchant dashboard on a phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('every page fits a 360-pixel screen without scrolling sideways', async ({ page }) => {
    await signInToDashboard(page);
    for (const path of ['/', '/customers', '/portal-sessions', '/settings/portal', '/webhooks', '/events', '/api-keys', '/team']) {
      await page.goto(`${dashboardUrl}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('the merchant dashboard in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test("a member whose browser asks for Japanese gets the dashboard in Japanese, axe-clean", async ({ page }) => {
    await page.goto(`${dashboardUrl}/sign-in`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Sign in');
    if (!ownerPassword) throw new Error('PAYLERA_DEMO_OWNER_PASSWORD is not set');
    await page.locator('#email').fill(ownerEmail);
    await page.locator('#password').fill(ownerPassword);
    await page.locator('form[action="/sign-in"] button[type="submit"]').click();
    await page.waitForURL(`${dashboardUrl}/`);
    await page.goto(`${dashboardUrl}/settings/portal`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('button[data-save]')).not.toHaveText('Save changes');
    // The preview speaks the portal's Japanese too.
    await expect(page.frameLocator('iframe#preview').locator('html')).toHaveAttribute('lang', 'ja');
    await expectAccessible(page, 'portal settings in Japanese');
    await captureScreens(page, 'dashboard/ja/portal-settings');
    // A phone: one column, nothing scrolls sideways (tables scroll in their own box).
    for (const path of ['/settings/portal', '/webhooks', '/api-keys']) {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(`${dashboardUrl}${path}`);
      expect(await horizontalOverflow(page), path).toEqual({ px: 0, culprits: [] });
    }
  });
});

/** A webhook receiver on a loopback port: every request's headers and raw body. */
interface Hit {
  headers: IncomingHttpHeaders;
  body: string;
}

async function startReceiver(): Promise<{ url: string; next: (type: string) => Promise<Hit>; close: () => Promise<void> }> {
  const hits: Hit[] = [];
  let taken = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      hits.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks`,
    // The next request (after those already taken) whose event is `type`.
    next: async (type: string) => {
      const deadline = Date.now() + 50_000;
      while (Date.now() < deadline) {
        const index = hits.findIndex((hit, i) => i >= taken && (JSON.parse(hit.body) as { type: string }).type === type);
        if (index >= 0) {
          taken = index + 1;
          return hits[index];
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no ${type} delivery within 50 s (${hits.length} requests)`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The three Standard Webhooks headers, as the library takes them. */
function headersOf(headers: IncomingHttpHeaders): Record<string, string> {
  const one = (name: string) => String(headers[name] ?? '');
  return {
    'webhook-id': one('webhook-id'),
    'webhook-timestamp': one('webhook-timestamp'),
    'webhook-signature': one('webhook-signature'),
  };
}
