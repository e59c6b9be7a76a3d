import { useState } from 'react';
import { App, Form, Modal, Select } from 'antd';
import type { SyllabusNodeDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { useMoveSyllabusNode } from './api';
import { allowedParents, siblingsOf } from './syllabus-edit';

const ROOT = '__root__';

/** Moves `node` under another parent (of an allowed kind) at a chosen place among its children. */
export function MoveNodeModal(props: { trackId: string; nodes: SyllabusNodeDto[]; node: SyllabusNodeDto | null; onClose: () => void }) {
  return props.node ? <MoveForm key={props.node.id} {...props} node={props.node} /> : null;
}

function MoveForm({ trackId, nodes, node, onClose }: { trackId: string; nodes: SyllabusNodeDto[]; node: SyllabusNodeDto; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const move = useMoveSyllabusNode(trackId);
  const [parent, setParent] = useState<string>(node.parentId ?? ROOT);
  const parentId = parent === ROOT ? null : parent;
  const siblings = siblingsOf(nodes, parentId).filter((sibling) => sibling.id !== node.id);
  const [position, setPosition] = useState<number>(siblings.length);
  const parents = allowedParents(nodes, node);

  const onOk = () => {
    move.mutate(
      { id: node.id, parentId, position: Math.min(position, siblings.length) },
      {
        onSuccess: () => {
          void message.success(t('syllabusEdit.moved'));
          onClose();
        },
        onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })),
      },
    );
  };

  return (
    <Modal
      open
      title={t('syllabusEdit.moveTitle', { code: node.code, title: node.title })}
      onCancel={onClose}
      onOk={onOk}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={move.isPending}
      okButtonProps={{ ...testId('syllabus-move-save') }}
    >
      <Form layout="vertical">
        <Form.Item label={t('syllabusEdit.moveParent')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            value={parent}
            onChange={(value: string) => {
              setParent(value);
              setPosition(siblingsOf(nodes, value === ROOT ? null : value).filter((sibling) => sibling.id !== node.id).length);
            }}
            options={parents.map((candidate) => ({
              value: candidate?.id ?? ROOT,
              label: candidate ? `${candidate.code} ${candidate.title}` : t('syllabusEdit.topLevel'),
            }))}
            data-testid="syllabus-move-parent"
          />
        </Form.Item>
        <Form.Item label={t('syllabusEdit.movePosition')}>
          <Select
            value={Math.min(position, siblings.length)}
            onChange={setPosition}
            options={[
              { value: 0, label: t('syllabusEdit.positionFirst') },
              ...siblings.map((sibling, index) => ({ value: index + 1, label: t('syllabusEdit.positionAfter', { code: sibling.code, title: sibling.title }) })),
            ]}
            data-testid="syllabus-move-position"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
