import { Button, Card, Space, Typography } from 'antd';
import type { AttemptItemDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { isAnswered, type AnswerValue } from './answers';

interface Props {
  items: AttemptItemDto[];
  values: Record<string, AnswerValue>;
  flagged: ReadonlySet<string>;
  current: number;
  onSelect: (index: number) => void;
}

/** The answer sheet: one button per item, filled when answered, with a flag when marked. */
export function Navigator({ items, values, flagged, current, onSelect }: Props) {
  const { t } = useI18n();
  const answered = items.filter((item) => isAnswered(values[item.id])).length;
  return (
    <Card size="small" title={t('sitting.nav.title')} extra={<span data-testid="nav-answered">{t('sitting.nav.answered', { n: answered, total: items.length })}</span>}>
      <div className="sitting-nav-grid" data-testid="sitting-navigator">
        {items.map((item, index) => {
          const done = isAnswered(values[item.id]);
          const marked = flagged.has(item.id);
          return (
            <Button
              key={item.id}
              size="small"
              type={done ? 'primary' : 'default'}
              ghost={done && index === current}
              className={`sitting-nav-item${index === current ? ' is-current' : ''}${marked ? ' is-flagged' : ''}`}
              onClick={() => onSelect(index)}
              aria-current={index === current ? 'step' : undefined}
              data-testid={`nav-item-${index + 1}`}
              data-answered={done ? 'true' : 'false'}
              data-flagged={marked ? 'true' : 'false'}
            >
              {index + 1}
              {marked && <span className="sitting-nav-flag" aria-hidden>⚑</span>}
            </Button>
          );
        })}
      </div>
      <Space size="large" style={{ marginTop: 12 }} wrap>
        <Typography.Text type="secondary">
          <span className="sitting-legend sitting-legend-answered" /> {t('sitting.nav.legendAnswered')}
        </Typography.Text>
        <Typography.Text type="secondary">
          <span style={{ color: '#fa8c16' }} aria-hidden>⚑</span> {t('sitting.nav.legendFlagged')}
        </Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('sitting.nav.keys')}
      </Typography.Paragraph>
    </Card>
  );
}
