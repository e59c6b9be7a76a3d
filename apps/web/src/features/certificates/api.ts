import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CandidateLevelDto, CertificateDto, CertificateVerificationDto, Page } from '@cm/contracts';
import { api, download } from '../../lib/api';

export interface CertificateListParams {
  candidateId?: string;
  trackId?: string;
  level?: number;
  revoked?: '1' | '0';
  code?: string;
  page: number;
  pageSize: number;
}

export const certificateKeys = {
  all: ['certificates'] as const,
  list: (params: CertificateListParams) => [...certificateKeys.all, 'list', params] as const,
  ofCandidate: (candidateId: string) => [...certificateKeys.all, 'candidate', candidateId] as const,
  levels: (candidateId: string) => [...certificateKeys.all, 'levels', candidateId] as const,
  verify: (code: string) => [...certificateKeys.all, 'verify', code] as const,
};

export const certificatesQueryOptions = (params: CertificateListParams) =>
  queryOptions({
    queryKey: certificateKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<CertificateDto>>('/api/certificates', { ...params }, signal),
    placeholderData: keepPreviousData,
  });

export const candidateCertificatesQueryOptions = (candidateId: string) =>
  queryOptions({
    queryKey: certificateKeys.ofCandidate(candidateId),
    queryFn: ({ signal }) => api.get<Page<CertificateDto>>(`/api/candidates/${candidateId}/certificates`, undefined, signal),
  });

export const levelHistoryQueryOptions = (candidateId: string) =>
  queryOptions({
    queryKey: certificateKeys.levels(candidateId),
    queryFn: ({ signal }) => api.get<CandidateLevelDto[]>(`/api/candidates/${candidateId}/levels`, undefined, signal),
  });

/** Public: no token needed; an unknown code is 404 NOT_FOUND. */
export const verifyQueryOptions = (code: string) =>
  queryOptions({
    queryKey: certificateKeys.verify(code),
    queryFn: ({ signal }) => api.get<CertificateVerificationDto>(`/api/certificates/${encodeURIComponent(code)}/verify`, undefined, signal),
    retry: false,
  });

export const downloadCertificatePdf = (code: string) => download(`/api/certificates/${encodeURIComponent(code)}/pdf`, `certificate-${code}.pdf`);

export const verifyPath = (code: string) => `/verify/${encodeURIComponent(code)}`;

export function useRevokeCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, reason }: { code: string; reason: string }) => api.post<CertificateDto>(`/api/certificates/${encodeURIComponent(code)}/revoke`, { reason }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: certificateKeys.all }), queryClient.invalidateQueries({ queryKey: ['level-decisions'] })]),
  });
}
