import { useState } from 'react';
import { App, Button, Card, Space, Tag } from 'antd';
import type { PracticeFeedbackDto, PracticeItemDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import { useErrorText } from '../../lib/use-error-text';
import type { AnswerValue } from '../sitting/answers';
import { ItemInput } from '../sitting/ItemInput';
import { isFilled } from './answer-format';
import { useAnswerPractice, useMarkMastered } from './api';
import { FeedbackPanel } from './FeedbackPanel';

interface Props {
  setId: string;
  item: PracticeItemDto;
  index: number;
  feedback: PracticeFeedbackDto | undefined;
}

/** One practice question: answer, see the key and the explanation at once, try again. */
export function PracticeItemCard({ setId, item, index, feedback }: Props) {
  const { t, tOr } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const answer = useAnswerPractice(setId);
  const mastered = useMarkMastered();
  const [value, setValue] = useState<AnswerValue | undefined>(undefined);
  const [retrying, setRetrying] = useState(false);
  const showFeedback = feedback !== undefined && !retrying;
  const submit = () =>
    answer.mutate(
      { itemId: item.id, response: value },
      {
        onSuccess: () => setRetrying(false),
        onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })),
      },
    );
  const wrong = feedback?.wrongAnswer;
  return (
    <Card
      size="small"
      data-testid="practice-item"
      data-item-id={item.id}
      data-type={item.type}
      title={
        <Space wrap>
          <span>{t('sitting.item.heading', { n: index + 1 })}</span>
          <Tag>{tOr(`qtype.${item.type}`, item.type)}</Tag>
          {feedback && feedback.tries > 1 && <Tag>{t('training.practice.tries', { n: feedback.tries })}</Tag>}
        </Space>
      }
    >
      <RichText text={item.stem} className="question-stem" />
      <div style={{ margin: '12px 0' }}>
        <ItemInput item={item} value={showFeedback ? (feedback.response as AnswerValue) : value} disabled={showFeedback || answer.isPending} onChange={setValue} />
      </div>
      {showFeedback ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <FeedbackPanel type={item.type} correct={feedback.correct} response={feedback.response} answerKey={feedback.key} explanation={feedback.explanation} rubric={feedback.rubric} />
          <Space wrap>
            <Button
              onClick={() => {
                setValue(undefined);
                setRetrying(true);
              }}
              data-testid="practice-retry"
            >
              {t('training.practice.retry')}
            </Button>
            {wrong?.status === 'open' && feedback.correct === true && (
              <Button loading={mastered.isPending} onClick={() => mastered.mutate(wrong.id, { onSuccess: () => void message.success(t('training.wrong.markedMastered')) })} data-testid="practice-mark-mastered">
                {t('training.wrong.markMastered')}
              </Button>
            )}
          </Space>
        </Space>
      ) : (
        <Button type="primary" disabled={!isFilled(value)} loading={answer.isPending} onClick={submit} data-testid="practice-submit">
          {t('training.practice.submit')}
        </Button>
      )}
    </Card>
  );
}
