import { Button, Form, Input, InputNumber, Typography } from 'antd';
import { QUESTION_LIMITS } from '@cm/domain';
import { useI18n } from '../../../app/i18n/i18n';
import type { QuestionFormValues } from '../question-form';

/** Rubric criteria with points for 简答 / 案例分析, and their total. */
export function RubricEditor() {
  const { t } = useI18n();
  const form = Form.useFormInstance<QuestionFormValues>();
  const rubric: QuestionFormValues['rubric'] = Form.useWatch('rubric', form) ?? [];
  const total = rubric.reduce((sum, item) => sum + (typeof item?.maxPoints === 'number' ? item.maxPoints : 0), 0);

  return (
    <Form.List name="rubric">
      {(fields, { add, remove }, { errors }) => (
        <Form.Item label={t('qe.rubric')} required>
          <div data-testid="qe-rubric">
            {fields.map((field, index) => (
              <div key={field.key} className="qe-rubric-row">
                <span className="qe-option-key">{index + 1}.</span>
                <Form.Item
                  name={[field.name, 'criterion']}
                  className="qe-option-text"
                  rules={[{ required: true, whitespace: true, message: t('qe.criterionRequired') }]}
                >
                  <Input maxLength={500} placeholder={t('qe.criterion')} data-testid={`qe-criterion-${index}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'maxPoints']} rules={[{ required: true, type: 'number', min: 0.01, message: t('qe.pointsRequired') }]}>
                  <InputNumber min={0} max={1000} step={0.5} placeholder={t('qe.maxPoints')} style={{ width: 110 }} data-testid={`qe-points-${index}`} />
                </Form.Item>
                <Button type="text" danger disabled={fields.length <= 1} onClick={() => remove(index)} data-testid={`qe-criterion-remove-${index}`}>
                  {t('qe.remove')}
                </Button>
              </div>
            ))}
            <Form.ErrorList errors={errors} />
            <div className="page-toolbar" style={{ marginBottom: 0 }}>
              <Button
                type="dashed"
                onClick={() => add({ criterion: '', maxPoints: null })}
                disabled={fields.length >= QUESTION_LIMITS.maxRubricCriteria}
                data-testid="qe-criterion-add"
              >
                {t('qe.addCriterion')}
              </Button>
              <span className="grow" />
              <Typography.Text strong data-testid="qe-rubric-total">
                {t('questions.rubricTotal', { n: Math.round(total * 100) / 100 })}
              </Typography.Text>
            </div>
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}
