import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Progress, Space } from 'antd';
import { z } from 'zod';
import type { JobDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { isJobFinished, jobQueryOptions } from '../jobs/api';
import { sessionKeys, useAssembleForms } from './api';

const shortfallsSchema = z.object({
  shortfalls: z.array(z.object({ type: z.string(), needed: z.number(), available: z.number() })),
});

/** The bank's short cells of a failed assembly job, as sentences. */
function useShortfallLines(job: JobDto | undefined): string[] {
  const { t, tOr } = useI18n();
  const parsed = shortfallsSchema.safeParse(job?.error?.details);
  if (!parsed.success) return [];
  return parsed.data.shortfalls.map((cell) =>
    t('sessions.forms.shortfall', { type: tOr(`qtype.${cell.type}`, cell.type), needed: cell.needed, available: cell.available }),
  );
}

function JobProgress({ jobId, onFinished }: { jobId: string; onFinished: () => void }) {
  const { t } = useI18n();
  const job = useQuery(jobQueryOptions(jobId));
  const data = job.data;
  const shortfalls = useShortfallLines(data);
  const reported = useRef(false);
  useEffect(() => {
    if (data && isJobFinished(data) && !reported.current) {
      reported.current = true;
      onFinished();
    }
  }, [data, onFinished]);
  const finished = isJobFinished(data);
  const status = data?.state === 'failed' ? 'exception' : data?.state === 'completed' ? 'success' : 'active';
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="forms-job" data-state={data?.state ?? 'waiting'}>
      <Progress percent={finished ? 100 : Math.round(data?.progress ?? 0)} status={status} />
      {!finished && <span>{t('sessions.forms.running')}</span>}
      {data?.state === 'completed' && <Alert type="success" showIcon title={t('sessions.forms.done')} data-testid="forms-done" />}
      {data?.state === 'failed' && (
        <Alert
          type="error"
          showIcon
          data-testid="forms-failed"
          title={t('sessions.forms.failed', { message: data.error?.message ?? '' })}
          description={shortfalls.length > 0 ? shortfalls.map((line) => <div key={line}>{line}</div>) : undefined}
        />
      )}
    </Space>
  );
}

/** 组卷: queues the assembly job and follows its progress. */
export function FormsJob({ sessionId, disabled }: { sessionId: string; disabled: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const queryClient = useQueryClient();
  const assemble = useAssembleForms(sessionId);
  const [jobId, setJobId] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const start = () =>
    assemble.mutate(undefined, {
      onSuccess: ({ jobId: id }) => {
        setJobId(id);
        setRunning(true);
      },
      onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })),
    });
  const finished = () => {
    setRunning(false);
    void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(sessionId) });
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button onClick={start} loading={assemble.isPending || running} disabled={disabled} data-testid="forms-assemble">
        {t('sessions.forms.assemble')}
      </Button>
      {jobId && <JobProgress key={jobId} jobId={jobId} onFinished={finished} />}
    </Space>
  );
}
