import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { pictureSources, ProfileImage } from './profile-image.tsx';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const IMAGE = 'https://cdn.example.com/a.png';

const shownSrc = (container: HTMLElement) => container.querySelector('img')?.getAttribute('src') ?? null;

describe('ProfileImage sources', () => {
  it('prefers the image URL, then the thumbnail', () => {
    expect(pictureSources(IMAGE, PNG)).toEqual([IMAGE, PNG]);
    expect(pictureSources(undefined, PNG)).toEqual([PNG]);
    expect(pictureSources('', PNG)).toEqual([PNG]);
    expect(pictureSources(IMAGE, undefined)).toEqual([IMAGE]);
  });

  it('shows the thumbnail when the image URL is not http(s)', () => {
    for (const image of ['javascript:alert(1)', PNG, 'data:text/html,<script>alert(1)</script>', '/relative.png', 'not a url']) {
      const { container, unmount } = render(<ProfileImage src={image} thumbnail={PNG} />);
      expect(shownSrc(container), image).toBe(PNG);
      unmount();
    }
  });

  it('accepts PNG, JPEG, GIF and WebP thumbnails, and bare base64 as JPEG', () => {
    for (const type of ['png', 'jpeg', 'gif', 'webp']) {
      const thumbnail = `data:image/${type};base64,AAAA`;
      expect(pictureSources(undefined, thumbnail)).toEqual([thumbnail]);
    }
    expect(pictureSources(undefined, 'AAAA')).toEqual(['data:image/jpeg;base64,AAAA']);
  });

  it('never renders a thumbnail that could script or load from elsewhere', () => {
    for (const thumbnail of [
      'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+',
      'data:image/svg+xml,<svg onload="alert(1)"/>',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'data:image/png,<script>',
      'https://cdn.example.com/tn.png',
      'javascript:alert(1)',
      'x" onerror="alert(1)',
    ]) {
      const { container, unmount } = render(<ProfileImage src={undefined} thumbnail={thumbnail} />);
      expect(container.querySelector('img'), thumbnail).toBeNull();
      expect(container.querySelector('.avatar-empty')).not.toBeNull();
      unmount();
    }
  });

  it('falls back from a broken image to the thumbnail, then to the placeholder', () => {
    const { container } = render(<ProfileImage src={IMAGE} thumbnail={PNG} />);
    expect(shownSrc(container)).toBe(IMAGE);
    fireEvent.error(container.querySelector('img') as HTMLImageElement);
    expect(shownSrc(container)).toBe(PNG);
    fireEvent.error(container.querySelector('img') as HTMLImageElement);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.avatar-empty')).not.toBeNull();
  });

  it('keeps a fixed, square box whatever the picture', () => {
    const { container } = render(<ProfileImage src={IMAGE} size={72} />);
    const img = container.querySelector('img') as HTMLImageElement;
    expect(img).toHaveAttribute('width', '72');
    expect(img).toHaveAttribute('height', '72');
    expect(img.style.width).toBe('72px');
    expect(img.style.height).toBe('72px');
    fireEvent.error(img);
    const placeholder = container.querySelector('.avatar-empty') as HTMLElement;
    expect(placeholder.style.width).toBe('72px');
    expect(placeholder.style.height).toBe('72px');
  });

  it('is decorative next to a name, and named where it is all that identifies the user', () => {
    const { container, rerender } = render(<ProfileImage src={IMAGE} />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(screen.queryByRole('img')).toBeNull();

    rerender(<ProfileImage src={IMAGE} alt="Ada Lovelace" />);
    expect(screen.getByRole('img', { name: 'Ada Lovelace' })).toBeInTheDocument();
    rerender(<ProfileImage src={undefined} alt="Ada Lovelace" />);
    expect(screen.getByRole('img', { name: 'Ada Lovelace' })).toBeInTheDocument();
  });
});
