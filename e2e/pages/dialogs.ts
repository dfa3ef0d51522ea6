import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { expectFocusTrapped } from './keyboard.ts';

/** Focuses `opener` and presses Enter, as a keyboard user opens a dialog; waits for it. */
export async function openWithKeyboard(page: Page, opener: Locator, dialog: Locator): Promise<void> {
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
}

export interface DialogUnderTest {
  /** The control that opens the dialog: it is focused and activated with Enter. */
  opener: Locator;
  dialog: Locator;
  /** The control focus must start on ("Cancel" in a confirmation); any control inside when left out. */
  firstFocus?: Locator;
}

/**
 * The whole contract of a modal dialog, checked with the keyboard: opened from its button, it takes
 * the focus (onto `firstFocus`), axe finds nothing, Tab and Shift+Tab cycle inside it, Escape closes
 * it and the focus is back on the button that opened it.
 */
export async function expectDialogFocusManaged(page: Page, { opener, dialog, firstFocus }: DialogUnderTest): Promise<void> {
  await openWithKeyboard(page, opener, dialog);
  if (firstFocus) await expect(firstFocus, 'the dialog focuses this control first').toBeFocused();
  else await expect(dialog.locator(':focus'), 'the dialog takes the focus').toHaveCount(1);
  await expectNoAxeViolations(page);
  await expectFocusTrapped(page, dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener, 'closing the dialog gives the focus back to the control that opened it').toBeFocused();
}
