import { Select, Table, Tag } from 'antd';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import type { ModelItemDto } from './api';
import { LEVELS, useScaleName } from './labels';
import { cellKey, type DraftStandards } from './model-edit';

interface Props {
  items: ModelItemDto[];
  standard: (positionLevel: number, itemId: string) => number;
  /** editable cells (the new-version drawer) */
  draft?: DraftStandards;
  onChange?: (key: string, level: number) => void;
}

/** 标准级别设置: for each position level (四级 … 一级) the standard level of every item. */
export function StandardsMatrix({ items, standard, draft, onChange }: Props) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  const scaleName = useScaleName();
  const editable = !!onChange;
  return (
    <Table<ModelItemDto>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={items}
      scroll={{ x: 760 }}
      data-testid="cm-standards"
      columns={[
        {
          title: t('cm.col.category'),
          dataIndex: 'category',
          width: 120,
          onCell: (item, index) => {
            const first = items.findIndex((other) => other.category === item.category);
            if (index !== first) return { rowSpan: 0 };
            return { rowSpan: items.filter((other) => other.category === item.category).length };
          },
        },
        {
          title: t('cm.col.item'),
          dataIndex: 'name',
          width: 150,
          render: (name: string, item) => (
            <span>
              {name} {item.assessment === 'exam' && <Tag style={{ fontSize: 11 }}>{t('cm.assessment.exam')}</Tag>}
            </span>
          ),
        },
        ...LEVELS.map((positionLevel) => ({
          title: t('cm.col.positionLevel', { level: levelLabel(positionLevel) }),
          key: `L${positionLevel}`,
          width: 130,
          align: 'center' as const,
          render: (_value: unknown, item: ModelItemDto) => {
            const base = standard(positionLevel, item.id);
            const key = cellKey(positionLevel, item.code);
            const current = draft?.[key] ?? base;
            if (!editable) return <span data-testid="cm-standard-cell">{`${base} ${scaleName(base)}`}</span>;
            return (
              <Select<number>
                size="small"
                value={current}
                style={{ width: 110, ...(current !== base ? { outline: '2px solid #faad14', borderRadius: 6 } : {}) }}
                data-testid={`cm-standard-${positionLevel}-${item.code}`}
                options={[0, 1, 2, 3, 4].map((level) => ({ value: level, label: `${level} ${scaleName(level)}` }))}
                onChange={(level) => onChange?.(key, level)}
              />
            );
          },
        })),
      ]}
    />
  );
}
