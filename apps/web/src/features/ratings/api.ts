import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  BatchCampaignRequest,
  CompetencyProfileDto,
  CreateCampaignRequest,
  Page,
  RaterRelationDto,
  RatingCampaignDto,
  RatingEntryDto,
  RatingFormDto,
  RatingListItemDto,
  RatingStatus,
  SaveRatingRequest,
} from '@cm/contracts';
import { api } from '../../lib/api';

export interface CampaignListParams {
  candidateId?: string;
  trackId?: string;
  status?: 'open' | 'cancelled';
  overdue?: '1' | '0';
  page: number;
  pageSize: number;
}

export interface RatingListParams {
  mine?: '1';
  overdue?: '1';
  status?: RatingStatus;
  page: number;
  pageSize: number;
}

/** GET /api/rating-campaigns/:id: the campaign with the aggregate per item. */
export interface CampaignEntryDto {
  ratingId: string;
  raterId: string;
  raterName: string;
  relation: RaterRelationDto;
  status: RatingStatus;
  level: number;
  proposedLevel: number | null;
  evidence: string | null;
  reason: string | null;
  observedIndicatorIds: string[] | null;
}

export interface CampaignItemDto {
  itemId: string;
  code: string;
  name: string;
  category: string;
  rating: number | null;
  byRelation: Record<RaterRelationDto, number | null>;
  disagreement: boolean;
  spread: number | null;
  selfIgnored: boolean;
  entries: CampaignEntryDto[];
}

export interface CampaignDetailDto extends RatingCampaignDto {
  items: CampaignItemDto[];
  aggregation: { policyVersion: number; raterWeights: Record<RaterRelationDto, number>; disagreementLevels: number };
}

export interface BatchCampaignResult {
  batchId: string;
  items: RatingCampaignDto[];
  total: number;
  skipped: { candidateId: string; reason: string }[];
}

export const ratingKeys = {
  all: ['ratings'] as const,
  campaigns: (params: CampaignListParams) => [...ratingKeys.all, 'campaigns', params] as const,
  campaign: (id: string) => [...ratingKeys.all, 'campaign', id] as const,
  list: (params: RatingListParams) => [...ratingKeys.all, 'list', params] as const,
  form: (id: string) => [...ratingKeys.all, 'form', id] as const,
  profile: (candidateId: string, trackId?: string, targetLevel?: number) => [...ratingKeys.all, 'profile', candidateId, trackId ?? '', targetLevel ?? 0] as const,
};

export const campaignsQueryOptions = (params: CampaignListParams) =>
  queryOptions({
    queryKey: ratingKeys.campaigns(params),
    queryFn: ({ signal }) => api.get<Page<RatingCampaignDto>>('/api/rating-campaigns', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const campaignQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ratingKeys.campaign(id),
    queryFn: ({ signal }) => api.get<CampaignDetailDto>(`/api/rating-campaigns/${id}`, undefined, signal),
  });

export const ratingsQueryOptions = (params: RatingListParams) =>
  queryOptions({
    queryKey: ratingKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<RatingListItemDto>>('/api/ratings', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const ratingFormQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ratingKeys.form(id),
    queryFn: ({ signal }) => api.get<RatingFormDto>(`/api/ratings/${id}`, undefined, signal),
    staleTime: 0,
  });

export const profileQueryOptions = (candidateId: string, trackId?: string, targetLevel?: number) =>
  queryOptions({
    queryKey: ratingKeys.profile(candidateId, trackId, targetLevel),
    queryFn: ({ signal }) => api.get<CompetencyProfileDto>(`/api/candidates/${candidateId}/competency-profile`, { trackId, targetLevel }, signal),
    enabled: !!candidateId,
  });

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCampaignRequest) => api.post<RatingCampaignDto>('/api/rating-campaigns', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ratingKeys.all }),
  });
}

export function useBatchCampaigns() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Partial<BatchCampaignRequest> & Pick<BatchCampaignRequest, 'trackId' | 'targetLevel' | 'supervisorId'>) =>
      api.post<BatchCampaignResult>('/api/rating-campaigns/batch', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ratingKeys.all }),
  });
}

export function useCancelCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => api.post<RatingCampaignDto>(`/api/rating-campaigns/${id}/cancel`, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ratingKeys.all }),
  });
}

export function useSaveRating(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveRatingRequest) => api.put<{ id: string; status: 'draft'; savedAt: string; entries: RatingEntryDto[] }>(`/api/ratings/${id}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...ratingKeys.all, 'list'] }),
  });
}

export function useSubmitRating(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ id: string; status: 'submitted'; submittedAt: string }>(`/api/ratings/${id}/submit`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ratingKeys.all }),
  });
}
