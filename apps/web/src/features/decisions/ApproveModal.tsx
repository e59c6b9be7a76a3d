import { useState } from 'react';
import { Alert, Form, Input, Modal } from 'antd';
import type { LevelDecisionDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { testId } from '../../lib/test-id';
import { useApproveDecision } from './api';
import { useLevelErrorText } from './error-text';

interface Values {
  comment?: string;
  overrideReason?: string;
}

/** 批准: a comment, and an override reason when the recommendation refuses the level (the
 * server's 422 DECISION_NOT_AWARDED says so too and opens the field). */
export function ApproveModal({ decision, open, onClose, onApproved }: { decision: LevelDecisionDto; open: boolean; onClose: () => void; onApproved: (d: LevelDecisionDto) => void }) {
  const { t } = useI18n();
  const { levelErrorText } = useLevelErrorText();
  const [form] = Form.useForm<Values>();
  const approve = useApproveDecision(decision.id);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [needsOverride, setNeedsOverride] = useState(!decision.recommendation.awarded);

  const submit = (values: Values) => {
    setRefusal(null);
    const overrideReason = values.overrideReason?.trim();
    const comment = values.comment?.trim();
    approve.mutate(
      { ...(comment ? { comment } : {}), ...(overrideReason ? { overrideReason } : {}) },
      {
        onSuccess: (approved) => {
          form.resetFields();
          onApproved(approved);
        },
        onError: (error) => {
          if (isApiError(error, 'DECISION_NOT_AWARDED')) setNeedsOverride(true);
          setRefusal(levelErrorText(error));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('ld.approveTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={needsOverride ? t('ld.approveOverride') : t('ld.approve')}
      okButtonProps={{ danger: needsOverride, ...testId('decision-approve-submit') }}
      confirmLoading={approve.isPending}
      destroyOnHidden
      forceRender
    >
      {refusal && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={refusal} data-testid="decision-approve-error" />}
      {needsOverride && !refusal && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('ld.overrideWarning')} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="comment" label={t('ld.comment')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="decision-approve-comment" />
        </Form.Item>
        {needsOverride && (
          <Form.Item name="overrideReason" label={t('ld.overrideReason')} rules={[{ required: true, whitespace: true, message: t('ld.overrideRequired') }]} extra={t('ld.overrideHint')}>
            <Input.TextArea rows={3} maxLength={2000} showCount data-testid="decision-approve-override" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
