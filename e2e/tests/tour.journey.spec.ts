// A tour of every page of the portal, in English, French, Japanese and Arabic (right to
// left), for a customer who has something on each: a subscription, a card and a paid
// invoice. Each page must answer 200 in the session's language and direction, have one
// `<h1>` in that language, pass axe-core in the light and the dark scheme, not scroll
// sideways on a 360 px phone, and log no error. With PAYLERA_SCREENSHOTS_DIR set, it
// also saves each page at phone and desktop width (see e2e/README.md).
//
// Deliberately generic (headings, language, accessibility): each module's own journey
// checks what its page does.
import {
  PAGES,
  TOUR_CONFIGURATION,
  captureScreens,
  customerWithEverything,
  expect,
  expectAccessible,
  gotoPortal,
  signIn,
  test,
  watchForErrors,
} from './support';

/** The locales toured: the default, French, Japanese and a right-to-left one. */
const LOCALES = [
  { locale: 'en', dir: null, script: /\p{Script=Latin}/u },
  { locale: 'fr', dir: null, script: /\p{Script=Latin}/u },
  { locale: 'ja', dir: null, script: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { locale: 'ar', dir: 'rtl', script: /\p{Script=Arabic}/u },
];

for (const { locale, dir, script } of LOCALES) {
  test.describe(`the tour in ${locale}`, () => {
    for (const { path, name } of PAGES) {
      test(`${path} is in ${locale}, has one heading and passes axe`, async ({ page, merchant }) => {
        const problems = await watchForErrors(page);
        const customerId = await customerWithEverything(merchant);
        await signIn(page, merchant, { customerId, locale, configuration: TOUR_CONFIGURATION });

        const response = await gotoPortal(page, path);

        expect(response?.status()).toBe(200);
        const html = page.locator('html');
        await expect(html).toHaveAttribute('lang', locale);
        if (dir) await expect(html).toHaveAttribute('dir', dir);
        else await expect(html).not.toHaveAttribute('dir', /.+/);
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toHaveCount(1);
        await expect(heading).toHaveText(script);
        await expectAccessible(page, `${locale} ${path}`);
        // Reflow (WCAG 1.4.10): on a phone nothing makes the page scroll sideways.
        await page.setViewportSize({ width: 360, height: 780 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, 'horizontal overflow at 360 px').toBe(0);
        await captureScreens(page, `${locale}/${name}`);

        // The dark scheme (prefers-color-scheme): contrast is checked again.
        await page.emulateMedia({ colorScheme: 'dark' });
        await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(15, 18, 22)');
        await expectAccessible(page, `${locale} ${path} (dark)`);
        await captureScreens(page, `${locale}/dark/${name}`);
        expect(await problems()).toEqual([]);
      });
    }
  });
}
