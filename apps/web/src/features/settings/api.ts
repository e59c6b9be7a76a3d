import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Page, SettingDto } from '@cm/contracts';
import { api } from '../../lib/api';

export const settingKeys = {
  all: ['settings'] as const,
  list: () => [...settingKeys.all, 'list'] as const,
  versions: (key: string) => [...settingKeys.all, key, 'versions'] as const,
};

export const settingsQueryOptions = () =>
  queryOptions({
    queryKey: settingKeys.list(),
    queryFn: ({ signal }) => api.get<Page<SettingDto>>('/api/settings', { pageSize: 200 }, signal),
  });

export const settingVersionsQueryOptions = (key: string) =>
  queryOptions({
    queryKey: settingKeys.versions(key),
    queryFn: ({ signal }) =>
      api.get<Page<SettingDto>>(`/api/settings/${encodeURIComponent(key)}/versions`, { pageSize: 200 }, signal),
  });

export function useUpdateSetting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, value, note }: { key: string; value: unknown; note: string }) =>
      api.put<SettingDto>(`/api/settings/${encodeURIComponent(key)}`, { value, note }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingKeys.all }),
  });
}
