import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { type AdminJobDto, JOB_PAYLOADS, JOB_STATES, type JobName, type JobState } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { jobListQueryOptions, useRetryJob, type JobListParams } from './api';

const DEFAULT_PAGE_SIZE = 20;
const JOB_NAMES = Object.keys(JOB_PAYLOADS) as JobName[];
const STATE_COLORS: Record<JobState, string> = { waiting: 'default', active: 'processing', completed: 'success', failed: 'error' };

const isState = (v: string | null): v is JobState => JOB_STATES.some((s) => s === v);
const isName = (v: string | null): v is JobName => JOB_NAMES.some((n) => n === v);

/** The list lives in the URL: ?state=failed (the default) &name=&page=&pageSize=. "all" = no state filter. */
function paramsFromSearch(search: URLSearchParams): JobListParams {
  const state = search.get('state');
  const name = search.get('name');
  return {
    state: state === 'all' ? undefined : isState(state) ? state : 'failed',
    name: isName(name) ? name : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(search.get('pageSize')) || DEFAULT_PAGE_SIZE)),
  };
}

function searchFromParams(p: JobListParams): Record<string, string> {
  const out: Record<string, string> = { state: p.state ?? 'all' };
  if (p.name) out.name = p.name;
  if (p.page > 1) out.page = String(p.page);
  if (p.pageSize !== DEFAULT_PAGE_SIZE) out.pageSize = String(p.pageSize);
  return out;
}

/** Admins (系统管理 → 后台任务): jobs from the job rows in PostgreSQL — by default the failed
 * set with error and attempts — and a retry that re-dispatches the job (audited). */
export function JobsAdminPage() {
  const { t, tOr, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const [search, setSearch] = useSearchParams();
  const params = paramsFromSearch(search);
  const setParams = (next: JobListParams) => setSearch(searchFromParams(next), { replace: true });
  const jobs = useQuery(jobListQueryOptions(params));
  const retry = useRetryJob();
  const jobName = (name: string) => tOr(`jobsAdmin.name.${name}`, name);

  const onRetry = (job: AdminJobDto) =>
    retry.mutate(job.id, {
      onSuccess: () => void message.success(t('jobsAdmin.retried')),
      onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })),
    });

  return (
    <Card title={t('jobsAdmin.title')} data-testid="jobs-admin-page">
      <Alert type="info" showIcon title={t('jobsAdmin.hint')} style={{ marginBottom: 16 }} />
      <div className="page-toolbar">
        <Select<JobState | 'all'>
          value={params.state ?? 'all'}
          onChange={(state) => setParams({ ...params, state: state === 'all' ? undefined : state, page: 1 })}
          options={[{ value: 'all', label: t('common.all') }, ...JOB_STATES.map((s) => ({ value: s, label: t(`jobsAdmin.state.${s}`) }))]}
          style={{ width: 140 }}
          aria-label={t('jobsAdmin.filter.state')}
          data-testid="jobs-filter-state"
        />
        <Select<JobName>
          allowClear
          value={params.name}
          placeholder={t('jobsAdmin.filter.name')}
          onChange={(name) => setParams({ ...params, name, page: 1 })}
          options={JOB_NAMES.map((n) => ({ value: n, label: jobName(n) }))}
          style={{ width: 180 }}
          data-testid="jobs-filter-name"
        />
      </div>
      <QueryState query={jobs} rows={8}>
        <Table<AdminJobDto>
          rowKey="id"
          size="middle"
          dataSource={jobs.data?.items ?? []}
          loading={jobs.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('jobsAdmin.empty') }}
          data-testid="jobs-table"
          expandable={{
            expandedRowRender: (job) => (
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label={t('jobsAdmin.jobId')}>
                  <Typography.Text copyable>{job.id}</Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('jobsAdmin.runAt')}>{formatDateTime(job.runAt)}</Descriptions.Item>
                {job.error && (
                  <Descriptions.Item label={t('jobsAdmin.errorDetails')}>
                    <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', whiteSpace: 'pre-wrap' }}>{JSON.stringify(job.error, null, 2)}</pre>
                  </Descriptions.Item>
                )}
              </Descriptions>
            ),
          }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: jobs.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams({ ...params, page: pageSize !== params.pageSize ? 1 : page, pageSize }),
          }}
          columns={[
            { title: t('jobsAdmin.col.name'), dataIndex: 'name', render: jobName },
            { title: t('jobsAdmin.col.state'), dataIndex: 'state', render: (state: JobState) => <Tag color={STATE_COLORS[state]}>{t(`jobsAdmin.state.${state}`)}</Tag> },
            { title: t('jobsAdmin.col.attempts'), key: 'attempts', render: (_, job) => t('jobsAdmin.attempts', { attempts: job.attempts, max: job.maxAttempts }) },
            {
              title: t('jobsAdmin.col.error'),
              key: 'error',
              render: (_, job) =>
                job.error ? (
                  <Typography.Text type="danger" ellipsis={{ tooltip: job.error.message }} style={{ maxWidth: 360 }} data-testid="job-error">
                    {`${job.error.code}: ${job.error.message}`}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            { title: t('jobsAdmin.col.createdBy'), dataIndex: 'createdByName', render: (name: string | null) => name ?? t('jobsAdmin.system') },
            { title: t('jobsAdmin.col.updatedAt'), dataIndex: 'updatedAt', render: (at: string) => formatDateTime(at) },
            {
              title: t('common.actions'),
              key: 'actions',
              fixed: 'right',
              render: (_, job) =>
                job.state === 'failed' ? (
                  <Popconfirm title={t('jobsAdmin.retryConfirm')} onConfirm={() => onRetry(job)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                    <Button size="small" loading={retry.isPending && retry.variables === job.id} data-testid={`job-retry-${job.id}`}>
                      {t('jobsAdmin.retry')}
                    </Button>
                  </Popconfirm>
                ) : null,
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
