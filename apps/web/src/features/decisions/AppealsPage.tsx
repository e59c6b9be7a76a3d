import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Empty, Form, Input, Modal, Radio, Segmented, Table, Typography } from 'antd';
import type { AppealDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { tracksQueryOptions } from '../syllabus/api';
import { appealsQueryOptions, useDecideAppeal, type AppealListItem, type AppealListParams } from './api';
import { useLevelErrorText } from './error-text';
import { AppealStatusTag } from './labels';

/** 申诉处理 (officers): open appeals first; an officer not involved in the decision decides. */
export function AppealsPage() {
  const { t, formatDateTime } = useI18n();
  const levelLabel = useLevelLabel();
  const tracks = useQuery(tracksQueryOptions());
  const [params, setParams] = useState<AppealListParams>({ status: 'open', page: 1, pageSize: 20 });
  const appeals = useQuery(appealsQueryOptions(params));
  const [deciding, setDeciding] = useState<AppealListItem | null>(null);
  const trackName = (id: string) => tracks.data?.find((track) => track.id === id)?.name ?? '';

  return (
    <Card
      title={t('ap.listTitle')}
      data-testid="appeals-page"
      extra={
        <Segmented<string>
          value={params.status ?? 'all'}
          onChange={(value) => setParams({ ...params, page: 1, status: value === 'all' ? undefined : (value as AppealDto['status']) })}
          options={[
            { value: 'open', label: t('ap.status.open') },
            { value: 'granted', label: t('ap.status.granted') },
            { value: 'dismissed', label: t('ap.status.dismissed') },
            { value: 'all', label: t('common.all') },
          ]}
        />
      }
    >
      <QueryState query={appeals}>
        <Table<AppealListItem>
          rowKey="id"
          size="middle"
          scroll={{ x: 960 }}
          dataSource={appeals.data?.items ?? []}
          data-testid="appeals-table"
          locale={{ emptyText: <Empty description={t('ap.empty')} /> }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: appeals.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
          }}
          columns={[
            { title: t('rc.col.candidate'), dataIndex: 'candidateName', width: 110, render: (name: string, a) => <Link to={`/level-decisions/${a.decisionId}`}>{name}</Link> },
            { title: t('rc.col.track'), dataIndex: 'trackId', render: (id: string) => trackName(id) },
            { title: t('rc.col.targetLevel'), dataIndex: 'targetLevel', width: 80, render: (l: number) => levelLabel(l) },
            { title: t('ap.col.text'), dataIndex: 'text', render: (text: string) => <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>{text}</Typography.Paragraph> },
            { title: t('ap.col.filedAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
            { title: t('ap.col.status'), dataIndex: 'status', width: 90, render: (s: AppealDto['status']) => <AppealStatusTag status={s} /> },
            {
              title: t('common.actions'),
              key: 'decide',
              width: 100,
              render: (_v, a) =>
                a.status === 'open' ? (
                  <Button size="small" type="primary" onClick={() => setDeciding(a)} data-testid="appeal-decide">
                    {t('ap.decide')}
                  </Button>
                ) : (
                  <Typography.Text type="secondary">{a.reason}</Typography.Text>
                ),
            },
          ]}
        />
      </QueryState>
      {deciding && <DecideModal appeal={deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}

function DecideModal({ appeal, onClose }: { appeal: AppealListItem; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { levelErrorText } = useLevelErrorText();
  const decide = useDecideAppeal(appeal.id);
  const [form] = Form.useForm<{ outcome: 'granted' | 'dismissed'; reason: string }>();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal open title={t('ap.decideTitle', { name: appeal.candidateName })} onCancel={onClose} onOk={() => form.submit()} confirmLoading={decide.isPending} okButtonProps={testId('appeal-decide-submit')}>
      {error && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} data-testid="appeal-decide-error" />}
      <Typography.Paragraph>{appeal.text}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          decide.mutate(
            { outcome: values.outcome, reason: values.reason.trim() },
            {
              onSuccess: () => {
                void message.success(t(values.outcome === 'granted' ? 'ap.grantedDone' : 'ap.dismissedDone'));
                onClose();
              },
              onError: (e) => setError(levelErrorText(e)),
            },
          )
        }
      >
        <Form.Item name="outcome" label={t('ap.outcome')} rules={[{ required: true, message: t('ap.outcomeRequired') }]} extra={t('ap.outcomeHint')}>
          <Radio.Group
            options={[
              { value: 'granted', label: t('ap.outcome.granted') },
              { value: 'dismissed', label: t('ap.outcome.dismissed') },
            ]}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('ap.col.reason')} rules={[{ required: true, whitespace: true, message: t('lv.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
