/** The Permissions tab of the user page (being built). */
export function PermissionsTab() {
  return <h2>Permissions</h2>;
}
