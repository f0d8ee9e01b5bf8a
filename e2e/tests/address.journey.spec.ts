// The billing address journeys: a US customer must give a state and a valid ZIP code
// (each message next to its field, what was typed kept), then saves; a customer moves
// from the US to Germany, whose addresses have no state, changing the country in the
// form (without JavaScript: "Show the fields for this country"). Each save is checked
// against the API (the customer's address, `customer.updated` from the portal), with
// and without JavaScript, and axe-core runs on every state.
import { type Page } from '@playwright/test';

import { type Merchant, expect, expectAccessible, gotoPortal, signIn, test, watchForErrors } from './support';

const SAVE = 'Save address';

/** Chooses `country`; without JavaScript the form is then re-shown for it. */
async function chooseCountry(page: Page, noJs: boolean, country: string, name: string) {
  await page.getByLabel('Country (required)').selectOption(country);
  if (noJs) {
    await page.getByRole('button', { name: 'Show the fields for this country' }).click();
    await expect(page.locator('[data-fields-shown="true"]')).toHaveText(
      `The form now shows the fields for ${name}. Check them, then save.`,
    );
  } else {
    await expect(page.getByRole('button', { name: 'Show the fields for this country' })).toBeHidden();
  }
  await expect(page.getByLabel('Country (required)')).toHaveValue(country);
}

/** `field` (an input's id) shows `message`, is marked invalid and holds `value`. */
async function expectFieldError(page: Page, field: string, message: string, value: string) {
  const input = page.locator(`#address-${field}`);
  const error = page.locator(`#address-${field}-error`);
  await expect(error).toHaveText(message);
  await expect(error).toBeVisible();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toHaveAttribute('aria-describedby', new RegExp(`address-${field}-error`));
  await expect(input).toHaveValue(value);
}

/** The `customer.updated` events the portal caused for the customer, newest first. */
async function portalUpdates(merchant: Merchant, customer: string) {
  const events = await merchant.events({ type: 'customer.updated', customer });
  return events.filter((event) => event.source === 'portal');
}

test('a US customer gives a state and a valid ZIP code', async ({ page, merchant, noJs }) => {
  // A form the API refused answers its fetch with the API's 400, which Chromium logs.
  const problems = await watchForErrors(page, { expectedStatus: [/\/api\/save_address$/] });
  const customer = await merchant.createCustomer();
  await signIn(page, merchant, { customerId: customer.id, locale: 'en' });

  await gotoPortal(page, '/address');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Billing address');
  await expect(page.getByLabel('Country (required)')).toHaveValue('');
  await expectAccessible(page, 'address: empty');

  await chooseCountry(page, noJs, 'US', 'United States');
  await expect(page.getByLabel('State (required)')).toBeVisible();
  await expect(page.getByLabel('ZIP code (required)')).toBeVisible();
  await expect(page.locator('#address-postal_code-hint')).toHaveText('For example: 94105');
  await expectAccessible(page, 'address: US fields');

  await page.getByLabel('Street address (required)').fill('1600 Amphitheatre Pkwy');
  await page.getByLabel('City (required)').fill('Mountain View');
  await page.getByLabel('ZIP code (required)').fill('94043');

  // No state: required in the US.
  await page.getByRole('button', { name: SAVE }).click();
  await expectFieldError(page, 'state', 'This field is required.', '');
  await expect(page.getByLabel('Street address (required)')).toHaveValue('1600 Amphitheatre Pkwy');
  await expectAccessible(page, 'address: state missing');

  // A ZIP code one digit short: refused, everything typed kept.
  await page.getByLabel('State (required)').selectOption('CA');
  await page.getByLabel('ZIP code (required)').fill('9404');
  await page.getByRole('button', { name: SAVE }).click();
  await expectFieldError(page, 'postal_code', 'This postal code is not valid for the country you chose.', '9404');
  await expect(page.getByLabel('Street address (required)')).toHaveValue('1600 Amphitheatre Pkwy');
  await expect(page.getByLabel('City (required)')).toHaveValue('Mountain View');
  await expect(page.getByLabel('State (required)')).toHaveValue('CA');
  await expect(page.getByLabel('Country (required)')).toHaveValue('US');
  await expectAccessible(page, 'address: invalid ZIP code');
  expect((await merchant.customer(customer.id)).address).toBeNull();

  // ZIP+4 without its hyphen: saved, normalised by the API.
  await page.getByLabel('ZIP code (required)').fill('940431351');
  await page.getByRole('button', { name: SAVE }).click();
  await expect(page.getByRole('status')).toHaveText('Billing address saved.');
  await expect(page.getByLabel('ZIP code (required)')).toHaveValue('94043-1351');
  const saved = (await merchant.customer(customer.id)).address;
  expect(saved).toEqual({
    line1: '1600 Amphitheatre Pkwy',
    line2: null,
    city: 'Mountain View',
    state: 'CA',
    postal_code: '94043-1351',
    country: 'US',
  });
  const updates = await portalUpdates(merchant, customer.id);
  expect(updates).toHaveLength(1);
  expect(updates[0].data.object.address).toEqual(saved);
  await expectAccessible(page, 'address: saved');

  expect(await problems()).toEqual([]);
});

test('a customer moves to a country without states', async ({ page, merchant, noJs }) => {
  // A form the API refused answers its fetch with the API's 400, which Chromium logs.
  const problems = await watchForErrors(page, { expectedStatus: [/\/api\/save_address$/] });
  const customer = await merchant.createCustomer({
    address: { line1: '1 Main St', city: 'Springfield', state: 'IL', postal_code: '62701', country: 'US' },
  });
  await signIn(page, merchant, { customerId: customer.id, locale: 'en' });

  await gotoPortal(page, '/address');
  await expect(page.getByLabel('Country (required)')).toHaveValue('US');
  await expect(page.getByLabel('State (required)')).toHaveValue('IL');
  await expect(page.getByLabel('ZIP code (required)')).toHaveValue('62701');

  // Germany: no state field, a required 5-digit postal code; what was typed is kept.
  await page.getByLabel('Street address (required)').fill('Unter den Linden 1');
  await chooseCountry(page, noJs, 'DE', 'Germany');
  await expect(page.locator('#address-state')).toHaveCount(0);
  await expect(page.getByLabel('Postal code (required)')).toBeVisible();
  await expect(page.locator('#address-postal_code-hint')).toHaveText('For example: 10115');
  await expect(page.getByLabel('Street address (required)')).toHaveValue('Unter den Linden 1');
  await expectAccessible(page, 'address: DE fields');

  await page.getByLabel('City (required)').fill('Berlin');
  await page.getByLabel('Postal code (required)').fill('1011');
  await page.getByRole('button', { name: SAVE }).click();
  await expectFieldError(page, 'postal_code', 'This postal code is not valid for the country you chose.', '1011');
  await expect(page.getByLabel('City (required)')).toHaveValue('Berlin');
  await expect(page.getByLabel('Country (required)')).toHaveValue('DE');
  await expect(page.locator('#address-state')).toHaveCount(0);
  await expectAccessible(page, 'address: DE invalid postal code');
  expect((await merchant.customer(customer.id)).address.country).toBe('US');

  await page.getByLabel('Postal code (required)').fill('10117');
  await page.getByRole('button', { name: SAVE }).click();
  await expect(page.getByRole('status')).toHaveText('Billing address saved.');
  const saved = (await merchant.customer(customer.id)).address;
  expect(saved).toEqual({
    line1: 'Unter den Linden 1',
    line2: null,
    city: 'Berlin',
    state: null,
    postal_code: '10117',
    country: 'DE',
  });
  const updates = await portalUpdates(merchant, customer.id);
  expect(updates).toHaveLength(1);
  expect(updates[0].data.object.address.country).toBe('DE');
  expect(updates[0].data.previous_attributes.address.country).toBe('US');
  await expectAccessible(page, 'address: DE saved');

  expect(await problems()).toEqual([]);
});

test('country and tax ID type names are in the customer’s language', async ({ page, merchant }) => {
  const problems = await watchForErrors(page);
  const customer = await merchant.createCustomer({
    address: { line1: 'Unter den Linden 1', city: 'Berlin', postal_code: '10117', country: 'DE' },
  });
  await signIn(page, merchant, { customerId: customer.id, locale: 'fr' });

  await gotoPortal(page, '/address');
  const country = page.locator('#address-country');
  await expect(country).toHaveValue('DE');
  await expect(country.locator('option:checked')).toHaveText('Allemagne');
  // In French order, accents ignored: Égypte comes before Espagne, Allemagne before Autriche.
  const names = await country.locator('option').allTextContents();
  expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
  expect(names.indexOf('Allemagne')).toBeLessThan(names.indexOf('Autriche'));

  await gotoPortal(page, '/tax-ids');
  await expect(page.locator('select[name="kind"] option[value="eu_vat"]')).toContainText(
    'Numéro de TVA intracommunautaire',
  );
  await expectAccessible(page, 'tax IDs in French');
  expect(await problems()).toEqual([]);
});
