import { Descriptions, Space, Tag, Typography } from 'antd';
import type { CreateQuestionRequest, QuestionDto, Requirement } from '@cm/contracts';
import { RequirementTag } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import { Difficulty, QuestionTypeTag, UsageTags } from './labels';
import { answerBlanks, answerKeys } from './question-form';

export type QuestionContent = Pick<QuestionDto, 'type' | 'stem' | 'options' | 'answer' | 'difficulty' | 'explanation' | 'rubric' | 'tags' | 'usage'> & {
  /** Absent only in the editor's preview before one is chosen. */
  requirement?: Requirement;
  syllabusCode?: string;
};

/** What the editor's preview shows for a request body. */
export function contentFromRequest(body: CreateQuestionRequest, syllabusCode?: string, requirement?: Requirement): QuestionContent {
  return {
    type: body.type,
    stem: body.stem,
    options: body.options ?? undefined,
    answer: body.answer,
    difficulty: body.difficulty,
    requirement,
    explanation: body.explanation ?? undefined,
    rubric: body.rubric ?? undefined,
    tags: body.tags ?? [],
    usage: body.usage ?? [],
    syllabusCode,
  };
}

/** The answer in words: keys, 对/错, the alternatives per blank; empty for marked types. */
export function AnswerText({ content }: { content: Pick<QuestionContent, 'type' | 'answer'> }) {
  const { t } = useI18n();
  switch (content.type) {
    case 'single':
    case 'multiple':
      return <span>{answerKeys(content.answer).join('') || t('questions.noAnswer')}</span>;
    case 'judge':
      return <span>{typeof content.answer === 'boolean' ? t(content.answer ? 'questions.judgeTrue' : 'questions.judgeFalse') : t('questions.noAnswer')}</span>;
    case 'fill':
      return (
        <Space orientation="vertical" size={0}>
          {answerBlanks(content.answer).map((alternatives, index) => (
            <span key={index}>{t('questions.blankAnswer', { n: index + 1, answers: alternatives.join(' / ') })}</span>
          ))}
        </Space>
      );
    case 'short':
    case 'case':
      return <Typography.Text type="secondary">{t('questions.markedByRubric')}</Typography.Text>;
  }
}

export function RubricList({ rubric }: { rubric: QuestionContent['rubric'] }) {
  const { t } = useI18n();
  const items = rubric ?? [];
  const total = items.reduce((sum, item) => sum + (Number.isFinite(item.maxPoints) ? item.maxPoints : 0), 0);
  return (
    <Space orientation="vertical" size={2}>
      {items.map((item, index) => (
        <span key={index}>
          {index + 1}. {item.criterion} <Tag>{t('questions.points', { n: item.maxPoints })}</Tag>
        </span>
      ))}
      <Typography.Text strong>{t('questions.rubricTotal', { n: Math.round(total * 100) / 100 })}</Typography.Text>
    </Space>
  );
}

/** A question as candidates would read it, with the key, rubric and metadata for staff. */
export function QuestionView({ content, testId = 'question-view' }: { content: QuestionContent; testId?: string }) {
  const { t } = useI18n();
  const correct = new Set(answerKeys(content.answer));
  const marked = content.type === 'short' || content.type === 'case';
  return (
    <div className="question-view" data-testid={testId}>
      <Space wrap size={4} style={{ marginBottom: 8 }}>
        <QuestionTypeTag type={content.type} />
        {content.syllabusCode && <Tag>{content.syllabusCode}</Tag>}
        {content.requirement && <RequirementTag requirement={content.requirement} />}
        <Difficulty value={content.difficulty} />
        <UsageTags usage={content.usage} />
      </Space>
      <RichText text={content.stem} className="question-stem" data-testid={`${testId}-stem`} />
      {content.options && content.options.length > 0 && (
        <ol className="question-options">
          {content.options.map((option) => (
            <li key={option.key} className={correct.has(option.key) ? 'question-option correct' : 'question-option'} data-testid={`${testId}-option-${option.key}`}>
              <span className="question-option-key">{option.key}.</span>
              <RichText text={option.text} inline />
              {correct.has(option.key) && <span className="question-option-mark" aria-label={t('questions.correct')}>✓</span>}
            </li>
          ))}
        </ol>
      )}
      {content.type === 'judge' && (
        <Space className="question-judge">
          <Tag color={content.answer === true ? 'success' : undefined}>{t('questions.judgeTrue')}</Tag>
          <Tag color={content.answer === false ? 'success' : undefined}>{t('questions.judgeFalse')}</Tag>
        </Space>
      )}
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        {!marked && (
          <Descriptions.Item label={t('questions.answer')}>
            <AnswerText content={content} />
          </Descriptions.Item>
        )}
        {marked && (
          <Descriptions.Item label={t('questions.rubric')}>
            <RubricList rubric={content.rubric} />
          </Descriptions.Item>
        )}
        {content.explanation && (
          <Descriptions.Item label={t('questions.explanation')}>
            <RichText text={content.explanation} />
          </Descriptions.Item>
        )}
        {content.tags.length > 0 && (
          <Descriptions.Item label={t('questions.tags')}>
            {content.tags.map((tag) => (
              <Tag key={tag}>{tag}</Tag>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
    </div>
  );
}
