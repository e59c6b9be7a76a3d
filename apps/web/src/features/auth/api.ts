import { queryOptions, useMutation, useQueryClient, type Query } from '@tanstack/react-query';
import type { LoginRequest, LoginResponse, UserDto } from '@cm/contracts';
import { api, isApiError } from '../../lib/api';

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

const isNotAuthQuery = (query: Query): boolean => query.queryKey[0] !== authKeys.all[0];

/** The signed-in user, or `null` when the cookie is missing or no longer valid (401). */
export const meQueryOptions = () =>
  queryOptions({
    queryKey: authKeys.me(),
    queryFn: async ({ signal }): Promise<UserDto | null> => {
      try {
        return await api.get<UserDto>('/api/auth/me', undefined, signal);
      } catch (error) {
        if (isApiError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => api.post<LoginResponse>('/api/auth/login', body),
    onSuccess: (response) => {
      // The API also sets the httpOnly session cookie; the token itself is not kept here.
      queryClient.removeQueries({ predicate: isNotAuthQuery });
      queryClient.setQueryData(authKeys.me(), response.user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      // Signed out first (the router leaves the protected pages), then forget everyone's data.
      queryClient.setQueryData(authKeys.me(), null);
      queryClient.removeQueries({ predicate: isNotAuthQuery });
    },
  });
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangePasswordRequest) => api.post<void>('/api/auth/change-password', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.me() }),
  });
}
