// The invoices module (`/invoices`), in both projects: the customer's invoices as the
// API has them (numbers, dates, amounts, states in words), the PDF downloaded through
// the portal's `/v1` proxy under the API's own file name and uncached, a failed renewal
// retried with a declining card (the reason in plain words, and a second failure that
// does not show the first one's message), then paid once a good card is the default,
// the bank's challenge refused then approved, pages of invoices, and the empty state.
//
// Failed invoices are made as they happen for real: a customer on a test clock whose
// default card attaches but declines its charges (docs/test-cards.md), the clock moved
// past the renewal (docs/billing-rules.md). Every outcome is checked in the API too:
// the invoice, its payment attempts and the events, which must come from the portal.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';

import type { APIRequestContext, Page } from '@playwright/test';

import {
  type ApiObject,
  type Merchant,
  captureScreens,
  expect,
  expectAccessible,
  gotoPortal,
  signIn,
  test,
  watchForErrors,
} from './support';

/** Test cards (docs/test-cards.md). */
const CARDS = {
  good: '4242424242424242',
  /** Attaches; every charge is declined with `insufficient_funds`. */
  chargesInsufficientFunds: '4000000000009235',
  /** Attaches; every charge is declined with `generic_decline`. */
  chargesDeclined: '4000000000000341',
  /** Attaching and every charge need the customer to authenticate. */
  authenticationEveryCharge: '4000002760003184',
};

/** What the page says (English: the sessions are created with `locale: 'en'`). */
const TEXT = {
  insufficientFunds: 'Your card has insufficient funds. Use another card or contact your bank.',
  declined: 'Your card was declined. Use another card or contact your bank.',
  authenticationFailed: 'Your bank could not confirm this card. Try again or use another card.',
  paid: 'Thank you: your payment went through and the invoice is paid.',
  empty: 'You have no invoices yet.',
};

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An invoice's date as the English page writes it (`25 Nov 2026`, UTC). */
function englishDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${EN_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** An amount in minor units as the English page writes it (`$29.00`). */
function englishMoney(minor: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(minor / 100);
}

/** A customer on a new test clock (frozen now) with `firstCard` attached as the default. */
async function customerOnClock(merchant: Merchant, firstCard = CARDS.good): Promise<{ customer: ApiObject; clock: ApiObject }> {
  const clock = await merchant.post('/v1/test_clocks', {
    frozen_time: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(),
    name: 'invoices journey',
  });
  const customer = await merchant.createCustomer({ test_clock: clock.id });
  await merchant.addCard(customer.id, firstCard);
  return { customer, clock };
}

/** Moves `clock` to `seconds` after `iso`. */
async function advanceClock(merchant: Merchant, clock: ApiObject, iso: string, seconds: number): Promise<void> {
  const to = new Date(new Date(iso).getTime() + seconds * 1000).toISOString();
  await merchant.post(`/v1/test_clocks/${clock.id}/advance`, { frozen_time: to });
}

/**
 * A Pro subscriber (first invoice paid with a good card) whose default card is then
 * `renewalCard`, with the clock moved an hour past the renewal: the renewal invoice is
 * open after one attempt. Returns the customer and both invoices.
 */
async function customerWithFailedRenewal(
  merchant: Merchant,
  renewalCard: string,
): Promise<{ customer: ApiObject; first: ApiObject; renewal: ApiObject }> {
  const { customer, clock } = await customerOnClock(merchant);
  const subscription = await merchant.subscribe(customer.id, (await merchant.price('Pro')).id);
  expect(subscription.status).toBe('active');
  const card = await merchant.addCard(customer.id, renewalCard);
  if (card.status === 'requires_authentication') {
    await merchant.post(`/v1/payment_methods/${card.id}/authenticate`, { outcome: 'approve' });
  }
  await merchant.post(`/v1/customers/${customer.id}`, { invoice_settings: { default_payment_method: card.id } });
  await advanceClock(merchant, clock, subscription.current_period_end, 3600);

  const [renewal, first] = await merchant.invoices(customer.id);
  expect(first.status).toBe('paid');
  expect(renewal.status).toBe('open');
  expect(renewal.billing_reason).toBe('subscription_cycle');
  expect(renewal.attempt_count).toBe(1);
  expect((await merchant.subscriptions(customer.id))[0].status).toBe('past_due');
  return { customer, first, renewal };
}

/** The row of invoice `invoice` in the page's table. */
function row(page: Page, invoice: ApiObject) {
  return page.locator(`tr[data-invoice="${invoice.id}"]`);
}

/** The invoices of the table, in its order. */
function rowIds(page: Page): Promise<(string | null)[]> {
  return page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-invoice')));
}

/**
 * A failed payment answers the hydrated page's call with the API's status (`402` for a
 * declined card or the bank's challenge), which Chromium logs: expected here.
 */
const PAYMENT_FAILURES = { expectedStatus: [/\/api\/pay_invoice$/] };

/** axe on the page as it is, then in dark mode and at a phone's width (360 px), then back. */
async function expectAccessibleEverywhere(page: Page, state: string): Promise<void> {
  await expectAccessible(page, state);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAccessible(page, `${state} (dark)`);
  await page.emulateMedia({ colorScheme: 'light' });
  const size = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 780 });
  await expectAccessible(page, `${state} (360 px)`);
  if (size) await page.setViewportSize(size);
}

/** Screenshots of the page in its current state (see `captureScreens`), per project. */
function screens(page: Page, state: string): Promise<void> {
  return captureScreens(page, `${test.info().project.name}/invoices-${state}`);
}

/** Clicks `button`, which posts a form: a new document without JavaScript, an in-page update with it. */
async function submit(page: Page, noJs: boolean, name: string): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if (noJs) {
    await Promise.all([page.waitForEvent('load'), button.click()]);
  } else {
    await button.click();
  }
}

/** The invoice's payment attempts, oldest first. */
async function attempts(merchant: Merchant, invoice: ApiObject): Promise<ApiObject[]> {
  return (await merchant.get(`/v1/invoices/${invoice.id}/payment_attempts`)).data;
}

/** The events of `type` about `invoice`, newest first. */
async function invoiceEvents(merchant: Merchant, type: string, invoice: ApiObject): Promise<ApiObject[]> {
  const events = await merchant.events({ type, customer: invoice.customer });
  return events.filter((event) => event.data.object.id === invoice.id);
}

/** `path` of the portal fetched outside the browser with the page's cookies (the session's). */
async function fetchAsCustomer(page: Page, request: APIRequestContext, path: string) {
  const cookies = await page.context().cookies();
  const cookie = cookies.map(({ name, value }) => `${name}=${value}`).join('; ');
  return request.get(path, { headers: { cookie } });
}

test.describe('invoices', () => {
  test('lists the invoices as the API has them and downloads a PDF under the API’s name, uncached', async ({
    page,
    merchant,
    request,
  }) => {
    const problems = await watchForErrors(page);
    const { customer, first, renewal } = await customerWithFailedRenewal(merchant, CARDS.chargesInsufficientFunds);
    await signIn(page, merchant, { customerId: customer.id, locale: 'en' });

    expect((await gotoPortal(page, '/invoices'))?.status()).toBe(200);

    await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Your invoices, newest first' });
    await expect(table).toBeVisible();
    await expect(table.locator('tbody tr')).toHaveCount(2);
    // Newest first, as the API lists them.
    expect(await rowIds(page)).toEqual([renewal.id, first.id]);
    for (const [invoice, state] of [
      [renewal, 'Payment failed'],
      [first, 'Paid'],
    ] as const) {
      const cells = row(page, invoice);
      await expect(cells.getByRole('rowheader')).toHaveText(invoice.number);
      await expect(cells.getByRole('cell').nth(0)).toHaveText(englishDate(invoice.created));
      await expect(cells.getByRole('cell').nth(1)).toHaveText(englishMoney(invoice.total, invoice.currency));
      // The state in words, not only a colour.
      await expect(cells.getByRole('cell').nth(2)).toHaveText(state);
    }
    // Only the unpaid invoice can be paid again; both have their PDF.
    await expect(row(page, renewal).getByRole('button', { name: `Retry payment of ${renewal.number}` })).toBeVisible();
    await expect(row(page, first).getByRole('button')).toHaveCount(0);
    await expectAccessibleEverywhere(page, 'invoices: list');
    await screens(page, 'list');

    const link = row(page, first).getByRole('link', { name: `Download ${first.number} (PDF)` });
    // In the page's language: the API prints the PDF in it.
    await expect(link).toHaveAttribute('href', `/v1/invoices/${first.id}/pdf?locale=en`);
    await expect(link).toHaveAttribute('download', '');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${first.number}.pdf`);
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');

    // The same link, as the proxy answers it: the API's name and caching rule pass through.
    const pdf = await fetchAsCustomer(page, request, `/v1/invoices/${first.id}/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['cache-control']).toBe('private, no-store');
    expect(pdf.headers()['content-disposition']).toContain(`filename="${first.number}.pdf"`);
    expect((await pdf.body()).subarray(0, 4).toString('latin1')).toBe('%PDF');

    expect(await problems()).toEqual([]);
  });

  test('a French customer downloads the invoice and the receipt of a paid invoice, both in French with the seller and the card', async ({
    page,
    merchant,
    request,
  }) => {
    const problems = await watchForErrors(page);
    const { customer, first, renewal } = await customerWithFailedRenewal(merchant, CARDS.chargesInsufficientFunds);
    await signIn(page, merchant, { customerId: customer.id, locale: 'fr' });
    await gotoPortal(page, '/invoices');

    // Only the paid invoice has a receipt, linked in the page's language.
    const receiptLink = row(page, first).getByRole('link', { name: `Télécharger le reçu de ${first.number} (PDF)` });
    await expect(receiptLink).toHaveAttribute('href', `/v1/invoices/${first.id}/receipt?locale=fr`);
    await expect(row(page, renewal).getByRole('link', { name: /reçu/ })).toHaveCount(0);
    await expectAccessible(page, 'invoices: receipt links (fr)');

    const text = async (path: string) => {
      const answer = await fetchAsCustomer(page, request, path);
      expect(answer.status(), path).toBe(200);
      expect(answer.headers()['content-type']).toBe('application/pdf');
      // The PDF's real text, as a reader (or an accountant's software) extracts it.
      return execFileSync('pdftotext', ['-layout', '-', '-'], { input: await answer.body() }).toString('utf8');
    };
    const invoice = await text(`/v1/invoices/${first.id}/pdf?locale=fr`);
    // The demo tenant's uploaded logo heads the document, at its own size (240 × 72).
    const settingsWithLogo = await merchant.get('/v1/billing_settings');
    expect(settingsWithLogo.business_profile?.logo).toMatch(/^file_/);
    const pdf = await (await fetchAsCustomer(page, request, `/v1/invoices/${first.id}/pdf?locale=fr`)).body();
    const images = execFileSync('pdfimages', ['-list', '-'], { input: pdf }).toString('utf8');
    expect(images).toMatch(/^\s*1\s+0\s+image\s+240\s+72\s/m);
    expect(invoice).toContain('Facture');
    expect(invoice).toContain(first.number);
    expect(invoice).toContain(settingsWithLogo.business_profile.legal_name);
    const receipt = await text(`/v1/invoices/${first.id}/receipt?locale=fr`);
    expect(receipt).toContain('Reçu');
    expect(receipt).toContain('Payée le');
    expect(receipt).toMatch(/Visa\s+se\s+terminant\s+par\s+4242/);
    // A receipt is only for a paid invoice.
    const refused = await fetchAsCustomer(page, request, `/v1/invoices/${renewal.id}/receipt`);
    expect(refused.status()).toBe(409);
    expect((await refused.json()).error.code).toBe('invoice_not_paid');
    expect(await problems()).toEqual([]);
  });

  test('a failed renewal retried with declining cards says why each time, then is paid with a good card', async ({
    page,
    merchant,
    noJs,
  }) => {
    const problems = await watchForErrors(page, PAYMENT_FAILURES);
    const { customer, renewal } = await customerWithFailedRenewal(merchant, CARDS.chargesInsufficientFunds);
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    await gotoPortal(page, '/invoices');
    const retry = `Retry payment of ${renewal.number}`;
    const error = page.locator('.message--error');
    const success = page.locator('.message--success');
    const outcome = page.locator('#invoice-payment-outcome');

    // Declined: insufficient funds, in plain words. Hydrated, the call answers the API's
    // 402 (a refusal, not the portal failing).
    const answered = noJs ? undefined : page.waitForResponse(/\/api\/pay_invoice$/);
    await submit(page, noJs, retry);
    if (answered) expect((await answered).status()).toBe(402);
    await expect(error).toHaveText(TEXT.insufficientFunds);
    // Hydrated, the focus moves to the outcome (the pressed button is redrawn with the list).
    if (!noJs) await expect(outcome).toBeFocused();
    await expect(success).toBeHidden();
    await expectAccessibleEverywhere(page, 'invoices: retry declined');
    await screens(page, 'declined');
    let tried = await attempts(merchant, renewal);
    expect(tried).toHaveLength(2);
    expect(tried[1]).toMatchObject({ status: 'failed', decline_code: 'insufficient_funds' });
    const failed = await invoiceEvents(merchant, 'invoice.payment_failed', renewal);
    expect(failed[0]).toMatchObject({ source: 'portal', portal_session: sessionId });
    expect((await merchant.get(`/v1/invoices/${renewal.id}`)).status).toBe('open');

    // The merchant makes another declining card the default (the API retries at once, and
    // fails). The customer's second retry says this decline, not the first one's.
    const declining = await merchant.addCard(customer.id, CARDS.chargesDeclined, { default: true });
    await submit(page, noJs, retry);
    await expect(error).toHaveText(TEXT.declined);
    await expect(page.getByText(TEXT.insufficientFunds)).toHaveCount(0);
    if (noJs) {
      // Back on the page with this failure only: the first one's was not carried along.
      const query = new URL(page.url()).searchParams;
      expect(query.getAll('__err')).toHaveLength(1);
      expect(query.getAll('__path')).toEqual(['/api/pay_invoice']);
    }
    tried = await attempts(merchant, renewal);
    expect(tried.at(-1)).toMatchObject({ status: 'failed', decline_code: 'generic_decline', payment_method: declining.id });

    // The merchant removes both declining cards: the good one is the default again
    // (detaching retries nothing by itself).
    const cards = await merchant.paymentMethods(customer.id);
    const insufficient = cards.find((card) => card.card.last4 === '9235');
    await merchant.post(`/v1/payment_methods/${insufficient.id}/detach`);
    await merchant.post(`/v1/payment_methods/${declining.id}/detach`);
    const good = (await merchant.paymentMethods(customer.id)).find((card) => card.card.last4 === '4242');
    expect((await merchant.customer(customer.id)).invoice_settings.default_payment_method).toBe(good.id);
    expect((await merchant.get(`/v1/invoices/${renewal.id}`)).status).toBe('open');

    await submit(page, noJs, retry);
    await expect(success).toHaveText(TEXT.paid);
    await expect(error).toBeHidden();
    await expect(row(page, renewal).getByRole('cell').nth(2)).toHaveText('Paid');
    await expect(row(page, renewal).getByRole('button')).toHaveCount(0);
    if (noJs) expect(new URL(page.url()).search).toBe('?done=paid');
    await expectAccessible(page, 'invoices: retry paid');
    await screens(page, 'paid');

    const paid = await merchant.get(`/v1/invoices/${renewal.id}`);
    expect(paid).toMatchObject({ status: 'paid', amount_remaining: 0, amount_paid: renewal.amount_due });
    expect((await attempts(merchant, renewal)).at(-1)).toMatchObject({ status: 'succeeded', payment_method: good.id });
    const paidEvents = await invoiceEvents(merchant, 'invoice.paid', renewal);
    expect(paidEvents).toHaveLength(1);
    expect(paidEvents[0]).toMatchObject({ source: 'portal', portal_session: sessionId });
    expect((await merchant.subscriptions(customer.id))[0].status).toBe('active');

    expect(await problems()).toEqual([]);
  });

  test('a card that needs the bank’s confirmation: refused, then approved, pays the invoice', async ({
    page,
    merchant,
    noJs,
  }) => {
    const problems = await watchForErrors(page, PAYMENT_FAILURES);
    const { customer, renewal } = await customerWithFailedRenewal(merchant, CARDS.authenticationEveryCharge);
    expect((await attempts(merchant, renewal))[0].status).toBe('requires_action');
    const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    await gotoPortal(page, '/invoices');
    const retry = `Retry payment of ${renewal.number}`;
    const challenge = page.getByRole('region', { name: `Confirm the payment of ${renewal.number}` });
    const amount = englishMoney(renewal.amount_remaining, renewal.currency);
    const success = page.locator('.message--success');
    const outcome = page.locator('#invoice-payment-outcome');

    await submit(page, noJs, retry);
    await expect(challenge).toBeVisible();
    if (!noJs) await expect(challenge).toBeFocused();
    await expect(challenge).toContainText(`Your bank asks you to confirm this payment of ${amount}.`);
    await expect(page.locator('.message--error')).toBeHidden();
    await expectAccessibleEverywhere(page, 'invoices: bank challenge');
    await screens(page, 'challenge');
    expect((await attempts(merchant, renewal)).at(-1)).toMatchObject({ status: 'requires_action' });
    const actionRequired = await invoiceEvents(merchant, 'invoice.payment_action_required', renewal);
    expect(actionRequired[0]).toMatchObject({ source: 'portal', portal_session: sessionId });

    // Refused: the payment fails as the bank's answer, and the challenge goes away.
    await submit(page, noJs, 'Refuse');
    await expect(page.locator('.message--error')).toHaveText(TEXT.authenticationFailed);
    await expect(challenge).toHaveCount(0);
    await expectAccessible(page, 'invoices: bank challenge refused');
    expect((await attempts(merchant, renewal)).at(-1)).toMatchObject({
      status: 'failed',
      decline_code: 'authentication_failed',
    });
    expect((await merchant.get(`/v1/invoices/${renewal.id}`)).status).toBe('open');

    // Again, approved: paid.
    await submit(page, noJs, retry);
    await expect(challenge).toBeVisible();
    await submit(page, noJs, 'Approve');
    await expect(success).toHaveText(TEXT.paid);
    if (!noJs) await expect(outcome).toBeFocused();
    await expect(challenge).toHaveCount(0);
    await expect(row(page, renewal).getByRole('cell').nth(2)).toHaveText('Paid');
    await expectAccessible(page, 'invoices: bank challenge approved');

    expect(await merchant.get(`/v1/invoices/${renewal.id}`)).toMatchObject({ status: 'paid', amount_remaining: 0 });
    expect((await attempts(merchant, renewal)).at(-1)).toMatchObject({ status: 'succeeded' });
    const paidEvents = await invoiceEvents(merchant, 'invoice.paid', renewal);
    expect(paidEvents).toHaveLength(1);
    expect(paidEvents[0]).toMatchObject({ source: 'portal', portal_session: sessionId });
    expect((await merchant.subscriptions(customer.id))[0].status).toBe('active');

    expect(await problems()).toEqual([]);
  });

  test('more invoices than a page: older ones a page further, and back to the newest', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const { customer, clock } = await customerOnClock(merchant);
    const subscription = await merchant.subscribe(customer.id, (await merchant.price('Starter')).id);
    // Eleven monthly renewals (and a day): twelve invoices in all.
    const elevenMonthsLater = new Date(subscription.created);
    elevenMonthsLater.setUTCMonth(elevenMonthsLater.getUTCMonth() + 11);
    await advanceClock(merchant, clock, elevenMonthsLater.toISOString(), 24 * 3600);
    const invoices = await merchant.invoices(customer.id);
    expect(invoices).toHaveLength(12);
    await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    await gotoPortal(page, '/invoices');

    const ids = () => rowIds(page);
    await expect(page.locator('tbody tr')).toHaveCount(10);
    expect(await ids()).toEqual(invoices.slice(0, 10).map((invoice) => invoice.id));
    const pages = page.getByRole('navigation', { name: 'More invoices' });
    await expect(pages.getByRole('link', { name: 'Newest invoices' })).toHaveCount(0);

    await pages.getByRole('link', { name: 'Older invoices' }).click();
    await page.waitForURL(`**/invoices?after=${invoices[9].id}`);
    await expect(page.locator('tbody tr')).toHaveCount(2);
    expect(await ids()).toEqual(invoices.slice(10).map((invoice) => invoice.id));
    await expect(pages.getByRole('link', { name: 'Older invoices' })).toHaveCount(0);
    await expectAccessible(page, 'invoices: older page');

    await pages.getByRole('link', { name: 'Newest invoices' }).click();
    await page.waitForURL((url) => url.pathname === '/invoices' && url.search === '');
    await expect(page.locator('tbody tr')).toHaveCount(10);
    expect(await ids()).toEqual(invoices.slice(0, 10).map((invoice) => invoice.id));

    expect(await problems()).toEqual([]);
  });

  test('a customer without invoices is told so', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const customer = await merchant.createCustomer();
    expect(await merchant.invoices(customer.id)).toEqual([]);
    await signIn(page, merchant, { customerId: customer.id, locale: 'en' });

    await gotoPortal(page, '/invoices');

    await expect(page.getByText(TEXT.empty)).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectAccessible(page, 'invoices: empty');
    await screens(page, 'empty');
    expect(await problems()).toEqual([]);
  });
});
