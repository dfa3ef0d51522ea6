/** /users/new: the create-user form (being built). */
export function NewUserRoute() {
  return <h1>New user</h1>;
}
