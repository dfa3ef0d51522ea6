import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { isHttpUrl, PROFILE_LIMITS } from '../../../contract/index.ts';
import type { ProfileFormInput } from '../forms/profile-form.ts';
import { TextInput } from './profile-inputs.tsx';

/**
 * "Image URL" with a live preview. Only http(s) URLs are ever put in an <img>: profile data is
 * user-supplied, and a javascript: or data: URL must not reach the page.
 */
export function ImageUrlField() {
  const { control } = useFormContext<ProfileFormInput>();
  const url = useWatch({ control, name: 'image' }).trim();
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  const previewable = url !== '' && isHttpUrl(url);
  return (
    <div className="image-url-field">
      <TextInput
        name="image"
        label="Image URL"
        type="url"
        hint={`The profile picture: an http:// or https:// address of at most ${PROFILE_LIMITS.image} characters.`}
      />
      <div className="image-preview" aria-live="polite">
        {previewable && failedUrl !== url ? (
          <img src={url} alt="Image preview" width={96} height={96} referrerPolicy="no-referrer" onError={() => setFailedUrl(url)} />
        ) : (
          <p className="muted">
            {previewable ? 'No picture could be loaded from this address.' : url ? 'A preview appears for http:// and https:// addresses.' : 'No picture.'}
          </p>
        )}
      </div>
    </div>
  );
}
