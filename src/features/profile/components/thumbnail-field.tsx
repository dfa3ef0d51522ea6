import { useRef, useState, type ChangeEvent } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { Field } from '../../../components/field.tsx';
import { PROFILE_LIMITS } from '../../../contract/index.ts';
import { errorMessage } from '../../../lib/backend-error.ts';
import type { ProfileFormInput } from '../forms/profile-form.ts';
import { makeThumbnail, thumbnailSrc } from '../thumbnail/make-thumbnail.ts';

/**
 * mesibo's `tn`: a small base64 picture. The admin picks any image file and the browser shrinks it to a
 * JPEG within the contract's limit, so nothing large or scriptable (SVG) is ever stored.
 */
export function ThumbnailField() {
  const { control } = useFormContext<ProfileFormInput>();
  const { field, fieldState } = useController({ control, name: 'tn' });
  const [making, setMaking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function onPick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setProblem(null);
    setMaking(true);
    try {
      field.onChange(await makeThumbnail(file));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setMaking(false);
      // The same file picked again (after "Remove") must fire change again.
      event.target.value = '';
    }
  }

  const value = field.value;
  const src = value ? thumbnailSrc(value) : null;
  return (
    <div className="thumbnail-field">
      <Field
        label="Thumbnail"
        error={problem ?? fieldState.error?.message}
        hint={`Pick a picture; a small JPEG copy (at most ${(PROFILE_LIMITS.tn / 1024).toFixed(0)} KiB) is made in the browser.`}
      >
        {(control) => <input {...control} ref={fileInput} type="file" accept="image/*" onChange={(event) => void onPick(event)} onBlur={field.onBlur} />}
      </Field>
      <div className="thumbnail-preview" aria-live="polite">
        {making ? (
          <p className="muted">Making the thumbnail…</p>
        ) : value ? (
          <>
            {src ? (
              <img src={src} alt="Thumbnail preview" className="thumbnail" />
            ) : (
              <p className="muted">The stored thumbnail is not a PNG, JPEG, WebP or GIF picture, so it is not shown.</p>
            )}
            <button
              type="button"
              onClick={() => {
                field.onChange('');
                fileInput.current?.focus();
              }}
            >
              Remove thumbnail
            </button>
          </>
        ) : (
          <p className="muted">No thumbnail.</p>
        )}
      </div>
    </div>
  );
}
