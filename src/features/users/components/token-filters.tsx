import { useId } from 'react';
import { PLATFORM_LABELS } from '../../../lib/token-restriction.ts';
import { platformFilters, tokenFilters, type PlatformFilter, type TokenFilter } from '../url-state.ts';

const PLATFORM_OPTION_LABELS: Record<PlatformFilter, string> = { any: 'Any', ...PLATFORM_LABELS };
const TOKEN_OPTION_LABELS: Record<TokenFilter, string> = {
  any: 'Any',
  none: 'No valid token',
  expiringSoon: 'Expiring within 7 days',
};

interface TokenFiltersProps {
  platform: PlatformFilter;
  token: TokenFilter;
  onPlatformChange: (platform: PlatformFilter) => void;
  onTokenChange: (token: TokenFilter) => void;
  /** Which of the two the backend can filter by (capabilities' usersget.filters). */
  supportsPlatform: boolean;
  supportsToken: boolean;
}

/**
 * Filters on the users' access tokens: who can log in on a platform, who cannot log in at all, whose
 * token runs out within a week. Selects rather than radios: six platforms would crowd the toolbar.
 */
export function TokenFilters({
  platform,
  token,
  onPlatformChange,
  onTokenChange,
  supportsPlatform,
  supportsToken,
}: TokenFiltersProps) {
  const platformId = useId();
  const tokenId = useId();
  return (
    <>
      <div className="toolbar-select">
        <label htmlFor={platformId}>Token platform</label>
        <select
          id={platformId}
          value={platform}
          disabled={!supportsPlatform}
          onChange={(event) => {
            const value = platformFilters.find((each) => each === event.target.value);
            if (value) onPlatformChange(value);
          }}
        >
          {platformFilters.map((value) => (
            <option key={value} value={value}>
              {PLATFORM_OPTION_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="toolbar-select">
        <label htmlFor={tokenId}>Token</label>
        <select
          id={tokenId}
          value={token}
          disabled={!supportsToken}
          onChange={(event) => {
            const value = tokenFilters.find((each) => each === event.target.value);
            if (value) onTokenChange(value);
          }}
        >
          {tokenFilters.map((value) => (
            <option key={value} value={value}>
              {TOKEN_OPTION_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
