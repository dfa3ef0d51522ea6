const CANDIDATES = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';

/**
 * The elements of `root` that Tab stops on, in document order: enabled, not `tabindex="-1"`, not in a
 * hidden or inert subtree, rendered; of a group of radio buttons only the checked one (or the first,
 * when none is), as browsers do. Positive tabindex values are not used in this app, so document order
 * is tab order.
 */
export function tabbableElements(root: HTMLElement): HTMLElement[] {
  const radioGroupsSeen = new Set<string>();
  return [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter((element) => {
    if (element.tabIndex < 0) return false;
    if ((element as HTMLButtonElement).disabled) return false;
    if (element instanceof HTMLInputElement && element.type === 'hidden') return false;
    if (element.closest('[hidden], [inert]')) return false;
    if (!isRendered(element)) return false;
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name) {
      const group = element.name;
      if (radioGroupsSeen.has(group)) return false;
      const checked = root.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(group)}"]:checked`);
      if (checked && checked !== element) return false;
      radioGroupsSeen.add(group);
    }
    return true;
  });
}

function isRendered(element: HTMLElement): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  const style = getComputedStyle(element);
  return style.display !== 'none' && style.visibility !== 'hidden';
}
