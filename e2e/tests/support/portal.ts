// Getting into the portal and moving around it the same way in both projects:
// `hydrated` (JavaScript on: pages hydrate, forms are sent with fetch) and `no-js`
// (JavaScript off: plain links and form posts, every page a full server render).
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type Response,
  type TestInfo,
} from '@playwright/test';

import { merchantReturnUrl } from './env';
import { Merchant, type ApiObject, type PortalSessionParams } from './merchant';

/**
 * Whether the running test has JavaScript off (the `no-js` project). Without
 * `testInfo`, the current test's.
 */
export function isNoJs(testInfo: TestInfo = base.info()): boolean {
  return testInfo.project.use.javaScriptEnabled === false;
}

/**
 * Whether `page`'s own scripts are off (its context has `javaScriptEnabled: false`),
 * asked of the page itself, so it is right for a test's own context too: a document
 * without scripting parses `<noscript>` content as markup, one with scripting as text.
 */
export async function scriptsOff(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const probe = document.createElement('noscript');
    probe.innerHTML = '<i></i>';
    return probe.children.length > 0;
  });
}

/** The page merchant.test serves, with the text a test can look for. */
export const MERCHANT_PAGE_HEADING = 'Back at the merchant';

/**
 * Serves the merchant's site (`https://merchant.test/…`, which is on no network) in
 * `context`: a small page, so that "Return to merchant" and "Return to …" links land
 * somewhere real. Idempotent per context.
 */
export async function serveMerchantSite(context: BrowserContext): Promise<void> {
  const served = context as BrowserContext & { __merchantSite?: boolean };
  if (served.__merchantSite) return;
  served.__merchantSite = true;
  await context.route(`${new URL(merchantReturnUrl).origin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!DOCTYPE html><html lang="en"><title>Merchant</title><main><h1>${MERCHANT_PAGE_HEADING}</h1></main></html>`,
    }),
  );
}

/** The form of a portal link's hand-off page (`GET /p/{secret}`, see portal-ui/src/server/link_page.rs). */
export const HANDOFF_FORM = '#paylera-link-handoff';

/** What opening a portal link gave: the hand-off page's response and the page the form post ended on. */
export interface OpenedLink {
  /** The answer to the `GET`: the hand-off page (200), which uses nothing up. */
  handoff: Response;
  /** The answer to the form's `POST` (`303` when the link signed the customer in). */
  posted: Response;
  /** The document the browser ended on: after a `303`, the page it led to. */
  landed: Response;
}

/**
 * Opens a portal link as a customer's browser does: the `GET` answers the hand-off
 * page, whose form posts to the same URL — at once by the page's script, or, in a page
 * with JavaScript off, by a click on its one button ("Continue"). Waits until the page
 * the post ends on has loaded (and, with JavaScript, hydrated).
 */
export async function openPortalLink(page: Page, url: string): Promise<OpenedLink> {
  const posted = page.waitForResponse((response) => response.url() === url && response.request().method() === 'POST');
  // `commit`: with JavaScript the page posts itself before it has even loaded.
  const handoff = await page.goto(url, { waitUntil: 'commit' });
  expect(handoff, `no answer to GET ${url}`).not.toBeNull();
  if (await scriptsOffIn(page)) {
    await page.locator(`${HANDOFF_FORM} button`).click();
  }
  const answer = await posted;
  let request = answer.request();
  while (request.redirectedTo()) request = request.redirectedTo()!;
  const landed = (await request.response()) ?? answer;
  await page.waitForURL(landed.url());
  await settle(page);
  return { handoff: handoff!, posted: answer, landed };
}

/**
 * `scriptsOff` of the hand-off page, once it is parsed. A page whose scripts run may
 * already be posting itself: when that navigation destroys the document being asked,
 * the answer is that scripts run.
 */
async function scriptsOffIn(page: Page): Promise<boolean> {
  try {
    await page.waitForLoadState('domcontentloaded');
    return await scriptsOff(page);
  } catch {
    return false;
  }
}

/** What `signIn` creates: the API's session id, its (now used) link and the session object. */
export interface SignedIn {
  sessionId: string;
  url: string;
  session: ApiObject;
}

/**
 * Signs a customer in as a merchant does: creates a portal session through the API
 * and opens its link in `page` (`openPortalLink`), then waits until the portal's overview (`/`) has loaded
 * — and, in the `hydrated` project, hydrated. The merchant's site is served (see
 * `serveMerchantSite`) so the session's default return URL works.
 */
export async function signIn(
  page: Page,
  merchant: Merchant,
  params: PortalSessionParams,
): Promise<SignedIn> {
  await serveMerchantSite(page.context());
  const session = await merchant.createPortalSession(params);
  const { handoff, posted, landed } = await openPortalLink(page, session.url);
  expect(handoff.status(), 'the hand-off page').toBe(200);
  expect(posted.status(), `the portal link answered ${posted.status()} (${page.url()})`).toBe(303);
  expect(landed.status()).toBe(200);
  expect(new URL(page.url()).pathname, 'the link lands on the overview').toBe('/');
  return { sessionId: session.id, url: session.url, session };
}

/**
 * Opens `path` of the portal with a full load (`page.goto`), waiting as `settle` does.
 * Returns the document's response (its status tells a 404 from a page).
 */
export async function gotoPortal(page: Page, path: string) {
  const response = await page.goto(path);
  await settle(page);
  return response;
}

/**
 * Waits until a freshly loaded portal page is ready to be read or used: loaded, and in
 * the `hydrated` project (JavaScript on), when the page has islands
 * (`body[data-islands="true"]`: a signed-in page), hydrated (`body[data-hydrated="true"]`,
 * set by the bundle once its islands are). A page without islands loads no bundle. After a click that loads a new document, wait for its URL first
 * (`page.waitForURL`), or this may see the old one; after an in-page update (a form
 * sent with fetch), wait for its outcome with `expect` instead.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  if (await scriptsOff(page)) return;
  if ((await page.locator('body[data-islands="true"]').count()) === 0) return;
  await expect(page.locator('body[data-hydrated="true"]')).toBeAttached();
}

/**
 * Playwright's `test` with two more fixtures: `merchant` (a `Merchant` on the test's
 * `request`) and `noJs` (whether the project runs with JavaScript off).
 */
export const test = base.extend<{ merchant: Merchant; noJs: boolean }>({
  merchant: async ({ request }, use) => {
    await use(new Merchant(request));
  },
  noJs: async ({ javaScriptEnabled }, use) => {
    await use(javaScriptEnabled === false);
  },
});
