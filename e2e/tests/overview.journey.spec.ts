// The overview a signed-in customer lands on, in both projects: the plan with its
// price, status and next charge (the API's upcoming-invoice preview), the default card,
// the billing details (the address in its country's order), the invoices with an
// unpaid one first and its "Pay now", and nothing technical. Then the header: one line
// of navigation on a desktop, a "Menu" on a phone, no horizontal scrolling.
import {
  type ApiObject,
  expect,
  expectAccessible,
  gotoPortal,
  signIn,
  test,
  watchForErrors,
} from './support';
import { englishDate, subscribedOnClock, usd } from './subscription/helpers';

/** Sends the clock of `customer` past the end of `subscription`'s period. */
async function renew(merchant: import('./support').Merchant, clock: ApiObject, subscription: ApiObject) {
  const after = new Date(Date.parse(subscription.current_period_end) + 3600 * 1000);
  await merchant.post(`/v1/test_clocks/${clock.id}/advance`, { frozen_time: after.toISOString() });
}

test.describe('the overview', () => {
  test('answers at a glance: plan and next charge, card, billing details, an unpaid invoice first with Pay now', async ({
    page,
    merchant,
  }) => {
    test.setTimeout(60_000);
    const problems = await watchForErrors(page, { expectedStatus: [] });
    const { customer, subscription, clock } = await subscribedOnClock(merchant, 'Pro');
    const good = (await merchant.paymentMethods(customer.id))[0];
    await merchant.post(`/v1/customers/${customer.id}`, {
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      address: { line1: 'Unter den Linden 1', city: 'Berlin', postal_code: '10117', country: 'DE' },
    });
    await merchant.post(`/v1/customers/${customer.id}/tax_ids`, { type: 'eu_vat', value: 'DE123456788' });
    // The renewal is charged to a card that declines it: the invoice stays open.
    const failing = await merchant.addCard(customer.id, '4000000000000341', { default: true });
    await renew(merchant, clock, subscription);
    const unpaid = (await merchant.invoices(customer.id)).find((invoice) => invoice.status === 'open');
    expect(unpaid, 'the renewal failed').toBeTruthy();

    await signIn(page, merchant, { customerId: customer.id });

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Billing overview');
    await expect(page.getByText('API status')).toHaveCount(0);
    await expect(page.getByText('About this portal')).toHaveCount(0);

    // The plan, its status and what it will charge next, as the API previews it.
    const sub = await merchant.get(`/v1/subscriptions/${subscription.id}`);
    const upcoming = await merchant.get(`/v1/invoices/upcoming?subscription=${subscription.id}`);
    const plan = page.locator(`.plan[data-subscription="${subscription.id}"]`);
    await expect(plan).toContainText('Pro');
    await expect(plan).toContainText('Payment overdue');
    await expect(plan.locator('[data-next-charge]')).toContainText(
      `${usd(upcoming.amount_due)} on ${englishDate(upcoming.next_payment_attempt)}`,
    );
    expect(upcoming.next_payment_attempt).toBe(sub.current_period_end);

    // The default card, and the billing details with the address in German order.
    await expect(page.locator(`[data-card="${failing.id}"]`)).toContainText('Visa ending 0341');
    const address = page.locator('address[data-address]');
    await expect(address.locator('.line')).toHaveText(['Unter den Linden 1', '10117 Berlin', 'Germany']);
    await expect(page.getByText('Ada Lovelace', { exact: true })).toBeVisible();
    await expect(page.getByText('ada@example.com', { exact: true })).toBeVisible();
    await expect(page.locator('[data-tax-ids]')).toHaveText('DE123456788');

    // The unpaid invoice leads the invoices, with "Pay now".
    const outstanding = page.locator('.overview__outstanding');
    await expect(outstanding).toHaveAttribute('data-invoice', unpaid.id);
    await expect(outstanding).toContainText(`Invoice ${unpaid.number} for ${usd(unpaid.total)} is unpaid.`);
    await expect(page.locator('.invoice-lines li').first()).toHaveAttribute('data-invoice', unpaid.id);
    await expectAccessible(page, 'overview with an unpaid invoice');

    // Paying with the declining card fails here, in words.
    await outstanding.getByRole('button', { name: 'Pay now' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.has('__err'));
    await expect(page.getByRole('alert')).toContainText('Your card was declined.');

    // The declining card removed, the good one is the default again (detaching retries
    // nothing by itself): "Pay now" pays it, and the invoices page says so.
    await merchant.post(`/v1/payment_methods/${failing.id}/detach`);
    expect((await merchant.customer(customer.id)).invoice_settings.default_payment_method).toBe(good.id);
    expect((await merchant.get(`/v1/invoices/${unpaid.id}`)).status).toBe('open');
    await gotoPortal(page, '/');
    await page.locator('.overview__outstanding').getByRole('button', { name: 'Pay now' }).click();
    await page.waitForURL((url) => url.pathname === '/invoices');
    await expect(page.getByRole('status')).toContainText('your payment went through');
    expect((await merchant.get(`/v1/invoices/${unpaid.id}`)).status).toBe('paid');
    expect(await problems()).toEqual([]);
  });

  test('shows each section only when its module is on, and says what is missing', async ({ page, merchant }) => {
    const customer = await merchant.createCustomer();
    await signIn(page, merchant, {
      customerId: customer.id,
      configuration: { invoice_history_enabled: false, payment_method_update_enabled: false },
    });
    await expect(page.getByRole('heading', { level: 2, name: 'Invoices' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Payment methods' })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: 'Subscription' })).toBeVisible();
    await expect(page.getByText('You have no subscription with this merchant.')).toBeVisible();
    await expect(page.getByText('No billing address yet.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Update billing address' })).toHaveAttribute('href', '/address');
  });
});

test.describe('the header', () => {
  for (const locale of ['en', 'de', 'fi']) {
    test(`keeps the navigation on one line on a desktop (${locale})`, async ({ page, merchant }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const customer = await merchant.createCustomer();
      await signIn(page, merchant, { customerId: customer.id, locale });
      const items = page.locator('nav.site-nav li');
      await expect(items).toHaveCount(6);
      const tops = await items.evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(new Set(tops).size, `one line: ${tops}`).toBe(1);
      await expect(page.locator('details.site-menu')).toBeHidden();
    });
  }

  test('is a Menu on a phone, opened with the mouse and the keyboard, without horizontal scrolling', async ({
    page,
    merchant,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    const customer = await merchant.createCustomer();
    await signIn(page, merchant, { customerId: customer.id });
    await expect(page.locator('nav.site-nav')).toBeHidden();
    const menu = page.locator('details.site-menu');
    const summary = menu.locator('summary');
    const links = page.getByRole('navigation', { name: 'Billing' }).getByRole('link');
    await expect(summary).toHaveText('Menu');
    await expect(links).toHaveCount(0);

    await summary.click();
    await expect(links).toHaveCount(6);
    await summary.click();
    await expect(links).toHaveCount(0);

    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(links.first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(links.first()).toBeFocused();
    await links.nth(3).click();
    await page.waitForURL('**/invoices');

    for (const path of ['/', '/invoices', '/subscription', '/payment-methods', '/address', '/tax-ids']) {
      await gotoPortal(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('leaving the portal', () => {
  test('closing the tab completes the session within seconds, every action in its summary; moving between pages does not', async ({
    page,
    merchant,
    noJs,
  }) => {
    test.skip(noJs, 'a page without JavaScript cannot say it was closed: the idle sweep completes the session');
    test.setTimeout(60_000);
    const customer = await merchant.createCustomer();
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id });

    // One action: the billing address.
    await gotoPortal(page, '/address');
    await page.getByLabel('Country (required)').selectOption('DE');
    await page.getByLabel('Street address (required)').fill('Unter den Linden 1');
    await page.getByLabel('City (required)').fill('Berlin');
    await page.getByLabel('Postal code (required)').fill('10117');
    await page.getByRole('button', { name: 'Save address' }).click();
    await expect(page.getByRole('status')).not.toBeEmpty();

    // Going from page to page hides each page and shows the next: the session stays.
    await gotoPortal(page, '/invoices');
    await gotoPortal(page, '/');
    await page.waitForTimeout(5_000);
    expect((await merchant.portalSession(sessionId)).status).toBe('opened');

    const closed = Date.now();
    await page.close({ runBeforeUnload: true });
    await expect
      .poll(async () => (await merchant.portalSession(sessionId)).status, { timeout: 10_000 })
      .toBe('completed');
    const completion = (await merchant.events({ type: 'portal.session.completed' })).find(
      (event) => event.data.object.id === sessionId,
    );
    expect(completion, 'portal.session.completed').toBeTruthy();
    expect(Date.parse(completion!.created) - closed).toBeLessThan(10_000);
    expect(completion!.data.object.summary.actions).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'customer.updated', object_id: customer.id })]),
    );
  });
});

test.describe('the language, from a French browser', () => {
  test.use({ locale: 'fr-FR' });

  test('a session without a locale speaks the browser’s; the switcher keeps another choice for the session', async ({
    page,
    merchant,
  }) => {
    const customer = await merchant.createCustomer();
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id });
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Vue d'ensemble de la facturation");
    expect((await merchant.portalSession(sessionId)).locale).toBe('fr');

    // Every language is offered in its own name; the choice is the session's.
    const select = page.getByLabel('Langue');
    await expect(select.locator('option')).toHaveCount(31);
    await expect(select.locator('option[value="ja"]')).toHaveText('日本語');
    await select.selectOption('ja');
    await page.getByRole('button', { name: 'Changer de langue' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await gotoPortal(page, '/invoices');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    expect((await merchant.portalSession(sessionId)).locale).toBe('ja');
  });
});

test.describe('counted texts', () => {
  test('a Czech customer reads each period with the plural form of its number', async ({ page, merchant }) => {
    const customer = await merchant.createCustomer({ preferred_locales: ['cs'] });
    await merchant.addCard(customer.id);
    const suffix = customer.id.slice(-6);
    for (const months of [3, 5]) {
      const product = await merchant.post('/v1/products', {
        name: `Předplatné ${months} ${suffix}`,
        family: `e2e-czech-${suffix.toLowerCase()}`,
        rank: months,
      });
      const price = await merchant.post('/v1/prices', {
        product: product.id,
        currency: 'czk',
        unit_amount: 30000,
        recurring: { interval: 'month', interval_count: months },
      });
      await merchant.subscribe(customer.id, price.id);
    }
    await signIn(page, merchant, { customerId: customer.id });
    await expect(page.locator('html')).toHaveAttribute('lang', 'cs');
    const plans = page.locator('.plan');
    await expect(plans.filter({ hasText: 'Předplatné 3' })).toContainText('každé 3 měsíce');
    await expect(plans.filter({ hasText: 'Předplatné 5' })).toContainText('každých 5 měsíců');
  });
});
