import { useEffect } from 'react';
import { Checkbox, Form, Input, Modal } from 'antd';
import type { RatingCampaignDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { LevelSelect, TrackSelect, UserSelect } from '../competency/pickers';
import { useCreateCampaign } from './api';
import { defaultDueDate, toCreateCampaignRequest, type CampaignFormValues } from './campaign-form';

/** API field → form field, for 400 details. */
const FIELDS = { candidateId: 'candidateId', trackId: 'trackId', targetLevel: 'targetLevel', raters: 'supervisorId', dueAt: 'dueDate', note: 'note' } as const;

/** 发起评估 for one candidate: track, target level, exactly one supervisor, peers, optional self, due date. */
export function CreateCampaignModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (campaign: RatingCampaignDto) => void }) {
  const { t } = useI18n();
  const { reportFormError } = useErrorText();
  const [form] = Form.useForm<CampaignFormValues>();
  const create = useCreateCampaign();
  const candidateId = Form.useWatch('candidateId', form);
  const supervisorId = Form.useWatch('supervisorId', form);

  useEffect(() => {
    if (open) form.setFieldsValue({ dueDate: defaultDueDate(), includeSelf: false, peerIds: [] });
  }, [open, form]);

  const submit = (values: CampaignFormValues) =>
    create.mutate(toCreateCampaignRequest(values), {
      onSuccess: (campaign) => {
        form.resetFields();
        onCreated(campaign);
      },
      onError: (error) => reportFormError(form, error, FIELDS),
    });

  const required = { required: true, message: t('rc.field.required') };
  return (
    <Modal
      open={open}
      title={t('rc.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('rc.start')}
      confirmLoading={create.isPending}
      okButtonProps={testId('campaign-create-submit')}
      width={640}
      destroyOnHidden
      forceRender
    >
      <Form<CampaignFormValues> form={form} layout="vertical" onFinish={submit} data-testid="campaign-form">
        <Form.Item name="candidateId" label={t('rc.field.candidate')} rules={[required]}>
          <UserSelect role="candidate" data-testid="campaign-candidate" placeholder={t('rc.field.candidatePlaceholder')} />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item name="trackId" label={t('rc.field.track')} rules={[required]}>
            <TrackSelect data-testid="campaign-track" />
          </Form.Item>
          <Form.Item name="targetLevel" label={t('rc.field.targetLevel')} rules={[required]}>
            <LevelSelect data-testid="campaign-level" />
          </Form.Item>
        </div>
        <Form.Item
          name="supervisorId"
          label={t('rc.field.supervisor')}
          extra={t('rc.field.supervisorHint')}
          rules={[required, { validator: (_r, value) => (value && value === candidateId ? Promise.reject(new Error(t('rc.field.notSelf'))) : Promise.resolve()) }]}
        >
          <UserSelect data-testid="campaign-supervisor" exclude={candidateId ? [candidateId] : []} />
        </Form.Item>
        <Form.Item name="peerIds" label={t('rc.field.peers')}>
          <UserSelect multiple data-testid="campaign-peers" exclude={[candidateId, supervisorId].filter((id): id is string => !!id)} />
        </Form.Item>
        <Form.Item name="includeSelf" valuePropName="checked">
          <Checkbox data-testid="campaign-self">{t('rc.field.includeSelf')}</Checkbox>
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          <Form.Item name="dueDate" label={t('rc.field.due')} rules={[required]}>
            <Input type="date" data-testid="campaign-due" />
          </Form.Item>
          <Form.Item name="note" label={t('rc.field.note')}>
            <Input maxLength={1000} />
          </Form.Item>
        </div>
      </Form>
    </Modal>
  );
}
