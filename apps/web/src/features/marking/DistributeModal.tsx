import { useQuery } from '@tanstack/react-query';
import { App, Alert, Form, Modal, Select, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { testId } from '../../lib/test-id';
import { trainersQueryOptions, useDistribute } from './api';

interface Values {
  trainerIds?: string[];
}

/** 自动分配: round robin of a session's unassigned open tasks over the chosen (or all) trainers. */
export function DistributeModal({ session, onClose }: { session: { sessionId: string; title: string; unassigned: number } | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { reportFormError } = useErrorText();
  const [form] = Form.useForm<Values>();
  const trainers = useQuery({ ...trainersQueryOptions(), enabled: session !== null });
  const distribute = useDistribute();
  const submit = (values: Values) => {
    if (!session) return;
    distribute.mutate(
      { sessionId: session.sessionId, trainerIds: values.trainerIds },
      {
        onSuccess: ({ assigned, skipped }) => {
          if (skipped > 0) void message.warning(t('marking.admin.distributedSkipped', { assigned, skipped }));
          else void message.success(t('marking.admin.distributed', { assigned }));
          form.resetFields();
          onClose();
        },
        onError: (error) => reportFormError(form, error, ['trainerIds']),
      },
    );
  };
  return (
    <Modal
      open={session !== null}
      title={session ? t('marking.admin.distributeTitle', { session: session.title }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('marking.admin.distribute')}
      confirmLoading={distribute.isPending}
      okButtonProps={testId('distribute-submit')}
      destroyOnHidden
      forceRender
    >
      <Typography.Paragraph type="secondary">{t('marking.admin.distributeHint')}</Typography.Paragraph>
      {session && session.unassigned === 0 && <Alert type="info" showIcon title={t('marking.admin.nothingToDistribute')} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="distribute-form">
        <Form.Item name="trainerIds" label={t('marking.admin.trainers')}>
          <Select<string[]>
            mode="multiple"
            allowClear
            loading={trainers.isPending}
            placeholder={t('marking.admin.allTrainers')}
            optionFilterProp="label"
            options={(trainers.data ?? []).map((user) => ({ value: user.id, label: `${user.displayName}（${user.username}）` }))}
            data-testid="distribute-trainers"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
