import { Form, Input, Modal } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';

interface Props {
  open: boolean;
  title: string;
  label: string;
  hint?: string;
  okText?: string;
  danger?: boolean;
  loading?: boolean;
  error?: string | null;
  testIdPrefix: string;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}

/** A required reason (cancel, reject, revoke …) in a small modal. */
export function ReasonModal({ open, title, label, hint, okText, danger, loading, error, testIdPrefix, onCancel, onSubmit }: Props) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={okText ?? t('common.confirm')}
      okButtonProps={{ danger, ...testId(`${testIdPrefix}-submit`) }}
      confirmLoading={loading}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(values) => onSubmit(values.reason.trim())}>
        <Form.Item
          name="reason"
          label={label}
          extra={hint}
          validateStatus={error ? 'error' : undefined}
          help={error ?? undefined}
          rules={[{ required: true, whitespace: true, message: t('lv.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid={`${testIdPrefix}-reason`} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
