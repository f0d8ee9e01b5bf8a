// Layout checks for reflow and zoom (WCAG 1.4.4 Resize Text, 1.4.10 Reflow): whether a
// page scrolls sideways, which elements make it, and which text is cut off.
import type { Page } from '@playwright/test';

/** How far the page scrolls sideways, and the innermost elements whose content sticks out of them. */
export interface Overflow {
  /** `scrollWidth - clientWidth` of the document, in CSS px (0 when nothing scrolls sideways). */
  px: number;
  /** `tag.class "text…" (content W px in a box of w px)` of each element whose content sticks out. */
  culprits: string[];
}

/** The page's horizontal overflow now (see `Overflow`). */
export async function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const px = root.scrollWidth - root.clientWidth;
    if (px <= 0) return { px: 0, culprits: [] };
    const sticking = Array.from(document.body.querySelectorAll<HTMLElement>('*')).filter(
      (element) =>
        element.clientWidth > 0 &&
        element.checkVisibility() &&
        element.scrollWidth > element.clientWidth + 1 &&
        getComputedStyle(element).overflowX === 'visible',
    );
    // Only the innermost: an ancestor of another culprit only carries it.
    const innermost = sticking.filter((element) => !sticking.some((other) => other !== element && element.contains(other)));
    const culprits = innermost.map((element) => {
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      return `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).replace(/\s+/g, '.')}` : ''} "${text}" (content ${element.scrollWidth} px in a box of ${element.clientWidth} px)`;
    });
    return { px, culprits };
  });
}

/**
 * The elements whose text is cut off: those that hide their overflow (`overflow-x`
 * hidden or clip, or `text-overflow: ellipsis`) and whose content is wider or taller
 * than their box. Controls that scroll by design (`auto`, `scroll`: a table in a scroller)
 * and visually hidden text (a 1 px box, e.g. `.visually-hidden`) are not counted.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
      const style = getComputedStyle(element);
      const hidesX = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      if (!hidesX && !hidesY) continue;
      // Visually hidden (a 1 px box, e.g. `.visually-hidden`), or not rendered (a closed `<details>`).
      if (element.clientWidth <= 1 || element.clientHeight <= 1 || !element.checkVisibility()) continue;
      if (!(element.textContent ?? '').trim()) continue;
      const wide = hidesX && element.scrollWidth > element.clientWidth + 1;
      const tall = hidesY && element.scrollHeight > element.clientHeight + 1;
      if (!wide && !tall) continue;
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      clipped.push(
        `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).replace(/\s+/g, '.')}` : ''} "${text}" (content ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight})`,
      );
    }
    return clipped;
  });
}
