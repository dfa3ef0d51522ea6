import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProfileImage } from './profile-image.tsx';

describe('ProfileImage', () => {
  it('shows http and https pictures', () => {
    for (const src of ['https://cdn.example.com/a.png', 'http://example.com/b.jpg']) {
      const { container, unmount } = render(<ProfileImage src={src} />);
      expect(container.querySelector('img')?.getAttribute('src')).toBe(src);
      unmount();
    }
  });

  // A remote backend's record is parsed by the contract, but the picture is checked again where it is
  // rendered: this component must be safe whatever string reaches it.
  it('renders no picture for any other scheme', () => {
    for (const src of [
      'javascript:window.__pwned=1',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>window.__pwned=1</script>',
      'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example.com/a.png',
      'x" onerror="alert(1)',
    ]) {
      const { container, unmount } = render(<ProfileImage src={src} />);
      expect(container.querySelector('img'), src).toBeNull();
      expect(container.querySelector('.avatar-empty')).not.toBeNull();
      unmount();
    }
  });
});
