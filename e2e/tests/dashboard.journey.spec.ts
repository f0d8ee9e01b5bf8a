// The merchant dashboard (issue 18), as a merchant's team member uses it: sign in on
// the dashboard's own origin, hide cancellation in the default portal configuration and
// watch the live preview drop the cancel action, save it as one audited change, and see
// no cancel action in the portal of a customer whose session is created afterwards;
// then create a second configuration and use it by id with an inline override on top.
// Runs in both projects: with JavaScript the preview follows each edit; without it, the
// form's "Update the preview" button posts into the preview frame.
import type { Page } from '@playwright/test';

import { expect, expectAccessible, gotoPortal, signIn, test, watchForErrors, type Merchant } from './support';

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
});
