import { useRef, useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { Dialog } from './dialog.tsx';
import { tabbableElements } from './tabbable.ts';

function Harness({ removeOpenerOnClose = false }: { removeOpenerOnClose?: boolean }) {
  const [open, setOpen] = useState(false);
  const [openerShown, setOpenerShown] = useState(true);
  const fallback = useRef<HTMLHeadingElement>(null);
  const close = () => {
    setOpen(false);
    if (removeOpenerOnClose) setOpenerShown(false);
  };
  return (
    <main>
      <h1 ref={fallback} tabIndex={-1}>
        Section
      </h1>
      {openerShown ? (
        <button type="button" onClick={() => setOpen(true)}>
          Open
        </button>
      ) : null}
      <Dialog open={open} title="Edit" onClose={close} fallbackFocus={fallback}>
        <input aria-label="First" />
        <button type="button" disabled>
          Disabled
        </button>
        <input aria-label="Second" data-autofocus />
        <button type="button" onClick={close}>
          Done
        </button>
      </Dialog>
    </main>
  );
}

describe('Dialog', () => {
  it('focuses the control marked data-autofocus, and Tab and Shift+Tab cycle inside', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('textbox', { name: 'Second' })).toHaveFocus();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'First' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Done' })).toHaveFocus();
  });

  it('closes on Escape and gives the focus back to the opener', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('focuses the fallback when the opener went away with what the dialog did', async () => {
    const user = userEvent.setup();
    render(<Harness removeOpenerOnClose />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('button', { name: 'Open' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Section' })).toHaveFocus();
  });
});

describe('ConfirmDialog', () => {
  it('starts on Cancel, so a stray Enter destroys nothing', () => {
    render(
      <ConfirmDialog title="Remove" confirmLabel="Remove it" onConfirm={() => undefined} onCancel={() => undefined}>
        <p>Really?</p>
      </ConfirmDialog>,
    );
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });
});

describe('tabbableElements', () => {
  it('skips disabled, hidden and tabindex=-1 controls, and keeps one radio per group', () => {
    document.body.innerHTML = `
      <div id="root">
        <button>One</button>
        <button disabled>Off</button>
        <span tabindex="-1">Skipped</span>
        <div hidden><input aria-label="Hidden"></div>
        <input type="hidden" name="secret">
        <input type="radio" name="size" value="s">
        <input type="radio" name="size" value="m" checked>
        <input type="radio" name="size" value="l">
        <a href="/x">Link</a>
        <a>Not a link</a>
        <div tabindex="0">Focusable div</div>
      </div>`;
    const root = document.getElementById('root') as HTMLElement;
    const names = tabbableElements(root).map((element) => element.textContent || element.getAttribute('value') || element.tagName);
    expect(names).toEqual(['One', 'm', 'Link', 'Focusable div']);
  });
});
