import { App, Form, Input, Modal, Select } from 'antd';
import type { OrgUnitDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { ORG_UNIT_KINDS, useCreateOrgUnit, type OrgUnitKind } from './api';

interface OrgUnitValues {
  name: string;
  kind: OrgUnitKind;
}

const CHILD_KIND: Record<OrgUnitKind, OrgUnitKind> = { province: 'city', city: 'county', county: 'county' };

/** `parent` undefined = closed; `null` = a new top-level unit; else a child of that unit. */
export function CreateOrgUnitModal({ parent, onClose }: { parent: OrgUnitDto | null | undefined; onClose: () => void }) {
  return parent === undefined ? null : <CreateOrgUnitDialog key={parent?.id ?? 'root'} parent={parent} onClose={onClose} />;
}

function CreateOrgUnitDialog({ parent, onClose }: { parent: OrgUnitDto | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgUnitValues>();
  const create = useCreateOrgUnit();
  const { reportFormError } = useErrorText();

  const onFinish = (values: OrgUnitValues) => {
    create.mutate(
      { name: values.name.trim(), kind: values.kind, parentId: parent?.id ?? null },
      {
        onSuccess: () => {
          void message.success(t('orgUnits.created'));
          onClose();
        },
        onError: (error) => {
          reportFormError(form, error, ['name', 'kind']);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={parent ? t('orgUnits.addChildTo', { name: parent.name }) : t('orgUnits.addRoot')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ ...testId('org-unit-save') }}
    >
      <Form<OrgUnitValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ name: '', kind: parent ? CHILD_KIND[parent.kind] : 'province' }}
      >
        <Form.Item name="name" label={t('orgUnits.name')} rules={[{ required: true, whitespace: true, message: t('orgUnits.nameRequired') }]}>
          <Input maxLength={64} data-testid="org-unit-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('orgUnits.kind')} rules={[{ required: true }]}>
          <Select options={ORG_UNIT_KINDS.map((kind) => ({ value: kind, label: t(`orgUnits.kind.${kind}`) }))} data-testid="org-unit-kind" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
