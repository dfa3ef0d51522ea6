import { formatDateTime } from '../../lib/format.ts';
import { profileFieldLabels } from '../../lib/profile-field-labels.ts';

/** The permissions by the labels of the Permissions tab. */
const PERMISSION_LABELS: Readonly<Record<string, string>> = {
  incoming: 'Incoming messages',
  outgoing: 'Outgoing messages',
  calls: 'Calls',
  turn: 'TURN relay',
  storage: 'Message storage',
  groupCreate: 'Group creation',
  retention: 'Retention',
  webhook: 'Webhook',
  peers: 'Peers',
};

const TOKEN_FACTS: Readonly<Record<string, string>> = {
  expires: 'Token expiry',
  platforms: 'Token platforms',
  lastLogin: 'Last login',
};

/** Own keys only: a field named "constructor" must not find Object's. */
const labelIn = (labels: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(labels, key) ? labels[key] : undefined;

const deviceName = (device: string) => (device === 'default' ? 'default device' : device);

/**
 * A field path of the audit log ("profile.name", "token.phone.expires", "contact.bob@example.com") as
 * people read it. Paths the console does not know (a newer backend's) are shown as they are.
 */
export function fieldLabel(field: string): string {
  if (field === 'active') return 'Active';
  if (field === 'parent') return 'Linked to';
  if (field === 'app.defaultVisibility') return 'Default visibility';
  const [group = '', ...rest] = field.split('.');
  const key = rest.join('.');
  if (group === 'profile') {
    if (key.startsWith('custom.')) return `Custom field ${key.slice('custom.'.length)}`;
    return labelIn(profileFieldLabels, key) ?? field;
  }
  if (group === 'permissions') return labelIn(PERMISSION_LABELS, key) ?? field;
  // Addresses contain dots: everything after "contact." is the address.
  if (group === 'contact') return `Contact ${key}`;
  if (group === 'app' && key.startsWith('customField.')) return `Custom field definition ${key.slice('customField.'.length)}`;
  if (group === 'token' && key) {
    const fact = /^(.*)\.(expires|platforms|lastLogin)$/.exec(key);
    if (fact?.[1] && fact[2]) return `${labelIn(TOKEN_FACTS, fact[2]) ?? fact[2]} (${deviceName(fact[1])})`;
    return `Token (${deviceName(key)})`;
  }
  return field;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '(not set)';
  if (typeof value === 'string') {
    if (value === '') return '(empty)';
    return ISO_TIME.test(value) ? formatDateTime(Date.parse(value)) : value;
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * A before or after value as text (never markup): strings as they are, nothing as "(not set)", yes/no for
 * flags, times in the console's format, and records (a contact, a field definition) as "key: value" pairs.
 */
export function valueText(value: unknown): string {
  if (Array.isArray(value)) return value.map(scalarText).join(', ');
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .map(([key, entry]) => `${key}: ${scalarText(entry)}`)
      .join(', ');
  }
  return scalarText(value);
}

/** Values longer than this are cut in the table, with a button to show them whole. */
export const VALUE_PREVIEW_LENGTH = 80;

/**
 * The first characters of a long value, or null when it is short enough to show whole. Counted in code
 * points, so an emoji is never cut in half.
 */
export function previewOf(text: string): string | null {
  if (text.length <= VALUE_PREVIEW_LENGTH) return null;
  const characters = Array.from(text);
  if (characters.length <= VALUE_PREVIEW_LENGTH) return null;
  return `${characters.slice(0, VALUE_PREVIEW_LENGTH).join('').trimEnd()}…`;
}
