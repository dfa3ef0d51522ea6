import { pictureSources } from '../../../components/profile-image.tsx';
import { PROFILE_LIMITS } from '../../../contract/index.ts';

/** Largest side first: the biggest thumbnail that fits wins; quality drops before size does. */
export const THUMBNAIL_SIDES = [128, 96, 64, 48, 32] as const;
export const THUMBNAIL_QUALITIES = [0.85, 0.7, 0.55, 0.4] as const;
/** Reading a bigger file to make a 128-pixel picture only costs memory; nobody's photo is this large. */
export const MAX_SOURCE_BYTES = 25 * 1024 * 1024;

export class ThumbnailError extends Error {
  override readonly name = 'ThumbnailError';
}

/** Encodes the picture scaled to fit `side` pixels at a JPEG `quality`, as a data URL. */
export type ThumbnailEncoder = (side: number, quality: number) => string;

/**
 * The first encoding, from the largest and best, whose data URL fits the contract's `tn` limit (which
 * counts the `data:image/jpeg;base64,` prefix too).
 */
export function fitThumbnail(encode: ThumbnailEncoder, limit: number = PROFILE_LIMITS.tn): string {
  for (const side of THUMBNAIL_SIDES) {
    for (const quality of THUMBNAIL_QUALITIES) {
      const encoded = encode(side, quality);
      if (encoded.length <= limit) return encoded;
    }
  }
  throw new ThumbnailError('This picture does not shrink into a small enough thumbnail. Try a simpler picture.');
}

/**
 * A small JPEG thumbnail of an image file, made in the browser with a canvas, within the contract's
 * limit. Whatever the file was (PNG with transparency, GIF, even SVG), the result is a plain JPEG.
 */
export async function makeThumbnail(file: Blob): Promise<string> {
  if (!file.type.startsWith('image/')) throw new ThumbnailError('Choose an image file, such as a PNG or JPEG picture.');
  if (file.size > MAX_SOURCE_BYTES) throw new ThumbnailError('This file is larger than 25 MB. Choose a smaller picture.');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new ThumbnailError('This file could not be read as a picture. Choose a PNG, JPEG, WebP or GIF image.');
  }
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new ThumbnailError('This browser cannot draw pictures here, so it cannot make a thumbnail.');
    return fitThumbnail((side, quality) => {
      const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      // JPEG has no transparency: give transparent pictures a white background rather than black.
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      return canvas.toDataURL('image/jpeg', quality);
    });
  } finally {
    bitmap.close();
  }
}

/**
 * A stored `tn` as something an <img> can show: bare base64 gets a data URL prefix. Anything else
 * (data:image/svg+xml, data:text/html, a URL) gives null and is not rendered: a remote backend's record
 * may hold what this console would never have saved.
 */
export function thumbnailSrc(tn: string): string | null {
  // The same rule as every profile picture of the console (ProfileImage), so the two cannot drift.
  return pictureSources(undefined, tn)[0] ?? null;
}
