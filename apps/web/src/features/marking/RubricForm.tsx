import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, InputNumber, Space, Statistic, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { useScoreTask, type MarkingTaskDto, type ScoreTaskResult } from './api';
import { liveTotal, scoreErrorFields, scoreField, scoresFromValues, type RubricValues } from './rubric-form';

/** Refusals that no field can fix: shown as a message above the form. */
const REFUSALS = ['MARKING_NOT_ASSIGNEE', 'MARKING_CONFLICT_OF_INTEREST', 'MARKING_TASK_CLOSED'] as const;

/** The rubric as a form: one number per criterion (0..its maximum, halves, two decimals), a
 * comment, and the item's mark as it stands, scaled to the item's points. */
export function RubricForm({ task, onScored, onRefused }: { task: MarkingTaskDto; onScored: (result: ScoreTaskResult) => void; onRefused: () => void }) {
  const { t, tOr } = useI18n();
  const { reportFormError } = useErrorText();
  const [form] = Form.useForm<RubricValues>();
  const [values, setValues] = useState<Partial<RubricValues>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const score = useScoreTask(task.id);
  const rubricMax = task.rubric.reduce((sum, c) => sum + c.maxPoints, 0);
  const total = liveTotal(task.rubric, values, task.maxPoints);

  const submit = (submitted: RubricValues) => {
    setRefusal(null);
    const comment = submitted.comment?.trim();
    score.mutate(
      { scores: scoresFromValues(task.rubric, submitted), ...(comment ? { comment } : {}) },
      {
        onSuccess: onScored,
        onError: (error) => {
          const refused = REFUSALS.find((code) => isApiError(error, code));
          if (refused) {
            setRefusal(tOr(`marking.error.${refused}`, error.message));
            onRefused();
            return;
          }
          reportFormError(form, error, scoreErrorFields(task.rubric));
        },
      },
    );
  };

  return (
    <Form<RubricValues> form={form} layout="vertical" onFinish={submit} onValuesChange={(_changed, all) => setValues(all)} data-testid="rubric-form" requiredMark={false}>
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="marking-refused" />}
      {task.rubric.map((c, index) => (
        <Form.Item
          key={c.criterion}
          name={scoreField(index)}
          label={
            <Space size={4} wrap>
              <span>{c.criterion}</span>
              <Typography.Text type="secondary">{t('marking.task.criterionMax', { max: c.maxPoints })}</Typography.Text>
            </Space>
          }
          rules={[{ required: true, message: t('marking.task.scoreRequired') }]}
        >
          <InputNumber
            min={0}
            max={c.maxPoints}
            step={0.5}
            precision={2}
            style={{ width: 160 }}
            suffix={t('marking.task.pointsUnit')}
            aria-label={c.criterion}
            data-testid={`mark-score-${index}`}
          />
        </Form.Item>
      ))}
      <Form.Item name="comment" label={t('marking.task.comment')}>
        <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('marking.task.commentPlaceholder')} data-testid="mark-comment" />
      </Form.Item>
      <Descriptions size="small" column={1} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('marking.task.total')}>
          <Statistic
            value={total.points}
            precision={2}
            suffix={`/ ${task.maxPoints}`}
            styles={{ content: { fontSize: 22 } }}
            data-testid="mark-total"
          />
        </Descriptions.Item>
      </Descriptions>
      {rubricMax !== task.maxPoints && (
        <Typography.Paragraph type="secondary" data-testid="mark-scale-hint">
          {t('marking.task.scaleHint', { rubricMax, max: task.maxPoints })}
        </Typography.Paragraph>
      )}
      <Button type="primary" htmlType="submit" loading={score.isPending} data-testid="mark-submit">
        {t('marking.task.submit')}
      </Button>
    </Form>
  );
}
