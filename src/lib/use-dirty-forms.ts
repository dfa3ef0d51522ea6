import { useEffect, useState } from 'react';

/**
 * For a page with several forms and one "Leave without saving?" prompt (the router allows one blocker
 * per page): each form reports whether it has edits through its own stable callback, and `anyDirty`
 * says whether any has.
 *
 *   const { anyDirty, onDirtyChange } = useDirtyForms(['backend', 'behaviour']);
 *   const unsavedChangesPrompt = useUnsavedChangesPrompt(anyDirty);
 *   <BackendForm onDirtyChange={onDirtyChange.backend} />
 */
export function useDirtyForms<Name extends string>(names: readonly Name[]) {
  const [dirtyForms, setDirtyForms] = useState<ReadonlySet<Name>>(() => new Set());
  // Created once: a form reports from an effect that depends on its callback.
  const [onDirtyChange] = useState(() => {
    const report = (form: Name) => (dirty: boolean) =>
      setDirtyForms((current) => {
        if (current.has(form) === dirty) return current;
        const next = new Set(current);
        if (dirty) next.add(form);
        else next.delete(form);
        return next;
      });
    return Object.fromEntries(names.map((form) => [form, report(form)])) as Record<Name, (dirty: boolean) => void>;
  });
  return { anyDirty: dirtyForms.size > 0, onDirtyChange };
}

/** A form's side of useDirtyForms: reports whether it has edits, and that it has none once it is gone. */
export function useReportDirty(isDirty: boolean, onDirtyChange: ((dirty: boolean) => void) | undefined) {
  useEffect(() => onDirtyChange?.(isDirty), [isDirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange?.(false), [onDirtyChange]);
}
