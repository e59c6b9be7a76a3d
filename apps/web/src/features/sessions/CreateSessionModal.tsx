import { useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import type { SessionDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { useLevelLabel } from '../../app/components/labels';
import { useErrorText } from '../../lib/use-error-text';
import { testId } from '../../lib/test-id';
import { tracksQueryOptions } from '../syllabus/api';
import { activeBlueprintsQueryOptions, useCreateSession } from './api';
import { localInputToIso, toCreateSessionRequest, toLocalInput, type SessionFormValues } from './session-form';

const FORM_FIELDS = ['blueprintId', 'title', 'opensAt', 'closesAt', 'formMode', 'parallelForms', 'durationMinutes', 'instructions', 'graceSeconds'] as const;

const TWO_COLUMNS = { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 16 } as const;

function initialValues(): SessionFormValues {
  const now = new Date();
  return {
    opensAt: toLocalInput(now),
    closesAt: toLocalInput(new Date(now.getTime() + 2 * 3600_000)),
    formMode: 'per_candidate',
    graceSeconds: 30,
    retakeAllowed: true,
  };
}

/** Track → level → active blueprint, then the window and the paper settings. */
export function CreateSessionModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (session: SessionDto) => void }) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  const { reportFormError } = useErrorText();
  const [form] = Form.useForm<SessionFormValues>();
  const create = useCreateSession();
  const trackId = Form.useWatch('trackId', form);
  const level = Form.useWatch('level', form);
  const blueprintId = Form.useWatch('blueprintId', form);
  const formMode = Form.useWatch('formMode', form);
  const tracks = useQuery(tracksQueryOptions());
  const track = tracks.data?.find((candidate) => candidate.id === trackId);
  const blueprints = useQuery({ ...activeBlueprintsQueryOptions(trackId ?? '', level ?? 0), enabled: Boolean(trackId && level) });
  const blueprintItems = useMemo(() => blueprints.data?.items ?? [], [blueprints.data]);
  const blueprint = blueprintItems.find((item) => item.id === blueprintId);

  useEffect(() => {
    if (open) form.setFieldsValue(initialValues());
  }, [open, form]);

  useEffect(() => {
    // One active blueprint per track and level is the rule: pick it for the officer.
    const only = blueprintItems.length === 1 ? blueprintItems[0] : undefined;
    form.setFieldValue('blueprintId', only?.id);
  }, [blueprintItems, form]);

  const submit = (values: SessionFormValues) => {
    create.mutate(toCreateSessionRequest(values), {
      onSuccess: (session) => {
        form.resetFields();
        onCreated(session);
      },
      onError: (error) => reportFormError(form, error, FORM_FIELDS),
    });
  };

  const required = { required: true, message: t('sessions.field.required') };
  return (
    <Modal
      open={open}
      title={t('sessions.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending}
      okButtonProps={testId('session-create-submit')}
      width={640}
      destroyOnHidden
      forceRender
    >
      <Form<SessionFormValues> form={form} layout="vertical" onFinish={submit} data-testid="session-form">
        <Form.Item name="trackId" label={t('sessions.field.track')} rules={[required]}>
          <Select
            data-testid="session-track"
            loading={tracks.isPending}
            options={(tracks.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
            onChange={() => form.setFieldsValue({ level: undefined, blueprintId: undefined })}
          />
        </Form.Item>
        <Form.Item name="level" label={t('sessions.field.level')} rules={[required]}>
          <Select
            data-testid="session-level"
            options={(track?.levels ?? []).map((item) => ({ value: item.level, label: levelLabel(item.level) }))}
          />
        </Form.Item>
        <Form.Item
          name="blueprintId"
          label={t('sessions.field.blueprint')}
          rules={[required]}
          extra={trackId && level && blueprints.isSuccess && blueprintItems.length === 0 ? t('sessions.field.noBlueprint') : undefined}
        >
          <Select
            data-testid="session-blueprint"
            loading={blueprints.isFetching}
            options={blueprintItems.map((item) => ({ value: item.id, label: `${item.name} · v${item.version}` }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t('sessions.field.title')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} data-testid="session-title" />
        </Form.Item>
        <div style={TWO_COLUMNS}>
          <Form.Item name="opensAt" label={t('sessions.field.opensAt')} rules={[required]}>
            <Input type="datetime-local" data-testid="session-opens" />
          </Form.Item>
          <Form.Item
            name="closesAt"
            label={t('sessions.field.closesAt')}
            dependencies={['opensAt']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_rule, value: string | undefined) => {
                  const opens = localInputToIso(getFieldValue('opensAt') as string | undefined);
                  const closes = localInputToIso(value);
                  if (!opens || !closes || closes > opens) return Promise.resolve();
                  return Promise.reject(new Error(t('sessions.field.closesAfterOpens')));
                },
              }),
            ]}
          >
            <Input type="datetime-local" data-testid="session-closes" />
          </Form.Item>
        </div>
        <Form.Item name="formMode" label={t('sessions.field.formMode')}>
          <Radio.Group data-testid="session-form-mode">
            <Radio value="per_candidate">{t('sessions.formMode.per_candidate')}</Radio>
            <Radio value="fixed">{t('sessions.formMode.fixed')}</Radio>
          </Radio.Group>
        </Form.Item>
        {formMode === 'fixed' && (
          <Form.Item name="parallelForms" label={t('sessions.field.parallelForms')} rules={[required]} initialValue={2}>
            <InputNumber min={1} max={26} precision={0} data-testid="session-parallel" />
          </Form.Item>
        )}
        <div style={TWO_COLUMNS}>
          <Form.Item
            name="durationMinutes"
            label={t('sessions.field.duration')}
            extra={blueprint ? t('sessions.field.durationHint', { n: blueprint.durationMinutes }) : undefined}
          >
            <InputNumber min={1} max={600} precision={0} style={{ width: '100%' }} data-testid="session-duration" />
          </Form.Item>
          <Form.Item name="graceSeconds" label={t('sessions.field.grace')}>
            <InputNumber min={0} max={600} precision={0} style={{ width: '100%' }} data-testid="session-grace" />
          </Form.Item>
        </div>
        <div style={TWO_COLUMNS}>
          <Form.Item name="retakeAllowed" label={t('sessions.retake.label')} valuePropName="checked">
            <Checkbox data-testid="session-retake-allowed">{t('sessions.retake.allowed')}</Checkbox>
          </Form.Item>
          <Form.Item name="retakeIntervalMonths" label={t('sessions.retake.interval')} extra={t('sessions.retake.intervalHint')}>
            <InputNumber min={0} max={60} precision={0} style={{ width: '100%' }} data-testid="session-retake-interval" />
          </Form.Item>
        </div>
        <Form.Item name="instructions" label={t('sessions.field.instructions')}>
          <Input.TextArea rows={3} maxLength={5000} data-testid="session-instructions" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
