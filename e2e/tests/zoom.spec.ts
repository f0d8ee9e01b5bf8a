// Zoom to 200 % (WCAG 1.4.4 Resize Text, 1.4.10 Reflow), on every page of the tour
// (`PAGES`), in English, for a customer who has something on each page:
//
// - browser zoom: a 1280×720 window at 200 % is a 640×360 CSS px viewport with
//   `deviceScaleFactor: 2`;
// - text-only zoom at 1280 px wide, two ways: the root font size set to 200 % through the
//   CSSOM (the portal's CSP forbids `style` attributes in its markup, not a test's
//   setting `element.style`: the test checks the text really doubled), and the browser's
//   own font size setting at 32 px (DevTools' `Page.setFontSizes`), which, unlike the
//   CSSOM, also moves the breakpoints written in `rem`.
//
// Each page, then: no horizontal scrolling, its `<h1>` and its main action in view once
// scrolled to, and no text cut off by a box that hides its overflow. A last test checks
// that the `<h1>` itself doubles. Not a journey: runs once, hydrated; one sign-in per test.
import type { Page } from '@playwright/test';

import {
  PAGES,
  TOUR_CONFIGURATION,
  type Merchant,
  clippedText,
  customerWithEverything,
  expect,
  gotoPortal,
  horizontalOverflow,
  signIn,
  test,
  watchForErrors,
} from './support';

/** The main action of each page of `PAGES`: what a customer came to the page to do. */
const MAIN_ACTION: Record<string, (page: Page) => ReturnType<Page['getByRole']>> = {
  '/': (page) => page.getByRole('link', { name: 'Manage subscriptions' }),
  '/subscription': (page) => page.getByRole('link', { name: 'Change Pro' }),
  '/subscription/change': (page) => page.getByRole('button', { name: 'Review the change' }),
  '/subscription/cancel': (page) => page.getByRole('button', { name: 'Cancel Pro' }),
  '/subscription/cancel?offer=too_expensive': (page) => page.getByRole('button', { name: 'Accept the offer' }),
  '/subscription/pause': (page) => page.getByRole('button', { name: 'Pause Pro' }),
  '/payment-methods': (page) => page.getByRole('main').getByRole('link', { name: 'Add a card' }),
  '/payment-methods/new': (page) => page.getByRole('button', { name: 'Add card', exact: true }),
  '/invoices': (page) => page.getByRole('link', { name: /^Download PAYL-\S+ \(PDF\)$/ }).first(),
  '/tax-ids': (page) => page.getByRole('button', { name: 'Add tax ID' }),
  '/address': (page) => page.getByRole('button', { name: 'Save address' }),
};

/** What is wrong with the page as it is rendered now (an empty list when nothing). */
async function zoomProblems(page: Page, path: string, width: number): Promise<string[]> {
  const problems: string[] = [];
  const overflow = await horizontalOverflow(page);
  if (overflow.px > 0) {
    problems.push(`${path}: scrolls ${overflow.px} px sideways at ${width} px, from ${overflow.culprits.join('; ')}`);
  }
  const heading = page.getByRole('heading', { level: 1 });
  const action = MAIN_ACTION[path](page);
  for (const [what, target] of [
    ['<h1>', heading],
    ['main action', action],
  ] as const) {
    try {
      await expect(target, `${path}: one ${what}`).toHaveCount(1);
      await target.scrollIntoViewIfNeeded();
      await expect(target, `${path}: the ${what} in view`).toBeInViewport({ ratio: 0.98 });
    } catch (error) {
      problems.push(`${path}: the ${what} is not wholly in view once scrolled to: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  for (const clipped of await clippedText(page)) problems.push(`${path}: text cut off in ${clipped}`);
  return problems;
}

test.describe('browser zoom at 200 %: a 1280×720 window is 640×360 CSS px', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('every page reflows: no sideways scrolling, heading and main action in view, no text cut off', async ({
    page,
    merchant,
  }) => {
    test.setTimeout(60_000);
    const errors = await watchForErrors(page);
    await signInForTour(page, merchant);
    expect(await page.evaluate(() => [window.innerWidth, window.devicePixelRatio])).toEqual([640, 2]);

    const problems: string[] = [];
    for (const { path } of PAGES) {
      expect((await gotoPortal(page, path))?.status(), path).toBe(200);
      problems.push(...(await zoomProblems(page, path, 640)));
    }
    expect(problems.join('\n')).toBe('');
    expect(await errors()).toEqual([]);
  });
});

/** The body's and the `<h1>`'s font sizes (CSS px) and the root's, on the page as it is. */
async function fontSizes(page: Page): Promise<{ root: number; body: number; h1: number }> {
  return page.evaluate(() => {
    const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
    return { root: size(document.documentElement), body: size(document.body), h1: size(document.querySelector('h1')!) };
  });
}

/** Signs a customer who has something on every page in (English, the tour's configuration). */
async function signInForTour(page: Page, merchant: Merchant): Promise<void> {
  const customerId = await customerWithEverything(merchant);
  await signIn(page, merchant, { customerId, locale: 'en', configuration: TOUR_CONFIGURATION });
}

test.describe('text-only zoom at 200 % at 1280 px wide', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('through the CSSOM (root font size 200 %): the text doubles and every page still fits', async ({
    page,
    merchant,
  }) => {
    test.setTimeout(60_000);
    const errors = await watchForErrors(page);
    await signInForTour(page, merchant);

    const problems: string[] = [];
    for (const { path } of PAGES) {
      expect((await gotoPortal(page, path))?.status(), path).toBe(200);
      const before = await fontSizes(page);
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const after = await fontSizes(page);
      // Not blocked by the CSP (it governs markup, not the CSSOM), and the body text follows the root (rem/em).
      expect(after.root, `${path}: the root font size set through the CSSOM`).toBe(before.root * 2);
      expect(after.body, `${path}: the body text doubles`).toBe(before.body * 2);
      problems.push(...(await zoomProblems(page, path, 1280)));
    }
    expect(problems.join('\n')).toBe('');
    expect(await errors()).toEqual([]);
  });

  test('through the browser’s font size setting (32 px instead of 16): the text doubles and every page still fits', async ({
    page,
    merchant,
  }) => {
    test.setTimeout(60_000);
    const errors = await watchForErrors(page);
    await signInForTour(page, merchant);
    const before = await fontSizes(page);
    // What a customer sets in the browser's settings ("Font size"); Playwright has no
    // option for it, the DevTools protocol has.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Page.setFontSizes', { fontSizes: { standard: before.root * 2, fixed: 26 } });

    const problems: string[] = [];
    for (const { path } of PAGES) {
      expect((await gotoPortal(page, path))?.status(), path).toBe(200);
      const after = await fontSizes(page);
      expect(after.body, `${path}: the body text doubles`).toBe(before.body * 2);
      problems.push(...(await zoomProblems(page, path, 1280)));
    }
    expect(problems.join('\n')).toBe('');
    expect(await errors()).toEqual([]);
  });
});

test.describe('headings at 200 %', () => {
  test('the <h1> grows to twice its size with the text (browser zoom and text-only)', async ({ page, merchant }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await signInForTour(page, merchant);
    const normal = await fontSizes(page);
    // Browser zoom: a 640 px viewport at deviceScaleFactor 2, so on screen a CSS px is two.
    await page.setViewportSize({ width: 640, height: 360 });
    const zoomed = (await fontSizes(page)).h1 * 2;
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const textOnly = (await fontSizes(page)).h1;
    expect
      .soft(zoomed / normal.h1, `browser zoom: ${normal.h1} px → ${zoomed} px on screen`)
      .toBeGreaterThanOrEqual(1.95);
    expect(textOnly / normal.h1, `text-only zoom: ${normal.h1} px → ${textOnly} px`).toBeGreaterThanOrEqual(1.95);
  });
});
