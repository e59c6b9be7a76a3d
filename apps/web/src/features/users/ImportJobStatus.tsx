import { Alert, Progress, Space, Typography } from 'antd';
import type { JobDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { ImportErrorsTable } from '../jobs/ImportErrorsTable';
import { useImportJob } from '../jobs/use-import-job';
import { importCreatedCount } from '../jobs/job-result';

/** Polls an import job and shows its progress, then the created count or every bad row. */
export function ImportJobStatus({ jobId, onFinished }: { jobId: string; onFinished: (job: JobDto) => void }) {
  const { t } = useI18n();
  const { errorText } = useErrorText();
  const { job, data, rows, percent, status } = useImportJob(jobId, onFinished);

  if (job.error && !data) return <Alert type="error" showIcon title={t('common.loadFailed', { message: errorText(job.error) })} />;
  const created = data?.state === 'completed' ? importCreatedCount(data) : null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-job">
      <Typography.Text data-testid="import-state">{data ? t(`import.state.${data.state}`) : t('import.state.waiting')}</Typography.Text>
      <Progress percent={percent} status={status} />
      {data?.state === 'completed' && (
        <Alert type="success" showIcon title={t('import.completed', { count: created ?? 0 })} data-testid="import-completed" />
      )}
      {data?.state === 'failed' && (
        <>
          <Alert
            type="error"
            showIcon
            title={rows.length > 0 ? t('import.failed') : t('import.failedMessage', { message: data.error?.message ?? '' })}
            data-testid="import-failed"
          />
          {rows.length > 0 && (
            <ImportErrorsTable rows={rows} testId="import-errors" />
          )}
        </>
      )}
    </Space>
  );
}
