import { queryOptions } from '@tanstack/react-query';
import type { SyllabusNodeDto, TrackDto } from '@cm/contracts';
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
