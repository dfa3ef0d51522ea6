/** The Contacts tab of the user page (being built). */
export function ContactsTab() {
  return <h2>Contacts</h2>;
}
