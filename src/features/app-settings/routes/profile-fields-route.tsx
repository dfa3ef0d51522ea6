/** /settings/profile-fields: custom profile field definitions and the visibility default (being built). */
export function ProfileFieldsRoute() {
  return <h1>Profile fields</h1>;
}
