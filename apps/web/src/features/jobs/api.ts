import { queryOptions } from '@tanstack/react-query';
import type { JobDto } from '@cm/contracts';
import { api } from '../../lib/api';

export const jobKeys = {
  all: ['jobs'] as const,
  detail: (jobId: string) => [...jobKeys.all, jobId] as const,
};

export function isJobFinished(job: JobDto | undefined): boolean {
  return job?.state === 'completed' || job?.state === 'failed';
}

/** A job polled every second until it completes or fails. */
export const jobQueryOptions = (jobId: string) =>
  queryOptions({
    queryKey: jobKeys.detail(jobId),
    queryFn: ({ signal }) => api.get<JobDto>(`/api/jobs/${jobId}`, undefined, signal),
    refetchInterval: (query) => (isJobFinished(query.state.data) ? false : 1000),
    staleTime: 0,
  });
