/** The Presence tab of the user page (being built). */
export function PresenceTab() {
  return <h2>Presence</h2>;
}
