import { Form, Modal } from 'antd';
import type { LevelDecisionDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { LevelSelect, TrackSelect, UserSelect } from '../competency/pickers';
import { useRequestDecision } from './api';
import { useLevelErrorText } from './error-text';

interface Values {
  candidateId?: string;
  trackId?: string;
  targetLevel?: number;
}

/** 申请定级: the recommendation is computed at once and shown on the decision's page. */
export function RequestDecisionModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (decision: LevelDecisionDto) => void }) {
  const { t } = useI18n();
  const { reportFormError } = useErrorText();
  const { levelErrorText } = useLevelErrorText();
  const [form] = Form.useForm<Values>();
  const request = useRequestDecision();
  const required = { required: true, message: t('rc.field.required') };
  return (
    <Modal
      open={open}
      title={t('ld.request')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('ld.requestSubmit')}
      confirmLoading={request.isPending}
      okButtonProps={testId('decision-request-submit')}
      destroyOnHidden
      forceRender
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          request.mutate(
            { candidateId: values.candidateId ?? '', trackId: values.trackId ?? '', targetLevel: values.targetLevel ?? 1 },
            {
              onSuccess: (decision) => {
                form.resetFields();
                onCreated(decision);
              },
              onError: (error) => {
                // A 409 (a pending request exists / already awarded) belongs to the candidate field.
                if (isApiError(error, 'CONFLICT')) form.setFields([{ name: 'candidateId', errors: [levelErrorText(error)] }]);
                else reportFormError(form, error, ['candidateId', 'trackId', 'targetLevel']);
              },
            },
          )
        }
      >
        <Form.Item name="candidateId" label={t('rc.field.candidate')} rules={[required]}>
          <UserSelect role="candidate" data-testid="decision-candidate" />
        </Form.Item>
        <Form.Item name="trackId" label={t('rc.field.track')} rules={[required]}>
          <TrackSelect data-testid="decision-track" />
        </Form.Item>
        <Form.Item name="targetLevel" label={t('rc.field.targetLevel')} rules={[required]} extra={t('ld.requestHint')}>
          <LevelSelect data-testid="decision-level" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
