// Keyboard-only journeys (WCAG 2.1.1 Keyboard, 2.4.3 Focus Order, 2.4.7 Focus Visible), in
// both projects: after signing in, no mouse, no `.click()`, `.check()`, `.fill()` or
// `goto`: only `page.keyboard` (Tab, Shift+Tab, Enter, Space, arrow keys, typing). Each
// journey starts at the overview and does one real task end to end, checked on the API
// (the state and the portal's events, as the module journeys do): change plan, cancel
// with a reason and decline the retention offer, pause and resume, add a card and make it
// the default and remove the old one, pay an open invoice from "Pay now", add and remove
// a tax ID, edit the address, change the language. After every Tab the focused element
// must show a focus indicator (a computed outline or box-shadow); the last tests check
// that indicator's contrast with the background around it, in both colour schemes.
// (Signing in opens the portal link as `signIn` does, which without JavaScript presses
// the hand-off page's button: that is the first navigation; the keyboard takes over on
// the overview.)
import type { Locator, Page } from '@playwright/test';

import { type ApiObject, Keyboard, type Merchant, expect, focused, settle, signIn, test, watchForErrors } from './support';
import { englishDate, portalEvent, subscribedOnClock } from './subscription/helpers';

/**
 * The contrast ratio of the focused element's outline colour with the background around
 * it (the nearest ancestor's opaque background: the outline is drawn outside the
 * element), with both colours, or `null` when nothing is focused or it has no outline.
 */
async function focusContrast(page: Page): Promise<{ ratio: number; outline: string; around: string } | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const outline = getComputedStyle(element).outlineColor;
    if (getComputedStyle(element).outlineStyle === 'none') return null;
    let around = 'rgb(255, 255, 255)';
    for (let node = element.parentElement; node; node = node.parentElement) {
      const background = getComputedStyle(node).backgroundColor;
      const alpha = background.match(/rgba\(.*,\s*([\d.]+)\)/);
      if (!alpha || parseFloat(alpha[1]) === 1) {
        if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
          around = background;
          break;
        }
      }
    }
    const luminance = (color: string) => {
      const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((part) => {
        const c = Number(part) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(outline), luminance(around)].sort((a, b) => b - a);
    return { ratio: (light + 0.05) / (dark + 0.05), outline, around };
  });
}

/** The signed-in page's `<h1>`. */
function heading(page: Page) {
  return page.getByRole('heading', { level: 1 });
}

/** Waits for a page reached by the keyboard: its URL, loaded (and hydrated), and its `<h1>`. */
async function arrived(page: Page, path: (url: URL) => boolean, title: string | RegExp): Promise<void> {
  await page.waitForURL(path);
  await settle(page);
  await expect(heading(page)).toHaveText(title);
}

/** From the overview, opens the page behind the overview's link `name` with the keyboard. */
async function fromOverview(keys: Keyboard, name: string, path: string, title: string): Promise<void> {
  await expect(heading(keys.page)).toHaveText('Billing overview');
  await keys.activate(keys.page.getByRole('main').getByRole('link', { name, exact: true }));
  await arrived(keys.page, (url) => url.pathname === path, title);
}

/** The card of the subscription `id` on `/subscription`. */
function subscriptionCard(page: Page, id: string) {
  return page.locator(`section.subscription[data-subscription="${id}"]`);
}

/** Waits for the page a successful subscription action ends on: `/subscription`, saying `message`. */
async function subscriptionOutcome(page: Page, done: string, message: string): Promise<void> {
  await page.waitForURL((url) => url.pathname === '/subscription' && url.searchParams.get('done') === done);
  await settle(page);
  await expect(page.getByRole('status')).toHaveText(message);
}

/** The events of `type` about the object `objectId`, newest first. */
async function eventsAbout(merchant: Merchant, type: string, objectId: string): Promise<ApiObject[]> {
  return (await merchant.events({ type })).filter((event) => event.data.object.id === objectId);
}

/** Every journey ends here: no element without a focus indicator, no error in the page. */
async function expectClean(keys: Keyboard, problems: () => Promise<string[]>): Promise<void> {
  expect([...keys.unindicated], 'focused elements without a visible focus indicator (WCAG 2.4.7)').toEqual([]);
  expect(await problems()).toEqual([]);
}

test.describe('with the keyboard only', () => {
  test('change plan: Pro to Business through the radio group, review, confirm', async ({ page, merchant }) => {
    test.setTimeout(60_000);
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
    const pro = await merchant.price('Pro');
    const business = await merchant.price('Business');
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    const keys = new Keyboard(page);

    await fromOverview(keys, 'Manage subscriptions', '/subscription', 'Subscription');
    await keys.activate(page.getByRole('link', { name: 'Change Pro' }));
    await arrived(page, (url) => url.pathname === '/subscription/change', /.+/);
    const current = page.getByRole('radio', { name: /Pro.*\$29\.00 per month.*Current plan/ });
    await expect(current).toBeChecked();
    // Tab enters the group on its checked radio; the arrows move through it.
    await keys.tabTo(page.getByRole('radio'));
    await expect(current).toBeFocused();
    await keys.arrowTo(page.getByRole('radio', { name: /Business.*\$99\.00 per month.*Upgrade/ }));
    await keys.activate(page.getByRole('button', { name: 'Review the change' }));
    await page.waitForURL((url) => url.searchParams.get('price') === business.id);
    await settle(page);
    await expect(page.locator('[data-amount-due]')).toBeVisible();
    await keys.activate(page.getByRole('button', { name: 'Confirm the change' }));
    await subscriptionOutcome(page, 'changed', 'Your plan has been changed.');

    const changed = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(changed.price).toBe(business.id);
    const event = await portalEvent(merchant, 'subscription.updated', subscription.id, sessionId);
    expect(event.data.previous_attributes).toMatchObject({ price: pro.id });
    await expect(subscriptionCard(page, subscription.id)).toContainText('$99.00 per month');
    await expectClean(keys, problems);
  });

  test('cancel with a reason chosen with the arrows, and decline the retention offer', async ({ page, merchant }) => {
    test.setTimeout(60_000);
    const problems = await watchForErrors(page);
    const { customer, subscription } = await subscribedOnClock(merchant, 'Pro');
    const { sessionId } = await signIn(page, merchant, {
      customerId: customer.id,
      locale: 'en',
      configuration: {
        subscription_cancel_retention_offers: [{ reason: 'too_expensive', type: 'discount', percent_off: 20, periods: 3 }],
      },
    });
    const keys = new Keyboard(page);

    await fromOverview(keys, 'Manage subscriptions', '/subscription', 'Subscription');
    await keys.activate(page.getByRole('link', { name: 'Cancel Pro' }));
    await arrived(page, (url) => url.pathname === '/subscription/cancel', /.+/);
    await keys.tabTo(page.getByRole('radio'));
    await keys.arrowTo(page.getByRole('radio', { name: "It's too expensive" }));
    await keys.typeInto(page.getByLabel('Anything else you want to tell us? (optional)'), 'Over budget this year');
    await keys.activate(page.getByRole('button', { name: 'Cancel Pro' }));

    await page.waitForURL((url) => url.searchParams.get('offer') === 'too_expensive');
    await settle(page);
    const offer = page.locator('section.retention-offer[data-offer="discount"]');
    await expect(offer.locator('.offer-text')).toHaveText('Stay with Pro and get 20% off your next 3 invoices.');
    await keys.activate(offer.getByRole('button', { name: 'No thanks, cancel Pro' }));
    await subscriptionOutcome(page, 'canceled', 'Your subscription has been canceled.');

    const canceled = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(canceled).toMatchObject({
      status: 'active',
      cancel_at_period_end: true,
      discount: null,
      cancellation_details: { reason: 'too_expensive', comment: 'Over budget this year' },
    });
    await portalEvent(merchant, 'subscription.canceled', subscription.id, sessionId);
    await expect(subscriptionCard(page, subscription.id).locator('[data-pending="cancel"]')).toHaveText(
      `Ends on ${englishDate(subscription.current_period_end)} instead of renewing. You keep access until then.`,
    );
    await expectClean(keys, problems);
  });

  test('pause for two months, then resume once paused', async ({ page, merchant }) => {
    test.setTimeout(60_000);
    const problems = await watchForErrors(page);
    const { customer, subscription, clock } = await subscribedOnClock(merchant, 'Pro');
    const { sessionId } = await signIn(page, merchant, {
      customerId: customer.id,
      locale: 'en',
      configuration: { subscription_pause_enabled: true, subscription_pause_max_periods: 3 },
    });
    const keys = new Keyboard(page);

    await fromOverview(keys, 'Manage subscriptions', '/subscription', 'Subscription');
    await keys.activate(page.getByRole('link', { name: 'Pause Pro' }));
    await arrived(page, (url) => url.pathname === '/subscription/pause', /.+/);
    await expect(page.getByRole('radio', { name: '1 month' })).toBeChecked();
    await keys.tabTo(page.getByRole('radio'));
    await keys.arrowTo(page.getByRole('radio', { name: '2 months' }));
    await keys.activate(page.getByRole('button', { name: 'Pause Pro' }));
    await subscriptionOutcome(page, 'paused', 'Your subscription will pause at the end of the current period.');
    const pausing = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(pausing.pause.starts_at).toBe(subscription.current_period_end);
    await portalEvent(merchant, 'subscription.updated', subscription.id, sessionId);

    // The period ends on the customer's clock: paused. Back to the page by the keyboard.
    const dayAfter = new Date(Date.parse(pausing.current_period_end) + 24 * 3600 * 1000).toISOString();
    await merchant.post(`/v1/test_clocks/${clock.id}/advance`, { frozen_time: dayAfter });
    expect((await merchant.get(`/v1/subscriptions/${subscription.id}`)).status).toBe('paused');
    const nav = page.getByRole('navigation', { name: 'Billing' });
    await keys.activate(nav.getByRole('link', { name: 'Overview' }), { backwards: true });
    await arrived(page, (url) => url.pathname === '/', 'Billing overview');
    await fromOverview(keys, 'Manage subscriptions', '/subscription', 'Subscription');
    await expect(subscriptionCard(page, subscription.id)).toHaveAttribute('data-status', 'paused');

    await keys.activate(page.getByRole('button', { name: 'Resume Pro now' }));
    await expect(page.getByRole('status')).toHaveText('Your subscription is billing again.');
    const resumed = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    expect(resumed).toMatchObject({ status: 'active', pause: null });
    await portalEvent(merchant, 'subscription.resumed', subscription.id, sessionId);
    await expectClean(keys, problems);
  });

  test('add a card by typing it, make it the default, remove the old one', async ({ page, merchant }) => {
    test.setTimeout(60_000);
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    const visa = await merchant.addCard(customer.id, '4242424242424242');
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    const keys = new Keyboard(page);
    const year = String(new Date().getUTCFullYear() + 3);

    await fromOverview(keys, 'Manage payment methods', '/payment-methods', 'Payment methods');
    await keys.activate(page.getByRole('main').getByRole('link', { name: 'Add a card' }));
    await arrived(page, (url) => url.pathname === '/payment-methods/new', 'Add a card');
    await keys.typeInto(page.getByLabel('Card number'), '5555 5555 5555 4444');
    await keys.typeInto(page.getByLabel('Month (MM)'), '12');
    await keys.typeInto(page.getByLabel('Year (YYYY)'), year);
    await keys.typeInto(page.getByLabel('Security code (CVC)'), '737');
    await keys.activate(page.getByRole('button', { name: 'Add card', exact: true }));
    await page.waitForURL('**/payment-methods?done=card_added');
    await settle(page);
    await expect(page.getByRole('status')).toHaveText('Your card was added.');
    const mastercard = (await merchant.paymentMethods(customer.id)).find((card) => card.card.last4 === '4444');
    expect(mastercard, 'the typed card attached').toBeTruthy();
    expect((await eventsAbout(merchant, 'customer.payment_method_attached', mastercard!.id))[0]).toMatchObject({
      source: 'portal',
      portal_session: sessionId,
    });

    await keys.activate(page.getByRole('button', { name: 'Make Mastercard ending 4444 the default' }));
    await expect(page.getByRole('status')).toHaveText('Your default card was changed.');
    expect((await merchant.customer(customer.id)).invoice_settings.default_payment_method).toBe(mastercard!.id);

    await keys.activate(page.getByRole('link', { name: 'Remove Visa ending 4242' }));
    const step = page.locator('[data-remove-step="true"]');
    await expect(step.getByRole('heading', { name: 'Remove Visa ending 4242?' })).toBeVisible();
    await keys.activate(step.getByRole('button', { name: 'Remove Visa ending 4242' }));
    await expect(page.getByRole('status')).toHaveText('The card was removed.');
    expect((await merchant.paymentMethods(customer.id)).map((card) => card.id)).toEqual([mastercard!.id]);
    const detached = await eventsAbout(merchant, 'customer.payment_method_detached', visa.id);
    expect(detached).toHaveLength(1);
    expect(detached[0]).toMatchObject({ source: 'portal', portal_session: sessionId });
    await expectClean(keys, problems);
  });

  test('pay an open invoice from the overview’s Pay now', async ({ page, merchant }) => {
    test.setTimeout(60_000);
    const problems = await watchForErrors(page);
    // The renewal is charged to a card that declines it, which is then removed: the
    // invoice stays open and the good card is the default again.
    const { customer, subscription, clock } = await subscribedOnClock(merchant, 'Pro');
    const failing = await merchant.addCard(customer.id, '4000000000000341', { default: true });
    const renewal = new Date(Date.parse(subscription.current_period_end) + 3600 * 1000).toISOString();
    await merchant.post(`/v1/test_clocks/${clock.id}/advance`, { frozen_time: renewal });
    const unpaid = (await merchant.invoices(customer.id)).find((invoice) => invoice.status === 'open');
    expect(unpaid, 'the renewal failed').toBeTruthy();
    await merchant.post(`/v1/payment_methods/${failing.id}/detach`);
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    const keys = new Keyboard(page);

    const outstanding = page.locator('.overview__outstanding');
    await expect(outstanding).toHaveAttribute('data-invoice', unpaid!.id);
    await keys.activate(outstanding.getByRole('button', { name: 'Pay now' }));
    await page.waitForURL((url) => url.pathname === '/invoices');
    await settle(page);
    await expect(page.getByRole('status')).toContainText('your payment went through');
    expect((await merchant.get(`/v1/invoices/${unpaid!.id}`)).status).toBe('paid');
    const paid = (await merchant.events({ type: 'invoice.paid' })).find((event) => event.data.object.id === unpaid!.id);
    expect(paid).toMatchObject({ source: 'portal', portal_session: sessionId });
    await expectClean(keys, problems);
  });

  test('add and remove a tax ID', async ({ page, merchant }) => {
    test.setTimeout(60_000);
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    const keys = new Keyboard(page);
    const vat = 'DE136695976';

    await fromOverview(keys, 'Manage tax IDs', '/tax-ids', 'Tax IDs');
    const type = page.getByLabel('Type (required)');
    await keys.tabTo(type);
    // A closed <select> picks the option whose text starts with what is typed.
    const euVat = (await type.locator('option[value="eu_vat"]').textContent())!.trim();
    await page.keyboard.type(euVat.slice(0, 12));
    await expect(type).toHaveValue('eu_vat');
    await keys.typeInto(page.getByLabel('Number (required)'), vat);
    await keys.activate(page.getByRole('button', { name: 'Add tax ID' }));
    await expect(page.getByRole('status')).toHaveText('Tax ID added.');
    expect((await merchant.taxIds(customer.id)).map((taxId) => [taxId.type, taxId.value])).toEqual([['eu_vat', vat]]);
    const created = await merchant.events({ type: 'customer.tax_id.created', customer: customer.id });
    expect(created[0]).toMatchObject({ source: 'portal', portal_session: sessionId });

    await keys.activate(page.getByRole('link', { name: `Remove ${vat}` }));
    const confirm = page.getByRole('region', { name: 'Remove this tax ID?' });
    await expect(confirm).toBeVisible();
    await keys.activate(confirm.getByRole('button', { name: `Yes, remove ${vat}` }));
    await expect(page.getByRole('status')).toHaveText('Tax ID removed.');
    expect(await merchant.taxIds(customer.id)).toEqual([]);
    const deleted = await merchant.events({ type: 'customer.tax_id.deleted', customer: customer.id });
    expect(deleted[0]).toMatchObject({ source: 'portal', portal_session: sessionId });
    await expectClean(keys, problems);
  });

  test('edit and save the billing address', async ({ page, merchant, noJs }) => {
    test.setTimeout(60_000);
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    const keys = new Keyboard(page);

    await fromOverview(keys, 'Update billing address', '/address', 'Billing address');
    const country = page.getByLabel('Country (required)');
    await keys.tabTo(country);
    await page.keyboard.type('Germany');
    await expect(country).toHaveValue('DE');
    if (noJs) {
      // Without JavaScript the form is shown again for the country by its own button.
      await keys.activate(page.getByRole('button', { name: 'Show the fields for this country' }));
      await expect(page.locator('[data-fields-shown="true"]')).toBeVisible();
    }
    await expect(page.getByLabel('State (required)')).toHaveCount(0);
    await keys.typeInto(page.getByLabel('Street address (required)'), 'Unter den Linden 1');
    await keys.typeInto(page.getByLabel('City (required)'), 'Berlin');
    await keys.typeInto(page.getByLabel('Postal code (required)'), '10117');
    await keys.activate(page.getByRole('button', { name: 'Save address' }));
    await expect(page.getByRole('status')).not.toBeEmpty();

    await expect
      .poll(async () => (await merchant.customer(customer.id)).address)
      .toMatchObject({ line1: 'Unter den Linden 1', city: 'Berlin', postal_code: '10117', country: 'DE' });
    const updated = await merchant.events({ type: 'customer.updated', customer: customer.id });
    expect(updated[0]).toMatchObject({ source: 'portal', portal_session: sessionId });
    await expectClean(keys, problems);
  });

  test('change the language to French with the switcher', async ({ page, merchant }) => {
    test.setTimeout(60_000);
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    const keys = new Keyboard(page);

    const select = page.getByLabel('Language');
    await keys.tabTo(select);
    await page.keyboard.type('Fran');
    await expect(select).toHaveValue('fr');
    // Choosing submits nothing (WCAG 3.2.2): the page is still in English until the button.
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await keys.activate(page.getByRole('button', { name: 'Change language' }));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await settle(page);
    await expect(heading(page)).toHaveText("Vue d'ensemble de la facturation");
    expect((await merchant.portalSession(sessionId)).locale).toBe('fr');
    await expectClean(keys, problems);
  });
});

test.describe('the focus indicator', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`contrasts 3:1 with the background around it on every element of the overview (${scheme} scheme, WCAG 1.4.11)`, async ({
      page,
      merchant,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const customerId = (await subscribedOnClock(merchant, 'Pro')).customer.id;
      await signIn(page, merchant, { customerId, locale: 'en' });
      const keys = new Keyboard(page);
      const low = new Set<string>();
      const seen = new Set<string>();
      // Once round the page: until the focus comes back to an element already seen.
      for (let i = 0; i < 60; i++) {
        await keys.press('Tab');
        const name = await focused(page);
        if (seen.has(name)) break;
        seen.add(name);
        const contrast = await focusContrast(page);
        if (contrast && contrast.ratio < 3) {
          low.add(`${name}: ${contrast.ratio.toFixed(2)}:1 (${contrast.outline} on ${contrast.around})`);
        }
      }
      expect(seen.size, 'elements focused').toBeGreaterThan(10);
      expect([...keys.unindicated]).toEqual([]);
      expect([...low], 'focus outlines under 3:1 against their background').toEqual([]);
    });
  }
});
