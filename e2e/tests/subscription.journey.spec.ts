// The subscription module, as a customer uses it: see each subscription, change plan or
// quantity after the API's exact preview, cancel (at the period end with a reason, or
// at once when the merchant configured it), keep a subscription whose cancellation is
// pending, subscribe again after it ended, pause and resume when the merchant offers it. Every action is checked on the API's state
// and on the event it emitted (`source: "portal"`, the session's id); axe-core runs on
// every page and state. Runs in both projects (hydrated and without JavaScript).
import type { Page } from '@playwright/test';

import { captureScreens, expect, expectAccessible, gotoPortal, settle, signIn, test, watchForErrors } from './support';
import { englishDate, portalEvent, subscribedOnClock, usd } from './subscription/helpers';

/** The card of the subscription `id` on `/subscription`. */
function card(page: Page, id: string) {
  return page.locator(`section.subscription[data-subscription="${id}"]`);
}

/** Waits for the page a successful action ends on: `/subscription`, saying `message`. */
async function expectOutcome(page: Page, done: string, message: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/subscription' && url.searchParams.get('done') === done);
  await settle(page);
  await expect(page.getByRole('status')).toHaveText(message);
}

test.describe('the subscription page', () => {
  test('a customer sees each subscription; one without any is told so', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription: pro } = await subscribedOnClock(merchant, 'Pro', { quantity: 2 });
    const starter = await merchant.subscribe(customer.id, (await merchant.price('Starter')).id);
    await signIn(page, merchant, { customerId: customer.id });

    await gotoPortal(page, '/subscription');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Subscription');
    await expect(page.locator('section.subscription')).toHaveCount(2);
    const proCard = card(page, pro.id);
    await expect(proCard.getByRole('heading', { level: 2 })).toHaveText('Pro');
    await expect(proCard).toContainText('$29.00 per month');
    await expect(proCard.locator('[data-quantity]')).toHaveText('2');
    await expect(proCard).toContainText('Active');
    await expect(proCard.locator('dt', { hasText: 'Renews on' })).toBeVisible();
    await expect(proCard.getByText(englishDate(pro.current_period_end), { exact: true })).toBeVisible();
    await expect(card(page, starter.id)).toContainText('$9.00 per month');
    await expect(proCard.getByRole('link', { name: 'Change Pro' })).toBeVisible();
    await expect(proCard.getByRole('link', { name: 'Cancel Pro' })).toBeVisible();
    await expectAccessible(page, 'two subscriptions');
    await captureScreens(page, 'subscription/list');

    const nobody = await merchant.createCustomer();
    await signIn(page, merchant, { customerId: nobody.id });
    await gotoPortal(page, '/subscription');
    await expect(page.locator('[data-empty="true"]')).toHaveText('You have no subscription with this merchant.');
    await expect(page.locator('section.subscription')).toHaveCount(0);
    await expectAccessible(page, 'no subscription');
    expect(await problems()).toEqual([]);
  });
});

test.describe('changing plan', () => {
  test('an upgrade shows the API preview and the invoice charges exactly that', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
    const pro = await merchant.price('Pro');
    const business = await merchant.price('Business');
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id });

    await gotoPortal(page, '/subscription');
    await card(page, subscription.id).getByRole('link', { name: 'Change Pro' }).click();
    await page.waitForURL((url) => url.pathname === '/subscription/change');
    await settle(page);
    await expect(page.getByRole('radio', { name: /Pro.*\$29\.00 per month.*Current plan/ })).toBeChecked();
    await expectAccessible(page, 'choose a plan');
    await captureScreens(page, 'subscription/change');

    await page.getByRole('radio', { name: /Business.*\$99\.00 per month.*Upgrade/ }).check();
    await page.getByRole('button', { name: 'Review the change' }).click();
    await page.waitForURL((url) => url.searchParams.get('price') === business.id);
    await settle(page);

    const due = page.locator('[data-amount-due]');
    await expect(due).toBeVisible();
    const previewed = Number(await due.getAttribute('data-amount-due'));
    const api = await merchant.post(`/v1/subscriptions/${subscription.id}/preview`, { price: business.id });
    expect(previewed).toBe(api.amount_due);
    expect(previewed).toBeGreaterThan(0);
    await expect(due).toHaveText(usd(api.amount_due));
    await expect(page.locator('table.preview-lines tbody tr')).toHaveCount(api.lines.length);
    await expectAccessible(page, 'upgrade preview');
    await captureScreens(page, 'subscription/preview');

    await page.getByRole('button', { name: 'Confirm the change' }).click();
    await expectOutcome(page, 'changed', 'Your plan has been changed.');

    const changed = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(changed.price).toBe(business.id);
    const invoice = await merchant.get(`/v1/invoices/${changed.latest_invoice}`);
    expect(invoice.amount_due).toBe(previewed);
    expect(invoice.status).toBe('paid');
    const event = await portalEvent(merchant, 'subscription.updated', subscription.id, sessionId);
    expect(event.data.previous_attributes).toMatchObject({ price: pro.id });
    await expect(card(page, subscription.id)).toContainText('$99.00 per month');
    await expectAccessible(page, 'plan changed');
    expect(await problems()).toEqual([]);
  });

  test('the total per period follows the plan and quantity as they are chosen (hydrated) and is the current one without JavaScript', async ({
    page,
    merchant,
    noJs,
  }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro', { quantity: 2 });
    await signIn(page, merchant, { customerId: customer.id });

    await gotoPortal(page, `/subscription/change?subscription=${subscription.id}`);
    const total = page.locator('[data-plan-total]');
    await expect(total).toHaveText('$58.00 per month');

    await page.getByLabel('Quantity').fill('3');
    await page.getByRole('radio', { name: /Business.*\$99\.00 per month/ }).check();
    // Without JavaScript the page says what it was rendered with; the review has the API's figures.
    await expect(total).toHaveText(noJs ? '$58.00 per month' : '$297.00 per month');
    if (!noJs) {
      await page.getByLabel('Quantity').fill('0');
      await expect(total).toBeEmpty();
      await page.getByLabel('Quantity').fill('4');
      await page.getByRole('radio', { name: /Pro.*Current plan/ }).check();
      await expect(total).toHaveText('$116.00 per month');
    }
    await expectAccessible(page, 'plan picker total');
    expect(await problems()).toEqual([]);
  });

  test('hidden downgrades are neither offered nor accepted; the quantity still changes', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
    const starter = await merchant.price('Starter');
    const { sessionId } = await signIn(page, merchant, {
      customerId: customer.id,
      configuration: { subscription_update_downgrades_enabled: false },
    });

    await gotoPortal(page, `/subscription/change?subscription=${subscription.id}`);
    await expect(page.getByRole('radio', { name: /Business.*\$99\.00 per month/ })).toBeVisible();
    await expect(page.getByRole('radio', { name: /Starter/ })).toHaveCount(0);
    await expect(page.getByRole('radio', { name: /Pro.*per year/ })).toHaveCount(0);
    await expect(page.getByText('Downgrade', { exact: true })).toHaveCount(0);

    // Asking for the downgrade anyway: the API refuses to preview it, and nothing can be confirmed.
    await gotoPortal(page, `/subscription/change?subscription=${subscription.id}&price=${starter.id}&quantity=1`);
    await expect(page.locator('p[role="alert"]')).not.toBeEmpty();
    await expect(page.getByRole('button', { name: 'Confirm the change' })).toHaveCount(0);
    await expectAccessible(page, 'downgrade refused');

    await gotoPortal(page, `/subscription/change?subscription=${subscription.id}`);
    await page.getByLabel('Quantity').fill('3');
    await page.getByRole('button', { name: 'Review the change' }).click();
    await page.waitForURL((url) => url.searchParams.get('quantity') === '3');
    await settle(page);
    const previewed = Number(await page.locator('[data-amount-due]').getAttribute('data-amount-due'));
    const api = await merchant.post(`/v1/subscriptions/${subscription.id}/preview`, { quantity: 3 });
    expect(previewed).toBe(api.amount_due);
    await expectAccessible(page, 'quantity preview');
    await page.getByRole('button', { name: 'Confirm the change' }).click();
    await expectOutcome(page, 'changed', 'Your plan has been changed.');

    const changed = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(changed.quantity).toBe(3);
    expect(changed.price).toBe(subscription.price);
    const event = await portalEvent(merchant, 'subscription.updated', subscription.id, sessionId);
    expect(event.data.previous_attributes).toMatchObject({ quantity: 1 });
    await expect(card(page, subscription.id).locator('[data-quantity]')).toHaveText('3');
    expect(await problems()).toEqual([]);
  });

  test('a downgrade is scheduled for the end of the period and shown as pending', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
    const starter = await merchant.price('Starter');
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id });
    const periodEnd = englishDate(subscription.current_period_end);

    await gotoPortal(page, `/subscription/change?subscription=${subscription.id}`);
    await page.getByRole('radio', { name: /Starter.*\$9\.00 per month.*Downgrade/ }).check();
    await page.getByRole('button', { name: 'Review the change' }).click();
    await page.waitForURL((url) => url.searchParams.get('price') === starter.id);
    await settle(page);
    await expect(page.locator('[data-effective="period_end"]')).toHaveText(
      `This change takes effect on ${periodEnd}. Nothing is charged now.`,
    );
    await expectAccessible(page, 'downgrade preview');
    await page.getByRole('button', { name: 'Confirm the change' }).click();
    await expectOutcome(page, 'scheduled', 'Your change is scheduled for the end of the current period.');

    const changed = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(changed.price).toBe(subscription.price);
    expect(changed.pending_update).toMatchObject({ price: starter.id, quantity: 1 });
    await portalEvent(merchant, 'subscription.updated', subscription.id, sessionId);
    await expect(card(page, subscription.id).locator('[data-pending="change"]')).toHaveText(
      `Changes to Starter × 1 on ${periodEnd}.`,
    );
    await expectAccessible(page, 'downgrade pending');
    expect(await problems()).toEqual([]);
  });
});

test.describe('cancelling', () => {
  test('at the period end with a reason, then kept after all', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id });
    const periodEnd = englishDate(subscription.current_period_end);

    await gotoPortal(page, '/subscription');
    await card(page, subscription.id).getByRole('link', { name: 'Cancel Pro' }).click();
    await page.waitForURL((url) => url.pathname === '/subscription/cancel');
    await settle(page);
    await expect(page.locator('[data-cancel-mode="at_period_end"]')).toHaveText(
      `If you cancel, Pro stays active until ${periodEnd}, then ends. You will not be charged again.`,
    );
    await expectAccessible(page, 'cancel at period end');
    await captureScreens(page, 'subscription/cancel');

    await page.getByRole('radio', { name: "It's too expensive" }).check();
    await page.getByLabel('Anything else you want to tell us? (optional)').fill('Over budget this year');
    await page.getByRole('button', { name: 'Cancel Pro' }).click();
    await expectOutcome(page, 'canceled', 'Your subscription has been canceled.');

    const canceling = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(canceling).toMatchObject({
      status: 'active',
      cancel_at_period_end: true,
      cancellation_details: { reason: 'too_expensive', comment: 'Over budget this year' },
    });
    const canceled = await portalEvent(merchant, 'subscription.canceled', subscription.id, sessionId);
    expect(canceled.data.object.cancellation_details.reason).toBe('too_expensive');
    const proCard = card(page, subscription.id);
    await expect(proCard.locator('[data-pending="cancel"]')).toHaveText(
      `Ends on ${periodEnd} instead of renewing. You keep access until then.`,
    );
    await expect(proCard.getByRole('link', { name: 'Cancel Pro' })).toHaveCount(0);
    await expectAccessible(page, 'cancellation pending');
    await captureScreens(page, 'subscription/pending');

    await proCard.getByRole('button', { name: 'Keep Pro' }).click();
    await expect(page.getByRole('status')).toHaveText('Your subscription will renew as usual.');
    await expect(proCard.locator('[data-pending="cancel"]')).toHaveCount(0);
    const kept = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(kept).toMatchObject({ status: 'active', cancel_at_period_end: false, cancellation_details: null });
    await portalEvent(merchant, 'subscription.reactivated', subscription.id, sessionId);
    await expectAccessible(page, 'reactivated');
    expect(await problems()).toEqual([]);
  });

  test('at once when the merchant says so, then subscribed again when allowed', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
    const pro = await merchant.price('Pro');
    const { sessionId } = await signIn(page, merchant, {
      customerId: customer.id,
      configuration: { subscription_cancel_mode: 'immediately', subscription_cancel_reasons_enabled: false },
    });

    await gotoPortal(page, `/subscription/cancel?subscription=${subscription.id}`);
    await expect(page.locator('[data-cancel-mode="immediately"]')).toHaveText(
      'If you cancel, Pro ends immediately and your access stops now.',
    );
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expectAccessible(page, 'cancel immediately');
    await page.getByRole('button', { name: 'Cancel Pro' }).click();
    await expectOutcome(page, 'canceled', 'Your subscription has been canceled.');

    const ended = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(ended.status).toBe('canceled');
    expect(ended.ended_at).toBeTruthy();
    await portalEvent(merchant, 'subscription.canceled', subscription.id, sessionId);
    await expect(page.locator('[data-empty="true"]')).toBeVisible();
    const endedItem = page.locator(`li.ended-subscription[data-subscription="${subscription.id}"]`);
    await expect(endedItem).toContainText('Ended on');
    await expectAccessible(page, 'ended');

    // A session that may not change plans offers no way back in.
    await signIn(page, merchant, { customerId: customer.id, configuration: { subscription_update_enabled: false } });
    await gotoPortal(page, '/subscription');
    await expect(endedItem).toBeVisible();
    await expect(page.getByRole('button', { name: 'Subscribe again to Pro' })).toHaveCount(0);

    const { sessionId: again } = await signIn(page, merchant, { customerId: customer.id });
    await gotoPortal(page, '/subscription');
    await page.getByRole('button', { name: 'Subscribe again to Pro' }).click();
    await expect(page.getByRole('status')).toHaveText('You are subscribed again.');
    const [newest] = await merchant.subscriptions(customer.id);
    expect(newest.id).not.toBe(subscription.id);
    expect(newest).toMatchObject({ status: 'active', price: pro.id, quantity: 1 });
    const created = (await merchant.events({ type: 'subscription.created' })).find(
      (event) => event.data.object.id === newest.id,
    );
    expect(created).toMatchObject({ source: 'portal', portal_session: again });
    await expect(card(page, newest.id)).toBeVisible();
    await expectAccessible(page, 'subscribed again');
    expect(await problems()).toEqual([]);
  });
});

test.describe('pausing', () => {
  test('only when the merchant enables it: paused from the period end, then resumed early and charged at once', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription, clock } = await subscribedOnClock(merchant, 'Pro');
    const proCard = card(page, subscription.id);

    // Not offered unless the merchant enables it.
    await signIn(page, merchant, { customerId: customer.id });
    await gotoPortal(page, '/subscription');
    await expect(proCard).toBeVisible();
    await expect(proCard.getByRole('link', { name: 'Pause Pro' })).toHaveCount(0);

    const { sessionId } = await signIn(page, merchant, {
      customerId: customer.id,
      configuration: { subscription_pause_enabled: true, subscription_pause_max_periods: 3 },
    });
    await gotoPortal(page, '/subscription');
    await proCard.getByRole('link', { name: 'Pause Pro' }).click();
    await page.waitForURL((url) => url.pathname === '/subscription/pause');
    await settle(page);
    await expect(page.getByRole('radio')).toHaveCount(3);
    await expect(page.getByRole('radio', { name: '1 month' })).toBeChecked();
    await expectAccessible(page, 'pause');
    await captureScreens(page, 'subscription/pause');
    await page.getByRole('radio', { name: '2 months' }).check();
    await page.getByRole('button', { name: 'Pause Pro' }).click();
    await expectOutcome(page, 'paused', 'Your subscription will pause at the end of the current period.');

    // Scheduled: nothing changes before the paid period ends.
    const pausing = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(pausing.status).toBe('active');
    expect(pausing.pause.starts_at).toBe(subscription.current_period_end);
    const scheduled = await portalEvent(merchant, 'subscription.updated', subscription.id, sessionId);
    expect(scheduled.data.object.pause).toEqual(pausing.pause);
    await expect(proCard.locator('[data-pending="pause"]')).toHaveText(
      `Billing pauses on ${englishDate(pausing.pause.starts_at)} and resumes on ${englishDate(pausing.pause.resumes_at)}.`,
    );
    await expect(proCard.getByRole('link', { name: 'Change Pro' })).toHaveCount(0);
    await expect(proCard.getByRole('link', { name: 'Pause Pro' })).toHaveCount(0);
    await expectAccessible(page, 'pause scheduled');

    // The period ends on the customer's clock: paused, nothing invoiced.
    const invoicesBefore = (await merchant.get(`/v1/invoices?customer=${customer.id}&limit=100`)).data.length;
    const dayAfter = new Date(Date.parse(pausing.current_period_end) + 24 * 3600 * 1000).toISOString();
    await merchant.post(`/v1/test_clocks/${clock.id}/advance`, { frozen_time: dayAfter });
    const paused = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(paused).toMatchObject({ status: 'paused', current_period_end: pausing.pause.resumes_at });
    const pausedEvents = await merchant.events({ type: 'subscription.paused' });
    expect(pausedEvents.filter((event) => event.data.object.id === subscription.id)).toHaveLength(1);
    expect((await merchant.get(`/v1/invoices?customer=${customer.id}&limit=100`)).data).toHaveLength(invoicesBefore);

    await gotoPortal(page, '/subscription');
    await expect(proCard).toHaveAttribute('data-status', 'paused');
    await expect(proCard.locator('dd', { hasText: /^Paused$/ })).toBeVisible();
    await expect(proCard.locator('dt', { hasText: 'Resumes on' })).toBeVisible();
    await expect(proCard.locator('dd', { hasText: englishDate(pausing.pause.resumes_at) })).toBeVisible();
    await expectAccessible(page, 'paused');
    await captureScreens(page, 'subscription/paused');

    // Resumed early: a new period from the customer's today, charged at once.
    await proCard.getByRole('button', { name: 'Resume Pro now' }).click();
    await expect(page.getByRole('status')).toHaveText('Your subscription is billing again.');
    const resumed = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(resumed).toMatchObject({ status: 'active', pause: null, current_period_start: dayAfter.replace('.000Z', 'Z') });
    await portalEvent(merchant, 'subscription.resumed', subscription.id, sessionId);
    const invoices = (await merchant.get(`/v1/invoices?customer=${customer.id}&limit=100`)).data;
    expect(invoices).toHaveLength(invoicesBefore + 1);
    expect(invoices[0]).toMatchObject({ status: 'paid', subscription: subscription.id, id: resumed.latest_invoice });
    await expect(proCard).toHaveAttribute('data-status', 'active');
    await expectAccessible(page, 'resumed');
    expect(await problems()).toEqual([]);
  });
});

test.describe('retention offers', () => {
  const offers = {
    subscription_cancel_retention_offers: [
      { reason: 'too_expensive', type: 'discount', percent_off: 20, periods: 3 },
      { reason: 'unused', type: 'pause', periods: 2 },
    ],
  };

  test('a customer canceling as too expensive takes the discount offered instead, and the next invoices are cheaper', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, configuration: offers });

    await gotoPortal(page, `/subscription/cancel?subscription=${subscription.id}`);
    await page.getByRole('radio', { name: "It's too expensive" }).check();
    await page.getByLabel('Anything else you want to tell us? (optional)').fill('Cheaper elsewhere');
    await page.getByRole('button', { name: 'Cancel Pro' }).click();
    await page.waitForURL((url) => url.pathname === '/subscription/cancel' && url.searchParams.get('offer') === 'too_expensive');
    await settle(page);
    const offer = page.locator('section.retention-offer[data-offer="discount"]');
    await expect(offer.getByRole('heading', { name: 'Before you go' })).toBeVisible();
    await expect(offer.locator('.offer-text')).toHaveText('Stay with Pro and get 20% off your next 3 invoices.');
    const untouched = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(untouched).toMatchObject({ status: 'active', cancel_at_period_end: false, discount: null });
    await expectAccessible(page, 'retention offer');
    await captureScreens(page, 'subscription/offer');

    await offer.getByRole('button', { name: 'Accept the offer' }).click();
    await expectOutcome(page, 'retained', 'Thanks for staying. The offer is applied to your subscription.');
    const kept = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(kept).toMatchObject({
      status: 'active',
      cancel_at_period_end: false,
      discount: { percent_off: 20, periods_remaining: 3 },
    });
    const updated = (await merchant.events({ type: 'subscription.updated' })).find(
      (event) => event.data.object.id === subscription.id && event.data.object.discount,
    );
    expect(updated).toMatchObject({ source: 'portal', portal_session: sessionId });
    await expect(card(page, subscription.id).locator('[data-discount]')).toHaveText('20% off the next 3 invoices');
    const upcoming = await merchant.get(`/v1/invoices/upcoming?subscription=${subscription.id}`);
    expect(upcoming.amount_due).toBe(Math.round(upcoming.lines[0].amount * 0.8));
    expect(await problems()).toEqual([]);
  });

  test('a customer who declines the pause offered is canceled with the reason and comment given', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, configuration: offers });
    const periodEnd = englishDate(subscription.current_period_end);

    await gotoPortal(page, `/subscription/cancel?subscription=${subscription.id}`);
    await page.getByRole('radio', { name: "I don't use it enough" }).check();
    await page.getByLabel('Anything else you want to tell us? (optional)').fill('Back in spring, maybe');
    await page.getByRole('button', { name: 'Cancel Pro' }).click();
    await page.waitForURL((url) => url.searchParams.get('offer') === 'unused');
    await settle(page);
    const offer = page.locator('section.retention-offer[data-offer="pause"]');
    await expect(offer.locator('.offer-text')).toHaveText(
      `Pause Pro for 2 months instead: billing stops on ${periodEnd}, nothing is charged meanwhile, and it resumes by itself.`,
    );
    await expectAccessible(page, 'pause offered');

    await offer.getByRole('button', { name: 'No thanks, cancel Pro' }).click();
    await expectOutcome(page, 'canceled', 'Your subscription has been canceled.');
    const canceled = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(canceled).toMatchObject({
      cancel_at_period_end: true,
      pause: null,
      cancellation_details: { reason: 'unused', comment: 'Back in spring, maybe' },
    });
    await portalEvent(merchant, 'subscription.canceled', subscription.id, sessionId);

    // A reason without an offer cancels straight away (the other subscription's customer).
    const other = await subscribedOnClock(merchant, 'Pro');
    await signIn(page, merchant, { customerId: other.customer.id, configuration: offers });
    await gotoPortal(page, `/subscription/cancel?subscription=${other.subscription.id}`);
    await page.getByRole('radio', { name: 'Features I need are missing' }).check();
    await page.getByRole('button', { name: 'Cancel Pro' }).click();
    await expectOutcome(page, 'canceled', 'Your subscription has been canceled.');
    expect(await problems()).toEqual([]);
  });
});
