import { Button, InputNumber, Select, Table, type TableColumnsType } from 'antd';
import { QUESTION_TYPES, type QuestionType } from '@cm/contracts';
import { MULTIPLE_SCORING_VALUES, type MultipleScoring } from '@cm/domain';
import { useI18n } from '../../app/i18n/i18n';
import { emptySection, sum, type DraftSection } from './blueprint-form';
import { ProblemTip, statusOf, SumWithProblem } from './ProblemTip';

interface Props {
  sections: DraftSection[];
  problems: Map<string, string[]>;
  readOnly: boolean;
  onChange: (sections: DraftSection[]) => void;
}

/** The paper structure: one section per question type, count × points each; 多选 also says
 * how it is scored. */
export function SectionsTable({ sections, problems, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<DraftSection>) => onChange(sections.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const number = (i: number, field: 'count' | 'pointsEach', precision: number) => {
    const path = `sections[${i}].${field}`;
    const messages = problems.get(path);
    const testId = `bp-section-${field === 'count' ? 'count' : 'points'}-${i}`;
    return (
      <ProblemTip messages={messages} testId={testId}>
        <InputNumber
          value={sections[i]?.[field] ?? null}
          disabled={readOnly}
          status={statusOf(messages)}
          min={0}
          precision={precision}
          style={{ width: 90 }}
          onChange={(value) => update(i, field === 'count' ? { count: value } : { pointsEach: value })}
          data-testid={testId}
        />
      </ProblemTip>
    );
  };

  const columns: TableColumnsType<DraftSection> = [
    {
      title: t('bp.section.type'),
      key: 'type',
      width: 160,
      render: (_v, section, i) => {
        const messages = problems.get(`sections[${i}].type`);
        return (
          <ProblemTip messages={messages} testId={`bp-section-type-${i}`}>
            <Select<QuestionType>
              value={section.type ?? undefined}
              disabled={readOnly}
              status={statusOf(messages)}
              style={{ width: 140 }}
              placeholder={t('bp.section.pickType')}
              onChange={(type) => update(i, { type, scoring: type === 'multiple' ? (section.scoring ?? 'all_or_nothing') : null })}
              options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`qtype.${type}`) }))}
              data-testid={`bp-section-type-${i}`}
            />
          </ProblemTip>
        );
      },
    },
    { title: t('bp.section.count'), key: 'count', width: 110, render: (_v, _s, i) => number(i, 'count', 0) },
    { title: t('bp.section.pointsEach'), key: 'pointsEach', width: 110, render: (_v, _s, i) => number(i, 'pointsEach', 2) },
    {
      title: t('bp.section.subtotal'),
      key: 'subtotal',
      align: 'right',
      render: (_v, s, i) => <span data-testid={`bp-section-subtotal-${i}`}>{s.count !== null && s.pointsEach !== null ? sum([s.count * s.pointsEach]) : '—'}</span>,
    },
    {
      title: t('bp.section.scoring'),
      key: 'scoring',
      render: (_v, section, i) => {
        if (section.type !== 'multiple') return '—';
        const messages = problems.get(`sections[${i}].scoring`);
        return (
          <ProblemTip messages={messages} testId={`bp-section-scoring-${i}`}>
            <Select<MultipleScoring>
              value={section.scoring ?? 'all_or_nothing'}
              disabled={readOnly}
              status={statusOf(messages)}
              style={{ width: 140 }}
              onChange={(scoring) => update(i, { scoring })}
              options={MULTIPLE_SCORING_VALUES.map((value) => ({ value, label: t(`bp.scoring.${value}`) }))}
              data-testid={`bp-section-scoring-${i}`}
            />
          </ProblemTip>
        );
      },
    },
  ];
  if (!readOnly) {
    columns.push({
      key: 'remove',
      width: 64,
      render: (_v, _s, i) => (
        <Button type="link" danger size="small" onClick={() => onChange(sections.filter((_x, j) => j !== i))} data-testid={`bp-section-remove-${i}`}>
          {t('bp.remove')}
        </Button>
      ),
    });
  }
  const total = sum(sections.map((s) => (s.count !== null && s.pointsEach !== null ? s.count * s.pointsEach : null)));

  return (
    <Table<DraftSection>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={sections}
      columns={columns}
      data-testid="bp-sections"
      footer={
        readOnly || sections.length >= QUESTION_TYPES.length
          ? undefined
          : () => (
              <Button type="dashed" onClick={() => onChange([...sections, emptySection()])} data-testid="bp-section-add">
                {t('bp.section.add')}
              </Button>
            )
      }
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>{t('bp.sum')}</Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="center">{sum(sections.map((s) => s.count))}</Table.Summary.Cell>
          <Table.Summary.Cell index={2} />
          <Table.Summary.Cell index={3} align="right">
            <SumWithProblem value={total} messages={problems.get('sections')} testId="bp-sections-sum" />
          </Table.Summary.Cell>
          <Table.Summary.Cell index={4} colSpan={readOnly ? 1 : 2} />
        </Table.Summary.Row>
      )}
    />
  );
}
