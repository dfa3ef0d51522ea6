import { useState } from 'react';
import { isHttpUrl, isThumbnailData } from '../contract/index.ts';

interface ProfileImageProps {
  /** The profile's image URL (`image`). */
  src: string | undefined;
  /** The profile's thumbnail (`tn`): shown when there is no usable image URL, or it fails to load. */
  thumbnail?: string | undefined;
  size?: number;
  /**
   * Empty (decorative) by default: the name is next to the picture. Give the name only where the
   * picture is all that identifies the user.
   */
  alt?: string;
}

/**
 * The pictures a profile offers, best first. Profile data is user-supplied and a remote backend may
 * hold what this console would never have saved, so each is checked where it is rendered: the image
 * only as an http(s) URL, the thumbnail only as raster image data (never data:text/html or SVG).
 */
export function pictureSources(image: string | undefined, thumbnail: string | undefined): string[] {
  const sources: string[] = [];
  if (image && isHttpUrl(image)) sources.push(image);
  if (thumbnail && isThumbnailData(thumbnail)) {
    // mesibo's `tn` is often bare base64; the profile form saves JPEG, so that is what bare data is.
    sources.push(thumbnail.startsWith('data:') ? thumbnail : `data:image/jpeg;base64,${thumbnail}`);
  }
  return sources;
}

/**
 * A profile picture: the image URL, else the thumbnail, else an empty placeholder. A picture that fails
 * to load gives way to the next one instead of a broken-image icon. The box is fixed (object-fit
 * covers it), so a huge or odd-shaped picture never moves the layout around it.
 */
export function ProfileImage({ src, thumbnail, size = 24, alt = '' }: ProfileImageProps) {
  const [failed, setFailed] = useState<ReadonlySet<string>>(() => new Set());
  const shown = pictureSources(src, thumbnail).find((source) => !failed.has(source));
  const box = { width: size, height: size };
  if (!shown) {
    return alt ? (
      <span className="avatar avatar-empty" style={box} role="img" aria-label={alt} />
    ) : (
      <span className="avatar avatar-empty" style={box} aria-hidden="true" />
    );
  }
  return (
    <img
      // A new source is a new element: the browser never shows the failed one while the next loads.
      key={shown}
      className="avatar"
      src={shown}
      alt={alt}
      width={size}
      height={size}
      style={box}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailed((current) => new Set(current).add(shown))}
    />
  );
}
