import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Collapse, Descriptions, Empty, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useAuth } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { tracksQueryOptions } from '../syllabus/api';
import { modelVersionsQueryOptions, standardMatrix, standardsQueryOptions, type CompetencyModelDto } from './api';
import { ItemLevels } from './ItemLevels';
import { ProvenanceLabel } from './labels';
import { NewVersionDrawer } from './NewVersionDrawer';
import { StandardsMatrix } from './StandardsMatrix';

const STATUS_COLORS = { active: 'green', retired: 'default', draft: 'blue' } as const;

/** 能力素质模型: the 18 items by category with every level's text and provenance, the standard
 * matrix, the generic level definitions and the version history; officers edit it as a new version. */
export function CompetencyModelPage() {
  const { t, formatDateTime } = useI18n();
  const { hasRole } = useAuth();
  const levelLabel = useLevelLabel();
  const tracks = useQuery(tracksQueryOptions());
  const [trackId, setTrackId] = useState<string>();
  useEffect(() => {
    if (!trackId && tracks.data?.[0]) setTrackId(tracks.data[0].id);
  }, [trackId, tracks.data]);
  const versions = useQuery(modelVersionsQueryOptions(trackId ?? ''));
  const [versionId, setVersionId] = useState<string>();
  const list = versions.data?.items ?? [];
  const model: CompetencyModelDto | undefined = list.find((m) => m.id === versionId) ?? list.find((m) => m.status === 'active') ?? list[0];
  const standards = useQuery(standardsQueryOptions(model?.id ?? ''));
  const standard = useMemo(() => standardMatrix(standards.data), [standards.data]);
  const [editing, setEditing] = useState(false);
  // The first version is the reference data, loaded by the seed rather than written by anyone.
  const reasonText = (m: CompetencyModelDto) => (m.basedOnId === null && m.createdBy === null ? t('cm.seedVersion') : (m.reason ?? '—'));

  return (
    <Card
      title={t('cm.title')}
      data-testid="competency-page"
      extra={
        <Space wrap>
          <Segmented<string>
            value={trackId}
            onChange={(id) => {
              setTrackId(id);
              setVersionId(undefined);
            }}
            options={(tracks.data ?? []).map((track) => ({ value: track.id, label: track.name }))}
            data-testid="cm-track"
          />
          {hasRole('officer') && model?.status === 'active' && (
            <Button type="primary" onClick={() => setEditing(true)} data-testid="cm-edit">
              {t('cm.newVersion')}
            </Button>
          )}
        </Space>
      }
    >
      <QueryState query={versions}>
        {!model ? (
          <Empty description={t('cm.empty')} />
        ) : (
          <>
            <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }} data-testid="cm-version">
              <Descriptions.Item label={t('cm.version')}>
                <Space>
                  {t('cm.versionN', { version: model.version })}
                  <Tag color={STATUS_COLORS[model.status]}>{t(`cm.status.${model.status}`)}</Tag>
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('cm.createdAt')}>{formatDateTime(model.createdAt)}</Descriptions.Item>
              <Descriptions.Item label={t('cm.reason')}>{reasonText(model)}</Descriptions.Item>
            </Descriptions>
            {model.status !== 'active' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('cm.retiredHint')} />}
            <Tabs
              items={[
                {
                  key: 'items',
                  label: t('cm.tab.items'),
                  children: (
                    <div data-testid="cm-items">
                      {model.categories.map((category) => (
                        <div key={category.id} style={{ marginBottom: 16 }}>
                          <Typography.Title level={5} style={{ marginBottom: 4 }}>
                            {category.name}
                          </Typography.Title>
                          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                            {category.definition} <ProvenanceLabel provenance={category.provenance} sources={model.sources} />
                          </Typography.Paragraph>
                          <Collapse
                            size="small"
                            items={model.items
                              .filter((item) => item.categoryId === category.id)
                              .map((item) => ({
                                key: item.id,
                                label: (
                                  <Space data-testid="cm-item" data-item-code={item.code}>
                                    {item.name}
                                    <Tag color={item.assessment === 'exam' ? 'purple' : 'blue'}>{t(`cm.assessment.${item.assessment}`)}</Tag>
                                  </Space>
                                ),
                                children: <ItemLevels item={item} sources={model.sources} />,
                              }))}
                          />
                        </div>
                      ))}
                    </div>
                  ),
                },
                {
                  key: 'standards',
                  label: t('cm.tab.standards'),
                  children: (
                    <QueryState query={standards}>
                      <Typography.Paragraph type="secondary">{t('cm.standardsHint')}</Typography.Paragraph>
                      <StandardsMatrix items={model.items} standard={standard} />
                    </QueryState>
                  ),
                },
                {
                  key: 'principles',
                  label: t('cm.tab.principles'),
                  children: (
                    <Table
                      rowKey="level"
                      size="small"
                      pagination={false}
                      dataSource={model.levelPrinciples}
                      columns={[
                        { title: t('cm.col.level'), dataIndex: 'name', width: 100 },
                        { title: t('cm.col.principle'), dataIndex: 'definition', render: (lines: string[]) => lines.map((line) => <div key={line}>{line}</div>) },
                        { title: t('cm.col.provenance'), dataIndex: 'provenance', width: 260, render: (p: string) => <ProvenanceLabel provenance={p.split(';')[0] ?? p} sources={model.sources} /> },
                      ]}
                    />
                  ),
                },
                {
                  key: 'history',
                  label: t('cm.tab.history'),
                  children: (
                    <Table<CompetencyModelDto>
                      rowKey="id"
                      size="small"
                      pagination={false}
                      dataSource={list}
                      data-testid="cm-history"
                      columns={[
                        { title: t('cm.version'), dataIndex: 'version', width: 90, render: (v: number) => t('cm.versionN', { version: v }) },
                        { title: t('cm.col.status'), dataIndex: 'status', width: 90, render: (s: CompetencyModelDto['status']) => <Tag color={STATUS_COLORS[s]}>{t(`cm.status.${s}`)}</Tag> },
                        { title: t('cm.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
                        { title: t('cm.reason'), key: 'reason', render: (_v, m) => reasonText(m) },
                        {
                          title: t('common.actions'),
                          key: 'view',
                          width: 90,
                          render: (_v, m) =>
                            m.id === model.id ? (
                              <Tag>{t('cm.viewing')}</Tag>
                            ) : (
                              <Button size="small" type="link" onClick={() => setVersionId(m.id)}>
                                {t('common.view')}
                              </Button>
                            ),
                        },
                      ]}
                    />
                  ),
                },
              ]}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('cm.levelNote', { levels: [1, 2, 3, 4].map((l) => levelLabel(l)).join(' / ') })}
            </Typography.Text>
            {editing && (
              <NewVersionDrawer
                model={model}
                standard={standard}
                open={editing}
                onClose={() => setEditing(false)}
                onCreated={(created) => {
                  setEditing(false);
                  setVersionId(created.id);
                }}
              />
            )}
          </>
        )}
      </QueryState>
    </Card>
  );
}
