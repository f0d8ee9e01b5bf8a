// Screenshots of portal pages for people (docs, reviews), at a phone's and a desktop's width.
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import type { Page } from '@playwright/test';

/** The widths shots are taken at; the heights only matter to what is "above the fold". */
export const SCREEN_SIZES = {
  phone: { width: 360, height: 780 },
  desktop: { width: 1280, height: 800 },
} as const;

/**
 * When `PAYLERA_SCREENSHOTS_DIR` is set, saves full-page shots of `page` as
 * `<dir>/<name>-phone.png` (360 px wide) and `<dir>/<name>-desktop.png` (1280 px);
 * `name` may hold folders (`ar/invoices`). Does nothing otherwise. The page's viewport
 * is put back afterwards.
 */
export async function captureScreens(page: Page, name: string): Promise<void> {
  const dir = process.env.PAYLERA_SCREENSHOTS_DIR;
  if (!dir) return;
  const original = page.viewportSize();
  try {
    for (const [label, size] of Object.entries(SCREEN_SIZES)) {
      const path = join(dir, `${name}-${label}.png`);
      await mkdir(dirname(path), { recursive: true });
      await page.setViewportSize(size);
      await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
}
