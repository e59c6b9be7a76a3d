import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  ClassProgressDto, CourseDto, CreateCourseRequest, LearningCentreDto, MockExamDto, MockExamSummaryDto, Page, PracticeFeedbackDto, PracticeSetDto, SelfStudyDto,
  TrainingCandidateDto, TrainingRecordDto, WrongAnswerDto,
} from '@cm/contracts';
import { api } from '../../lib/api';

export const trainingKeys = {
  all: ['training'] as const,
  centre: (trackId: string | undefined, level: number | undefined) => [...trainingKeys.all, 'centre', trackId ?? '', level ?? 0] as const,
  set: (id: string) => [...trainingKeys.all, 'set', id] as const,
  mocks: (page: number) => [...trainingKeys.all, 'mocks', page] as const,
  mock: (id: string) => [...trainingKeys.all, 'mock', id] as const,
  wrong: (params: WrongListParams) => [...trainingKeys.all, 'wrong', params] as const,
  selfStudy: (params: SelfStudyParams) => [...trainingKeys.all, 'self-study', params] as const,
  records: (candidateId: string) => [...trainingKeys.all, 'records', candidateId] as const,
  courses: (page: number) => [...trainingKeys.all, 'courses', page] as const,
  course: (id: string) => [...trainingKeys.all, 'course', id] as const,
  candidates: (q: string) => [...trainingKeys.all, 'candidates', q] as const,
  progress: (orgUnitId: string, trackId: string, level: number) => [...trainingKeys.all, 'progress', orgUnitId, trackId, level] as const,
};

export interface WrongListParams {
  page: number;
  pageSize: number;
  trackId?: string;
  chapterId?: string;
  status?: 'open' | 'mastered';
}
export interface SelfStudyParams {
  page: number;
  pageSize: number;
  status?: SelfStudyDto['status'];
}
export type WrongAnswerPage = Page<WrongAnswerDto> & { byChapter: { chapterId: string; title: string; open: number; mastered: number }[] };

export const learningCentreQueryOptions = (trackId?: string, level?: number) =>
  queryOptions({
    queryKey: trainingKeys.centre(trackId, level),
    queryFn: ({ signal }) => api.get<LearningCentreDto>('/api/training/learning-centre', { trackId, level }, signal),
    placeholderData: keepPreviousData,
  });

export const practiceSetQueryOptions = (id: string) =>
  queryOptions({ queryKey: trainingKeys.set(id), queryFn: ({ signal }) => api.get<PracticeSetDto>(`/api/training/practice-sets/${id}`, undefined, signal) });

export const mockExamsQueryOptions = (page: number) =>
  queryOptions({
    queryKey: trainingKeys.mocks(page),
    queryFn: ({ signal }) => api.get<Page<MockExamSummaryDto>>('/api/training/mock-exams', { page, pageSize: 10 }, signal),
    placeholderData: keepPreviousData,
  });

/** Loaded once per visit while in progress: `serverNow` must be fresh for the countdown. */
export const mockExamQueryOptions = (id: string) =>
  queryOptions({
    queryKey: trainingKeys.mock(id),
    queryFn: ({ signal }) => api.get<MockExamDto>(`/api/training/mock-exams/${id}`, undefined, signal),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const wrongAnswersQueryOptions = (params: WrongListParams) =>
  queryOptions({
    queryKey: trainingKeys.wrong(params),
    queryFn: ({ signal }) => api.get<WrongAnswerPage>('/api/training/wrong-answers', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const selfStudyQueryOptions = (params: SelfStudyParams) =>
  queryOptions({
    queryKey: trainingKeys.selfStudy(params),
    queryFn: ({ signal }) => api.get<Page<SelfStudyDto>>('/api/training/self-study', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const trainingRecordsQueryOptions = (candidateId: string) =>
  queryOptions({
    queryKey: trainingKeys.records(candidateId),
    queryFn: ({ signal }) =>
      api.get<Page<TrainingRecordDto> & { totals: { trackId: string; level: number; hours: number; required: number | null }[] }>(`/api/candidates/${candidateId}/training-records`, { pageSize: 50 }, signal),
  });

export const coursesQueryOptions = (page: number) =>
  queryOptions({
    queryKey: trainingKeys.courses(page),
    queryFn: ({ signal }) => api.get<Page<CourseDto>>('/api/training/courses', { page, pageSize: 10 }, signal),
    placeholderData: keepPreviousData,
  });

export const courseQueryOptions = (id: string) =>
  queryOptions({ queryKey: trainingKeys.course(id), queryFn: ({ signal }) => api.get<CourseDto>(`/api/training/courses/${id}`, undefined, signal) });

export const trainingCandidatesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: trainingKeys.candidates(q),
    queryFn: ({ signal }) => api.get<Page<TrainingCandidateDto>>('/api/training/candidates', { q, pageSize: 30 }, signal),
    placeholderData: keepPreviousData,
  });

export const classProgressQueryOptions = (orgUnitId: string, trackId: string, level: number) =>
  queryOptions({
    queryKey: trainingKeys.progress(orgUnitId, trackId, level),
    queryFn: ({ signal }) => api.get<ClassProgressDto>('/api/training/class-progress', { orgUnitId, trackId, level }, signal),
    placeholderData: keepPreviousData,
  });

export function useCreatePracticeSet() {
  return useMutation({
    mutationFn: (body: { trackId: string; level: number; chapterId?: string; source?: 'chapter' | 'wrong_book'; size?: number }) =>
      api.post<PracticeSetDto>('/api/training/practice-sets', body),
  });
}

export function useAnswerPractice(setId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, response }: { itemId: string; response: unknown }) =>
      api.post<PracticeFeedbackDto>(`/api/training/practice-sets/${setId}/items/${itemId}/answers`, { response }),
    onSuccess: (feedback) => {
      queryClient.setQueryData<PracticeSetDto>(trainingKeys.set(setId), (old) => (old ? { ...old, feedback: { ...old.feedback, [feedback.itemId]: feedback } } : old));
    },
  });
}

export function useStartMockExam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { trackId: string; level: number }) => api.post<MockExamDto>('/api/training/mock-exams', body),
    onSuccess: (mock) => {
      queryClient.setQueryData(trainingKeys.mock(mock.id), mock);
      void queryClient.invalidateQueries({ queryKey: [...trainingKeys.all, 'mocks'] });
    },
  });
}

export const saveMockAnswer = (id: string, itemId: string, response: unknown, seq: number) =>
  api.put<{ savedAt: string; seq: number }>(`/api/training/mock-exams/${id}/answers/${itemId}`, { response, seq });

export function useSubmitMockExam(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<MockExamDto>(`/api/training/mock-exams/${id}/submit`),
    onSuccess: (mock) => {
      queryClient.setQueryData(trainingKeys.mock(id), mock);
      void queryClient.invalidateQueries({ queryKey: trainingKeys.all, predicate: (q) => q.queryKey[1] !== 'mock' });
    },
  });
}

export function useMarkMastered() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ id: string; status: 'mastered'; masteredAt: string }>(`/api/training/wrong-answers/${id}/mastered`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export function useSubmitSelfStudy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { trackId: string; level: number; hours: number; title: string; studiedOn: string; note?: string }) => api.post<SelfStudyDto>('/api/training/self-study', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export function useDecideSelfStudy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision, reason }: { id: string; decision: 'confirm' | 'reject'; reason?: string }) =>
      api.post<SelfStudyDto>(`/api/training/self-study/${id}/${decision}`, decision === 'reject' ? { reason } : undefined),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}

export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCourseRequest) => api.post<CourseDto>('/api/training/courses', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.all }),
  });
}
