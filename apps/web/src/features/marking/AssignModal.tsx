import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Alert, Form, Modal, Select } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { testId } from '../../lib/test-id';
import { trainersQueryOptions, useAssignTask, type MarkingTaskDto } from './api';

interface Values {
  trainerId?: string;
}

/** An officer gives one open task to a trainer (a conflict of interest is refused by the server). */
export function AssignModal({ task, onClose }: { task: MarkingTaskDto | null; onClose: () => void }) {
  const { t, tOr } = useI18n();
  const { message } = App.useApp();
  const { reportFormError } = useErrorText();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const trainers = useQuery({ ...trainersQueryOptions(), enabled: task !== null });
  const assign = useAssignTask();
  const close = () => {
    setRefusal(null);
    onClose();
  };
  const submit = (values: Values) => {
    if (!task || !values.trainerId) return;
    const trainerId = values.trainerId;
    setRefusal(null);
    assign.mutate(
      { taskId: task.id, trainerId },
      {
        onSuccess: () => {
          const trainer = trainers.data?.find((user) => user.id === trainerId);
          void message.success(t('marking.admin.assigned', { name: trainer?.displayName ?? '' }));
          form.resetFields();
          close();
        },
        onError: (error) => {
          if (isApiError(error, 'MARKING_CONFLICT_OF_INTEREST') || isApiError(error, 'MARKING_TASK_CLOSED')) setRefusal(tOr(`marking.error.${error.code}`, error.message));
          else reportFormError(form, error, ['trainerId']);
        },
      },
    );
  };
  return (
    <Modal
      open={task !== null}
      title={t('marking.admin.assignTitle')}
      onCancel={close}
      onOk={() => form.submit()}
      confirmLoading={assign.isPending}
      okButtonProps={testId('assign-submit')}
      destroyOnHidden
      forceRender
    >
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} data-testid="assign-refused" />}
      <Form<Values> key={task?.id ?? 'none'} form={form} layout="vertical" onFinish={submit} data-testid="assign-form" initialValues={{ trainerId: task?.assigneeId ?? undefined }}>
        <Form.Item name="trainerId" label={t('marking.admin.assignTo')} rules={[{ required: true, message: t('marking.admin.trainerRequired') }]}>
          <Select<string>
            showSearch={{ optionFilterProp: 'label' }}
            loading={trainers.isPending}
            options={(trainers.data ?? []).map((user) => ({ value: user.id, label: `${user.displayName}（${user.username}）` }))}
            data-testid="assign-trainer"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
