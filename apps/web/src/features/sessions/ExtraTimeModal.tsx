import { App, Form, Input, InputNumber, Modal } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { testId } from '../../lib/test-id';
import { useExtraTime } from './api';
import { CandidateSelect } from './CandidateSelect';

interface Values {
  candidateId?: string;
  minutes?: number;
  reason?: string;
}

/** Grants a registered candidate extra minutes (a running attempt's deadline moves at once). */
export function ExtraTimeModal({ sessionId, open, onClose }: { sessionId: string; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { reportFormError } = useErrorText();
  const [form] = Form.useForm<Values>();
  const grant = useExtraTime(sessionId);
  const required = { required: true, message: t('sessions.field.required') };
  const submit = (values: Values) =>
    grant.mutate(
      { candidateId: values.candidateId ?? '', minutes: values.minutes ?? 0, reason: (values.reason ?? '').trim() },
      {
        onSuccess: (result) => {
          void message.success(t('sessions.extra.done', { minutes: result.minutes, total: result.totalMinutes }));
          form.resetFields();
          onClose();
        },
        onError: (error) => reportFormError(form, error, ['candidateId', 'minutes', 'reason']),
      },
    );
  return (
    <Modal
      open={open}
      title={t('sessions.extra.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={grant.isPending}
      okButtonProps={testId('extra-time-submit')}
      destroyOnHidden
      forceRender
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="extra-time-form">
        <Form.Item name="candidateId" label={t('sessions.extra.candidate')} rules={[required]}>
          <CandidateSelect data-testid="extra-time-candidate" />
        </Form.Item>
        <Form.Item name="minutes" label={t('sessions.extra.minutes')} rules={[required]} initialValue={10}>
          <InputNumber min={1} max={240} precision={0} data-testid="extra-time-minutes" />
        </Form.Item>
        <Form.Item name="reason" label={t('sessions.extra.reason')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={2} maxLength={1000} data-testid="extra-time-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
