// Browser tests of the customer portal, run against servers that are already up:
//
//   PORTAL_URL=http://127.0.0.1:3000 API_URL=http://127.0.0.1:8080 \
//   PAYLERA_DEMO_SECRET_KEY=sk_test_… npx playwright test
//
// Two projects (see README.md): `hydrated` runs every spec with JavaScript on; `no-js`
// runs the journeys (`*.journey.spec.ts`) again with JavaScript off, where every page
// must work as plain HTML. The other specs make their own contexts and run once.
//
// Chromium is the system one (/usr/bin/chromium, Debian's `chromium` package); never
// run `npx playwright install` (it downloads browsers, which this network forbids).
import { defineConfig } from '@playwright/test';

const portalUrl = process.env.PORTAL_URL;
if (!portalUrl) {
  throw new Error('PORTAL_URL is required (e.g. http://127.0.0.1:3000): the portal server to test');
}

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // `list` ends with "N passed", which the test runner reads.
  reporter: 'list',
  outputDir: 'test-results',
  use: {
    baseURL: portalUrl,
    browserName: 'chromium',
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'hydrated', use: { javaScriptEnabled: true } },
    { name: 'no-js', use: { javaScriptEnabled: false }, testMatch: /\.journey\.spec\.ts$/ },
  ],
});
