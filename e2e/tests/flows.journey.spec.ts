// Deep-link flows: a merchant opens the portal on one task. Until it is done, every
// other page (the overview included) leads back to the task and the header has no
// navigation; then the flow's `after_completion` decides: a confirmation page with the
// merchant's message, a redirect to the merchant (the session completed), or the
// overview with the whole portal. Each kind of flow and each ending is covered at
// least once; the API's state and events are checked, axe-core runs on every state.
// Runs in both projects (hydrated and without JavaScript).
import type { Page } from '@playwright/test';

import {
  MERCHANT_PAGE_HEADING,
  captureScreens,
  expect,
  expectAccessible,
  gotoPortal,
  settle,
  signIn,
  test,
  watchForErrors,
} from './support';
import { openFlow, portalEvent, subscribedOnClock, usd } from './subscription/helpers';

/** The header's navigation between modules. */
function navigation(page: Page) {
  return page.locator('nav.site-nav');
}

/** Asks for `path` and expects to be sent to the task at `taskPath`. */
async function expectSentToTask(page: Page, path: string, taskPath: string): Promise<void> {
  await gotoPortal(page, path);
  expect(new URL(page.url()).pathname, `${path} leads to the task`).toBe(taskPath);
}

test('subscription_cancel ending on the hosted confirmation', async ({ page, merchant }) => {
  const problems = await watchForErrors(page, { expectedStatus: [/\/done$/] });
  const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
  const session = await openFlow(page, merchant, customer.id, {
    type: 'subscription_cancel',
    subscription: subscription.id,
    after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'Sorry to see you go.' } },
  });

  expect(new URL(page.url()).pathname).toBe('/subscription/cancel');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cancel subscription');
  await expect(navigation(page)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Keep my subscription' })).toHaveCount(0);
  await expectAccessible(page, 'cancel flow: the task');
  for (const path of ['/', '/invoices', '/subscription', '/done']) {
    await expectSentToTask(page, path, '/subscription/cancel');
  }

  await page.getByRole('radio', { name: 'Another reason' }).check();
  await page.getByRole('button', { name: 'Cancel Pro' }).click();
  await page.waitForURL((url) => url.pathname === '/done');
  await settle(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('All done');
  await expect(page.locator('[data-flow-done="true"]')).toContainText('Sorry to see you go.');
  await expect(page.getByRole('button', { name: /^Return to / })).toBeVisible();
  await expect(navigation(page)).toHaveCount(0);
  await expectAccessible(page, 'cancel flow: confirmation');
  await captureScreens(page, 'flows/done');
  const canceled = await merchant.get(`/v1/subscriptions/${subscription.id}`);
  expect(canceled).toMatchObject({ cancel_at_period_end: true, cancellation_details: { reason: 'other' } });
  await portalEvent(merchant, 'subscription.canceled', subscription.id, session.id);
  // The portal stays on the confirmation: the merchant asked for no more than the task.
  await expectSentToTask(page, '/subscription', '/done');

  // Another session of the same customer, without a flow, has no confirmation page.
  await signIn(page, merchant, { customerId: customer.id });
  const response = await gotoPortal(page, '/done');
  expect(response?.status()).toBe(404);
  await expectAccessible(page, 'no confirmation outside the flow');
  expect(await problems()).toEqual([]);
});

test('subscription_update_confirm ending with a redirect to the merchant', async ({ page, merchant }) => {
  const problems = await watchForErrors(page);
  const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
  const business = await merchant.price('Business');
  const returnUrl = 'https://merchant.test/account/billing?upgraded=1';
  const session = await openFlow(page, merchant, customer.id, {
    type: 'subscription_update_confirm',
    subscription: subscription.id,
    price: business.id,
    quantity: 2,
    after_completion: { type: 'redirect', redirect: { return_url: returnUrl } },
  });

  const task = new URL(page.url());
  expect(task.pathname).toBe('/subscription/change');
  expect(task.searchParams.get('price')).toBe(business.id);
  await expect(navigation(page)).toHaveCount(0);
  const due = page.locator('[data-amount-due]');
  const api = await merchant.post(`/v1/subscriptions/${subscription.id}/preview`, { price: business.id, quantity: 2 });
  await expect(due).toHaveAttribute('data-amount-due', String(api.amount_due));
  await expect(due).toHaveText(usd(api.amount_due));
  await expect(page.getByRole('link', { name: 'Choose another plan' })).toHaveCount(0);
  await expectAccessible(page, 'confirm flow: the preview');
  await expectSentToTask(page, '/payment-methods', '/subscription/change');

  await page.getByRole('button', { name: 'Confirm the change' }).click();
  await page.waitForURL(returnUrl);
  await expect(page.getByRole('heading', { name: MERCHANT_PAGE_HEADING })).toBeVisible();

  const changed = await merchant.get(`/v1/subscriptions/${subscription.id}`);
  expect(changed).toMatchObject({ price: business.id, quantity: 2 });
  const invoice = await merchant.get(`/v1/invoices/${changed.latest_invoice}`);
  expect(invoice.amount_due).toBe(api.amount_due);
  await portalEvent(merchant, 'subscription.updated', subscription.id, session.id);
  expect((await merchant.portalSession(session.id)).status).toBe('completed');

  // The session is over: the portal says so.
  await gotoPortal(page, '/');
  await expect(page.locator('[data-session-ended="true"]')).toBeVisible();
  await expectAccessible(page, 'confirm flow: session ended');
  expect(await problems()).toEqual([]);
});

test('subscription_update ending on the overview, with the whole portal back', async ({ page, merchant }) => {
  const problems = await watchForErrors(page, { expectedStatus: [/\/done$/] });
  const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
  const business = await merchant.price('Business');
  const session = await openFlow(page, merchant, customer.id, {
    type: 'subscription_update',
    subscription: subscription.id,
    after_completion: { type: 'portal_homepage' },
  });

  expect(new URL(page.url()).pathname).toBe('/subscription/change');
  await expect(navigation(page)).toHaveCount(0);
  await expectAccessible(page, 'update flow: choose a plan');
  await expectSentToTask(page, '/address', '/subscription/change');

  await page.getByRole('radio', { name: /Business.*\$99\.00 per month/ }).check();
  await page.getByRole('button', { name: 'Review the change' }).click();
  await page.waitForURL((url) => url.searchParams.get('price') === business.id);
  await settle(page);
  await expectAccessible(page, 'update flow: the preview');
  await page.getByRole('button', { name: 'Confirm the change' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await settle(page);

  await expect(page.locator('[data-signed-in="true"]')).toBeVisible();
  await expect(navigation(page)).toBeVisible();
  expect((await merchant.get(`/v1/subscriptions/${subscription.id}`)).price).toBe(business.id);
  await portalEvent(merchant, 'subscription.updated', subscription.id, session.id);
  await expectAccessible(page, 'update flow: overview');
  // The rest of the portal is open again; the confirmation page is not this flow's.
  const invoices = await gotoPortal(page, '/invoices');
  expect(invoices?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe('/invoices');
  expect((await gotoPortal(page, '/done'))?.status()).toBe(404);
  expect(await problems()).toEqual([]);
});

test('payment_method_update keeps the customer on the new card page until a card is added', async ({
  page,
  merchant,
}) => {
  const problems = await watchForErrors(page);
  const customer = await merchant.createCustomer();
  const session = await openFlow(page, merchant, customer.id, {
    type: 'payment_method_update',
    after_completion: { type: 'hosted_confirmation', hosted_confirmation: { custom_message: 'Thanks, card saved.' } },
  });

  expect(new URL(page.url()).pathname).toBe('/payment-methods/new');
  await expect(navigation(page)).toHaveCount(0);
  await expectAccessible(page, 'card flow: the task');
  for (const path of ['/', '/subscription', '/payment-methods', '/done']) {
    await expectSentToTask(page, path, '/payment-methods/new');
  }

  await page.getByLabel('Card number').fill('5555555555554444');
  await page.getByLabel('Month (MM)').fill('12');
  await page.getByLabel('Year (YYYY)').fill(String(new Date().getUTCFullYear() + 3));
  await page.getByLabel('Security code (CVC)').fill('737');
  await page.getByRole('button', { name: 'Add card', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/done');
  await settle(page);

  await expect(page.locator('[data-flow-done="true"]')).toContainText('Thanks, card saved.');
  await expect(navigation(page)).toHaveCount(0);
  await expectAccessible(page, 'card flow: confirmation');
  const cards = await merchant.paymentMethods(customer.id);
  expect(cards.map((card) => card.card.last4)).toEqual(['4444']);
  const attached = (await merchant.events({ type: 'customer.payment_method_attached' })).filter(
    (event) => event.data.object.id === cards[0].id,
  );
  expect(attached).toHaveLength(1);
  expect([attached[0].source, attached[0].portal_session]).toEqual(['portal', session.id]);
  // Done: the task is not offered again.
  await expectSentToTask(page, '/payment-methods/new', '/done');
  expect(await problems()).toEqual([]);
});
