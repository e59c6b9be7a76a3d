import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { JobDto } from '@cm/contracts';
import { isJobFinished, jobQueryOptions } from './api';
import { importRowErrors } from './job-result';

/** The antd Progress status of a job. */
export function jobProgressStatus(job: JobDto | undefined): 'active' | 'success' | 'exception' | 'normal' {
  if (job?.state === 'completed') return 'success';
  if (job?.state === 'failed') return 'exception';
  return job?.state === 'active' ? 'active' : 'normal';
}

/** Polls an import job, calls `onFinished` once when it ends, and exposes its row errors. */
export function useImportJob(jobId: string, onFinished: (job: JobDto) => void) {
  const job = useQuery(jobQueryOptions(jobId));
  const reported = useRef(false);
  const data = job.data;
  useEffect(() => {
    if (data && isJobFinished(data) && !reported.current) {
      reported.current = true;
      onFinished(data);
    }
  }, [data, onFinished]);
  return {
    job,
    data,
    rows: data?.state === 'failed' ? importRowErrors(data) : [],
    percent: isJobFinished(data) ? 100 : Math.round(data?.progress ?? 0),
    status: jobProgressStatus(data),
  };
}
