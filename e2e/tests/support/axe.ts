// axe-core on the page as it is, in both projects.
//
// With JavaScript on, axe is evaluated in the page itself (Playwright's evaluate goes
// through the DevTools protocol, which the page's CSP does not govern).
//
// With JavaScript off the page cannot run axe: Chromium runs no timers in a page whose
// scripts are disabled, and axe needs them. So the page's DOM, as the browser built it
// (`page.content()`), is loaded into a throwaway JavaScript-enabled context at the same
// URL — so `/pkg/portal.css` and every relative URL resolve to the portal exactly as
// before — with the same viewport, colour scheme and reduced-motion setting, and axe
// runs there. That page gets a CSP which, like the portal's, allows only the
// document's own `<style>` elements (by hash: the original ones carried the nonce) and
// no inline `style` attributes, and runs no script of the page (`script-src 'none'`).
// `<noscript>` tags are unwrapped so their content stays rendered markup, as it is
// with JavaScript off.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { scriptsOff } from './portal';

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe has no `wcag22a` tag: 2.2 added no A rule it checks). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** Runs axe in `page` (whose scripts may run) and returns its violations. */
async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: unknown[] }> } })
      .axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations as AxeViolation[];
  }, WCAG_TAGS);
}

/** The DOM of a page whose scripts are off, re-created where axe can run (see the top of this file). */
async function runAxeOnSnapshot(page: Page): Promise<AxeViolation[]> {
  const url = page.url();
  const html = (await page.content()).replace(/<\/?noscript\b[^>]*>/gi, '');
  const { styles, dark, reducedMotion } = await page.evaluate(() => ({
    styles: Array.from(document.querySelectorAll('style'), (style) => style.textContent ?? ''),
    dark: matchMedia('(prefers-color-scheme: dark)').matches,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
  }));
  const hashes = styles.map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  const browser = page.context().browser();
  if (!browser) throw new Error('expectAccessible: the page has no browser to open a snapshot in');
  const context = await browser.newContext({
    javaScriptEnabled: true,
    viewport: page.viewportSize(),
    colorScheme: dark ? 'dark' : 'light',
    reducedMotion: reducedMotion ? 'reduce' : 'no-preference',
  });
  try {
    const snapshot = await context.newPage();
    await snapshot.route(
      (candidate) => candidate.href === url,
      (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: {
            'Content-Security-Policy': `default-src 'self'; script-src 'none'; style-src 'self' ${hashes.join(' ')}; img-src 'self' data: https:`,
          },
          body: html,
        }),
    );
    await snapshot.goto(url, { waitUntil: 'load' });
    return await runAxe(snapshot);
  } finally {
    await context.close();
  }
}

/** One violation as lines a person can act on. */
function describe(violation: AxeViolation): string {
  const nodes = violation.nodes.map((node) => {
    const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
    return `    - ${node.target.join(' ')}: ${node.html}\n      ${summary}`;
  });
  return `  [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes.join('\n')}`;
}

/**
 * Fails the test when axe-core finds WCAG 2.0/2.1/2.2 A or AA violations on `page` as
 * it is now, listing each with the offending elements. `state` names what is on screen
 * (`"overview"`, `"add card: declined"`), for the message and the attached report.
 * Works in both projects (see the top of this file for how, with JavaScript off).
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const violations = (await scriptsOff(page)) ? await runAxeOnSnapshot(page) : await runAxe(page);
  await test.info().attach(`axe: ${state}`, {
    body: JSON.stringify(violations, null, 2),
    contentType: 'application/json',
  });
  const report = violations.map(describe).join('\n');
  expect(report, `axe-core found ${violations.length} violation(s) on "${state}" (${page.url()}):\n${report}`).toBe(
    '',
  );
}
