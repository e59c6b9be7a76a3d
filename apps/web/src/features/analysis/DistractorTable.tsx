import { Table, Tag, Typography } from 'antd';
import type { DistractorDto, ItemStatsDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { percent } from './format';

/** Option frequencies in the authored keys (the order candidates saw was shuffled), overall
 * and in the upper and lower 27 % groups: a distractor that draws the upper group is suspect. */
export function DistractorTable({ stats }: { stats: ItemStatsDto }) {
  const { t, tOr } = useI18n();
  if (!stats.distractors) return <Typography.Text type="secondary">{t('analysis.noDistractors')}</Typography.Text>;
  return (
    <div data-testid="distractor-table">
      <Table<DistractorDto>
        size="small"
        rowKey="option"
        pagination={false}
        dataSource={stats.distractors}
        columns={[
          { title: t('analysis.option'), dataIndex: 'option', width: 90, render: (option: string) => tOr(`analysis.option.${option}`, option) },
          { title: t('analysis.correct'), dataIndex: 'correct', width: 90, render: (correct: boolean) => (correct ? <Tag color="green">{t('analysis.correct')}</Tag> : null) },
          { title: t('analysis.count'), dataIndex: 'count', width: 90 },
          { title: t('analysis.share'), dataIndex: 'share', width: 110, render: percent },
          { title: t('analysis.upperShare'), dataIndex: 'upperShare', width: 110, render: percent },
          { title: t('analysis.lowerShare'), dataIndex: 'lowerShare', width: 110, render: percent },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {[stats.omitted ? t('analysis.omitted', { n: stats.omitted }) : null, stats.groupSize ? t('analysis.groups', { n: stats.groupSize }) : null].filter(Boolean).join(' · ')}
      </Typography.Text>
    </div>
  );
}
