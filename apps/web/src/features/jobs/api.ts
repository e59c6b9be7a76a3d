import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { AdminJobDto, JobDto, JobName, JobState, Page } from '@cm/contracts';
import { api } from '../../lib/api';

export interface JobListParams {
  state?: JobState;
  name?: JobName;
  page: number;
  pageSize: number;
}

export const jobKeys = {
  all: ['jobs'] as const,
  detail: (jobId: string) => [...jobKeys.all, jobId] as const,
  list: (params: JobListParams) => [...jobKeys.all, 'list', params] as const,
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

/** Admins: jobs by state and type, newest change first. */
export const jobListQueryOptions = (params: JobListParams) =>
  queryOptions({
    queryKey: jobKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<AdminJobDto>>('/api/jobs', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

/** Re-dispatches a failed job (audited on the server). */
export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => api.post<JobDto>(`/api/jobs/${jobId}/retry`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}
