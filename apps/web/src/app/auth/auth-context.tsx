import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Role, UserDto } from '@cm/contracts';
import { meQueryOptions } from '../../features/auth/api';

export interface AuthState {
  /** `undefined` while loading, `null` when signed out. */
  user: UserDto | null | undefined;
  loading: boolean;
  error: Error | null;
  retry: () => void;
  hasRole: (role: Role) => boolean;
  hasAnyRole: (roles: readonly Role[]) => boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const me = useQuery(meQueryOptions());
  const { data: user, isPending, error, refetch } = me;

  const value = useMemo<AuthState>(() => {
    const roles = new Set<Role>(user?.roles ?? []);
    return {
      user: isPending ? undefined : (user ?? null),
      loading: isPending,
      error,
      retry: () => void refetch(),
      hasRole: (role) => roles.has(role),
      hasAnyRole: (wanted) => wanted.some((role) => roles.has(role)),
    };
  }, [user, isPending, error, refetch]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside AuthProvider');
  return value;
}

/** The signed-in user; only for components rendered behind `RequireAuth`. */
export function useCurrentUser(): UserDto {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser needs a signed-in user');
  return user;
}
