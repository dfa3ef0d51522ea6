import { peerModes, type Permissions } from '../../../contract/index.ts';

type Flag = Exclude<keyof Permissions, 'peers'>;

/**
 * Each permission's plain name (the QA contract selects by it) and what it does, with its default, in
 * words an admin who never read the mesibo docs understands.
 */
export const flagDescriptions: { key: Flag; label: string; help: string }[] = [
  { key: 'incoming', label: 'Incoming messages', help: 'Lets the user receive messages. On by default.' },
  { key: 'outgoing', label: 'Outgoing messages', help: 'Lets the user send messages. On by default.' },
  { key: 'calls', label: 'Calls', help: 'Lets the user make and receive voice and video calls. On by default.' },
  {
    key: 'turn',
    label: 'TURN relay',
    help: 'Relays calls through the TURN server when the two sides cannot connect directly (strict firewalls, mobile networks). On by default.',
  },
  {
    key: 'storage',
    label: 'Message storage',
    help: 'Stores the user’s messages on the server, so they are delivered when the other side comes online. On by default.',
  },
  { key: 'groupCreate', label: 'Group creation', help: 'Lets the user create groups. On by default.' },
  {
    key: 'retention',
    label: 'Retention',
    help: 'Keeps every message of the user in the database. On-premise installations only. Off by default.',
  },
  {
    key: 'webhook',
    label: 'Webhook',
    help: 'Sends the user’s messages to your webhook instead of delivering them through the real-time API. Off by default.',
  },
];

export type PeerMode = (typeof peerModes)[keyof typeof peerModes];

export const peerDescriptions: { value: PeerMode; label: string; help: string }[] = [
  { value: peerModes.all, label: 'All', help: 'Anyone in the app. The default.' },
  {
    value: peerModes.specificPeers,
    label: 'Specific peers only',
    help: 'Only the contacts the backend marked as pairs (the “Pair” flag on the Contacts tab).',
  },
  { value: peerModes.contactsOnly, label: 'Contacts only', help: 'Only users in this user’s contacts.' },
  { value: peerModes.favoritesOnly, label: 'Favorites only', help: 'Only contacts marked as favorite.' },
];
