import { Button, InputNumber, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { QuestionType, SyllabusNodeDto } from '@cm/contracts';
import type { Allocation } from '@cm/domain';
import { useI18n } from '../../app/i18n/i18n';
import { areaCandidates, emptyArea, sum, type DraftArea, type DraftSection } from './blueprint-form';
import { ProblemTip, statusOf, SumWithProblem } from './ProblemTip';

interface Props {
  areas: DraftArea[];
  sections: DraftSection[];
  nodes: readonly SyllabusNodeDto[];
  allocation: Allocation | null;
  problems: Map<string, string[]>;
  readOnly: boolean;
  onChange: (areas: DraftArea[]) => void;
}

const fmt = (value: number | undefined): string => (value === undefined ? '—' : String(Math.round(value * 100) / 100));

/** The 比重表 proper: one row per knowledge area, its percent, and what `allocate` makes of it
 * (target and allocated points, items per type, deviation), recomputed as the officer types. */
export function AreasTable({ areas, sections, nodes, allocation, problems, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const candidates = areaCandidates(nodes);
  const types = [...new Set(sections.map((s) => s.type).filter((type): type is QuestionType => type !== null))];
  const cellCount = (areaId: string | null, type: QuestionType) =>
    allocation?.cells.find((cell) => cell.areaId === areaId && cell.type === type)?.count ?? (allocation ? 0 : undefined);
  const update = (index: number, patch: Partial<DraftArea>) => onChange(areas.map((area, i) => (i === index ? { ...area, ...patch } : area)));

  const columns: TableColumnsType<DraftArea> = [
    {
      title: t('bp.area.node'),
      key: 'node',
      width: 300,
      render: (_v, area, i) => {
        const messages = problems.get(`areas[${i}].syllabusNodeId`);
        return (
          <ProblemTip messages={messages} testId={`bp-area-node-${i}`}>
            <Select
              value={area.syllabusNodeId ?? undefined}
              disabled={readOnly}
              status={statusOf(messages)}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('bp.area.pick')}
              style={{ width: 280 }}
              onChange={(id: string) => update(i, { syllabusNodeId: id })}
              options={candidates.map((node) => ({ value: node.id, label: `${node.code} ${node.title}` }))}
              data-testid={`bp-area-node-${i}`}
            />
          </ProblemTip>
        );
      },
    },
    {
      title: t('bp.area.percent'),
      key: 'percent',
      width: 110,
      render: (_v, area, i) => {
        const messages = problems.get(`areas[${i}].percent`);
        return (
          <ProblemTip messages={messages} testId={`bp-area-percent-${i}`}>
            <InputNumber
              value={area.percent}
              disabled={readOnly}
              status={statusOf(messages)}
              min={0}
              max={100}
              precision={2}
              style={{ width: 90 }}
              onChange={(value) => update(i, { percent: value })}
              data-testid={`bp-area-percent-${i}`}
            />
          </ProblemTip>
        );
      },
    },
    { title: t('bp.area.target'), key: 'target', align: 'right', render: (_v, _a, i) => fmt(allocation?.areas[i]?.targetPoints) },
    ...types.map((type) => ({
      title: t('bp.area.countOf', { type: t(`qtype.${type}`) }),
      key: `count-${type}`,
      align: 'center' as const,
      render: (_v: unknown, area: DraftArea, i: number) => <span data-testid={`bp-area-count-${i}-${type}`}>{fmt(cellCount(area.syllabusNodeId, type))}</span>,
    })),
    { title: t('bp.area.points'), key: 'points', align: 'right', render: (_v, _a, i) => <span data-testid={`bp-area-points-${i}`}>{fmt(allocation?.areas[i]?.points)}</span> },
    {
      title: t('bp.area.deviation'),
      key: 'deviation',
      align: 'right',
      render: (_v, _a, i) => {
        const deviation = allocation?.areas[i]?.deviation;
        return <Typography.Text type={deviation ? 'warning' : undefined}>{deviation === undefined ? '—' : `${deviation > 0 ? '+' : ''}${fmt(deviation)}`}</Typography.Text>;
      },
    },
  ];
  if (!readOnly) {
    columns.push({
      key: 'remove',
      width: 64,
      render: (_v, _a, i) => (
        <Button type="link" danger size="small" onClick={() => onChange(areas.filter((_x, j) => j !== i))} data-testid={`bp-area-remove-${i}`}>
          {t('bp.remove')}
        </Button>
      ),
    });
  }

  return (
    <Table<DraftArea>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={areas}
      columns={columns}
      scroll={{ x: 'max-content' }}
      data-testid="bp-areas"
      footer={readOnly ? undefined : () => (
        <Button type="dashed" onClick={() => onChange([...areas, emptyArea()])} data-testid="bp-area-add">
          {t('bp.area.add')}
        </Button>
      )}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <SumWithProblem value={t('bp.sum')} messages={problems.get('areas')} testId="bp-areas-problem" />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1}>
            <SumWithProblem value={`${sum(areas.map((a) => a.percent))}%`} messages={problems.get('areas')} testId="bp-areas-sum" />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">{fmt(allocation ? sum(allocation.areas.map((a) => a.targetPoints)) : undefined)}</Table.Summary.Cell>
          {types.map((type, k) => (
            <Table.Summary.Cell key={type} index={3 + k} align="center">
              {fmt(allocation ? sum(allocation.cells.filter((c) => c.type === type).map((c) => c.count)) : undefined)}
            </Table.Summary.Cell>
          ))}
          <Table.Summary.Cell index={3 + types.length} align="right">{fmt(allocation ? sum(allocation.areas.map((a) => a.points)) : undefined)}</Table.Summary.Cell>
          <Table.Summary.Cell index={4 + types.length} colSpan={readOnly ? 1 : 2} />
        </Table.Summary.Row>
      )}
    />
  );
}
