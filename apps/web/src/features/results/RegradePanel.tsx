import { useState, type HTMLAttributes } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, List, Popconfirm, Progress, Space, Table, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { richTextToPlain } from '../../lib/rich-text';
import { useErrorText } from '../../lib/use-error-text';
import { testId } from '../../lib/test-id';
import { isJobFinished, jobQueryOptions } from '../jobs/api';
import { regradeQueryOptions, regradesQueryOptions, useDecideRegrade, useRequestRegrade, type RegradeChangeDto, type RegradeDto } from './api';
import { PassTag } from './labels';
import { passFlip, scoreDelta } from './results-format';

const FLIP_BACKGROUND = { up: '#f6ffed', down: '#fff1f0' } as const;

function PreviewProgress({ regrade }: { regrade: RegradeDto }) {
  const { t } = useI18n();
  const job = useQuery({ ...jobQueryOptions(regrade.jobId ?? ''), enabled: regrade.jobId !== null });
  if (job.data?.state === 'failed') {
    return <Alert type="error" showIcon title={t('results.regrade.failed', { message: job.data.error?.message ?? '' })} data-testid="regrade-failed" />;
  }
  const percent = isJobFinished(job.data) ? 100 : Math.round(job.data?.progress ?? 0);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="regrade-previewing">
      <Progress percent={percent} status="active" />
      <Typography.Text type="secondary">{t('results.regrade.previewing')}</Typography.Text>
    </Space>
  );
}

function ChangesTable({ changes }: { changes: RegradeChangeDto[] }) {
  const { t } = useI18n();
  return (
    <Table<RegradeChangeDto>
      rowKey="attemptId"
      size="small"
      dataSource={changes}
      pagination={changes.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('results.regrade.noAttempts') }}
      data-testid="regrade-changes"
      onRow={(change) => {
        const flip = passFlip(change);
        return { 'data-testid': 'regrade-change', 'data-flip': flip ?? 'none', style: flip ? { background: FLIP_BACKGROUND[flip] } : undefined } as HTMLAttributes<HTMLElement>;
      }}
      columns={[
        {
          title: t('results.col.candidate'),
          key: 'candidate',
          render: (_value, change) => (
            <span>
              {change.candidateName} <Typography.Text type="secondary">{change.username}</Typography.Text>
            </span>
          ),
        },
        { title: t('results.regrade.col.oldScore'), dataIndex: 'oldScore', width: 90, align: 'right', render: (score: number | null) => (score === null ? '—' : score) },
        { title: t('results.regrade.col.newScore'), dataIndex: 'newScore', width: 90, align: 'right' },
        {
          title: t('results.regrade.col.delta'),
          key: 'delta',
          width: 90,
          align: 'right',
          render: (_value, change) => {
            const delta = scoreDelta(change);
            if (delta === null || delta === 0) return <Typography.Text type="secondary">0</Typography.Text>;
            return <Typography.Text type={delta > 0 ? 'success' : 'danger'}>{delta > 0 ? `+${delta}` : delta}</Typography.Text>;
          },
        },
        {
          title: t('results.regrade.col.passed'),
          key: 'passed',
          width: 220,
          render: (_value, change) => {
            const flip = passFlip(change);
            return (
              <Space size={4}>
                <PassTag passed={change.oldPassed} />
                <span>→</span>
                <PassTag passed={change.newPassed} />
                {flip && (
                  <Tag color={flip === 'up' ? 'green' : 'red'} data-testid="regrade-flip">
                    {t(flip === 'up' ? 'results.regrade.flipUp' : 'results.regrade.flipDown')}
                  </Tag>
                )}
              </Space>
            );
          },
        },
        { title: t('results.regrade.col.items'), dataIndex: 'itemsChanged', width: 90, align: 'right' },
      ]}
    />
  );
}

function ActiveRegrade({ id, sessionId, onDone }: { id: string; sessionId: string; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const regrade = useQuery(regradeQueryOptions(id));
  const decide = useDecideRegrade(sessionId);
  const [stale, setStale] = useState(false);
  const data = regrade.data;
  if (!data) return regrade.error ? <Alert type="error" showIcon title={t('common.loadFailed', { message: errorText(regrade.error) })} /> : <Progress percent={0} status="active" />;
  if (data.status !== 'previewing' && data.status !== 'ready') return null;

  const changed = data.changes.filter((change) => change.oldScore !== change.newScore).length;
  const flips = data.changes.filter((change) => passFlip(change) !== null).length;
  const run = (decision: 'confirm' | 'cancel') =>
    decide.mutate(
      { id, decision },
      {
        onSuccess: (result) => {
          void message.success(
            decision === 'confirm' ? t('results.regrade.applied', { attempts: result.attempts ?? 0, changed: result.scoreChanges ?? 0 }) : t('results.regrade.cancelled'),
          );
          onDone();
        },
        onError: (error) => {
          if (isApiError(error, 'REGRADE_STALE')) setStale(true);
          else void message.error(t('common.operationFailed', { message: errorText(error) }));
        },
      },
    );

  const cancelButton = (
    <Button loading={decide.isPending && decide.variables?.decision === 'cancel'} onClick={() => run('cancel')} data-testid="regrade-cancel">
      {t('results.regrade.cancel')}
    </Button>
  );
  if (data.status === 'previewing') {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <PreviewProgress regrade={data} />
        {cancelButton}
      </Space>
    );
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="regrade-ready">
      {(data.corrections ?? []).length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('results.regrade.corrections')}</Typography.Text>}
          dataSource={data.corrections ?? []}
          renderItem={(correction) => (
            <List.Item>
              <Space wrap>
                <Typography.Text ellipsis style={{ maxWidth: 520 }}>
                  {richTextToPlain(correction.stem)}
                </Typography.Text>
                <Tag>{t('results.regrade.version', { from: correction.fromVersion ?? '?', to: correction.toVersion ?? '?' })}</Tag>
              </Space>
            </List.Item>
          )}
        />
      )}
      <Alert
        type={flips > 0 ? 'warning' : 'info'}
        showIcon
        data-testid="regrade-summary"
        title={t('results.regrade.summary', { n: data.changes.length, changed, flips })}
      />
      <ChangesTable changes={data.changes} />
      {stale && <Alert type="warning" showIcon title={t('results.regrade.stale')} data-testid="regrade-stale" />}
      <Space>
        <Popconfirm
          title={t('results.regrade.confirmTitle')}
          description={t('results.regrade.confirmText', { n: data.changes.length })}
          onConfirm={() => run('confirm')}
          okButtonProps={testId('regrade-confirm-ok')}
        >
          <Button type="primary" loading={decide.isPending && decide.variables?.decision === 'confirm'} disabled={stale} data-testid="regrade-confirm">
            {t('results.regrade.confirm')}
          </Button>
        </Popconfirm>
        {cancelButton}
      </Space>
    </Space>
  );
}

/** 重新评分 after a key correction: start a preview job, follow it, review the score and
 * pass/fail changes, then confirm or cancel. */
export function RegradePanel({ sessionId }: { sessionId: string }) {
  const { t, tOr, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const regrades = useQuery(regradesQueryOptions(sessionId));
  const request = useRequestRegrade(sessionId);
  const [nothing, setNothing] = useState<string | null>(null);
  const items = regrades.data?.items ?? [];
  const active = items.find((r) => r.status === 'previewing' || r.status === 'ready');
  const history = items.filter((r) => r !== active);

  const start = () => {
    setNothing(null);
    request.mutate(undefined, {
      onError: (error) => {
        if (isApiError(error, 'REGRADE_NOTHING_TO_DO')) setNothing(t('results.regrade.nothing'));
        else void message.error(t('common.operationFailed', { message: errorText(error) }));
      },
    });
  };

  return (
    <Card size="small" title={t('results.regrade.title')} data-testid="regrade-panel">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('results.regrade.hint')}</Typography.Text>
        {!active && (
          <Button onClick={start} loading={request.isPending} data-testid="regrade-start">
            {t('results.regrade.start')}
          </Button>
        )}
        {nothing && <Alert type="info" showIcon closable={{ onClose: () => setNothing(null) }} title={nothing} data-testid="regrade-nothing" />}
        {active && <ActiveRegrade key={active.id} id={active.id} sessionId={sessionId} onDone={() => void regrades.refetch()} />}
        {history.length > 0 && (
          <List
            size="small"
            header={<Typography.Text type="secondary">{t('results.regrade.history')}</Typography.Text>}
            dataSource={history.slice(0, 5)}
            renderItem={(r) => (
              <List.Item>
                <Space wrap>
                  <span>{formatDateTime(r.createdAt)}</span>
                  <Tag>{tOr(`results.regrade.status.${r.status}`, r.status)}</Tag>
                  <span>{t('results.regrade.historyCount', { n: r.changes.length })}</span>
                  {r.appliedAt && <Typography.Text type="secondary">{t('results.regrade.appliedAt', { time: formatDateTime(r.appliedAt) })}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Space>
    </Card>
  );
}
