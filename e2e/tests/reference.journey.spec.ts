// The API reference at the API's /docs (issue 19, point 6), as a merchant's developer
// reads it. With JavaScript, the vendored Redoc renders /v1/openapi.json under the
// page's own CSP: every operation, `expand[]` among a read's parameters, and the
// webhook events with their payloads; the only thing the policy stops is the image
// Redoc's footer asks of its vendor's CDN (nothing leaves the API's origin). Without
// JavaScript, the server-rendered list is the reference, and it links the errors.
import { apiUrl, expect, test, watchForErrors } from './support';

test.describe('the API reference', () => {
  test('renders every operation and webhook event under its own CSP', async ({ page }) => {
    const errors = await watchForErrors(page);
    const answer = await page.goto(`${apiUrl}/docs`);
    expect(answer?.status()).toBe(200);
    const policy = answer?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("connect-src 'self'");

    if (test.info().project.name === 'no-js') {
      await expect(page.getByRole('heading', { level: 1, name: 'Paylera API' })).toBeVisible();
      await expect(page.getByText('/v1/subscriptions/{id}').first()).toBeVisible();
      await expect(page.locator('#event-subscription\\.updated')).toBeVisible();
      await page.getByRole('link', { name: 'errors' }).click();
      await expect(page.locator('#invalid_query')).toBeVisible();
      expect(await errors()).toEqual([]);
      return;
    }

    // Redoc replaces the list with its three panes.
    await expect(page.getByRole('heading', { level: 1, name: /Paylera API \(2026-12-07\)/ })).toBeVisible();
    const menu = page.locator('.menu-content');
    await menu.getByText('subscriptions', { exact: true }).click();
    await menu.getByText('Retrieve a subscription', { exact: false }).first().click();
    const retrieve = page.locator('[id="tag/subscriptions/operation/retrieve_subscription"]');
    await expect(retrieve).toContainText('expand[]');

    await menu.getByText('webhook_events', { exact: true }).click();
    await menu.getByText('Event `subscription.updated`').click();
    const event = page.locator('[id="tag/webhook_events/operation/webhook_subscription_updated"]');
    await expect(event).toContainText('webhook-signature');
    await expect(event).toContainText('Request Body schema');

    // Search runs in a worker (`worker-src blob:`).
    await page.getByPlaceholder('Search...').fill('upcoming');
    await expect(page.locator('[data-role="search:results"]')).toContainText('Preview the invoice a subscription will produce');

    // The policy bites: the footer's image from Redoc's CDN is blocked, and is the only problem.
    const all = await errors();
    expect(all.some((problem) => problem.includes('https://cdn.redoc.ly/'))).toBe(true);
    expect(all.filter((problem) => !problem.includes('https://cdn.redoc.ly/'))).toEqual([]);
  });
});
