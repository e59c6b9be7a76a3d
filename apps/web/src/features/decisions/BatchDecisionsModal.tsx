import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Form, Modal, Progress, Select } from 'antd';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { isJobFinished, jobQueryOptions } from '../jobs/api';
import { sessionsForBatchQueryOptions, useBatchDecisions } from './api';
import { useLevelErrorText } from './error-text';

interface BatchResult {
  candidates?: number;
  requested?: number;
  recommended?: number;
  refused?: number;
  skipped?: Record<string, number>;
}

/** 批量生成定级建议: a pending request for every registered candidate of a published session, run
 * as a job whose progress is shown until it ends. */
export function BatchDecisionsModal({ open, onClose, onDone }: { open: boolean; onClose: () => void; onDone: (jobId: string) => void }) {
  const { t, tOr, formatDateTime } = useI18n();
  const levelLabel = useLevelLabel();
  const { levelErrorText } = useLevelErrorText();
  const sessions = useQuery({ ...sessionsForBatchQueryOptions(), enabled: open });
  const batch = useBatchDecisions();
  const [sessionId, setSessionId] = useState<string>();
  const [jobId, setJobId] = useState<string>();
  const [error, setError] = useState<string | null>(null);
  const job = useQuery({ ...jobQueryOptions(jobId ?? ''), enabled: !!jobId });
  const finished = isJobFinished(job.data);
  const result = (job.data?.result ?? {}) as BatchResult;
  const published = (sessions.data?.items ?? []).filter((s) => s.publishedAt);

  const start = () => {
    if (!sessionId) {
      setError(t('ld.batch.pickSession'));
      return;
    }
    setError(null);
    batch.mutate(sessionId, { onSuccess: ({ jobId: id }) => setJobId(id), onError: (e) => setError(levelErrorText(e)) });
  };

  const close = () => {
    if (jobId && finished) onDone(jobId);
    setJobId(undefined);
    setSessionId(undefined);
    setError(null);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('ld.batch.title')}
      onCancel={close}
      onOk={jobId ? close : start}
      okText={jobId ? (finished ? t('ld.batch.showResults') : t('common.close')) : t('ld.batch.start')}
      confirmLoading={batch.isPending}
      okButtonProps={testId('decision-batch-submit')}
      destroyOnHidden
    >
      {!jobId ? (
        <Form layout="vertical">
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ld.batch.hint')} />
          <Form.Item label={t('ld.batch.session')} required validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
            <Select<string>
              value={sessionId}
              onChange={setSessionId}
              loading={sessions.isPending}
              showSearch={{ optionFilterProp: 'label' }}
              data-testid="decision-batch-session"
              notFoundContent={t('ld.batch.noSessions')}
              options={published.map((s) => ({ value: s.id, label: `${s.title}（${levelLabel(s.level)}，${formatDateTime(s.opensAt)}）` }))}
            />
          </Form.Item>
        </Form>
      ) : (
        <div data-testid="decision-batch-job" data-state={job.data?.state ?? 'waiting'}>
          <Progress percent={job.data?.progress ?? 0} status={job.data?.state === 'failed' ? 'exception' : finished ? 'success' : 'active'} />
          {job.data?.state === 'failed' && <Alert type="error" showIcon title={job.data.error?.message ?? t('ld.batch.failed')} />}
          {job.data?.state === 'completed' && (
            <Descriptions size="small" column={2} style={{ marginTop: 12 }}>
              <Descriptions.Item label={t('ld.batch.candidates')}>{result.candidates ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('ld.batch.requested')}>{result.requested ?? 0}</Descriptions.Item>
              <Descriptions.Item label={t('ld.recommended')}>{result.recommended ?? 0}</Descriptions.Item>
              <Descriptions.Item label={t('ld.notRecommended')}>{result.refused ?? 0}</Descriptions.Item>
              <Descriptions.Item label={t('ld.batch.skipped')} span={2}>
                {Object.entries(result.skipped ?? {})
                  .filter(([, n]) => n > 0)
                  .map(([reason, n]) => `${tOr(`ld.batch.skip.${reason}`, reason)} ${n}`)
                  .join('，') || '0'}
              </Descriptions.Item>
            </Descriptions>
          )}
        </div>
      )}
    </Modal>
  );
}
