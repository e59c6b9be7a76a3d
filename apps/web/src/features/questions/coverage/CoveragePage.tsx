import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { Card, Segmented, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { QUESTION_TYPES } from '@cm/contracts';
import { QueryState } from '../../../app/components/QueryState';
import { useI18n } from '../../../app/i18n/i18n';
import { syllabusQueryOptions, tracksQueryOptions } from '../../syllabus/api';
import { coverageQueryOptions, type CoverageUsage } from '../api';
import { BlueprintNeeds } from './BlueprintNeeds';
import { allRowKeys, columnKey, columnValues, coverageRows, type CoverageDimension, type CoverageRow } from './coverage';

function useColumns(dimension: CoverageDimension, trackId: string): TableColumnsType<CoverageRow> {
  const { t, tOr } = useI18n();
  const valueLabel = (value: string | number) => (typeof value === 'number' ? String(value) : tOr(`requirement.${value}`, value));
  return [
    {
      title: t('qc.chapter'),
      key: 'node',
      fixed: 'left',
      width: 240,
      ellipsis: true,
      render: (_value, row) => (
        <Link to={`/questions?track=${trackId}&node=${row.node.id}`} title={`${row.node.code} ${row.node.title}`} className={row.node.kind === 'part' ? 'coverage-part' : undefined}>
          <Typography.Text code>{row.node.code}</Typography.Text> {row.node.title}
        </Link>
      ),
    },
    ...QUESTION_TYPES.map((type) => ({
      title: t(`qtype.${type}`),
      key: type,
      children: columnValues(dimension).map((value) => {
        const key = columnKey(type, value);
        return {
          title: valueLabel(value),
          key,
          width: dimension === 'difficulty' ? 34 : 44,
          align: 'center' as const,
          onCell: (row: CoverageRow) => ({ className: row.counts[key] === 0 ? 'coverage-zero' : undefined, 'data-testid': `cov-${row.node.code}-${key}` }),
          render: (_value: unknown, row: CoverageRow) => row.counts[key] ?? 0,
        };
      }),
    })),
    { title: t('qc.total'), key: 'total', dataIndex: 'total', width: 60, fixed: 'right', align: 'center' },
  ];
}

/** Active questions per chapter × type × difficulty (or requirement), exam or practice; empty
 * cells stand out so trainers see where to write next. */
export function CoveragePage() {
  const { t } = useI18n();
  const tracks = useQuery(tracksQueryOptions());
  const [search, setSearch] = useSearchParams();
  const trackId = tracks.data?.find((track) => track.id === search.get('track'))?.id ?? tracks.data?.[0]?.id ?? '';
  const [usage, setUsage] = useState<CoverageUsage>('exam');
  const [dimension, setDimension] = useState<CoverageDimension>('difficulty');
  const coverage = useQuery({ ...coverageQueryOptions(trackId, usage), enabled: Boolean(trackId) });
  const syllabus = useQuery({ ...syllabusQueryOptions(trackId), enabled: Boolean(trackId) });
  const rows = useMemo(() => coverageRows(syllabus.data?.nodes ?? [], coverage.data?.items ?? [], dimension), [syllabus.data, coverage.data, dimension]);
  const columns = useColumns(dimension, trackId);

  return (
    <Card title={t('qc.title')} data-testid="coverage-page">
      <QueryState query={tracks}>
        <div className="page-toolbar">
          <Select
            value={trackId || undefined}
            onChange={(id: string) => setSearch({ track: id }, { replace: true })}
            options={(tracks.data ?? []).map((track) => ({ value: track.id, label: track.name }))}
            style={{ minWidth: 200 }}
            aria-label={t('syllabus.track')}
            data-testid="coverage-track"
          />
          <Segmented<CoverageUsage>
            value={usage}
            onChange={setUsage}
            options={[
              { value: 'exam', label: t('qc.exam') },
              { value: 'practice', label: t('qc.practice') },
            ]}
            data-testid="coverage-usage"
          />
          <Segmented<CoverageDimension>
            value={dimension}
            onChange={setDimension}
            options={[
              { value: 'difficulty', label: t('qc.byDifficulty') },
              { value: 'requirement', label: t('qc.byRequirement') },
            ]}
            data-testid="coverage-dimension"
          />
          <span className="grow" />
          <Space size={6}>
            <span className="coverage-legend-zero" />
            <Typography.Text type="secondary">{t('qc.legendZero')}</Typography.Text>
          </Space>
        </div>
        <Typography.Paragraph type="secondary">{t(usage === 'exam' ? 'qc.hintExam' : 'qc.hintPractice')}</Typography.Paragraph>
        {usage === 'exam' && coverage.data?.needs ? <BlueprintNeeds needs={coverage.data.needs} nodes={syllabus.data?.nodes ?? []} /> : null}
        <QueryState query={coverage.isPending ? coverage : syllabus} rows={8}>
          <Table<CoverageRow>
            key={`${trackId}-${dimension}`}
            size="small"
            bordered
            rowKey="key"
            columns={columns}
            dataSource={rows}
            pagination={false}
            loading={coverage.isFetching}
            expandable={{ defaultExpandedRowKeys: allRowKeys(rows), indentSize: 12 }}
            scroll={{ x: 'max-content', y: 'calc(100vh - 330px)' }}
            className="coverage-table"
            data-testid="coverage-table"
          />
        </QueryState>
      </QueryState>
    </Card>
  );
}
