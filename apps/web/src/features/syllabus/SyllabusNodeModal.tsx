import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { LEVELS, REQUIREMENTS, type Requirement, type SyllabusKind, type SyllabusNodeDto } from '@cm/contracts';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { useCreateSyllabusNode, useUpdateSyllabusNode, type UpdateSyllabusNodeRequest } from './api';
import { CHILD_KINDS, suggestChildCode } from './syllabus-edit';

/** `create` under `parent` (null = top level) or `edit` a node; undefined = closed. */
export type NodeDialog = { mode: 'create'; parent: SyllabusNodeDto | null } | { mode: 'edit'; node: SyllabusNodeDto };

interface NodeValues {
  kind: SyllabusKind;
  code: string;
  title: string;
  requirement?: Requirement;
  levels: number[];
}

const FIELDS = ['kind', 'code', 'title', 'requirement', 'levels'];

export function SyllabusNodeModal(props: { trackId: string; nodes: SyllabusNodeDto[]; dialog: NodeDialog | undefined; onClose: () => void }) {
  const { dialog } = props;
  if (!dialog) return null;
  const key = dialog.mode === 'edit' ? `edit-${dialog.node.id}` : `create-${dialog.parent?.id ?? 'root'}`;
  return <NodeForm key={key} {...props} dialog={dialog} />;
}

function initialValues(nodes: SyllabusNodeDto[], dialog: NodeDialog): NodeValues {
  if (dialog.mode === 'edit') {
    const { node } = dialog;
    return { kind: node.kind, code: node.code, title: node.title, requirement: node.requirement, levels: node.levels };
  }
  const kinds = dialog.parent ? CHILD_KINDS[dialog.parent.kind] : ['part' as const];
  const kind = kinds.includes('chapter') ? 'chapter' : (kinds[0] ?? 'part');
  return { kind, code: suggestChildCode(nodes, dialog.parent), title: '', levels: dialog.parent?.levels ?? [...LEVELS] };
}

function changes(node: SyllabusNodeDto, values: NodeValues): UpdateSyllabusNodeRequest {
  const body: UpdateSyllabusNodeRequest = {};
  if (values.code.trim() !== node.code) body.code = values.code.trim();
  if (values.title.trim() !== node.title) body.title = values.title.trim();
  if ((values.requirement ?? null) !== (node.requirement ?? null)) body.requirement = values.requirement ?? null;
  const levels = [...values.levels].sort();
  if (levels.join() !== [...node.levels].sort().join()) body.levels = levels;
  return body;
}

function NodeForm({ trackId, nodes, dialog, onClose }: { trackId: string; nodes: SyllabusNodeDto[]; dialog: NodeDialog; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const levelLabel = useLevelLabel();
  const { reportFormError } = useErrorText();
  const [form] = Form.useForm<NodeValues>();
  const create = useCreateSyllabusNode(trackId);
  const update = useUpdateSyllabusNode(trackId);
  const kinds: readonly SyllabusKind[] = dialog.mode === 'edit' ? [dialog.node.kind] : dialog.parent ? CHILD_KINDS[dialog.parent.kind] : ['part'];

  const done = (text: string) => () => {
    void message.success(text);
    onClose();
  };
  const onError = (error: Error) => reportFormError(form, error, FIELDS);

  const onFinish = (values: NodeValues) => {
    if (dialog.mode === 'edit') {
      const body = changes(dialog.node, values);
      if (Object.keys(body).length === 0) {
        onClose();
        return;
      }
      update.mutate({ id: dialog.node.id, body }, { onSuccess: done(t('syllabusEdit.updated')), onError });
      return;
    }
    create.mutate(
      {
        trackId,
        parentId: dialog.parent?.id ?? null,
        kind: values.kind,
        code: values.code.trim(),
        title: values.title.trim(),
        ...(values.requirement ? { requirement: values.requirement } : {}),
        levels: [...values.levels].sort(),
      },
      { onSuccess: done(t('syllabusEdit.created')), onError },
    );
  };

  const title =
    dialog.mode === 'edit'
      ? t('syllabusEdit.editTitle', { code: dialog.node.code })
      : dialog.parent
        ? t('syllabusEdit.addUnder', { code: dialog.parent.code, title: dialog.parent.title })
        : t('syllabusEdit.addRoot');

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      okButtonProps={{ ...testId('syllabus-node-save') }}
    >
      <Form<NodeValues> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues(nodes, dialog)} data-testid="syllabus-node-form">
        <Form.Item name="kind" label={t('syllabusEdit.kind')} rules={[{ required: true }]}>
          <Select disabled={kinds.length < 2} options={kinds.map((kind) => ({ value: kind, label: t(`syllabus.kind.${kind}`) }))} data-testid="syllabus-node-kind" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('syllabusEdit.code')}
          extra={t('syllabusEdit.codeHint')}
          rules={[
            { required: true, whitespace: true, message: t('syllabusEdit.codeRequired') },
            { pattern: /^\s*[A-Za-z0-9.\-_]{1,32}\s*$/, message: t('syllabusEdit.codePattern') },
          ]}
        >
          <Input maxLength={32} data-testid="syllabus-node-code" />
        </Form.Item>
        <Form.Item name="title" label={t('syllabusEdit.title')} rules={[{ required: true, whitespace: true, message: t('syllabusEdit.titleRequired') }]}>
          <Input maxLength={200} data-testid="syllabus-node-title" />
        </Form.Item>
        <Form.Item name="requirement" label={t('syllabusEdit.requirement')}>
          <Select allowClear options={REQUIREMENTS.map((value) => ({ value, label: t(`requirement.${value}`) }))} data-testid="syllabus-node-requirement" />
        </Form.Item>
        <Form.Item name="levels" label={t('syllabusEdit.levels')} rules={[{ required: true, type: 'array', min: 1, message: t('syllabusEdit.levelsRequired') }]}>
          <Checkbox.Group options={LEVELS.map((value) => ({ value, label: levelLabel(value) }))} data-testid="syllabus-node-levels" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
