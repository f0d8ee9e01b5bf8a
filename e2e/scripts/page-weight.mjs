// Page weight and time to interactive of the portal's first load, measured in Debian's
// Chromium against running servers:
//
//   PORTAL_URL=http://127.0.0.1:3000 API_URL=http://127.0.0.1:8080 \
//   PAYLERA_DEMO_SECRET_KEY=sk_test_… node e2e/scripts/page-weight.mjs [runs]
//
// For each page (signed out home, signed-in overview, every module page) it loads the
// page in a fresh browser context (cold cache) `runs` times (default 7) and records:
//   - the bytes on the wire per resource type (document, stylesheet, script, wasm), as
//     Chromium received them (compressed: the portal serves .br files);
//   - time to interactive: navigation start → `<body data-hydrated="true">`, which the
//     WASM bundle sets once the page's islands are hydrated (a page without islands,
//     `data-islands` absent, loads no bundle: its load event);
//   - the baseline, measured in the same run: the same page with JavaScript disabled
//     (HTML + CSS only, the server-rendered page), its load time and bytes.
// It prints a Markdown table and, with --write, replaces the section between the
// `<!-- page-weight:start -->` and `<!-- page-weight:end -->` markers of
// docs/benchmarks.md. Exit status 1 when the median first load exceeds the budget.
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// The budget we hold today (the run fails above it) and issue 16's targets, reported
// per page: a first load of at most 200 KB, time to interactive at most 1.3 times the
// no-JavaScript load. See docs/benchmarks.md for what stands between budget and target
// (mostly the islands' view and reactive code in the WASM bundle).
const BUDGET_BYTES = 270 * 1024;
const TARGET_BYTES = 200 * 1000;
const TARGET_TTI_RATIO = 1.3;
const portalUrl = required('PORTAL_URL');
const apiUrl = required('API_URL');
const secretKey = required('PAYLERA_DEMO_SECRET_KEY');
const runs = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 7);
const write = process.argv.includes('--write');

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is required`);
    process.exit(2);
  }
  return value;
}

async function api(method, url, body) {
  const response = await fetch(`${apiUrl}${url}`, {
    method,
    headers: {
      Authorization: `Bearer ${secretKey}`,
      'Content-Type': 'application/json',
      ...(method === 'POST' ? { 'Idempotency-Key': crypto.randomUUID() } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A fresh portal link for the demo customer (the first one). */
async function portalLink() {
  const customers = await api('GET', '/v1/customers?limit=1');
  const session = await api('POST', '/v1/portal/sessions', {
    customer_id: customers.data[0].id,
    return_url: 'http://127.0.0.1:9/return',
  });
  return session.url;
}

function kind(response) {
  const url = response.url();
  const type = response.request().resourceType();
  if (url.endsWith('.wasm')) return 'wasm';
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  return 'other';
}

/** One cold load of `target`; `signIn` opens a portal link first (not measured). */
async function measure(browser, target, { javaScript, signIn }) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  if (signIn) {
    // Signed in elsewhere: opening the link in this context would load the page's
    // stylesheet, script and WASM into its cache, and the measured load would not be cold.
    // Without JavaScript the hand-off page waits for its one button (the link is used
    // by that post, never by the `GET`).
    const signing = await browser.newContext({ javaScriptEnabled: false });
    const handoff = await signing.newPage();
    await handoff.goto(await portalLink());
    await Promise.all([
      handoff.waitForURL((url) => !url.pathname.startsWith('/p/')),
      handoff.locator('#paylera-link-handoff button').click(),
    ]);
    const cookies = await signing.cookies();
    if (!cookies.some((cookie) => cookie.name.includes('session'))) throw new Error('the portal link did not sign in');
    await context.addCookies(cookies);
    await signing.close();
  }
  const page = await context.newPage();
  const bytes = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
  const pending = [];
  page.on('requestfinished', (request) => {
    pending.push(
      request.sizes().then(async (sizes) => {
        const response = await request.response();
        if (response) bytes[kind(response)] += sizes.responseBodySize + sizes.responseHeadersSize;
      }),
    );
  });
  const started = Date.now();
  await page.goto(new URL(target, portalUrl).href, { waitUntil: 'load' });
  let interactive = Date.now() - started;
  // A page without islands (`data-islands` absent) loads no bundle: it is interactive
  // once loaded, as without JavaScript.
  const islands = (await page.locator('body[data-islands="true"]').count()) > 0;
  if (javaScript && islands) {
    await page.waitForSelector('body[data-hydrated="true"]', { timeout: 30_000 });
    interactive = await page.evaluate(() => performance.now());
  } else {
    interactive = await page.evaluate(() => performance.timing.loadEventEnd - performance.timing.navigationStart);
  }
  // Count every request of the load, then stop listening: a `requestfinished` handled
  // after the context closes would fail reading its sizes.
  await page.waitForLoadState('networkidle');
  page.removeAllListeners('requestfinished');
  await Promise.all(pending);
  await context.close();
  return { bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0), interactive };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

const pages = [
  { name: 'home, signed out', target: '/', signIn: false },
  { name: 'overview, signed in', target: '/', signIn: true },
  { name: 'subscription', target: '/subscription', signIn: true },
  { name: 'payment methods', target: '/payment-methods', signIn: true },
  { name: 'invoices', target: '/invoices', signIn: true },
  { name: 'tax IDs', target: '/tax-ids', signIn: true },
  { name: 'billing address', target: '/address', signIn: true },
  { name: 'add a card', target: '/payment-methods/new', signIn: true },
  { name: 'change of plan', target: '/subscription/change?subscription={subscription}', signIn: true },
];
/**
 * The demo customer's first subscription, for the pages that name one. A fresh stack's
 * demo customer has none: it gets a test card and the cheapest licensed monthly plan,
 * so the change-of-plan page shows its picker (and the other pages real data).
 */
async function demoSubscription() {
  const customer = (await api('GET', '/v1/customers?limit=1')).data[0];
  const existing = (await api('GET', `/v1/subscriptions?customer=${customer.id}&limit=1`)).data[0];
  if (existing) return existing;
  const year = new Date().getUTCFullYear() + 5;
  const card = await api('POST', '/v1/payment_methods', {
    type: 'card',
    card: { number: '4242424242424242', exp_month: 12, exp_year: year, cvc: '123' },
    customer: customer.id,
  });
  await api('POST', `/v1/customers/${customer.id}`, { invoice_settings: { default_payment_method: card.id } });
  const [price] = (await api('GET', '/v1/prices?active=true&limit=100')).data
    .filter((p) => p.recurring?.usage_type === 'licensed' && p.recurring?.interval === 'month')
    .sort((a, b) => a.unit_amount - b.unit_amount);
  if (!price) throw new Error('the seeded catalog has no licensed monthly price');
  return api('POST', '/v1/subscriptions', { customer: customer.id, price: price.id });
}
const subscription = await demoSubscription();
for (const page of pages) page.target = page.target.replace('{subscription}', subscription.id);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const rows = [];
let overBudget = false;
for (const { name, target, signIn } of pages) {
  const hydrated = [];
  const baseline = [];
  for (let i = 0; i < runs; i += 1) {
    hydrated.push(await measure(browser, target, { javaScript: true, signIn }));
    baseline.push(await measure(browser, target, { javaScript: false, signIn }));
  }
  const pick = (list, key) => median(list.map((r) => r[key]));
  const total = pick(hydrated, 'total');
  const row = {
    name,
    html: median(hydrated.map((r) => r.bytes.html)),
    css: median(hydrated.map((r) => r.bytes.css)),
    js: median(hydrated.map((r) => r.bytes.js)),
    wasm: median(hydrated.map((r) => r.bytes.wasm)),
    total,
    tti: pick(hydrated, 'interactive'),
    baselineTotal: pick(baseline, 'total'),
    baselineLoad: pick(baseline, 'interactive'),
  };
  overBudget ||= total > BUDGET_BYTES;
  rows.push(row);
}
await browser.close();

const table = [
  `Budget: first load (HTML + CSS + JS + WASM, compressed, headers included) under ${kib(BUDGET_BYTES)}; target: at most ${TARGET_BYTES / 1000} KB and time to interactive at most ${TARGET_TTI_RATIO}× the no-JS load.`,
  `Median of ${runs} cold loads per page, Debian Chromium ${'headless'}, loopback servers, same run for the baseline`,
  '(the same page with JavaScript disabled: server-rendered HTML + CSS, fully usable).',
  '',
  '| page | HTML | CSS | JS | WASM | total | within budget | ≤ 200 KB | time to interactive | baseline bytes (no JS) | baseline load | TTI ÷ baseline | ≤ 1.3× |',
  '|---|---:|---:|---:|---:|---:|:---:|:---:|---:|---:|---:|---:|:---:|',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${kib(r.html)} | ${kib(r.css)} | ${kib(r.js)} | ${kib(r.wasm)} | ${kib(r.total)} | ${
        r.total <= BUDGET_BYTES ? 'yes' : '**no**'
      } | ${r.total <= TARGET_BYTES ? 'yes' : '**no**'} | ${r.tti.toFixed(0)} ms | ${kib(r.baselineTotal)} | ${r.baselineLoad.toFixed(
        0,
      )} ms | ${(r.tti / Math.max(r.baselineLoad, 1)).toFixed(2)}× | ${
        r.tti <= TARGET_TTI_RATIO * r.baselineLoad ? 'yes' : '**no**'
      } |`,
  ),
].join('\n');
console.log(table);

if (write) {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../docs/benchmarks.md');
  const doc = readFileSync(file, 'utf8');
  const start = '<!-- page-weight:start -->';
  const end = '<!-- page-weight:end -->';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md lacks the ${start} … ${end} markers`);
  writeFileSync(file, `${doc.slice(0, from + start.length)}\n${table}\n${doc.slice(to)}`);
  console.log(`updated ${file}`);
}
process.exit(overBudget ? 1 : 0);
