import { Alert, Button, Form, Select } from 'antd';
import { useI18n } from '../../../app/i18n/i18n';
import { insertInline } from '../../../lib/rich-text-edit';
import type { QuestionFormValues } from '../question-form';

/** One list of accepted alternatives per blank (`____`) of the stem; the editor keeps the
 * number of lists equal to the number of blanks. */
export function FillBlanks() {
  const { t } = useI18n();
  const form = Form.useFormInstance<QuestionFormValues>();

  const addBlank = () => {
    const stem: string = form.getFieldValue('stem') ?? '';
    form.setFieldValue('stem', insertInline({ text: stem, start: stem.length, end: stem.length }, '____').text);
  };

  return (
    <Form.List name="blanks">
      {(fields, _ops, { errors }) => (
        <Form.Item label={t('qe.blanks')} required extra={t('qe.blanksHint')}>
          <div data-testid="qe-blanks">
            {fields.length === 0 && <Alert type="info" showIcon title={t('qe.noBlanks')} style={{ marginBottom: 8 }} data-testid="qe-no-blanks" />}
            {fields.map((field, index) => (
              <Form.Item
                key={field.key}
                name={[field.name]}
                label={t('qe.blankN', { n: index + 1 })}
                rules={[{ required: true, type: 'array', min: 1, message: t('qe.blankNeedsAnswer', { n: index + 1 }) }]}
                layout="horizontal"
                labelCol={{ flex: '72px' }}
                wrapperCol={{ flex: 'auto' }}
              >
                <Select
                  mode="tags"
                  open={false}
                  suffixIcon={null}
                  tokenSeparators={['/', '|']}
                  placeholder={t('qe.blankPlaceholder')}
                  data-testid={`qe-blank-${index}`}
                />
              </Form.Item>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" onClick={addBlank} data-testid="qe-add-blank">
              {t('qe.addBlank')}
            </Button>
          </div>
        </Form.Item>
      )}
    </Form.List>
  );
}
