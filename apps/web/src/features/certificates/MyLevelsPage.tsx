import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, Tag } from 'antd';
import type { CandidateLevelDto } from '@cm/contracts';
import { useCurrentUser } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { tracksQueryOptions } from '../syllabus/api';
import { levelHistoryQueryOptions } from './api';

/** 我的等级: the level history, newest first, with where each level came from. */
export function MyLevelsPage() {
  const { t, formatDate } = useI18n();
  const user = useCurrentUser();
  const levelLabel = useLevelLabel();
  const levels = useQuery(levelHistoryQueryOptions(user.id));
  const tracks = useQuery(tracksQueryOptions());
  const trackName = (id: string) => tracks.data?.find((track) => track.id === id)?.name ?? '';
  const rows = [...(levels.data ?? [])].sort((a, b) => b.effectiveAt.localeCompare(a.effectiveAt));
  const current = new Map<string, number>();
  for (const row of levels.data ?? []) if (!row.revokedAt) current.set(row.trackId, Math.max(current.get(row.trackId) ?? 0, row.level));

  return (
    <Card title={t('lv.myLevelsTitle')} data-testid="my-levels-page">
      <QueryState query={levels}>
        {rows.length === 0 ? (
          <Empty description={t('lv.noLevels')} />
        ) : (
          <>
            <div style={{ marginBottom: 12 }}>
              {[...current.entries()].map(([trackId, level]) => (
                <Tag key={trackId} color="blue" style={{ fontSize: 14, padding: '4px 8px' }} data-testid="my-current-level">
                  {t('lv.currentLevel', { track: trackName(trackId), level: levelLabel(level) })}
                </Tag>
              ))}
            </div>
            <Table<CandidateLevelDto>
              rowKey={(row) => `${row.trackId}-${row.level}-${row.effectiveAt}`}
              size="middle"
              pagination={false}
              dataSource={rows}
              data-testid="my-levels-table"
              columns={[
                { title: t('rc.col.track'), dataIndex: 'trackId', render: (id: string) => trackName(id) },
                { title: t('cert.col.level'), dataIndex: 'level', width: 90, render: (l: number) => levelLabel(l) },
                { title: t('ld.effectiveAt'), dataIndex: 'effectiveAt', width: 130, render: (v: string) => formatDate(v) },
                { title: t('home.candidate.levelSource'), dataIndex: 'source', width: 110, render: (s: CandidateLevelDto['source']) => t(`levelSource.${s}`) },
                { title: t('cert.col.status'), dataIndex: 'revokedAt', width: 160, render: (v: string | null | undefined) => (v ? <Tag color="red">{t('cert.revokedAt', { at: formatDate(v) })}</Tag> : <Tag color="green">{t('cert.valid')}</Tag>) },
              ]}
            />
          </>
        )}
      </QueryState>
    </Card>
  );
}
