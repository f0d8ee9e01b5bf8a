// What the page tours share (tour.journey.spec.ts, locales.spec.ts, zoom.spec.ts): every
// page of a signed-in customer, the configuration that gives each page its content, and
// a customer who has something on every page.
import { expect } from '@playwright/test';

import type { Merchant } from './merchant';

/** A page of the portal a signed-in customer sees: its path and the name its screenshots get. */
export interface PortalPage {
  path: string;
  name: string;
}

/** Every page of a signed-in customer, with the name its screenshots get. */
export const PAGES: readonly PortalPage[] = [
  { path: '/', name: 'overview' },
  { path: '/subscription', name: 'subscription' },
  { path: '/subscription/change', name: 'subscription-change' },
  { path: '/subscription/cancel', name: 'subscription-cancel' },
  { path: '/subscription/cancel?offer=too_expensive', name: 'subscription-offer' },
  { path: '/subscription/pause', name: 'subscription-pause' },
  { path: '/payment-methods', name: 'payment-methods' },
  { path: '/payment-methods/new', name: 'payment-methods-new' },
  { path: '/invoices', name: 'invoices' },
  { path: '/tax-ids', name: 'tax-ids' },
  { path: '/address', name: 'address' },
];

/** Every module on, pausing and a retention offer included, so every page has its content. */
export const TOUR_CONFIGURATION = {
  subscription_pause_enabled: true,
  subscription_cancel_retention_offers: [{ reason: 'too_expensive', type: 'discount', percent_off: 20, periods: 3 }],
};

/** A new customer with a default card, a Pro monthly subscription and its paid first invoice; returns its id. */
export async function customerWithEverything(merchant: Merchant): Promise<string> {
  const customer = await merchant.createCustomer();
  await merchant.addCard(customer.id);
  const pro = await merchant.price('Pro');
  const subscription = await merchant.subscribe(customer.id, pro.id);
  expect(subscription.status).toBe('active');
  const invoices = await merchant.invoices(customer.id);
  expect(invoices.map((invoice) => invoice.status)).toEqual(['paid']);
  return customer.id;
}
