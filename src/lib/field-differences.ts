/** One field as three people saw it: when the edit began, in my form, and stored now. Display text. */
export interface FieldVersions {
  label: string;
  base: string;
  mine: string;
  theirs: string;
}

export interface FieldDifference {
  label: string;
  mine: string;
  theirs: string;
  /** I changed it since loading. */
  editedByYou: boolean;
  /** Someone else changed it since I loaded. */
  changedByOthers: boolean;
}

/**
 * The fields where what I have in the form differs from what is stored now, each saying who moved it
 * away from the version I loaded, for a conflict notice. Values are compared as the display text the
 * caller made, so the comparison matches what the admin reads.
 */
export function fieldDifferences(fields: readonly FieldVersions[]): FieldDifference[] {
  return fields
    .filter((field) => field.mine !== field.theirs)
    .map(({ label, base, mine, theirs }) => ({
      label,
      mine,
      theirs,
      editedByYou: mine !== base,
      changedByOthers: theirs !== base,
    }));
}
