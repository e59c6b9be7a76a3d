import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { App, Button, Card, Empty, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import type { LevelDecisionDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { decisionsQueryOptions, useFileAppeal, type DecisionListParams } from './api';
import { useLevelErrorText } from './error-text';
import { AppealStatusTag, DecisionStatusTag, RecommendationTag } from './labels';
import { RecommendationView } from './RecommendationView';

/** 我的定级: the candidate's decisions with the recommendation's checks, and an appeal against a
 * rejection while the window (default 30 days) is open. */
export function MyDecisionsPage() {
  const { t, formatDate, formatDateTime } = useI18n();
  const levelLabel = useLevelLabel();
  const [params, setParams] = useState<DecisionListParams>({ page: 1, pageSize: 20 });
  const decisions = useQuery(decisionsQueryOptions(params));
  const [appealing, setAppealing] = useState<LevelDecisionDto | null>(null);
  const now = Date.now();

  return (
    <Card title={t('ld.myTitle')} data-testid="my-decisions-page">
      <QueryState query={decisions}>
        <Table<LevelDecisionDto>
          rowKey="id"
          size="middle"
          scroll={{ x: 900 }}
          dataSource={decisions.data?.items ?? []}
          data-testid="my-decisions-table"
          locale={{ emptyText: <Empty description={t('ld.myEmpty')} /> }}
          expandable={{ expandedRowRender: (d) => <RecommendationView recommendation={d.recommendation} /> }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: decisions.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams({ page, pageSize }),
          }}
          columns={[
            { title: t('rc.col.track'), dataIndex: 'trackName' },
            { title: t('rc.col.targetLevel'), dataIndex: 'targetLevel', width: 90, render: (l: number) => levelLabel(l) },
            { title: t('ld.col.recommendation'), key: 'rec', width: 110, render: (_v, d) => <RecommendationTag awarded={d.recommendation.awarded} /> },
            { title: t('rc.col.status'), dataIndex: 'status', width: 100, render: (s: LevelDecisionDto['status']) => <DecisionStatusTag status={s} /> },
            { title: t('ld.col.requestedAt'), dataIndex: 'requestedAt', width: 170, render: (v: string) => formatDateTime(v) },
            {
              title: t('ld.col.outcome'),
              key: 'outcome',
              render: (_v, d) => (
                <Space orientation="vertical" size={2}>
                  {d.rejectReason && <Typography.Text type="secondary">{t('ld.rejectReasonShort', { reason: d.rejectReason })}</Typography.Text>}
                  {d.effectiveAt && <span>{t('ld.effectiveOn', { date: formatDate(d.effectiveAt) })}</span>}
                  {d.certificate && (
                    <Link to="/my-certificates">
                      <Tag color={d.certificate.revokedAt ? 'red' : 'green'}>{d.certificate.code}</Tag>
                    </Link>
                  )}
                  {d.appeal && (
                    <span>
                      {t('ap.title')} <AppealStatusTag status={d.appeal.status} />
                      {d.appeal.reason && <Typography.Text type="secondary">{d.appeal.reason}</Typography.Text>}
                    </span>
                  )}
                </Space>
              ),
            },
            {
              title: t('common.actions'),
              key: 'appeal',
              width: 150,
              render: (_v, d) =>
                d.appealDeadline && Date.parse(d.appealDeadline) > now ? (
                  <Space orientation="vertical" size={0}>
                    <Button size="small" onClick={() => setAppealing(d)} data-testid="decision-appeal">
                      {t('ap.file')}
                    </Button>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('ap.deadline', { date: formatDateTime(d.appealDeadline) })}
                    </Typography.Text>
                  </Space>
                ) : null,
            },
          ]}
        />
      </QueryState>
      {appealing && <AppealModal decision={appealing} onClose={() => setAppealing(null)} />}
    </Card>
  );
}

function AppealModal({ decision, onClose }: { decision: LevelDecisionDto; onClose: () => void }) {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const { levelErrorText } = useLevelErrorText();
  const levelLabel = useLevelLabel();
  const appeal = useFileAppeal(decision.id);
  const [form] = Form.useForm<{ text: string }>();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={t('ap.fileTitle', { level: levelLabel(decision.targetLevel), track: decision.trackName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ap.submit')}
      confirmLoading={appeal.isPending}
      okButtonProps={testId('appeal-submit')}
    >
      <Typography.Paragraph type="secondary">{t('ap.fileHint', { date: formatDateTime(decision.appealDeadline) })}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          appeal.mutate(values.text.trim(), {
            onSuccess: () => {
              void message.success(t('ap.filed'));
              onClose();
            },
            onError: (e) => setError(levelErrorText(e)),
          })
        }
      >
        <Form.Item name="text" label={t('ap.text')} rules={[{ required: true, whitespace: true, message: t('ap.textRequired') }]} validateStatus={error ? 'error' : undefined} help={error ?? undefined}>
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="appeal-text" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
