import type { SortField, SortOrder } from '../../../contract/index.ts';

/** mesibo's "recent" users as directory presets: each is one sort, newest first. */
const PRESETS = [
  { label: 'Recently active', sort: 'lastSeen' },
  { label: 'Recently changed', sort: 'updatedAt' },
] as const satisfies readonly { label: string; sort: SortField }[];

interface SortPresetsProps {
  sort: SortField | undefined;
  order: SortOrder;
  /** The sorts the backend implements: a preset it cannot sort by is not offered. */
  supported: readonly SortField[];
  onChoose: (sort: SortField) => void;
}

/** Toggle buttons, each pressed while the directory is sorted its way (newest first). */
export function SortPresets({ sort, order, supported, onChoose }: SortPresetsProps) {
  return PRESETS.filter((preset) => supported.includes(preset.sort)).map((preset) => (
    <button
      key={preset.sort}
      type="button"
      className="toolbar-toggle"
      aria-pressed={sort === preset.sort && order === 'desc'}
      onClick={() => onChoose(preset.sort)}
    >
      {preset.label}
    </button>
  ));
}
