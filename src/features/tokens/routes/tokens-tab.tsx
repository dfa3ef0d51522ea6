/** The Tokens tab of the user page (being built). */
export function TokensTab() {
  return <h2>Tokens</h2>;
}
