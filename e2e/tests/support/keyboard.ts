// The keyboard of the keyboard-only journeys (WCAG 2.1.1, 2.4.3, 2.4.7), shared by the
// portal's (`keyboard.journey.spec.ts`) and the dashboard's: Tab until an element has
// the focus, checking after every Tab that the focused element shows it.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The focused element, as a person would name it: `tag#id "accessible text"`. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return '(nothing: the document)';
    const input = element as HTMLInputElement;
    const label =
      element.getAttribute('aria-label') ??
      (input.labels && input.labels.length ? input.labels[0].textContent : null) ??
      element.textContent ??
      '';
    const type = element.getAttribute('type');
    const id = element.id ? `#${element.id}` : '';
    return `${element.tagName.toLowerCase()}${type ? `[type=${type}]` : ''}${id} "${label.trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
  });
}

/**
 * What the focused element lacks to show it has the focus (WCAG 2.4.7), or `null` when it
 * shows it: a computed `outline` (not `none`, wider than 0) or a `box-shadow` (not `none`).
 */
export async function missingFocusIndicator(page: Page): Promise<string | null> {
  const style = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const computed = getComputedStyle(element);
    return { outline: computed.outlineStyle, width: computed.outlineWidth, shadow: computed.boxShadow };
  });
  if (!style) return null;
  if (style.outline !== 'none' && parseFloat(style.width) > 0) return null;
  if (style.shadow !== 'none') return null;
  return `${await focused(page)} (outline: ${style.outline} ${style.width}, box-shadow: ${style.shadow})`;
}

/** The keyboard of one journey: every Tab it presses checks the focus indicator. */
export class Keyboard {
  /** The focused elements that showed no focus indicator, once each. */
  readonly unindicated = new Set<string>();

  constructor(readonly page: Page) {}

  /** Presses `key` (Tab, Shift+Tab, …), checking the focus indicator after a Tab. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    if (key === 'Tab' || key === 'Shift+Tab') {
      const missing = await missingFocusIndicator(this.page);
      if (missing) this.unindicated.add(missing);
    }
  }

  /**
   * Presses Tab (or Shift+Tab, `backwards`) until `target` (one element, or any of a
   * radio group's) has the focus; fails after `max` presses naming each element it passed.
   */
  async tabTo(target: Locator, { max = 60, backwards = false } = {}): Promise<void> {
    const passed: string[] = [];
    const isFocused = () =>
      target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
    if (await isFocused()) return;
    for (let i = 0; i < max; i++) {
      await this.press(backwards ? 'Shift+Tab' : 'Tab');
      if (await isFocused()) return;
      passed.push(await focused(this.page));
    }
    throw new Error(`tabTo: ${target} not focused after ${max} ${backwards ? 'Shift+Tab' : 'Tab'}s; passed:\n  ${passed.join('\n  ')}`);
  }

  /** Tabs to `target` and presses Enter on it. */
  async activate(target: Locator, options: { max?: number; backwards?: boolean } = {}): Promise<void> {
    await this.tabTo(target, options);
    await this.page.keyboard.press('Enter');
  }

  /**
   * In a radio group whose radio has the focus, presses `key` (ArrowDown, ArrowUp, …)
   * until `choice` is checked (arrows move the focus and check, as a native group does);
   * Space checks the first one when nothing in the group was checked yet.
   */
  async arrowTo(choice: Locator, key = 'ArrowDown', max = 12): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await choice.isChecked()) return;
      const onIt = await choice.evaluate((element) => element === document.activeElement);
      await this.page.keyboard.press(onIt ? 'Space' : key);
    }
    await expect(choice).toBeChecked();
  }

  /** Tabs to the field `target` and types `text` into it. */
  async typeInto(target: Locator, text: string): Promise<void> {
    await this.tabTo(target);
    await this.page.keyboard.type(text);
  }
}

