import { useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Card, Empty, Input, Select, Space, Tag, Tree, Typography } from 'antd';
import type { TrackDto } from '@cm/contracts';
import { ProvenanceTag, RequirementTag, useLevelLabel } from '../../app/components/labels';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { syllabusQueryOptions, tracksQueryOptions } from './api';
import { buildSyllabusTree, filterSyllabusTree, type SyllabusTreeNode } from './tree';

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

function NodeTitle({ entry }: { entry: SyllabusTreeNode }) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  const { node } = entry;
  return (
    <span className="syllabus-node" data-testid="syllabus-node">
      <Typography.Text code>{node.code}</Typography.Text>
      <span className={node.kind === 'point' ? undefined : 'syllabus-node-heading'}>{node.title}</span>
      {node.kind !== 'point' && <Tag variant="filled">{t(`syllabus.kind.${node.kind}`)}</Tag>}
      {node.requirement && <RequirementTag requirement={node.requirement} />}
      {node.levels.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('syllabus.levelsValue', { levels: node.levels.map(levelLabel).join(' ') })}
        </Typography.Text>
      )}
      <ProvenanceTag provenance={node.provenance} />
    </span>
  );
}

function toTreeItems(tree: SyllabusTreeNode[]): TreeItem[] {
  return tree.map((entry) => ({
    key: entry.node.id,
    title: <NodeTitle entry={entry} />,
    children: toTreeItems(entry.children),
  }));
}

function SyllabusTree({ track, filter }: { track: TrackDto; filter: string }) {
  const { t } = useI18n();
  const syllabus = useQuery(syllabusQueryOptions(track.id));
  const tree = useMemo(() => buildSyllabusTree(syllabus.data?.nodes ?? []), [syllabus.data]);
  const items = useMemo(() => toTreeItems(filterSyllabusTree(tree, filter)), [tree, filter]);
  return (
    <QueryState query={syllabus} rows={10}>
      <Typography.Paragraph type="secondary" data-testid="syllabus-count">
        {t('syllabus.count', { count: syllabus.data?.nodes.length ?? 0 })}
      </Typography.Paragraph>
      {items.length === 0 ? (
        <Empty description={t('syllabus.empty')} />
      ) : (
        <Tree<TreeItem>
          key={`${track.id}:${filter}`}
          treeData={items}
          defaultExpandAll
          selectable={false}
          blockNode
          data-testid="syllabus-tree"
        />
      )}
    </QueryState>
  );
}

export function SyllabusPage() {
  const { t } = useI18n();
  const tracks = useQuery(tracksQueryOptions());
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState('');
  const trackId = params.get('track');
  const track = tracks.data?.find((candidate) => candidate.id === trackId) ?? tracks.data?.[0];

  return (
    <Card title={t('syllabus.title')} data-testid="syllabus-page">
      <QueryState query={tracks}>
        {!track ? (
          <Empty description={t('syllabus.noTracks')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <div className="page-toolbar">
              <Space wrap>
                <span>{t('syllabus.track')}</span>
                <Select
                  value={track.id}
                  style={{ minWidth: 220 }}
                  onChange={(id: string) => setParams({ track: id }, { replace: true })}
                  options={(tracks.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
                  data-testid="syllabus-track"
                />
              </Space>
              <Input.Search
                allowClear
                placeholder={t('syllabus.filter')}
                onSearch={setFilter}
                style={{ maxWidth: 280 }}
                data-testid="syllabus-filter"
              />
            </div>
            <SyllabusTree track={track} filter={filter} />
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
