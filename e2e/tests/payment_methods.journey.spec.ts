// The payment methods module (/payment-methods, /payment-methods/new) in both projects:
// adding a card (as the default or not), a declined card, invalid fields (checked in the
// browser when hydrated, by the API without JavaScript), a card the bank must confirm
// (approved and refused), making a card the default, removing one through its
// confirmation step, and the rule that keeps a live subscription's only card. Every
// journey checks the API's side: the customer's cards and default, and the events the
// portal caused (`source: "portal"`, with the session). axe-core runs on every state.
import type { Page } from '@playwright/test';

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

/**
 * A server function the API refused answers the hydrated page's `fetch` with the API's
 * 4xx (`402` for a card, `400` for a rule), which Chromium still logs: expected where a
 * journey makes one fail on purpose.
 */
const refusedCall = (endpoint: string) => ({ expectedStatus: [new RegExp(`/api/${endpoint}$`)] });

/** A year whose cards have not expired. */
const FUTURE_YEAR = String(new Date().getUTCFullYear() + 3);

/** What the add-card form is filled with. */
interface CardEntry {
  number: string;
  month?: string;
  year?: string;
  cvc?: string;
  makeDefault?: boolean;
}

/** Fills the add-card form (on its page) and submits it. */
async function submitCard(page: Page, card: CardEntry): Promise<void> {
  await page.getByLabel('Card number').fill(card.number);
  await page.getByLabel('Month (MM)').fill(card.month ?? '12');
  await page.getByLabel('Year (YYYY)').fill(card.year ?? FUTURE_YEAR);
  await page.getByLabel('Security code (CVC)').fill(card.cvc ?? '737');
  await page.getByLabel('Make this my default card').setChecked(card.makeDefault ?? false);
  await page.getByRole('button', { name: 'Add card', exact: true }).click();
}

/** The status message (`role="status"`) of the page. */
function statusMessage(page: Page) {
  return page.locator('[role="status"]');
}

/** The events of `type` about the object `objectId`, newest first. */
async function eventsAbout(merchant: Merchant, type: string, objectId: string): Promise<ApiObject[]> {
  return (await merchant.events({ type })).filter((event) => event.data.object.id === objectId);
}

/** Checks that `event` was caused by the customer in portal session `sessionId`. */
function expectFromPortal(event: ApiObject, sessionId: string): void {
  expect(event.source).toBe('portal');
  expect(event.portal_session).toBe(sessionId);
}

/**
 * The `customer.updated` events of `customerId` that moved its default from one card
 * to another (the first card becoming the default by itself has no previous one).
 */
async function defaultChanges(merchant: Merchant, customerId: string): Promise<ApiObject[]> {
  return (await eventsAbout(merchant, 'customer.updated', customerId)).filter(
    (event) => event.data.previous_attributes?.invoice_settings?.default_payment_method,
  );
}

/** The ids of the customer's attached cards. */
async function cardIds(merchant: Merchant, customerId: string): Promise<string[]> {
  return (await merchant.paymentMethods(customerId)).map((card) => card.id);
}

/** A new customer with a Visa ending 4242 (their default), signed in to the list. */
async function customerWithVisa(page: Page, merchant: Merchant) {
  const customer = await merchant.createCustomer();
  const visa = await merchant.addCard(customer.id, '4242424242424242');
  const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
  await gotoPortal(page, '/payment-methods');
  return { customerId: customer.id as string, visa, sessionId };
}

/**
 * A new customer with a Visa ending 4242 (their default) and a Mastercard ending 4444
 * expiring in March, signed in to the list.
 */
async function customerWithTwoCards(page: Page, merchant: Merchant) {
  const customer = await merchant.createCustomer();
  const visa = await merchant.addCard(customer.id, '4242424242424242');
  const mastercard = await merchant.addCard(customer.id, '5555555555554444', { expMonth: 3 });
  const { sessionId } = await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
  await gotoPortal(page, '/payment-methods');
  return { customer, visa, mastercard, sessionId };
}

test.describe('adding a card', () => {
  test('as the new default: the list says so and the API has it attached and default', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const { customerId, visa, sessionId } = await customerWithVisa(page, merchant);
    await expect(page.locator('.pm-card__name')).toHaveText(['Visa ending 4242']);
    await expectAccessible(page, 'list with one card');

    await page.getByRole('link', { name: 'Add a card' }).click();
    await page.waitForURL('**/payment-methods/new');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a card');
    const number = page.getByLabel('Card number');
    await expect(number).toHaveAttribute('autocomplete', 'cc-number');
    await expect(number).toHaveAttribute('inputmode', 'numeric');
    await expect(page.getByLabel('Security code (CVC)')).toHaveAttribute('autocomplete', 'cc-csc');
    await expectAccessible(page, 'add card: empty form');

    await submitCard(page, { number: '5555 5555 5555 4444', makeDefault: true });

    await page.waitForURL('**/payment-methods?done=card_added_default');
    await expect(statusMessage(page)).toHaveText('Your card was added and is now your default card.');
    const added = page.locator('li[data-default="true"]');
    await expect(added).toContainText('Mastercard ending 4444');
    await expect(added).toContainText('Default');
    await expect(added).toContainText(`Expires Dec ${FUTURE_YEAR}`);
    await expectAccessible(page, 'list after adding a default card');
    await captureScreens(page, 'en/payment-methods-added');

    const cards = await merchant.paymentMethods(customerId);
    const mastercard = cards.find((card) => card.card.last4 === '4444');
    expect(mastercard?.status).toBe('active');
    expect(cards.map((card) => card.id)).toContain(visa.id);
    expect((await merchant.customer(customerId)).invoice_settings.default_payment_method).toBe(mastercard!.id);
    const attached = await eventsAbout(merchant, 'customer.payment_method_attached', mastercard!.id);
    expect(attached).toHaveLength(1);
    expectFromPortal(attached[0], sessionId);
    const changes = await defaultChanges(merchant, customerId);
    expect(changes).toHaveLength(1);
    expect(changes[0].data.previous_attributes.invoice_settings.default_payment_method).toBe(visa.id);
    expectFromPortal(changes[0], sessionId);
    expect(await problems()).toEqual([]);
  });

  test('not as the default: the default card stays', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const { customerId, visa, sessionId } = await customerWithVisa(page, merchant);

    await gotoPortal(page, '/payment-methods/new');
    await submitCard(page, { number: '3782 822463 10005', cvc: '7373' });

    await page.waitForURL('**/payment-methods?done=card_added');
    await expect(statusMessage(page)).toHaveText('Your card was added.');
    await expect(page.locator('li[data-default="false"]')).toContainText('American Express ending 0005');
    await expect(page.locator('li[data-default="true"]')).toContainText('Visa ending 4242');

    const amex = (await merchant.paymentMethods(customerId)).find((card) => card.card.brand === 'amex');
    expect(amex?.status).toBe('active');
    expect((await merchant.customer(customerId)).invoice_settings.default_payment_method).toBe(visa.id);
    const attached = await eventsAbout(merchant, 'customer.payment_method_attached', amex!.id);
    expect(attached).toHaveLength(1);
    expectFromPortal(attached[0], sessionId);
    expect(await defaultChanges(merchant, customerId)).toEqual([]);
    expect(await problems()).toEqual([]);
  });

  test('a declined card says so, attaches nothing and is not echoed', async ({ page, merchant, noJs }) => {
    const problems = await watchForErrors(page, refusedCall('add_card'));
    const { customerId, visa } = await customerWithVisa(page, merchant);

    await gotoPortal(page, '/payment-methods/new');
    await submitCard(page, { number: '4000 0000 0000 0002', month: '07', makeDefault: true });

    await expect(page.getByRole('alert')).toHaveText('Your card was declined. Use another card or contact your bank.');
    expect(new URL(page.url()).pathname).toBe('/payment-methods/new');
    await expectAccessible(page, 'add card: declined');
    if (noJs) {
      // A full round trip: the expiry and the choice come back, the number and CVC never.
      expect(page.url()).not.toContain('0000000000000002');
      expect(page.url()).not.toContain('0002');
      expect(page.url()).not.toContain('737');
      await expect(page.getByLabel('Card number')).toHaveValue('');
      await expect(page.getByLabel('Security code (CVC)')).toHaveValue('');
      await expect(page.getByLabel('Month (MM)')).toHaveValue('07');
      await expect(page.getByLabel('Year (YYYY)')).toHaveValue(FUTURE_YEAR);
      await expect(page.getByLabel('Make this my default card')).toBeChecked();
    }

    expect(await cardIds(merchant, customerId)).toEqual([visa.id]);
    expect(await problems()).toEqual([]);
  });
});

test.describe('invalid card details', () => {
  test('each field says what is wrong with it, tied to the field', async ({ page, merchant, noJs }) => {
    const problems = await watchForErrors(page);
    const { customerId, visa } = await customerWithVisa(page, merchant);
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/api/add_card')) posts.push(request.url());
    });
    await gotoPortal(page, '/payment-methods/new');

    const number = page.getByLabel('Card number');
    const month = page.getByLabel('Month (MM)');
    const year = page.getByLabel('Year (YYYY)');
    const cvc = page.getByLabel('Security code (CVC)');
    const expectFieldMessage = async (field: typeof number, errorId: string, text: string) => {
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAttribute('aria-describedby', new RegExp(`\\b${errorId}\\b`));
      await expect(page.locator(`#${errorId}`)).toHaveText(text);
    };
    const numberMessage = 'This card number is not valid. Check the digits and try again.';
    const monthMessage = 'The expiry month must be between 01 and 12.';
    const expiredMessage = 'This card has expired. Use another card.';
    const cvcMessage =
      'The security code is not valid: it is the 3 digits on the back of the card (4 on the front for American Express).';

    if (!noJs) {
      // Hydrated: the browser checks every field at once (Luhn, month, CVC length for
      // the brand) and sends nothing; the focus goes to the first field at fault.
      await submitCard(page, { number: '4242 4242 4242 4241', month: '13', cvc: '12' });
      await expectFieldMessage(number, 'card-number-error', numberMessage);
      await expectFieldMessage(month, 'card-exp-month-error', monthMessage);
      await expectFieldMessage(cvc, 'card-cvc-error', cvcMessage);
      await expect(number).toBeFocused();
      await expectAccessible(page, 'add card: browser checks');
      await captureScreens(page, 'en/payment-methods-invalid');

      await submitCard(page, { number: '4242 4242 4242 4242', month: '01', year: '2020' });
      await expectFieldMessage(year, 'card-exp-year-error', expiredMessage);
      await expect(number).not.toHaveAttribute('aria-invalid', 'true');

      await submitCard(page, { number: '3782 822463 10005', cvc: '737' });
      await expectFieldMessage(cvc, 'card-cvc-error', cvcMessage);
      expect(posts).toEqual([]);
    } else {
      // Without JavaScript: the API checks, and its answer lands on the field it names.
      await submitCard(page, { number: '4242 4242 4242 4241' });
      await expectFieldMessage(number, 'card-number-error', numberMessage);
      await expect(page.getByRole('alert')).toHaveText(numberMessage);
      expect(page.url()).not.toContain('4241');
      await expectAccessible(page, 'add card: number refused');

      await submitCard(page, { number: '4242 4242 4242 4242', month: '13' });
      await expectFieldMessage(month, 'card-exp-month-error', monthMessage);

      await submitCard(page, { number: '4242 4242 4242 4242', month: '01', year: '2020' });
      await expectFieldMessage(year, 'card-exp-year-error', expiredMessage);

      await submitCard(page, { number: '3782 822463 10005', cvc: '737' });
      await expectFieldMessage(cvc, 'card-cvc-error', cvcMessage);
      await expect(number).not.toHaveAttribute('aria-invalid', 'true');
      expect(page.url()).not.toContain('10005');
      expect(posts).toHaveLength(4);
    }

    expect(await cardIds(merchant, customerId)).toEqual([visa.id]);
    expect(await problems()).toEqual([]);
  });
});

test.describe('a card the bank must confirm', () => {
  test('approved: the challenge step shows, then the card is active and the default', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const { customerId, sessionId } = await customerWithVisa(page, merchant);

    await gotoPortal(page, '/payment-methods/new');
    await submitCard(page, { number: '4000 0025 0000 3155', makeDefault: true });

    await page.waitForURL(/\/payment-methods\/new\?challenge=pm_/);
    const challenge = page.locator('[data-challenge="true"]');
    await expect(challenge.getByRole('heading', { name: 'Confirm with your bank' })).toBeVisible();
    await expect(challenge).toContainText('Your bank asks you to confirm Visa ending 3155 before it can be used.');
    const pending = (await merchant.paymentMethods(customerId)).find((card) => card.card.last4 === '3155');
    expect(pending?.status).toBe('requires_authentication');
    expect(await eventsAbout(merchant, 'customer.payment_method_attached', pending!.id)).toEqual([]);
    await expectAccessible(page, 'add card: bank challenge');
    await captureScreens(page, 'en/payment-methods-challenge');

    await challenge.getByRole('button', { name: 'Approve' }).click();

    await page.waitForURL('**/payment-methods?done=card_added_default');
    await expect(statusMessage(page)).toHaveText('Your card was added and is now your default card.');
    await expect(page.locator('li[data-default="true"]')).toContainText('Visa ending 3155');
    const active = (await merchant.paymentMethods(customerId)).find((card) => card.id === pending!.id);
    expect(active?.status).toBe('active');
    expect((await merchant.customer(customerId)).invoice_settings.default_payment_method).toBe(pending!.id);
    const attached = await eventsAbout(merchant, 'customer.payment_method_attached', pending!.id);
    expect(attached).toHaveLength(1);
    expectFromPortal(attached[0], sessionId);
    expect(await problems()).toEqual([]);
  });

  test('refused: the form says the bank could not confirm it, and the card is gone', async ({ page, merchant }) => {
    const problems = await watchForErrors(page, refusedCall('answer_card_challenge'));
    const { customerId, visa } = await customerWithVisa(page, merchant);

    await gotoPortal(page, '/payment-methods/new');
    await submitCard(page, { number: '4000 0025 0000 3155' });
    await page.waitForURL(/\/payment-methods\/new\?challenge=pm_/);
    const pendingId = new URL(page.url()).searchParams.get('challenge')!;

    await page.getByRole('button', { name: 'Refuse' }).click();

    // The challenge (whose question is an alert too) goes away, and the form says why.
    await expect(page.locator('[data-challenge="true"]')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveText(
      'Your bank could not confirm this card. Try again or use another card.',
    );
    await expect(page.getByLabel('Card number')).toBeVisible();
    await expectAccessible(page, 'add card: bank refused');
    expect(await cardIds(merchant, customerId)).toEqual([visa.id]);
    expect(await eventsAbout(merchant, 'customer.payment_method_attached', pendingId)).toEqual([]);
    expect((await merchant.customer(customerId)).invoice_settings.default_payment_method).toBe(visa.id);
    expect(await problems()).toEqual([]);
  });
});

test.describe('managing saved cards', () => {
  test('"Make … the default" moves the default', async ({ page, merchant }) => {
    const problems = await watchForErrors(page);
    const { customer, visa, mastercard, sessionId } = await customerWithTwoCards(page, merchant);
    await expect(page.locator(`li[data-payment-method="${mastercard.id}"]`)).toContainText(
      new RegExp(`Expires Mar \\d{4}`),
    );

    await page.getByRole('button', { name: 'Make Mastercard ending 4444 the default' }).click();

    await expect(statusMessage(page)).toHaveText('Your default card was changed.');
    await expect(page.locator('li[data-default="true"]')).toContainText('Mastercard ending 4444');
    await expect(page.getByRole('button', { name: 'Make Visa ending 4242 the default' })).toBeVisible();
    await expectAccessible(page, 'list after changing the default');
    expect((await merchant.customer(customer.id)).invoice_settings.default_payment_method).toBe(mastercard.id);
    const changes = await defaultChanges(merchant, customer.id);
    expect(changes).toHaveLength(1);
    expect(changes[0].data.object.invoice_settings.default_payment_method).toBe(mastercard.id);
    expect(changes[0].data.previous_attributes.invoice_settings.default_payment_method).toBe(visa.id);
    expectFromPortal(changes[0], sessionId);
    expect(await problems()).toEqual([]);
  });

  test('"Remove …" asks first, names the card and the next default, then detaches it', async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page);
    const { customer, visa, mastercard, sessionId } = await customerWithTwoCards(page, merchant);

    // "Keep this card" goes back without changing anything.
    await page.getByRole('link', { name: 'Remove Visa ending 4242' }).click();
    await expect(page.getByRole('heading', { name: 'Remove Visa ending 4242?' })).toBeVisible();
    await page.getByRole('link', { name: 'Keep this card' }).click();
    await expect(page.getByRole('link', { name: 'Remove Visa ending 4242' })).toBeVisible();
    expect(await cardIds(merchant, customer.id)).toHaveLength(2);

    await page.getByRole('link', { name: 'Remove Visa ending 4242' }).click();
    const step = page.locator('[data-remove-step="true"]');
    await expect(step.getByRole('heading', { name: 'Remove Visa ending 4242?' })).toBeVisible();
    await expect(step).toContainText('Mastercard ending 4444 will become your default card.');
    expect(new URL(page.url()).searchParams.get('remove')).toBe(visa.id);
    await expectAccessible(page, 'remove: confirmation step');
    await captureScreens(page, 'en/payment-methods-remove');

    await step.getByRole('button', { name: 'Remove Visa ending 4242' }).click();

    await expect(statusMessage(page)).toHaveText('The card was removed.');
    await expect(page.locator('[data-remove-step="true"]')).toHaveCount(0);
    await expect(page.locator('li.pm-card')).toHaveCount(1);
    await expect(page.locator('li[data-default="true"]')).toContainText('Mastercard ending 4444');
    await expectAccessible(page, 'list after removing a card');
    expect(await cardIds(merchant, customer.id)).toEqual([mastercard.id]);
    expect((await merchant.customer(customer.id)).invoice_settings.default_payment_method).toBe(mastercard.id);
    const detached = await eventsAbout(merchant, 'customer.payment_method_detached', visa.id);
    expect(detached).toHaveLength(1);
    expectFromPortal(detached[0], sessionId);
    expect(await problems()).toEqual([]);
  });

  test("a live subscription's only card: the rule is explained, and the API's refusal shown", async ({
    page,
    merchant,
  }) => {
    const problems = await watchForErrors(page, refusedCall('remove_card'));
    const customer = await merchant.createCustomer();
    const visa = await merchant.addCard(customer.id, '4242424242424242');
    const subscription = await merchant.subscribe(customer.id, (await merchant.price('Pro')).id);
    expect(subscription.status).toBe('active');
    await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    await gotoPortal(page, '/payment-methods');

    // Before trying: no "Remove", and why (with the way to replace the card).
    const item = page.locator(`li[data-payment-method="${visa.id}"]`);
    await expect(item.locator('[data-last-card="true"]')).toHaveText(
      'This card pays for your subscription, so it cannot be removed on its own. To replace it, add the new card first, then remove this one.',
    );
    await expect(page.getByRole('link', { name: /^Remove / })).toHaveCount(0);
    await expectAccessible(page, 'list: the only card of a subscription');

    // An old link to the confirmation step: it says the same, and the API refuses.
    await gotoPortal(page, `/payment-methods?remove=${visa.id}`);
    const step = page.locator('[data-remove-step="true"]');
    await expect(step.locator('[data-last-card="true"]')).toBeVisible();
    await step.getByRole('button', { name: 'Remove Visa ending 4242' }).click();
    await expect(step.getByRole('alert')).toHaveText(
      'This is the only payment method for your active subscription. Add another card first, then remove this one.',
    );
    await expectAccessible(page, 'remove: refused, the only card');

    expect(await cardIds(merchant, customer.id)).toEqual([visa.id]);
    expect(await eventsAbout(merchant, 'customer.payment_method_detached', visa.id)).toEqual([]);
    expect(await problems()).toEqual([]);
  });
});
