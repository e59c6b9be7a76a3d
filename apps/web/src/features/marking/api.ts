import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Page, UserDto } from '@cm/contracts';
import { api } from '../../lib/api';

export interface RubricCriterionDto {
  criterion: string;
  maxPoints: number;
}

export interface CriterionScoreDto {
  criterion: string;
  points: number;
}

/** A blind marking task: the answer and its rubric, never who wrote it. */
export interface MarkingTaskDto {
  id: string;
  stem: string;
  response: string | null;
  rubric: RubricCriterionDto[];
  maxPoints: number;
  assigneeId: string | null;
  assigneeName: string | null;
  status: 'open' | 'done';
  /** 1, 2 (double marking); 3 = arbitration */
  round: number;
  type: string;
  sessionId: string;
  sessionTitle: string;
  createdAt: string;
  points?: number | null;
  scores?: CriterionScoreDto[] | null;
  comment?: string | null;
  markedAt?: string | null;
  /** Round 3 only: the two earlier marks, without the markers' names. */
  earlierMarks?: { round: number; points: number; scores: CriterionScoreDto[] | null; comment: string | null }[];
}

export interface ScoreTaskResult {
  id: string;
  status: 'done';
  points: number;
  item: 'final' | 'waiting' | 'arbitration';
  attemptStatus: string;
}

export interface WorkloadDto {
  markers: { markerId: string; name: string; open: number; done: number }[];
  sessions: { sessionId: string; title: string; open: number; unassigned: number; arbitration: number; done: number }[];
}

export type TaskStatusFilter = 'open' | 'done' | 'all';
export type TaskScope = 'all' | 'mine' | 'unassigned';

export interface TaskListParams {
  status: TaskStatusFilter;
  scope: TaskScope;
  sessionId?: string;
  page: number;
  pageSize: number;
}

export const markingKeys = {
  all: ['marking'] as const,
  lists: () => [...markingKeys.all, 'list'] as const,
  list: (params: TaskListParams) => [...markingKeys.lists(), params] as const,
  task: (id: string) => [...markingKeys.all, 'task', id] as const,
  workload: (sessionId?: string) => [...markingKeys.all, 'workload', sessionId ?? ''] as const,
  trainers: () => [...markingKeys.all, 'trainers'] as const,
};

export const taskListQueryOptions = (params: TaskListParams) =>
  queryOptions({
    queryKey: markingKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<MarkingTaskDto>>('/api/marking/tasks', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const taskQueryOptions = (id: string) =>
  queryOptions({
    queryKey: markingKeys.task(id),
    queryFn: ({ signal }) => api.get<MarkingTaskDto>(`/api/marking/tasks/${id}`, undefined, signal),
  });

export const workloadQueryOptions = (sessionId?: string) =>
  queryOptions({
    queryKey: markingKeys.workload(sessionId),
    queryFn: ({ signal }) => api.get<WorkloadDto>('/api/marking/workload', { sessionId }, signal),
    placeholderData: keepPreviousData,
  });

/** Active trainers, for distribution and assignment. */
export const trainersQueryOptions = () =>
  queryOptions({
    queryKey: markingKeys.trainers(),
    queryFn: async ({ signal }) => (await api.get<Page<UserDto>>('/api/users', { role: 'trainer', active: 'true', pageSize: 200 }, signal)).items,
    staleTime: 60_000,
  });

/** The next open task the caller may mark: in the same session first, then any (the server
 * orders arbitration first, then oldest). */
export async function nextOpenTask(current: Pick<MarkingTaskDto, 'id' | 'sessionId'>): Promise<MarkingTaskDto | undefined> {
  for (const sessionId of [current.sessionId, undefined]) {
    const page = await api.get<Page<MarkingTaskDto>>('/api/marking/tasks', { status: 'open', scope: 'all', sessionId, page: 1, pageSize: 5 });
    const next = page.items.find((task) => task.id !== current.id);
    if (next) return next;
  }
  return undefined;
}

export function useScoreTask(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { scores: CriterionScoreDto[]; comment?: string }) => api.post<ScoreTaskResult>(`/api/marking/tasks/${taskId}`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: markingKeys.all }),
  });
}

export function useAssignTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, trainerId }: { taskId: string; trainerId: string }) =>
      api.post<{ id: string; assigneeId: string }>(`/api/marking/tasks/${taskId}/assign`, { trainerId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: markingKeys.all }),
  });
}

export function useDistribute() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, trainerIds }: { sessionId: string; trainerIds?: string[] }) =>
      api.post<{ assigned: number; skipped: number }>(`/api/exam-sessions/${sessionId}/marking/distribute`, trainerIds?.length ? { trainerIds } : {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: markingKeys.all }),
  });
}
