import { App, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { useSubmitSelfStudy } from './api';

interface Values {
  title: string;
  hours: number;
  studiedOn: string;
  note?: string;
}

/** The candidate reports self-study for the level trained for; a trainer confirms it before it counts. */
export function SelfStudyModal({ trackId, level, onClose }: { trackId: string; level: number; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitSelfStudy();
  const { reportFormError } = useErrorText();
  const today = new Date().toISOString().slice(0, 10);
  const onFinish = (v: Values) =>
    submit.mutate(
      { trackId, level, hours: v.hours, title: v.title.trim(), studiedOn: v.studiedOn, ...(v.note?.trim() ? { note: v.note.trim() } : {}) },
      {
        onSuccess: () => {
          void message.success(t('training.selfStudy.submitted'));
          onClose();
        },
        onError: (error) => reportFormError(form, error, ['title', 'hours', 'studiedOn', 'note']),
      },
    );
  return (
    <Modal
      open
      title={t('training.selfStudy.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('training.selfStudy.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={submit.isPending}
      okButtonProps={testId('self-study-submit')}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('training.selfStudy.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ studiedOn: today }}>
        <Form.Item name="title" label={t('training.selfStudy.field.title')} rules={[{ required: true, whitespace: true, message: t('training.selfStudy.field.titleRequired') }, { max: 200 }]}>
          <Input maxLength={200} data-testid="self-study-title" />
        </Form.Item>
        <Form.Item name="hours" label={t('training.selfStudy.field.hours')} rules={[{ required: true, message: t('training.selfStudy.field.hoursRequired') }]}>
          <InputNumber min={0.25} max={40} step={0.5} style={{ width: 160 }} data-testid="self-study-hours" />
        </Form.Item>
        <Form.Item name="studiedOn" label={t('training.selfStudy.field.studiedOn')} rules={[{ required: true, message: t('training.selfStudy.field.studiedOnRequired') }]}>
          <Input type="date" max={today} data-testid="self-study-date" />
        </Form.Item>
        <Form.Item name="note" label={t('training.selfStudy.field.note')}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
