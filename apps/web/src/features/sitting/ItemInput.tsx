import { Checkbox, Input, Radio, Space, Typography } from 'antd';
import type { AttemptItemDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import type { AnswerValue } from './answers';

interface Props {
  item: AttemptItemDto;
  value: AnswerValue | undefined;
  disabled: boolean;
  onChange: (value: AnswerValue) => void;
}

function blanksOf(value: AnswerValue | undefined, count: number): string[] {
  const list = Array.isArray(value) ? value : [];
  return Array.from({ length: count }, (_unused, index) => list[index] ?? '');
}

/** The input of one paper item, by type. */
export function ItemInput({ item, value, disabled, onChange }: Props) {
  const { t } = useI18n();
  const options = item.options ?? [];
  switch (item.type) {
    case 'single':
      return (
        <Radio.Group value={typeof value === 'string' ? value : undefined} disabled={disabled} onChange={(event) => onChange(String(event.target.value))} data-testid="answer-single">
          <Space orientation="vertical">
            {options.map((option) => (
              <Radio key={option.key} value={option.key} data-testid={`option-${option.key}`}>
                <span className="sitting-option-key">{option.key}.</span> <RichText text={option.text} inline />
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'multiple':
      return (
        <Checkbox.Group
          value={Array.isArray(value) ? value : []}
          disabled={disabled}
          onChange={(keys) => onChange([...keys].map(String).sort())}
          data-testid="answer-multiple"
        >
          <Space orientation="vertical">
            {options.map((option) => (
              <Checkbox key={option.key} value={option.key} data-testid={`option-${option.key}`}>
                <span className="sitting-option-key">{option.key}.</span> <RichText text={option.text} inline />
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      );
    case 'judge':
      return (
        <Radio.Group value={typeof value === 'boolean' ? value : undefined} disabled={disabled} onChange={(event) => onChange(event.target.value === true)} data-testid="answer-judge">
          <Space>
            <Radio value={true} data-testid="judge-true">{t('sitting.item.true')}</Radio>
            <Radio value={false} data-testid="judge-false">{t('sitting.item.false')}</Radio>
          </Space>
        </Radio.Group>
      );
    case 'fill': {
      const blanks = blanksOf(value, Math.max(1, item.blanks ?? 1));
      return (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="answer-fill">
          {blanks.map((text, index) => (
            <Input
              key={index}
              addonBefore={t('sitting.item.blank', { n: index + 1 })}
              value={text}
              maxLength={500}
              disabled={disabled}
              onChange={(event) => onChange(blanks.map((old, at) => (at === index ? event.target.value : old)))}
              data-testid={`blank-${index + 1}`}
            />
          ))}
        </Space>
      );
    }
    default: {
      const text = typeof value === 'string' ? value : '';
      return (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Input.TextArea
            value={text}
            autoSize={{ minRows: item.type === 'case' ? 8 : 5, maxRows: 20 }}
            maxLength={20000}
            disabled={disabled}
            onChange={(event) => onChange(event.target.value)}
            data-testid="answer-text"
          />
          <Typography.Text type="secondary" data-testid="answer-chars">
            {t('sitting.item.chars', { n: [...text].length })}
          </Typography.Text>
        </Space>
      );
    }
  }
}
