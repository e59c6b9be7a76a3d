import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSyllabusNodeRequest, Requirement, SyllabusNodeDto, TrackDto } from '@cm/contracts';
import { api } from '../../lib/api';

export const trackKeys = {
  all: ['tracks'] as const,
  list: () => [...trackKeys.all, 'list'] as const,
  syllabus: (trackId: string) => [...trackKeys.all, trackId, 'syllabus'] as const,
};

export const tracksQueryOptions = () =>
  queryOptions({
    queryKey: trackKeys.list(),
    queryFn: ({ signal }) => api.get<TrackDto[]>('/api/tracks', undefined, signal),
    staleTime: 10 * 60_000,
  });

export const syllabusQueryOptions = (trackId: string) =>
  queryOptions({
    queryKey: trackKeys.syllabus(trackId),
    queryFn: ({ signal }) => api.get<{ nodes: SyllabusNodeDto[] }>(`/api/tracks/${trackId}/syllabus`, undefined, signal),
    staleTime: 5 * 60_000,
  });

export interface UpdateSyllabusNodeRequest {
  code?: string;
  title?: string;
  requirement?: Requirement | null;
  levels?: number[];
}

/** Every edit refreshes the track's syllabus (positions of the siblings change with a move). */
function useSyllabusMutation<V, R>(trackId: string, mutationFn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: trackKeys.syllabus(trackId) }),
  });
}

export function useCreateSyllabusNode(trackId: string) {
  return useSyllabusMutation(trackId, (body: CreateSyllabusNodeRequest) => api.post<SyllabusNodeDto>('/api/syllabus-nodes', body));
}

export function useUpdateSyllabusNode(trackId: string) {
  return useSyllabusMutation(trackId, ({ id, body }: { id: string; body: UpdateSyllabusNodeRequest }) =>
    api.patch<SyllabusNodeDto>(`/api/syllabus-nodes/${id}`, body),
  );
}

export function useMoveSyllabusNode(trackId: string) {
  return useSyllabusMutation(trackId, ({ id, parentId, position }: { id: string; parentId: string | null; position: number }) =>
    api.post<SyllabusNodeDto[]>(`/api/syllabus-nodes/${id}/move`, { parentId, position }),
  );
}

export function useDeleteSyllabusNode(trackId: string) {
  return useSyllabusMutation(trackId, (id: string) => api.delete<void>(`/api/syllabus-nodes/${id}`));
}
