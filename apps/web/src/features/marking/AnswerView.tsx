import { Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { charCount } from './rubric-form';

/** The candidate's answer as typed: read-only, line breaks kept, never rendered as markup. */
export function AnswerView({ response }: { response: string | null }) {
  const { t } = useI18n();
  const text = response ?? '';
  if (text.trim() === '') {
    return (
      <Typography.Text type="secondary" data-testid="marking-answer-empty">
        {t('marking.task.noAnswer')}
      </Typography.Text>
    );
  }
  return (
    <div>
      <div
        data-testid="marking-answer"
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          padding: '12px 16px',
          background: 'var(--ant-color-fill-quaternary, #fafafa)',
          border: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
          borderRadius: 6,
          maxHeight: 480,
          overflowY: 'auto',
          lineHeight: 1.8,
        }}
      >
        {text}
      </div>
      <Typography.Text type="secondary" data-testid="marking-answer-chars">
        {t('marking.task.chars', { n: charCount(text) })}
      </Typography.Text>
    </div>
  );
}
