import { describe, expect, it } from 'vitest';
import { PROFILE_LIMITS, profileFieldsSchema } from '../../../contract/index.ts';
import { fitThumbnail, makeThumbnail, THUMBNAIL_QUALITIES, THUMBNAIL_SIDES, ThumbnailError, thumbnailSrc } from './make-thumbnail.ts';

const PREFIX = 'data:image/jpeg;base64,';

/** A stand-in for the canvas: the encoded size grows with the side and the quality. */
function encoderOfSize(sizeOf: (side: number, quality: number) => number) {
  const calls: [number, number][] = [];
  const encode = (side: number, quality: number) => {
    calls.push([side, quality]);
    return PREFIX + 'A'.repeat(Math.max(0, sizeOf(side, quality) - PREFIX.length));
  };
  return { encode, calls };
}

describe('fitThumbnail', () => {
  it('keeps the largest, best encoding when it fits', () => {
    const { encode, calls } = encoderOfSize(() => 2_000);
    const thumbnail = fitThumbnail(encode);
    expect(calls).toEqual([[THUMBNAIL_SIDES[0], THUMBNAIL_QUALITIES[0]]]);
    expect(profileFieldsSchema.shape.tn.safeParse(thumbnail).success).toBe(true);
  });

  it('lowers the quality, then the size, until the data URL (prefix included) is within the contract limit', () => {
    const { encode, calls } = encoderOfSize((side, quality) => Math.round(side * side * quality * 2));
    const thumbnail = fitThumbnail(encode);
    expect(thumbnail.length).toBeLessThanOrEqual(PROFILE_LIMITS.tn);
    expect(calls.length).toBeGreaterThan(1);
    // Everything tried before the answer was over the limit.
    const [side, quality] = calls.at(-1) ?? [0, 0];
    expect(Math.round(side * side * quality * 2)).toBeLessThanOrEqual(PROFILE_LIMITS.tn);
    for (const [triedSide, triedQuality] of calls.slice(0, -1)) {
      expect(Math.round(triedSide * triedSide * triedQuality * 2)).toBeGreaterThan(PROFILE_LIMITS.tn);
    }
  });

  it('accepts an encoding exactly at the limit and refuses one character over', () => {
    expect(fitThumbnail(encoderOfSize(() => PROFILE_LIMITS.tn).encode)).toHaveLength(PROFILE_LIMITS.tn);
    expect(() => fitThumbnail(encoderOfSize(() => PROFILE_LIMITS.tn + 1).encode)).toThrow(ThumbnailError);
  });

  it('honours a smaller limit', () => {
    expect(fitThumbnail(encoderOfSize((side) => side * 10).encode, 500).length).toBeLessThanOrEqual(500);
  });
});

describe('makeThumbnail', () => {
  it('refuses files that are not images before reading them', async () => {
    await expect(makeThumbnail(new Blob(['<script>'], { type: 'text/html' }))).rejects.toThrow('Choose an image file');
  });
});

describe('thumbnailSrc', () => {
  it('shows bare base64 as a JPEG data URL and leaves data URLs alone', () => {
    expect(thumbnailSrc('AAAA')).toBe(`${PREFIX}AAAA`);
    expect(thumbnailSrc(`${PREFIX}AAAA`)).toBe(`${PREFIX}AAAA`);
    expect(thumbnailSrc('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });

  it('refuses what could script or navigate, whatever a backend stored', () => {
    const svg = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')}`;
    for (const hostile of [
      svg,
      'data:image/svg+xml,<svg onload=alert(1)>',
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;base64,PHNjcmlwdD4=',
      'javascript:alert(1)',
      'https://example.com/a.png',
      'AAAA"><img src=x onerror=alert(1)>',
      'A'.repeat(20_000),
    ]) {
      expect(thumbnailSrc(hostile), hostile.slice(0, 40)).toBeNull();
    }
  });
});
