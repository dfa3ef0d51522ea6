import { expect, type Locator, type Page } from '@playwright/test';

export type ContactFlag = 'Contact' | 'Subscribe' | 'Favorite' | 'Pair';

export const contactsTable = (page: Page) => page.getByRole('table', { name: 'Contacts', exact: true });
export const reverseContactsTable = (page: Page) => page.getByRole('table', { name: 'Has this user as a contact' });
export const addContactForm = (page: Page) => page.getByRole('form', { name: 'Add contact' });
export const addressField = (page: Page) => addContactForm(page).getByRole('combobox', { name: 'Address' });
export const addContactButton = (page: Page) => addContactForm(page).getByRole('button', { name: 'Add contact' });
export const addressSuggestions = (page: Page) => page.getByRole('listbox', { name: 'Matching users' }).getByRole('option');

/** The row of one contact (its address is the row header, a link to that user). */
export const contactRow = (page: Page, address: string) =>
  contactsTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: address, exact: true }) });
export const contactFlag = (row: Locator, flag: ContactFlag) => row.getByRole('checkbox', { name: flag, exact: true });

export const removeContactDialog = (page: Page) => page.getByRole('dialog', { name: 'Remove contact' });

/**
 * Types the start of an address, picks the first directory suggestion and adds it; returns the address
 * picked.
 */
export async function addContactFromSuggestions(page: Page, typed: string): Promise<string> {
  await addressField(page).fill(typed);
  const first = addressSuggestions(page).first();
  await expect(first).toBeVisible();
  await first.click();
  const address = await addressField(page).inputValue();
  await addContactButton(page).click();
  await expect(contactRow(page, address)).toBeVisible();
  return address;
}

/** Types an address in full and asks to add it (the outcome is the caller's to check). */
export async function addContactByAddress(page: Page, address: string): Promise<void> {
  await addressField(page).fill(address);
  await addressField(page).press('Escape');
  await addContactButton(page).click();
}
