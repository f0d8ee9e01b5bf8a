// What the subscription and deep-link flow journeys share: English money and dates as
// the portal writes them, a subscribed customer on a test clock (so the API's
// proration is the same when the page previews it and when the change is made), the
// portal's event of an action, and opening a deep link.
import type { Page } from '@playwright/test';

import { type ApiObject, type Merchant, expect, openPortalLink, serveMerchantSite } from '../support';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date of the API (RFC 3339) as the English portal writes it: `25 Nov 2026` (UTC). */
export function englishDate(iso: string): string {
  const at = new Date(iso);
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}

/** US cents as the English portal writes them: `$1,234.50`, `-$5.00`. */
export function usd(minor: number): string {
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 100).toLocaleString('en-US');
  return `${minor < 0 ? '-' : ''}$${whole}.${String(abs % 100).padStart(2, '0')}`;
}

/** A subscribed customer and the test clock their time runs on. */
export interface Subscribed {
  customer: ApiObject;
  subscription: ApiObject;
  clock: ApiObject;
}

/**
 * A new customer with a card, on a test clock frozen now, subscribed to `product`
 * monthly (its first invoice paid), then `daysLater` days into the period: the API's
 * time stands still for them, so a preview and the change after it prorate alike.
 */
export async function subscribedOnClock(
  merchant: Merchant,
  product = 'Pro',
  options: { quantity?: number; daysLater?: number } = {},
): Promise<Subscribed> {
  const start = new Date(Math.floor(Date.now() / 1000) * 1000);
  const clock = await merchant.post('/v1/test_clocks', { frozen_time: start.toISOString(), name: 'e2e subscription' });
  const customer = await merchant.createCustomer({ test_clock: clock.id });
  await merchant.addCard(customer.id);
  const price = await merchant.price(product);
  const subscription = await merchant.subscribe(customer.id, price.id, { quantity: options.quantity });
  expect(subscription.status).toBe('active');
  const days = options.daysLater ?? 10;
  if (days > 0) {
    const later = new Date(start.getTime() + days * 24 * 3600 * 1000);
    await merchant.post(`/v1/test_clocks/${clock.id}/advance`, { frozen_time: later.toISOString() });
  }
  return { customer, subscription: await merchant.get(`/v1/subscriptions/${subscription.id}`), clock };
}

/**
 * The event `type` about `subscriptionId`, which must come from the portal session
 * `sessionId` (`source: "portal"`).
 */
export async function portalEvent(
  merchant: Merchant,
  type: string,
  subscriptionId: string,
  sessionId: string,
): Promise<ApiObject> {
  const events = await merchant.events({ type });
  const event = events.find((candidate) => candidate.data?.object?.id === subscriptionId);
  expect(event, `a ${type} event about ${subscriptionId}`).toBeTruthy();
  expect(event).toMatchObject({ source: 'portal', portal_session: sessionId });
  return event!;
}

/**
 * Opens a deep link as a merchant sends a customer there: creates a portal session with
 * `flow` and follows its link, which lands on the flow's task (not on the overview, as
 * `signIn` expects). Returns the session.
 */
export async function openFlow(
  page: Page,
  merchant: Merchant,
  customerId: string,
  flow: ApiObject,
  configuration?: ApiObject,
): Promise<ApiObject> {
  await serveMerchantSite(page.context());
  const session = await merchant.createPortalSession({ customerId, flow, configuration });
  const { posted, landed } = await openPortalLink(page, session.url);
  expect(posted.status(), `the flow's link answered ${posted.status()} (${page.url()})`).toBe(303);
  expect(landed.status(), `the flow's task answered ${landed.status()} (${page.url()})`).toBe(200);
  return session;
}
