import { Alert, List, Space, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import { useAnswerText } from './labels';

interface Props {
  type: string;
  correct: boolean | null;
  response: unknown;
  answerKey: unknown;
  explanation: string | null;
  rubric: { criterion: string; maxPoints: number }[] | null;
  /** e.g. “2 / 3 分” on a mock exam item */
  points?: string;
}

/** After an answer: right or wrong, the key in the keys shown, the explanation and, for
 * 简答/案例分析, the rubric to check oneself against. */
export function FeedbackPanel({ type, correct, response, answerKey, explanation, rubric, points }: Props) {
  const { t } = useI18n();
  const answerText = useAnswerText();
  const subjective = type === 'short' || type === 'case';
  const verdict = correct === null ? t('training.feedback.selfCheck') : correct ? t('training.feedback.right') : t('training.feedback.wrong');
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="practice-feedback" data-correct={correct === null ? 'self' : String(correct)}>
      <Alert type={correct === null ? 'info' : correct ? 'success' : 'error'} showIcon title={points ? `${verdict}（${points}）` : verdict} />
      {!subjective && (
        <Space wrap>
          <Typography.Text type="secondary">{t('training.feedback.yours')}</Typography.Text>
          <Typography.Text data-testid="practice-response">{answerText(type, response)}</Typography.Text>
          <Typography.Text type="secondary">{t('training.feedback.key')}</Typography.Text>
          <Typography.Text strong type="success" data-testid="practice-key">
            {answerText(type, answerKey)}
          </Typography.Text>
        </Space>
      )}
      {subjective && rubric && rubric.length > 0 && (
        <List
          size="small"
          header={<Typography.Text strong>{t('training.feedback.rubric')}</Typography.Text>}
          dataSource={rubric}
          renderItem={(r) => <List.Item>{t('training.feedback.criterion', { criterion: r.criterion, points: r.maxPoints })}</List.Item>}
        />
      )}
      {explanation && (
        <div data-testid="practice-explanation">
          <Typography.Text strong>{t('training.feedback.explanation')}</Typography.Text>
          <RichText text={explanation} />
        </div>
      )}
    </Space>
  );
}
