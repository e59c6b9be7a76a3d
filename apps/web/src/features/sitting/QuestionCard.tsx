import { Button, Card, Space, Tag } from 'antd';
import type { AttemptItemDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import type { AnswerValue } from './answers';
import { ItemInput } from './ItemInput';

interface Props {
  item: AttemptItemDto;
  index: number;
  count: number;
  value: AnswerValue | undefined;
  flagged: boolean;
  disabled: boolean;
  onChange: (value: AnswerValue) => void;
  onToggleFlag: () => void;
  onMove: (index: number) => void;
}

/** One item of the paper: its stem, its input, the flag and previous / next. */
export function QuestionCard({ item, index, count, value, flagged, disabled, onChange, onToggleFlag, onMove }: Props) {
  const { t, tOr } = useI18n();
  return (
    <Card
      data-testid="sitting-question"
      data-item-id={item.id}
      data-type={item.type}
      data-position={index + 1}
      title={
        <Space wrap>
          <span>{t('sitting.item.heading', { n: index + 1 })}</span>
          <Tag>{tOr(`qtype.${item.type}`, item.type)}</Tag>
          <Tag color="blue">{t('sitting.item.points', { n: item.points })}</Tag>
        </Space>
      }
      extra={
        <Button size="small" type={flagged ? 'primary' : 'default'} onClick={onToggleFlag} data-testid="flag-toggle" aria-pressed={flagged}>
          {`⚑ ${flagged ? t('sitting.item.unflag') : t('sitting.item.flag')}`}
        </Button>
      }
      actions={[
        <Button key="prev" disabled={index === 0} onClick={() => onMove(index - 1)} data-testid="question-prev">
          {t('sitting.item.prev')}
        </Button>,
        <Button key="next" type="primary" disabled={index >= count - 1} onClick={() => onMove(index + 1)} data-testid="question-next">
          {t('sitting.item.next')}
        </Button>,
      ]}
    >
      <RichText text={item.stem} className="question-stem sitting-stem" data-testid="sitting-stem" />
      <div className="sitting-answer">
        <ItemInput key={item.id} item={item} value={value} disabled={disabled} onChange={onChange} />
      </div>
    </Card>
  );
}
