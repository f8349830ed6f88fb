import { homePathForRole } from '../api/roles.ts';
import { Link } from '../router/Link.tsx';
import { PageHeading } from './PageHeading.tsx';
import { useSession } from './session.tsx';
import { useDocumentTitle } from './useAsync.ts';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  const { session } = useSession();
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>
        There is no page at this address. <Link to={homePathForRole(session.user.role)}>Go to your home page</Link>.
      </p>
    </>
  );
}
