import { useNavigate } from 'react-router';
import { GuardedButton } from '../../../components/role-guard.tsx';
import { paths } from '../../../config/paths.ts';

/**
 * "New user" opens the create-user form. A button, not a link, because the QA contract (PRODUCT.md §5)
 * names it a button; the form has its own URL (/users/new) for anyone who wants to link to it.
 */
export function NewUserButton() {
  const navigate = useNavigate();
  return (
    <GuardedButton action="createUser" className="new-user" onClick={() => void navigate(paths.newUser())}>
      New user
    </GuardedButton>
  );
}
