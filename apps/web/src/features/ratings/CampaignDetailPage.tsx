import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { RatingSummaryDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { useScaleName } from '../competency/labels';
import { useLevelErrorText } from '../decisions/error-text';
import { campaignQueryOptions, useCancelCampaign, type CampaignDetailDto, type CampaignItemDto } from './api';
import { CampaignStatusTag, RatingStatusTag, RelationTag } from './labels';
import { ReasonModal } from './ReasonModal';

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n.toFixed(1));

/** One campaign (officers): each rater's status, and per item every rater's level, the
 * relation means, the weighted rating and the disagreement flag. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const campaign = useQuery(campaignQueryOptions(id));
  return <QueryState query={campaign}>{campaign.data && <CampaignDetail campaign={campaign.data} />}</QueryState>;
}

function CampaignDetail({ campaign }: { campaign: CampaignDetailDto }) {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const levelLabel = useLevelLabel();
  const scaleName = useScaleName();
  const { levelErrorText } = useLevelErrorText();
  const cancel = useCancelCampaign(campaign.id);
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const weights = campaign.aggregation.raterWeights;
  const disagreements = campaign.items.filter((item) => item.disagreement).length;
  const profileLink = `/competency-profile?candidateId=${campaign.candidateId}&trackId=${campaign.trackId}&targetLevel=${campaign.targetLevel}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="campaign-detail">
      <Card
        title={t('rc.detailTitle', { name: campaign.candidateName })}
        extra={
          <Space wrap>
            <Link to={profileLink}>
              <Button data-testid="campaign-profile">{t('rc.viewProfile')}</Button>
            </Link>
            {campaign.status === 'open' && (
              <Button danger onClick={() => setCancelling(true)} data-testid="campaign-cancel">
                {t('rc.cancel')}
              </Button>
            )}
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('rc.col.track')}>{campaign.trackName}</Descriptions.Item>
          <Descriptions.Item label={t('rc.col.targetLevel')}>{levelLabel(campaign.targetLevel)}</Descriptions.Item>
          <Descriptions.Item label={t('rc.col.status')}>
            <CampaignStatusTag status={campaign.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('rc.col.due')}>
            {campaign.dueAt ? formatDateTime(campaign.dueAt) : '—'} {campaign.overdue && <Tag color="red">{t('rt.overdue')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('rc.col.versions')}>{t('rc.versions', { model: campaign.model.version, policy: campaign.policyVersion })}</Descriptions.Item>
          <Descriptions.Item label={t('rc.col.progress')}>{`${campaign.progress.submitted}/${campaign.progress.total}`}</Descriptions.Item>
          {campaign.note && <Descriptions.Item label={t('rc.field.note')}>{campaign.note}</Descriptions.Item>}
          {campaign.cancelReason && <Descriptions.Item label={t('rc.cancelReason')}>{campaign.cancelReason}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card title={t('rc.raters')} size="small">
        <Table<RatingSummaryDto>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={campaign.ratings}
          data-testid="campaign-raters"
          columns={[
            { title: t('rc.col.rater'), dataIndex: 'raterName' },
            { title: t('rt.col.relation'), dataIndex: 'relation', width: 100, render: (r: RatingSummaryDto['relation']) => <RelationTag relation={r} /> },
            { title: t('rt.col.status'), dataIndex: 'status', width: 100, render: (s: RatingSummaryDto['status']) => <RatingStatusTag status={s} /> },
            { title: t('rt.savedAt'), dataIndex: 'savedAt', width: 170, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
            { title: t('rc.col.submittedAt'), dataIndex: 'submittedAt', width: 170, render: (v: string | null) => (v ? formatDateTime(v) : '—') },
            {
              title: t('common.actions'),
              key: 'view',
              width: 90,
              render: (_v, r) =>
                r.status === 'pending' ? null : (
                  <Link to={`/my-ratings/${r.id}`}>
                    <Button size="small" type="link">
                      {t('common.view')}
                    </Button>
                  </Link>
                ),
            },
          ]}
        />
      </Card>
      <Card title={t('rc.aggregate')} size="small">
        <Typography.Paragraph type="secondary">
          {t('rc.aggregateHint', { supervisor: weights.supervisor, peer: weights.peer, self: weights.self, levels: campaign.aggregation.disagreementLevels, policy: campaign.aggregation.policyVersion })}
        </Typography.Paragraph>
        {disagreements > 0 && <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('rc.disagreements', { n: disagreements })} data-testid="campaign-disagreements" />}
        <Table<CampaignItemDto>
          rowKey="itemId"
          size="small"
          pagination={false}
          scroll={{ x: 900 }}
          dataSource={campaign.items}
          data-testid="campaign-items"
          expandable={{
            rowExpandable: (item) => item.entries.some((e) => e.evidence || e.reason),
            expandedRowRender: (item) => (
              <ul style={{ margin: 0 }}>
                {item.entries
                  .filter((e) => e.evidence || e.reason)
                  .map((e) => (
                    <li key={e.ratingId}>
                      <Typography.Text strong>{e.raterName}</Typography.Text>（{t(`rt.relation.${e.relation}`)}，{e.level} {scaleName(e.level)}）
                      {e.evidence && <div>{t('rt.evidence')}：{e.evidence}</div>}
                      {e.reason && <div>{t('rt.reason')}：{e.reason}</div>}
                    </li>
                  ))}
              </ul>
            ),
          }}
          columns={[
            { title: t('cm.col.item'), dataIndex: 'name', width: 140 },
            { title: t('cm.col.category'), dataIndex: 'category', width: 110 },
            ...campaign.ratings.map((rater) => ({
              title: (
                <Tooltip title={t(`rt.relation.${rater.relation}`)}>
                  <span>{rater.raterName}</span>
                </Tooltip>
              ),
              key: rater.id,
              width: 90,
              align: 'center' as const,
              render: (_v: unknown, item: CampaignItemDto) => {
                const entry = item.entries.find((e) => e.ratingId === rater.id);
                if (!entry) return <Typography.Text type="secondary">—</Typography.Text>;
                return <Typography.Text type={entry.status === 'submitted' ? undefined : 'secondary'}>{entry.level}</Typography.Text>;
              },
            })),
            { title: t('rt.relation.supervisor'), key: 'sup', width: 70, align: 'center' as const, render: (_v: unknown, item) => fmt(item.byRelation.supervisor) },
            { title: t('rt.relation.peer'), key: 'peer', width: 70, align: 'center' as const, render: (_v: unknown, item) => fmt(item.byRelation.peer) },
            { title: t('rt.relation.self'), key: 'self', width: 70, align: 'center' as const, render: (_v: unknown, item) => (item.selfIgnored ? <Tooltip title={t('rc.selfIgnored')}>{`(${fmt(item.byRelation.self)})`}</Tooltip> : fmt(item.byRelation.self)) },
            { title: t('rc.col.rating'), dataIndex: 'rating', width: 80, align: 'center' as const, render: (r: number | null) => <Typography.Text strong>{fmt(r)}</Typography.Text> },
            {
              title: t('rc.col.disagreement'),
              key: 'flag',
              width: 100,
              render: (_v: unknown, item) => (item.disagreement ? <Tag color="red" data-testid="campaign-disagreement">{t('rc.disagreement', { spread: item.spread ?? '' })}</Tag> : null),
            },
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('rc.unsubmittedNote')}
        </Typography.Text>
      </Card>
      <ReasonModal
        open={cancelling}
        title={t('rc.cancelTitle')}
        label={t('rc.cancelReason')}
        danger
        loading={cancel.isPending}
        error={cancelError}
        testIdPrefix="campaign-cancel"
        onCancel={() => setCancelling(false)}
        onSubmit={(reason) =>
          cancel.mutate(reason, {
            onSuccess: () => {
              setCancelling(false);
              setCancelError(null);
              void message.success(t('rc.cancelled'));
            },
            onError: (error) => setCancelError(levelErrorText(error)),
          })
        }
      />
    </Space>
  );
}
