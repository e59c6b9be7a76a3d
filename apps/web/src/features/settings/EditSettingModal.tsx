import { Alert, App, Form, Input, Modal } from 'antd';
import type { SettingDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { useUpdateSetting } from './api';
import { parseJson, prettyJson } from './json';

interface EditValues {
  valueText: string;
  note: string;
}

/** Mounted per opened setting, so the form always starts from that setting's value. */
export function EditSettingModal({ setting, onClose }: { setting: SettingDto | null; onClose: () => void }) {
  return setting ? <EditSettingDialog key={setting.key} setting={setting} onClose={onClose} /> : null;
}

function EditSettingDialog({ setting, onClose }: { setting: SettingDto; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateSetting();
  const { reportFormError } = useErrorText();

  const onFinish = (values: EditValues) => {
    const parsed = parseJson(values.valueText);
    if (!parsed.ok) return;
    update.mutate(
      { key: setting.key, value: parsed.value, note: values.note.trim() },
      {
        onSuccess: (saved) => {
          void message.success(t('settings.saved', { version: saved.version }));
          onClose();
        },
        onError: (error) => {
          reportFormError(form, error, { value: 'valueText', note: 'note' });
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('settings.editTitle', { key: setting.key })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      width={640}
      okButtonProps={{ ...testId('setting-save') }}
    >
      <Alert type="info" showIcon title={t('settings.newVersionHint')} style={{ marginBottom: 16 }} />
      <Form<EditValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ valueText: prettyJson(setting.value), note: '' }}
      >
        <Form.Item
          name="valueText"
          label={t('settings.valueJson')}
          rules={[
            { required: true, message: t('settings.invalidJson') },
            {
              validator: (_rule, text: unknown) => {
                const parsed = parseJson(typeof text === 'string' ? text : '');
                return parsed.ok ? Promise.resolve() : Promise.reject(new Error(`${t('settings.invalidJson')}: ${parsed.message}`));
              },
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 6, maxRows: 18 }} spellCheck={false} className="json-editor" data-testid="setting-value" />
        </Form.Item>
        <Form.Item name="note" label={t('settings.note')} rules={[{ required: true, whitespace: true, message: t('settings.noteRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} showCount data-testid="setting-note" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
