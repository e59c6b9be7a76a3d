import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, Empty, Select, Space, Tabs } from 'antd';
import type { BlueprintDto } from '@cm/contracts';
import { useAuth } from '../../app/auth/auth-context';
import { useLevelLabel } from '../../app/components/labels';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { syllabusQueryOptions, tracksQueryOptions } from '../syllabus/api';
import { blueprintListQueryOptions } from './api';
import { BlueprintEditor } from './BlueprintEditor';
import { CopyFromLevelModal } from './CopyFromLevelModal';
import { VersionsTable } from './VersionsTable';

const LEVELS = [1, 2, 3, 4] as const;

/** 比重表 per track: level tabs (四级…一级), the versions of the level, and the editor of the
 * selected one. Officers edit, copy and activate; trainers read. */
export function BlueprintsPage() {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  const { hasRole } = useAuth();
  const canEdit = hasRole('officer');
  const tracks = useQuery(tracksQueryOptions());
  const [params, setParams] = useSearchParams();
  const track = tracks.data?.find((candidate) => candidate.id === params.get('track')) ?? tracks.data?.[0];
  const trackId = track?.id ?? '';
  const level = Number(params.get('level')) || 1;
  const list = useQuery({ ...blueprintListQueryOptions(trackId), enabled: Boolean(trackId) });
  const syllabus = useQuery({ ...syllabusQueryOptions(trackId), enabled: Boolean(trackId) });
  const [copy, setCopy] = useState<{ source: BlueprintDto; nonce: number } | null>(null);
  const [copyOpen, setCopyOpen] = useState(false);

  const all = list.data?.items ?? [];
  const versions = all.filter((bp) => bp.level === level).sort((a, b) => b.version - a.version);
  const selected = versions.find((bp) => bp.id === params.get('id')) ?? versions.find((bp) => bp.status === 'active') ?? versions[0] ?? null;

  const go = (next: { track?: string; level?: number; id?: string | null }) => {
    setCopy(null);
    const query: Record<string, string> = { track: next.track ?? trackId, level: String(next.level ?? level) };
    const id = next.id === undefined ? params.get('id') : next.id;
    if (id) query['id'] = id;
    setParams(query, { replace: true });
  };

  const editor = () => {
    if (!list.data || !syllabus.data) return null;
    const source = copy ? { base: null, body: copy.source } : selected ? { base: selected, body: selected } : null;
    if (!source) {
      return (
        <Empty description={t('bp.emptyLevel')}>
          {canEdit && (
            <Button type="primary" onClick={() => setCopyOpen(true)} data-testid="bp-copy-level">
              {t('bp.copyFromLevel')}
            </Button>
          )}
        </Empty>
      );
    }
    const copiedFrom = copy ? t('bp.copiedFrom', { level: levelLabel(copy.source.level), version: copy.source.version }) : null;
    return (
      <BlueprintEditor
        key={copy ? `copy-${copy.nonce}` : (selected?.id ?? 'none')}
        trackId={trackId}
        level={level}
        source={source}
        copiedFrom={copiedFrom}
        nodes={syllabus.data.nodes}
        canEdit={canEdit}
        onSaved={(dto) => go({ id: dto.id })}
        onCopyFromLevel={() => setCopyOpen(true)}
      />
    );
  };

  return (
    <Card title={t('bp.title')} data-testid="blueprints-page">
      <QueryState query={tracks}>
        {!track ? (
          <Empty description={t('syllabus.noTracks')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Space wrap>
              <span>{t('syllabus.track')}</span>
              <Select
                value={track.id}
                style={{ minWidth: 220 }}
                onChange={(id: string) => go({ track: id, id: null })}
                options={(tracks.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
                data-testid="bp-track"
              />
            </Space>
            <Tabs
              activeKey={String(level)}
              onChange={(key) => go({ level: Number(key), id: null })}
              items={LEVELS.map((l) => ({ key: String(l), label: <span data-testid={`bp-level-${l}`}>{levelLabel(l)}</span> }))}
            />
            <QueryState query={list}>
              <VersionsTable versions={versions} selectedId={copy ? null : (selected?.id ?? null)} onSelect={(id) => go({ id })} />
            </QueryState>
            <QueryState query={syllabus}>{editor()}</QueryState>
          </Space>
        )}
      </QueryState>
      {copyOpen && (
        <CopyFromLevelModal
          versions={all}
          level={level}
          onClose={() => setCopyOpen(false)}
          onPick={(source) => {
            setCopyOpen(false);
            setCopy({ source, nonce: Date.now() });
          }}
        />
      )}
    </Card>
  );
}
