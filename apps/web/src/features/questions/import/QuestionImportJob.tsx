import { Alert, Button, Progress, Space, Typography } from 'antd';
import type { JobDto } from '@cm/contracts';
import { useI18n } from '../../../app/i18n/i18n';
import { useErrorText } from '../../../lib/use-error-text';
import { ImportErrorsTable } from '../../jobs/ImportErrorsTable';
import { useImportJob } from '../../jobs/use-import-job';
import { downloadCsv } from './csv';
import { questionImportResult } from './import-result';

/** Polls a question import job: progress, then the created count and possible duplicates, or
 * every bad row (第N行, 列, 错误) with a CSV download of them. */
export function QuestionImportJob({ jobId, onFinished }: { jobId: string; onFinished: (job: JobDto) => void }) {
  const { t } = useI18n();
  const { errorText } = useErrorText();
  const { job, data, rows, percent, status } = useImportJob(jobId, onFinished);

  if (job.error && !data) return <Alert type="error" showIcon title={t('common.loadFailed', { message: errorText(job.error) })} />;
  const result = data?.state === 'completed' ? questionImportResult(data) : null;

  const onDownload = () =>
    downloadCsv(t('qi.errorsFile'), [
      [t('qi.col.row'), t('qi.col.column'), t('qi.col.message')],
      ...rows.map((row) => [t('qi.rowN', { row: row.row }), row.column, row.message]),
    ]);

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="qi-job">
      <Typography.Text data-testid="qi-state">{data ? t(`import.state.${data.state}`) : t('import.state.waiting')}</Typography.Text>
      <Progress percent={percent} status={status} data-testid="qi-progress" />
      {data?.state === 'completed' && (
        <>
          <Alert type="success" showIcon title={t('qi.completed', { count: result?.created ?? 0 })} data-testid="qi-completed" />
          {result && result.duplicates.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('qi.duplicates', { count: result.duplicates.length })}
              description={
                <ul className="qi-duplicates" data-testid="qi-duplicates">
                  {result.duplicates.map((duplicate) => (
                    <li key={`${duplicate.row}-${duplicate.message}`}>
                      {t('qi.duplicateRow', { row: duplicate.row, message: duplicate.message })}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
        </>
      )}
      {data?.state === 'failed' && (
        <>
          <Alert
            type="error"
            showIcon
            title={rows.length > 0 ? t('qi.failed', { count: rows.length }) : t('import.failedMessage', { message: data.error?.message ?? '' })}
            action={
              rows.length > 0 ? (
                <Button size="small" onClick={onDownload} data-testid="qi-download-errors">
                  {t('qi.downloadErrors')}
                </Button>
              ) : undefined
            }
            data-testid="qi-failed"
          />
          {rows.length > 0 && (
            <ImportErrorsTable rows={rows} testId="qi-errors" />
          )}
        </>
      )}
    </Space>
  );
}
