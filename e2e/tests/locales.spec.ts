// axe-core in every one of the portal's 31 locales (issue 17, point 7): for each, one
// customer who has something on every page (a subscription, a card, a paid invoice) and
// one session in that locale, then every page of the tour (`PAGES`): it answers 200, its
// `<html lang>` is the locale (`dir="rtl"` for Arabic and Hebrew, none otherwise), it has
// one `<h1>`, passes axe-core (light scheme) and does not scroll sideways at 360 px: axe
// runs on the phone layout, which long translations strain most (the tour runs it on
// the desktop one, in four locales).
//
// Not a journey: it runs once, in `hydrated` (the tour checks the no-JS pages and the dark
// scheme in four locales). No screenshots, one sign-in per locale, to stay fast.
import {
  PAGES,
  TOUR_CONFIGURATION,
  customerWithEverything,
  expect,
  expectAccessible,
  gotoPortal,
  horizontalOverflow,
  signIn,
  test,
  watchForErrors,
} from './support';

/**
 * The portal's locales: `Locale::ALL` in shared/src/locale.rs, in its order. Hard-coded
 * because tests are declared before any request can be made; the first test below fails
 * when the API's `Locale` schema or the portal's language switcher disagrees with it.
 */
const LOCALES = [
  'en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pt-BR', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'ja', 'zh-Hans',
  'ko', 'tr', 'ar', 'he', 'uk', 'el', 'ro', 'hu', 'sk', 'bg', 'hr', 'id', 'vi', 'th', 'zh-Hant',
] as const;

/** The locales written right to left. */
const RTL = new Set(['ar', 'he']);

test.describe('every locale', () => {
  test('the list is Locale::ALL: the API’s Locale schema and the language switcher offer exactly these', async ({
    page,
    merchant,
  }) => {
    const openapi = await merchant.get('/v1/openapi.json');
    expect(openapi.components.schemas.Locale.enum, 'the API’s Locale schema (Locale::ALL)').toEqual([...LOCALES]);

    const customer = await merchant.createCustomer();
    await signIn(page, merchant, { customerId: customer.id, locale: 'en' });
    const offered = await page
      .locator('footer form.language-switcher select option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const missing = offered.filter((tag) => !(LOCALES as readonly string[]).includes(tag));
    expect(missing, 'the switcher offers locales this spec does not test').toEqual([]);
    expect(offered).toEqual([...LOCALES]);
  });

  for (const locale of LOCALES) {
    test(`${locale}: every page answers in ${locale}, has one heading, passes axe and fits 360 px`, async ({
      page,
      merchant,
    }) => {
      test.setTimeout(90_000);
      const problems = await watchForErrors(page);
      const customerId = await customerWithEverything(merchant);
      await signIn(page, merchant, { customerId, locale, configuration: TOUR_CONFIGURATION });

      // One viewport, a phone's: axe and the reflow check (WCAG 1.4.10) on the same render,
      // without a relayout per page (the tour checks the desktop layout in four locales).
      await page.setViewportSize({ width: 360, height: 780 });
      const failures: string[] = [];
      for (const { path } of PAGES) {
        const response = await gotoPortal(page, path);
        expect(response?.status(), `${path} status`).toBe(200);
        const html = page.locator('html');
        await expect(html, `${path} lang`).toHaveAttribute('lang', locale);
        if (RTL.has(locale)) await expect(html, `${path} dir`).toHaveAttribute('dir', 'rtl');
        else await expect(html, `${path} dir`).not.toHaveAttribute('dir', /.+/);
        await expect(page.getByRole('heading', { level: 1 }), `${path} <h1>`).toHaveCount(1);
        // Every page's problems are collected, so one run names each page that fails.
        try {
          await expectAccessible(page, `${locale} ${path}`);
        } catch (error) {
          failures.push(String((error as Error).message).split('\n').slice(0, 40).join('\n'));
        }
        const overflow = await horizontalOverflow(page);
        if (overflow.px > 0) {
          failures.push(`${locale} ${path}: ${overflow.px} px of horizontal overflow at 360 px, from ${overflow.culprits.join('; ')}`);
        }
      }
      expect(failures.join('\n\n')).toBe('');
      expect(await problems()).toEqual([]);
    });
  }
});
