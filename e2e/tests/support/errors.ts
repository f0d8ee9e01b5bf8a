// Console errors, uncaught exceptions and CSP violations of a page.
import type { Page } from '@playwright/test';

/** What `watchForErrors` may be told to expect. */
export interface WatchOptions {
  /**
   * URLs whose non-2xx status the test asserts itself: Chromium logs "Failed to load
   * resource" for a 404 or 410 document, which is then no problem. A string matches
   * the whole URL, a RegExp any part of it.
   */
  expectedStatus?: (string | RegExp)[];
}

/**
 * Records the console errors, uncaught exceptions and CSP violations of `page` from now
 * on; the returned function lists them (call it at the end, expect `[]`).
 *
 * CSP violations are caught twice over: Chromium logs each one as a console error (in
 * both projects), and, with JavaScript on, an init script listens for
 * `securitypolicyviolation` events (init scripts come from the browser, not the page, so
 * the page's CSP does not stop them).
 */
export async function watchForErrors(page: Page, options: WatchOptions = {}): Promise<() => Promise<string[]>> {
  const expected = options.expectedStatus ?? [];
  const isExpected = (url: string) =>
    expected.some((pattern) => (typeof pattern === 'string' ? pattern === url : pattern.test(url)));
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const url = message.location().url;
    if (message.text().startsWith('Failed to load resource') && isExpected(url)) return;
    problems.push(`console: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return async () => {
    const csp = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => [] as string[]);
    return [...problems, ...csp.map((violation) => `csp: ${violation}`)];
  };
}
