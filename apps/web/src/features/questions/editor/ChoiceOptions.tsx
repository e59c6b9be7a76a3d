import { useState } from 'react';
import { Button, Checkbox, Form, Radio, Typography } from 'antd';
import { optionKeyAt, QUESTION_LIMITS } from '@cm/domain';
import { useI18n } from '../../../app/i18n/i18n';
import { keysAfterRemoval, type QuestionFormValues } from '../question-form';
import { RichTextInput } from '../RichTextInput';

/** Shows the chosen key(s) under the options; carries the form errors of the answer. */
function CorrectSummary({ value }: { value?: string | string[] }) {
  const { t } = useI18n();
  const keys = Array.isArray(value) ? value : value ? [value] : [];
  return keys.length > 0 ? (
    <Typography.Text strong data-testid="qe-correct-summary">
      {keys.join('')}
    </Typography.Text>
  ) : (
    <Typography.Text type="secondary">{t('qe.pickCorrect')}</Typography.Text>
  );
}

/** Options A.. with the correct one (radio, single) or ones (checkboxes, multiple) marked. */
export function ChoiceOptions({ multiple }: { multiple: boolean }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<QuestionFormValues>();
  // The marks live in local state as well as in the form: the form's watchers update after the
  // event, which would make a controlled radio or checkbox flicker back for a moment.
  const [correct, setSingle] = useState<string | undefined>(() => form.getFieldValue('correct'));
  const [correctKeys, setMulti] = useState<string[]>(() => form.getFieldValue('correctKeys') ?? []);

  const setCorrect = (value: string | undefined) => {
    setSingle(value);
    form.setFields([{ name: 'correct', value, errors: [] }]);
  };
  const setCorrectKeys = (value: string[]) => {
    setMulti(value);
    form.setFields([{ name: 'correctKeys', value, errors: [] }]);
  };

  const toggle = (key: string, checked: boolean) =>
    setCorrectKeys(checked ? [...new Set([...correctKeys, key])].sort() : correctKeys.filter((other) => other !== key));

  const onRemove = (index: number, remove: (index: number) => void) => {
    remove(index);
    if (multiple) setCorrectKeys(keysAfterRemoval(correctKeys, index));
    else setCorrect(keysAfterRemoval(correct ? [correct] : [], index)[0]);
  };

  return (
    <>
      <Form.List name="options">
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t('qe.options')} required extra={t(multiple ? 'qe.optionsHintMultiple' : 'qe.optionsHintSingle')}>
            <div className="qe-options" data-testid="qe-options">
              {fields.map((field, index) => {
                const key = optionKeyAt(index);
                return (
                  <div key={field.key} className="qe-option-row">
                    <span className="qe-option-mark" data-testid={`qe-correct-${key}`}>
                      {multiple ? (
                        <Checkbox checked={correctKeys.includes(key)} onChange={(event) => toggle(key, event.target.checked)} aria-label={t('qe.markCorrect', { key })} />
                      ) : (
                        <Radio checked={correct === key} onChange={() => setCorrect(key)} aria-label={t('qe.markCorrect', { key })} />
                      )}
                    </span>
                    <span className="qe-option-key">{key}</span>
                    <Form.Item
                      name={[field.name, 'text']}
                      className="qe-option-text"
                      rules={[{ required: true, whitespace: true, message: t('qe.optionTextRequired', { key }) }]}
                    >
                      <RichTextInput compact data-testid={`qe-option-${key}`} />
                    </Form.Item>
                    <Button
                      type="text"
                      danger
                      disabled={fields.length <= QUESTION_LIMITS.minOptions}
                      onClick={() => onRemove(index, remove)}
                      data-testid={`qe-option-remove-${key}`}
                    >
                      {t('qe.remove')}
                    </Button>
                  </div>
                );
              })}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" onClick={() => add({ text: '' })} disabled={fields.length >= QUESTION_LIMITS.maxOptions} data-testid="qe-option-add">
                {t('qe.addOption')}
              </Button>
            </div>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item
        name={multiple ? 'correctKeys' : 'correct'}
        label={t('qe.correct')}
        required
        rules={[
          {
            validator: async (_rule, value: unknown) => {
              const keys = Array.isArray(value) ? value : value ? [value] : [];
              if (!multiple && keys.length !== 1) throw new Error(t('qe.singleNeedsOne'));
              if (multiple && keys.length < 2) throw new Error(t('qe.multipleNeedsTwo'));
              if (multiple && keys.length >= (form.getFieldValue('options') as unknown[]).length) throw new Error(t('qe.multipleNeedsWrong'));
            },
          },
        ]}
      >
        <CorrectSummary />
      </Form.Item>
    </>
  );
}
