import { useQuery } from '@tanstack/react-query';
import { userQueryOptions } from './api';

/** A user's display name from its id (admins and officers may read users); the id while loading
 * or when the user cannot be read. */
export function UserName({ id }: { id: string }) {
  const user = useQuery({ ...userQueryOptions(id), retry: false });
  return <span title={user.data?.username}>{user.data?.displayName ?? id}</span>;
}
