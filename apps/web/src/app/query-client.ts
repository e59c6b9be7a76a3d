import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { authKeys } from '../features/auth/api';
import { isApiError } from '../lib/api';

/** One QueryClient for the app. A 401 `UNAUTHENTICATED` anywhere ends the session in the UI
 * (the router then shows the login page); a 403 `AUTH_PASSWORD_CHANGE_REQUIRED` reloads `me`,
 * which sends the user to the change-password page. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleSessionError(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => handleSessionError(client, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !(isApiError(error) && error.status > 0 && error.status < 500) && failureCount < 2,
      },
    },
  });
  return client;
}

function handleSessionError(client: QueryClient, error: unknown): void {
  if (isApiError(error, 'UNAUTHENTICATED')) {
    client.setQueryData(authKeys.me(), null);
  } else if (isApiError(error, 'AUTH_PASSWORD_CHANGE_REQUIRED')) {
    void client.invalidateQueries({ queryKey: authKeys.me() });
  }
}
