import { expect, type Page } from '@playwright/test';

export type DefaultVisibility = 'Invisible' | 'Friends' | 'Everyone';

export const profileFieldsHeading = (page: Page) => page.getByRole('heading', { name: 'Profile fields', level: 1 });
export const profileFieldsLink = (page: Page) => page.getByRole('link', { name: 'Profile fields', exact: true });
export const customFieldsTable = (page: Page) => page.getByRole('table', { name: 'Custom fields' });
export const customFieldRow = (page: Page, key: string) =>
  customFieldsTable(page).getByRole('row').filter({ has: page.getByRole('rowheader', { name: key, exact: true }) });

export const addFieldForm = (page: Page) => page.getByRole('form', { name: 'Add field' });
export const addFieldInputs = {
  key: (page: Page) => addFieldForm(page).getByLabel('Key', { exact: true }),
  label: (page: Page) => addFieldForm(page).getByLabel('Label', { exact: true }),
  maxLength: (page: Page) => addFieldForm(page).getByLabel('Maximum length', { exact: true }),
};
export const addFieldButton = (page: Page) => addFieldForm(page).getByRole('button', { name: 'Add field' });

export const editFieldDialog = (page: Page, key: string) => page.getByRole('dialog', { name: `Edit field ${key}` });
export const removeFieldDialog = (page: Page) => page.getByRole('dialog', { name: 'Remove field' });

export const defaultVisibility = (page: Page, choice: DefaultVisibility) =>
  page.getByRole('group', { name: 'Default visibility' }).getByRole('radio', { name: choice, exact: true });
export const saveVisibilityButton = (page: Page) => page.getByRole('form', { name: 'Visibility' }).getByRole('button', { name: 'Save' });

export const savedMessage = (page: Page, text: string | RegExp = 'Saved') => page.getByRole('status').filter({ hasText: text });

/** Fills "Add field" and submits it (the outcome is the caller's to check). */
export async function submitNewField(page: Page, field: { key: string; label: string; maxLength: number | string }): Promise<void> {
  await addFieldInputs.key(page).fill(field.key);
  await addFieldInputs.label(page).fill(field.label);
  await addFieldInputs.maxLength(page).fill(String(field.maxLength));
  await addFieldButton(page).click();
}

/** Defines a field through the page and waits until the table lists it. */
export async function defineField(page: Page, field: { key: string; label: string; maxLength: number }): Promise<void> {
  await submitNewField(page, field);
  await expect(savedMessage(page, `Saved. Field ${field.key} added.`)).toBeVisible();
  await expect(customFieldRow(page, field.key)).toBeVisible();
}
