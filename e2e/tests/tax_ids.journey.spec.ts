// The tax IDs journey: a customer adds an EU VAT number and a UK one, is told what is
// wrong with a malformed number, a mistyped one (check digits), a blank one and a
// duplicate — each message next to the number field, the value given back — then
// removes one after confirming (and first changes their mind once). Every step is
// checked against the API (the customer's tax IDs and the events, source `portal`),
// with and without JavaScript, and axe-core runs on every state.
import { type Page } from '@playwright/test';

import { type Merchant, expect, expectAccessible, gotoPortal, signIn, test, watchForErrors } from './support';

/** A real German VAT number (docs/tax-ids.md), as a customer might type it. */
const VAT_TYPED = 'de 136 695 976';
const VAT = 'DE136695976';
/** A real UK VAT number. */
const GB_VAT = 'GB980780684';

/** Picks `type`, types `value` and submits; waits for the page to answer. */
async function addTaxId(page: Page, type: string, value: string) {
  await page.getByLabel('Type (required)').selectOption(type);
  await page.getByLabel('Number (required)').fill(value);
  await page.getByRole('button', { name: 'Add tax ID' }).click();
}

/** The number field shows `message`, is marked invalid and still holds `value`. */
async function expectValueError(page: Page, message: string, value: string) {
  const field = page.getByLabel('Number (required)');
  const error = page.locator('#tax-id-value-error');
  await expect(error).toHaveText(message);
  await expect(error).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', /tax-id-value-error/);
  await expect(field).toHaveValue(value);
}

/** The events of `type` the portal caused for the customer. */
async function portalEvents(merchant: Merchant, type: string, customer: string) {
  const events = await merchant.events({ type, customer });
  return events.filter((event) => event.source === 'portal');
}

test('a customer adds, checks and removes tax IDs', async ({ page, merchant, noJs }) => {
  // A form the API refused answers its fetch with the API's 400, which Chromium logs.
  const problems = await watchForErrors(page, { expectedStatus: [/\/api\/add_tax_id$/] });
  const customer = await merchant.createCustomer();
  await signIn(page, merchant, { customerId: customer.id, locale: 'en' });

  await gotoPortal(page, '/tax-ids');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tax IDs');
  await expect(page.getByText('You have not added a tax ID yet.')).toBeVisible();
  // The type picker lists the API's types with an example each.
  const types = await merchant.get('/v1/tax_id_types');
  await expect(page.getByLabel('Type (required)').locator('option')).toHaveCount(types.data.length);
  await expectAccessible(page, 'tax ids: empty');

  // A valid EU VAT number, typed with spaces and in lower case: stored canonical.
  await addTaxId(page, 'eu_vat', VAT_TYPED);
  await expect(page.getByRole('status')).toHaveText('Tax ID added.');
  await expect(page.getByRole('row', { name: new RegExp(VAT) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(VAT) })).toContainText('Not verified');
  let stored = await merchant.taxIds(customer.id);
  expect(stored.map((t) => [t.type, t.value, t.country, t.verification.status])).toEqual([
    ['eu_vat', VAT, 'DE', 'unverified'],
  ]);
  expect(await portalEvents(merchant, 'customer.tax_id.created', customer.id)).toHaveLength(1);
  expect(await portalEvents(merchant, 'customer.updated', customer.id)).toHaveLength(1);
  await expectAccessible(page, 'tax ids: one added');

  // Another type: the hint follows the chosen type (hydrated) and the number is added.
  const gb = types.data.find((type: { type: string }) => type.type === 'gb_vat');
  await expect(page.getByLabel('Type (required)').locator('option[value="gb_vat"]')).toContainText(gb.example);
  if (!noJs) {
    await page.getByLabel('Type (required)').selectOption('gb_vat');
    await expect(page.locator('#tax-id-value-hint')).toContainText(gb.example);
  }
  await addTaxId(page, 'gb_vat', GB_VAT);
  await expect(page.getByRole('status')).toHaveText('Tax ID added.');
  await expect(page.getByRole('row', { name: new RegExp(GB_VAT) })).toBeVisible();
  stored = await merchant.taxIds(customer.id);
  expect(stored.map((t) => t.value).sort()).toEqual([VAT, GB_VAT].sort());

  // A malformed number: the format message, next to the field, the value kept.
  await addTaxId(page, 'eu_vat', 'DE12345');
  await expectValueError(
    page,
    'This tax ID does not have the right format for its type. Check the example under the field.',
    'DE12345',
  );
  await expect(page.getByLabel('Type (required)')).toHaveValue('eu_vat');
  await expectAccessible(page, 'tax ids: invalid format');

  // A character no tax ID has: the same message (in the browser when hydrated).
  await addTaxId(page, 'eu_vat', 'DE136,695,976');
  await expectValueError(
    page,
    'This tax ID does not have the right format for its type. Check the example under the field.',
    'DE136,695,976',
  );

  // One digit off: the check digits do not match.
  await addTaxId(page, 'eu_vat', 'DE136695977');
  await expectValueError(
    page,
    'This tax ID has a typo: its check digits do not match. Check each character.',
    'DE136695977',
  );
  await expectAccessible(page, 'tax ids: bad checksum');

  // Blank.
  await addTaxId(page, 'eu_vat', '');
  await expectValueError(page, 'This field is required.', '');

  // The same number again, written differently.
  await addTaxId(page, 'eu_vat', 'DE-136.695.976');
  await expectValueError(page, 'You have already added this.', 'DE-136.695.976');
  await expectAccessible(page, 'tax ids: duplicate');
  expect(await merchant.taxIds(customer.id)).toHaveLength(2);
  expect(await portalEvents(merchant, 'customer.tax_id.created', customer.id)).toHaveLength(2);

  // Remove: a confirmation first; "Keep it" changes nothing.
  await page.getByRole('link', { name: `Remove ${VAT}` }).click();
  const confirm = page.getByRole('region', { name: 'Remove this tax ID?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(`${VAT} will no longer appear on your invoices.`);
  await expectAccessible(page, 'tax ids: confirm removal');
  await confirm.getByRole('link', { name: 'Keep it' }).click();
  await expect(confirm).toHaveCount(0);
  expect(await merchant.taxIds(customer.id)).toHaveLength(2);

  await page.getByRole('link', { name: `Remove ${VAT}` }).click();
  await page.getByRole('button', { name: `Yes, remove ${VAT}` }).click();
  await expect(page.getByRole('status')).toHaveText('Tax ID removed.');
  await expect(page.getByRole('row', { name: new RegExp(VAT) })).toHaveCount(0);
  await expect(page.getByRole('row', { name: new RegExp(GB_VAT) })).toBeVisible();
  stored = await merchant.taxIds(customer.id);
  expect(stored.map((t) => [t.type, t.value])).toEqual([['gb_vat', GB_VAT]]);
  const deleted = await portalEvents(merchant, 'customer.tax_id.deleted', customer.id);
  expect(deleted.map((event) => event.data.object.value)).toEqual([VAT]);
  await expectAccessible(page, 'tax ids: removed');

  expect(await problems()).toEqual([]);
});
