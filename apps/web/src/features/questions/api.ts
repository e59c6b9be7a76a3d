import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  CoverageCellDto,
  CoverageNeedDto,
  CreateQuestionRequest,
  ItemStatisticsDto,
  Page,
  QUESTION_SORTS,
  QuestionDto,
  QuestionListItemDto,
  QuestionStatus,
  QuestionType,
  QuestionUsage,
  QuestionVersionDto,
  Requirement,
  UpdateQuestionRequest,
} from '@cm/contracts';
import { api, buildUrl, download, upload } from '../../lib/api';

export type QuestionSort = (typeof QUESTION_SORTS)[number];

/** The list filters (also what an export takes). */
export interface QuestionFilter {
  trackId?: string;
  syllabusNodeId?: string;
  type?: QuestionType;
  status?: QuestionStatus;
  difficulty?: number;
  requirement?: Requirement;
  usage?: QuestionUsage;
  tag?: string;
  q?: string;
  authorId?: string;
  sort?: QuestionSort;
}

export interface QuestionListParams extends QuestionFilter {
  page: number;
  pageSize: number;
}

export interface BulkApproveResult {
  items: { id: string; ok: boolean; status?: QuestionStatus; error?: { code: string; message: string } }[];
  approved: number;
  total: number;
}

export interface AssetDto {
  id: string;
  url: string;
  mime: string;
  size: number;
}

export interface AuditEventDto {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
}

export type ImportFormat = 'xlsx' | 'moodle' | 'gift';
export type CoverageUsage = QuestionUsage;

export const questionKeys = {
  all: ['questions'] as const,
  lists: () => [...questionKeys.all, 'list'] as const,
  list: (params: QuestionListParams) => [...questionKeys.lists(), params] as const,
  reviewQueue: () => [...questionKeys.all, 'review-queue'] as const,
  detail: (id: string) => [...questionKeys.all, 'detail', id] as const,
  versions: (id: string) => [...questionKeys.detail(id), 'versions'] as const,
  statistics: (id: string) => [...questionKeys.detail(id), 'statistics'] as const,
  audit: (id: string) => [...questionKeys.detail(id), 'audit'] as const,
  coverage: (trackId: string, usage: CoverageUsage) => [...questionKeys.all, 'coverage', trackId, usage] as const,
};

export const questionListQueryOptions = (params: QuestionListParams) =>
  queryOptions({
    queryKey: questionKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<QuestionListItemDto>>('/api/questions', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

/** In review, oldest first (the queue filters out the reviewer's own versions). */
export const reviewQueueQueryOptions = () =>
  queryOptions({
    queryKey: questionKeys.reviewQueue(),
    queryFn: ({ signal }) =>
      api.get<Page<QuestionListItemDto>>('/api/questions', { status: 'in_review', sort: 'updatedAt', page: 1, pageSize: 200 }, signal),
    staleTime: 0,
  });

export const questionQueryOptions = (id: string) =>
  queryOptions({
    queryKey: questionKeys.detail(id),
    queryFn: ({ signal }) => api.get<QuestionDto>(`/api/questions/${id}`, undefined, signal),
  });

export const questionVersionsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: questionKeys.versions(id),
    queryFn: ({ signal }) => api.get<Page<QuestionVersionDto>>(`/api/questions/${id}/versions`, undefined, signal),
  });

export const questionStatisticsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: questionKeys.statistics(id),
    queryFn: ({ signal }) => api.get<{ items: ItemStatisticsDto[] }>(`/api/question-bank/questions/${id}/statistics`, undefined, signal),
  });

/** Officers only (the server refuses trainers). */
export const questionAuditQueryOptions = (id: string) =>
  queryOptions({
    queryKey: questionKeys.audit(id),
    queryFn: ({ signal }) =>
      api.get<Page<AuditEventDto>>('/api/audit-events', { entityType: 'question', entityId: id, pageSize: 200 }, signal),
  });

export const coverageQueryOptions = (trackId: string, usage: CoverageUsage) =>
  queryOptions({
    queryKey: questionKeys.coverage(trackId, usage),
    queryFn: ({ signal }) => api.get<{ items: CoverageCellDto[]; needs?: CoverageNeedDto[] }>('/api/question-bank/coverage', { trackId, usage }, signal),
  });

/** Any change to a question refreshes lists, queue, coverage and that question. */
function useQuestionMutation<V>(mutationFn: (variables: V) => Promise<QuestionDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (question) => {
      queryClient.setQueryData(questionKeys.detail(question.id), question);
      return queryClient.invalidateQueries({ queryKey: questionKeys.all });
    },
  });
}

export const useCreateQuestion = () => useQuestionMutation((body: CreateQuestionRequest) => api.post<QuestionDto>('/api/questions', body));
export const useUpdateQuestion = () =>
  useQuestionMutation(({ id, body }: { id: string; body: UpdateQuestionRequest }) => api.patch<QuestionDto>(`/api/questions/${id}`, body));
export const useSubmitQuestion = () => useQuestionMutation((id: string) => api.post<QuestionDto>(`/api/questions/${id}/submit`));
export const useApproveQuestion = () => useQuestionMutation((id: string) => api.post<QuestionDto>(`/api/questions/${id}/approve`));
export const useRetireQuestion = () => useQuestionMutation((id: string) => api.post<QuestionDto>(`/api/questions/${id}/retire`));
export const useRejectQuestion = () =>
  useQuestionMutation(({ id, comment }: { id: string; comment: string }) => api.post<QuestionDto>(`/api/questions/${id}/reject`, { comment }));

export function useBulkApprove() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[]) => api.post<BulkApproveResult>('/api/questions/bulk-approve', { ids }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: questionKeys.all }),
  });
}

export const uploadAsset = (file: File) => upload<AssetDto>('/api/assets', 'file', file, file.name);

export const downloadQuestionTemplate = () => download('/api/questions/import-template', 'question-import-template.xlsx');

const EXPORT_NAMES: Record<ImportFormat, string> = { xlsx: 'questions.xlsx', moodle: 'questions.xml', gift: 'questions.gift.txt' };

export const exportQuestions = (format: ImportFormat, filter: QuestionFilter) =>
  download(buildUrl('/api/questions/export', { ...filter, format }), EXPORT_NAMES[format]);

export interface StartImport {
  file: File;
  format: ImportFormat;
  trackId?: string;
  syllabusNodeId?: string;
  submit: boolean;
}

export function useStartQuestionImport() {
  return useMutation({
    mutationFn: ({ file, format, trackId, syllabusNodeId, submit }: StartImport) =>
      upload<{ jobId: string }>(buildUrl('/api/questions/import', { format, trackId, syllabusNodeId, submit }), 'file', file, file.name),
  });
}

export function useInvalidateQuestions() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: questionKeys.all });
}
