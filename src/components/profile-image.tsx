import { useState } from 'react';
import { isHttpUrl } from '../contract/index.ts';

/**
 * A profile picture, only when it is an http(s) URL: profile data is user-supplied, so anything else
 * (javascript:, data:) is not rendered at all. Decorative (alt ""), the name is next to it. A picture
 * that fails to load gives way to the empty placeholder instead of a broken-image icon.
 */
export function ProfileImage({ src, size = 24 }: { src: string | undefined; size?: number }) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  if (!src || !isHttpUrl(src) || failedSrc === src) {
    return <span className="avatar avatar-empty" style={{ width: size, height: size }} aria-hidden="true" />;
  }
  return (
    <img
      className="avatar"
      src={src}
      alt=""
      width={size}
      height={size}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailedSrc(src)}
    />
  );
}
