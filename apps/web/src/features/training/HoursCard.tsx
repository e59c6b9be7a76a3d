import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, List, Progress, Space, Tag, Typography } from 'antd';
import type { LearningCentreDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { selfStudyQueryOptions } from './api';
import { SelfStudyModal } from './SelfStudyModal';

const STATUS_COLORS = { pending: 'processing', confirmed: 'success', rejected: 'error' } as const;

/** 培训学时: confirmed hours against the standard (30/24/18/12), pending self-study, and the
 * candidate's own self-study claims. */
export function HoursCard({ centre }: { centre: LearningCentreDto }) {
  const { t, formatDate } = useI18n();
  const [open, setOpen] = useState(false);
  const claims = useQuery(selfStudyQueryOptions({ page: 1, pageSize: 5 }));
  const { completed, required, pending } = centre.hours;
  const percent = required ? Math.min(100, Math.round((completed * 100) / required)) : 100;
  return (
    <Card
      size="small"
      title={t('training.hours.title', { level: centre.levelName })}
      data-testid="training-hours"
      extra={
        <Button size="small" onClick={() => setOpen(true)} data-testid="self-study-open">
          {t('training.selfStudy.open')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Progress percent={percent} status={required !== null && completed >= required ? 'success' : 'active'} format={() => `${completed} / ${required ?? '—'}`} />
        <Typography.Text type="secondary">
          {required !== null && completed >= required ? t('training.hours.enough') : t('training.hours.short', { n: Math.max(0, (required ?? 0) - completed) })}
          {pending > 0 && ` ${t('training.hours.pending', { n: pending })}`}
        </Typography.Text>
        {(claims.data?.items.length ?? 0) > 0 && (
          <List
            size="small"
            header={<Typography.Text strong>{t('training.selfStudy.mine')}</Typography.Text>}
            dataSource={claims.data?.items ?? []}
            renderItem={(c) => (
              <List.Item data-testid="self-study-claim">
                <Space wrap>
                  <span>{`${formatDate(c.studiedOn)} ${c.title}`}</span>
                  <span>{t('training.hours.n', { n: c.hours })}</span>
                  <Tag color={STATUS_COLORS[c.status]}>{t(`training.selfStudy.status.${c.status}`)}</Tag>
                  {c.decisionReason && <Typography.Text type="secondary">{c.decisionReason}</Typography.Text>}
                </Space>
              </List.Item>
            )}
          />
        )}
      </Space>
      {open && <SelfStudyModal trackId={centre.trackId} level={centre.level} onClose={() => setOpen(false)} />}
    </Card>
  );
}
