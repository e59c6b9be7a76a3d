import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Drawer, Form, Input, InputNumber, Space, Table, Tag } from 'antd';
import type { DecisionPolicyDto, DecisionPolicyValue } from '@cm/contracts';
import { policyProblems } from '@cm/domain';
import { useAuth } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { policyQueryOptions, policyVersionsQueryOptions, useUpdatePolicy } from './api';

/** Every number of the policy, as [form path, message key, unit]. */
const FIELDS = [
  ['raterWeights.supervisor', 'dp.field.supervisorWeight', 'dp.unit.percent'],
  ['raterWeights.peer', 'dp.field.peerWeight', 'dp.unit.percent'],
  ['raterWeights.self', 'dp.field.selfWeight', 'dp.unit.percent'],
  ['disagreementLevels', 'dp.field.disagreementLevels', 'dp.unit.level'],
  ['indicatorRule.numerator', 'dp.field.indicatorNumerator', null],
  ['indicatorRule.denominator', 'dp.field.indicatorDenominator', null],
  ['evidenceRequiredFromLevel', 'dp.field.evidenceFrom', 'dp.unit.level'],
  ['examWeight', 'dp.field.examWeight', 'dp.unit.percent'],
  ['behaviourWeight', 'dp.field.behaviourWeight', 'dp.unit.percent'],
  ['examPassMark', 'dp.field.examPassMark', 'dp.unit.points'],
  ['compositeMin', 'dp.field.compositeMin', 'dp.unit.points'],
  ['maxLevelsBelowStandard', 'dp.field.maxBelow', 'dp.unit.level'],
  ['minShareAtStandard', 'dp.field.minShare', 'dp.unit.percent'],
  ['knowledgePassMark', 'dp.field.knowledgePassMark', 'dp.unit.points'],
  ['appealWindowDays', 'dp.field.appealDays', 'dp.unit.days'],
] as const;


const read = (value: DecisionPolicyValue, path: string): number => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], value) as number;

/** 定级规则: the decision policy in force, its versions, and a new version with a reason. */
export function DecisionPolicyPage() {
  const { t, formatDateTime } = useI18n();
  const { hasAnyRole } = useAuth();
  const policy = useQuery(policyQueryOptions());
  const versions = useQuery(policyVersionsQueryOptions());
  const [editing, setEditing] = useState(false);

  return (
    <Card
      title={t('dp.title')}
      data-testid="policy-page"
      extra={
        hasAnyRole(['officer', 'admin']) && policy.data ? (
          <Button type="primary" onClick={() => setEditing(true)} data-testid="policy-edit">
            {t('dp.edit')}
          </Button>
        ) : null
      }
    >
      <QueryState query={policy}>
        {policy.data && (
          <>
            <Space wrap style={{ marginBottom: 12 }}>
              <Tag color="blue" data-testid="policy-version">{t('cm.versionN', { version: policy.data.version })}</Tag>
              <Tag color={policy.data.provenance === 'default' ? 'orange' : 'cyan'}>{t(`dp.provenance.${policy.data.provenance}`)}</Tag>
              <span>{formatDateTime(policy.data.createdAt)}</span>
              <span>{policy.data.reason}</span>
            </Space>
            <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} data-testid="policy-values">
              {FIELDS.map(([path, key, u]) => (
                <Descriptions.Item key={path} label={t(key)}>
                  {`${read(policy.data.value, path)}${u ? t(u) : ''}`}
                </Descriptions.Item>
              ))}
            </Descriptions>
            <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('dp.hint')} />
          </>
        )}
      </QueryState>
      <Card size="small" title={t('cm.tab.history')} style={{ marginTop: 16 }}>
        <QueryState query={versions}>
          <Table<DecisionPolicyDto>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={[...(versions.data?.items ?? [])].reverse()}
            data-testid="policy-versions"
            columns={[
              { title: t('cm.version'), dataIndex: 'version', width: 90, render: (v: number) => t('cm.versionN', { version: v }) },
              { title: t('dp.col.provenance'), dataIndex: 'provenance', width: 110, render: (p: DecisionPolicyDto['provenance']) => t(`dp.provenance.${p}`) },
              { title: t('cm.createdAt'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatDateTime(v) },
              { title: t('cm.reason'), dataIndex: 'reason' },
              { title: t('dp.col.key'), key: 'key', render: (_v, p) => t('dp.keyNumbers', { exam: p.value.examWeight, behaviour: p.value.behaviourWeight, pass: p.value.examPassMark, composite: p.value.compositeMin }) },
            ]}
          />
        </QueryState>
      </Card>
      {editing && policy.data && <PolicyEditor policy={policy.data} onClose={() => setEditing(false)} />}
    </Card>
  );
}

interface EditValues {
  value: DecisionPolicyValue;
  reason: string;
}

function PolicyEditor({ policy, onClose }: { policy: DecisionPolicyDto; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { reportFormError } = useErrorText();
  const update = useUpdatePolicy();
  const [form] = Form.useForm<EditValues>();
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (values: EditValues) => {
    const local = policyProblems(values.value);
    setProblems(local.map((p) => p.message));
    if (local.length) return;
    update.mutate(
      { value: values.value, reason: values.reason.trim() },
      {
        onSuccess: (saved) => {
          void message.success(t('dp.saved', { version: saved.version }));
          onClose();
        },
        onError: (error) => reportFormError(form, error, [...FIELDS.map(([path]) => `value.${path}`), 'reason']),
      },
    );
  };

  return (
    <Drawer
      open
      size={560}
      title={t('dp.editTitle', { version: policy.version + 1 })}
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={update.isPending} onClick={() => form.submit()} {...testId('policy-save')}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {problems.length > 0 && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={problems.join(t('common.listSeparator'))} />}
      <Form<EditValues> form={form} layout="vertical" initialValues={{ value: policy.value, reason: '' }} onFinish={submit}>
        <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 }}>
          {FIELDS.map(([path, key]) => (
            <Form.Item key={path} name={['value', ...path.split('.')]} label={t(key)} rules={[{ required: true, message: t('rc.field.required') }]}>
              <InputNumber min={0} max={path === 'appealWindowDays' ? 365 : 100} style={{ width: '100%' }} />
            </Form.Item>
          ))}
        </div>
        <Form.Item name="reason" label={t('cm.reason')} rules={[{ required: true, whitespace: true, message: t('lv.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="policy-reason" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
