import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Checkbox, Form, Input, Modal, Result, TreeSelect } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { LevelSelect, TrackSelect, UserSelect } from '../competency/pickers';
import { orgUnitsQueryOptions } from '../org-units/api';
import { buildOrgTree, toTreeSelectData } from '../org-units/tree';
import { useBatchCampaigns, type BatchCampaignResult } from './api';
import { defaultDueDate, endOfDayIso } from './campaign-form';

interface Values {
  orgUnitId?: string;
  includeSubUnits?: boolean;
  trackId?: string;
  targetLevel?: number;
  supervisorId?: string;
  peerIds?: string[];
  includeSelf?: boolean;
  dueDate?: string;
  note?: string;
}

const FIELDS = { orgUnitId: 'orgUnitId', trackId: 'trackId', targetLevel: 'targetLevel', supervisorId: 'supervisorId', peerIds: 'peerIds', dueAt: 'dueDate' } as const;

/** 批量发起: one campaign per candidate of an org unit (and its sub-units), all with the same raters. */
export function BatchCampaignModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { reportFormError } = useErrorText();
  const [form] = Form.useForm<Values>();
  const batch = useBatchCampaigns();
  const units = useQuery(orgUnitsQueryOptions());
  const treeData = useMemo(() => toTreeSelectData(buildOrgTree(units.data ?? [])), [units.data]);
  const [result, setResult] = useState<BatchCampaignResult | null>(null);
  const supervisorId = Form.useWatch('supervisorId', form);

  useEffect(() => {
    if (open) {
      setResult(null);
      form.setFieldsValue({ includeSubUnits: true, includeSelf: false, dueDate: defaultDueDate(), peerIds: [] });
    }
  }, [open, form]);

  const submit = (values: Values) => {
    const dueAt = endOfDayIso(values.dueDate);
    const note = values.note?.trim();
    batch.mutate(
      {
        trackId: values.trackId ?? '',
        targetLevel: values.targetLevel ?? 1,
        orgUnitId: values.orgUnitId,
        includeSubUnits: values.includeSubUnits ?? true,
        supervisorId: values.supervisorId ?? '',
        peerIds: (values.peerIds ?? []).filter((id) => id !== values.supervisorId),
        includeSelf: values.includeSelf ?? false,
        ...(dueAt ? { dueAt } : {}),
        ...(note ? { note } : {}),
      },
      { onSuccess: setResult, onError: (error) => reportFormError(form, error, FIELDS) },
    );
  };

  const required = { required: true, message: t('rc.field.required') };
  return (
    <Modal
      open={open}
      title={t('rc.batch')}
      onCancel={onClose}
      onOk={() => (result ? onClose() : form.submit())}
      okText={result ? t('common.close') : t('rc.start')}
      cancelButtonProps={result ? { style: { display: 'none' } } : undefined}
      confirmLoading={batch.isPending}
      okButtonProps={testId('campaign-batch-submit')}
      width={640}
      destroyOnHidden
      forceRender
    >
      {result ? (
        <Result
          status="success"
          title={t('rc.batchDone', { n: result.total })}
          subTitle={result.skipped.length ? t('rc.batchSkipped', { n: result.skipped.length }) : undefined}
          data-testid="campaign-batch-result"
        />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={submit}>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('rc.batchHint')} />
          <Form.Item name="orgUnitId" label={t('rc.field.orgUnit')} rules={[required]}>
            <TreeSelect treeData={treeData} treeDefaultExpandAll loading={units.isPending} showSearch={{ treeNodeFilterProp: 'title' }} data-testid="campaign-batch-org" />
          </Form.Item>
          <Form.Item name="includeSubUnits" valuePropName="checked">
            <Checkbox>{t('rc.field.includeSubUnits')}</Checkbox>
          </Form.Item>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
            <Form.Item name="trackId" label={t('rc.field.track')} rules={[required]}>
              <TrackSelect />
            </Form.Item>
            <Form.Item name="targetLevel" label={t('rc.field.targetLevel')} rules={[required]}>
              <LevelSelect />
            </Form.Item>
          </div>
          <Form.Item name="supervisorId" label={t('rc.field.supervisor')} rules={[required]}>
            <UserSelect />
          </Form.Item>
          <Form.Item name="peerIds" label={t('rc.field.peers')} extra={t('rc.field.peersBatchHint')}>
            <UserSelect multiple exclude={supervisorId ? [supervisorId] : []} />
          </Form.Item>
          <Form.Item name="includeSelf" valuePropName="checked">
            <Checkbox>{t('rc.field.includeSelf')}</Checkbox>
          </Form.Item>
          <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
            <Form.Item name="dueDate" label={t('rc.field.due')} rules={[required]}>
              <Input type="date" />
            </Form.Item>
            <Form.Item name="note" label={t('rc.field.note')}>
              <Input maxLength={1000} />
            </Form.Item>
          </div>
        </Form>
      )}
    </Modal>
  );
}
