import { Alert, List, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import type { FeasibilityDto, ShortfallDto, SyllabusNodeDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';

type NodeTitles = ReadonlyMap<string, SyllabusNodeDto>;

/** “VIP-2.3 客户关系 · 案例分析 · 掌握 · 难度 3：需要 4 道，题库现有 2 道”. */
export function useShortfallText(nodes: NodeTitles): (s: ShortfallDto) => string {
  const { t, tOr } = useI18n();
  return (s) => {
    const node = nodes.get(s.syllabusNodeId);
    const parts = [node ? `${node.code} ${node.title}` : s.syllabusNodeId, tOr(`qtype.${s.type}`, s.type)];
    if (s.requirement) parts.push(tOr(`requirement.${s.requirement}`, s.requirement));
    if (s.difficulty) parts.push(t('bp.difficultyN', { n: s.difficulty }));
    return t('bp.shortfall.line', { cell: parts.join(' · '), needed: s.needed, available: s.available });
  };
}

/** Every short cell, one line each, in Chinese. */
export function ShortfallList({ shortfalls, nodes, testId }: { shortfalls: readonly ShortfallDto[]; nodes: NodeTitles; testId: string }) {
  const text = useShortfallText(nodes);
  return (
    <List
      size="small"
      bordered
      dataSource={[...shortfalls]}
      data-testid={testId}
      renderItem={(s, i) => (
        <List.Item data-testid={`${testId}-${i}`} data-type={s.type} data-node={s.syllabusNodeId}>
          <Typography.Text type="danger">{text(s)}</Typography.Text>
        </List.Item>
      )}
    />
  );
}

interface Row {
  syllabusNodeId: string;
  targetPoints: number;
  points: number;
  deviation: number;
}

/** The server's answer to 可行性检查: the allocation grid with the short cells in red, the
 * shortfall list, the paper-level problems and how many disjoint papers the bank supports. */
export function FeasibilityReport({ report, nodes }: { report: FeasibilityDto; nodes: NodeTitles }) {
  const { t, tOr } = useI18n();
  const text = useShortfallText(nodes);
  const types = [...new Set(report.allocation.map((cell) => cell.type))];
  const shortOf = (nodeId: string, type: string) => report.shortfalls.filter((s) => s.syllabusNodeId === nodeId && s.type === type);
  const columns: TableColumnsType<Row> = [
    {
      title: t('bp.area.node'),
      key: 'node',
      render: (_v, row) => {
        const node = nodes.get(row.syllabusNodeId);
        return node ? `${node.code} ${node.title}` : row.syllabusNodeId;
      },
    },
    ...types.map((type) => ({
      title: tOr(`qtype.${type}`, type),
      key: type,
      align: 'center' as const,
      onCell: (row: Row) => {
        const short = shortOf(row.syllabusNodeId, type).length > 0;
        return { style: short ? { background: '#fff1f0', color: '#cf1322', fontWeight: 600 } : undefined };
      },
      render: (_v: unknown, row: Row, i: number) => {
        const cell = report.allocation.find((c) => c.syllabusNodeId === row.syllabusNodeId && c.type === type);
        const short = shortOf(row.syllabusNodeId, type);
        const content = (
          <span data-testid={`bp-feas-cell-${i}-${type}`} data-short={short.length > 0 ? 'true' : 'false'}>
            {cell ? `${cell.count}（${cell.points}）` : '—'}
          </span>
        );
        return short.length ? <Tooltip title={short.map(text).join('；')}>{content}</Tooltip> : content;
      },
    })),
    { title: t('bp.area.target'), key: 'target', dataIndex: 'targetPoints', align: 'right' },
    { title: t('bp.area.points'), key: 'points', dataIndex: 'points', align: 'right' },
    { title: t('bp.area.deviation'), key: 'deviation', dataIndex: 'deviation', align: 'right' },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="bp-feasibility" data-feasible={report.feasible ? 'true' : 'false'}>
      <Alert
        type={report.feasible ? 'success' : 'error'}
        showIcon
        title={report.feasible ? t('bp.feas.ok') : t('bp.feas.short', { n: report.shortfalls.length + report.problems.length })}
        description={<span data-testid="bp-feas-forms">{t('bp.feas.forms', { n: report.forms })}</span>}
        data-testid="bp-feas-summary"
      />
      <Typography.Text type="secondary">{t('bp.feas.gridHint')}</Typography.Text>
      <Table<Row> rowKey="syllabusNodeId" size="small" pagination={false} dataSource={report.areas} columns={columns} data-testid="bp-feas-grid" />
      {report.shortfalls.length > 0 && <ShortfallList shortfalls={report.shortfalls} nodes={nodes} testId="bp-shortfalls" />}
      {report.problems.length > 0 && (
        <List
          size="small"
          bordered
          header={t('bp.feas.problems')}
          dataSource={report.problems}
          data-testid="bp-feas-problems"
          renderItem={(p) => (
            <List.Item>
              <Typography.Text type="danger">{p.message}</Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Space>
  );
}
