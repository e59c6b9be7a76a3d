import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserRequest, Page, Role, UpdateUserRequest, UserDto } from '@cm/contracts';
import { api, download, upload } from '../../lib/api';

export interface UserListParams {
  role?: Role;
  q?: string;
  orgUnitId?: string;
  active?: 'true' | 'false';
  page: number;
  pageSize: number;
}

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (params: UserListParams) => [...userKeys.lists(), params] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
  /** Counts shown on home pages (a page of one row, only `total` is read). */
  count: (filter: Omit<UserListParams, 'page' | 'pageSize'>) => [...userKeys.all, 'count', filter] as const,
};

export const userListQueryOptions = (params: UserListParams) =>
  queryOptions({
    queryKey: userKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<UserDto>>('/api/users', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const userCountQueryOptions = (filter: Omit<UserListParams, 'page' | 'pageSize'> = {}) =>
  queryOptions({
    queryKey: userKeys.count(filter),
    queryFn: async ({ signal }) => (await api.get<Page<UserDto>>('/api/users', { ...filter, page: 1, pageSize: 1 }, signal)).total,
  });

export const userQueryOptions = (id: string) =>
  queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => api.get<UserDto>(`/api/users/${id}`, undefined, signal),
    staleTime: 5 * 60_000,
  });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserRequest) => api.post<UserDto>('/api/users', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserRequest }) => api.patch<UserDto>(`/api/users/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      api.post<void>(`/api/users/${id}/reset-password`, { newPassword }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  });
}

export const downloadUserImportTemplate = () => download('/api/users/import-template', 'users-import-template.xlsx');

export function useStartUserImport() {
  return useMutation({
    mutationFn: (file: File) => upload<{ jobId: string }>('/api/users/import', 'file', file, file.name),
  });
}

/** After an import job completes the lists are refreshed through the factory. */
export function useInvalidateUsers() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: userKeys.all });
}
