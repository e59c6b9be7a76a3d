import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrgUnitDto, Page } from '@cm/contracts';
import { api } from '../../lib/api';

export type OrgUnitKind = OrgUnitDto['kind'];
export const ORG_UNIT_KINDS: readonly OrgUnitKind[] = ['province', 'city', 'county'];

export const orgUnitKeys = {
  all: ['org-units'] as const,
  list: () => [...orgUnitKeys.all, 'list'] as const,
};

/** Every org unit (the tree needs them all), read 200 at a time. */
async function fetchAllOrgUnits(signal: AbortSignal): Promise<OrgUnitDto[]> {
  const items: OrgUnitDto[] = [];
  for (let page = 1; ; page += 1) {
    const result = await api.get<Page<OrgUnitDto>>('/api/org-units', { page, pageSize: 200 }, signal);
    items.push(...result.items);
    if (result.items.length === 0 || items.length >= result.total) return items;
  }
}

export const orgUnitsQueryOptions = () =>
  queryOptions({
    queryKey: orgUnitKeys.list(),
    queryFn: ({ signal }) => fetchAllOrgUnits(signal),
    staleTime: 5 * 60_000,
  });

export interface CreateOrgUnitRequest {
  name: string;
  parentId?: string | null;
  kind: OrgUnitKind;
}

export function useCreateOrgUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateOrgUnitRequest) => api.post<OrgUnitDto>('/api/org-units', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUnitKeys.all }),
  });
}
