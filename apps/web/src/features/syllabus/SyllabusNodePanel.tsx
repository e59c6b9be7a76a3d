import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Typography } from 'antd';
import type { SyllabusNodeDto } from '@cm/contracts';
import { useAuth } from '../../app/auth/auth-context';
import { ProvenanceTag, RequirementTag, useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { useDeleteSyllabusNode, useMoveSyllabusNode } from './api';
import { CHILD_KINDS, stepMove } from './syllabus-edit';

interface PanelProps {
  trackId: string;
  nodes: SyllabusNodeDto[];
  node: SyllabusNodeDto;
  onAddChild: (parent: SyllabusNodeDto) => void;
  onEdit: (node: SyllabusNodeDto) => void;
  onMove: (node: SyllabusNodeDto) => void;
  onDeleted: () => void;
}

function countOf(details: Record<string, unknown>, key: string): number {
  const value = details[key];
  return typeof value === 'number' ? value : 0;
}

/** The selected node of the editor and what can be done with it. */
export function SyllabusNodePanel({ trackId, nodes, node, onAddChild, onEdit, onMove, onDeleted }: PanelProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const { hasAnyRole } = useAuth();
  const levelLabel = useLevelLabel();
  const move = useMoveSyllabusNode(trackId);
  const remove = useDeleteSyllabusNode(trackId);
  const [refusal, setRefusal] = useState<{ title: string; detail?: string } | null>(null);
  const up = stepMove(nodes, node, -1);
  const down = stepMove(nodes, node, 1);

  const onStep = (target: typeof up) => {
    if (!target) return;
    move.mutate({ id: node.id, ...target }, { onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })) });
  };

  const onDelete = () => {
    setRefusal(null);
    remove.mutate(node.id, {
      onSuccess: () => {
        void message.success(t('syllabusEdit.deleted', { code: node.code }));
        onDeleted();
      },
      onError: (error) => {
        if (isApiError(error, 'SYLLABUS_NODE_IN_USE')) {
          setRefusal({ title: t('syllabusEdit.inUse', { count: countOf(error.details, 'questionCount') }), detail: error.message });
        } else if (isApiError(error, 'SYLLABUS_NODE_HAS_CHILDREN')) {
          setRefusal({ title: t('syllabusEdit.hasChildren', { count: countOf(error.details, 'childCount') }), detail: error.message });
        } else {
          setRefusal({ title: t('common.operationFailed', { message: errorText(error) }) });
        }
      },
    });
  };

  return (
    <Card size="small" title={t('syllabusEdit.selected')} data-testid="syllabus-node-panel">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('syllabusEdit.code')}>
          <Typography.Text code data-testid="syllabus-panel-code">
            {node.code}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('syllabusEdit.title')}>{node.title}</Descriptions.Item>
        <Descriptions.Item label={t('syllabusEdit.kind')}>{t(`syllabus.kind.${node.kind}`)}</Descriptions.Item>
        <Descriptions.Item label={t('syllabusEdit.requirement')}>{node.requirement ? <RequirementTag requirement={node.requirement} /> : t('common.notSet')}</Descriptions.Item>
        <Descriptions.Item label={t('syllabusEdit.levels')}>{node.levels.map(levelLabel).join(' ')}</Descriptions.Item>
        <Descriptions.Item label={t('syllabusEdit.provenance')}>
          <ProvenanceTag provenance={node.provenance} />
        </Descriptions.Item>
      </Descriptions>
      <Space wrap style={{ marginTop: 12 }}>
        {CHILD_KINDS[node.kind].length > 0 && (
          <Button type="primary" onClick={() => onAddChild(node)} data-testid="syllabus-add-child">
            {t('syllabusEdit.addChild')}
          </Button>
        )}
        <Button onClick={() => onEdit(node)} data-testid="syllabus-edit">
          {t('common.edit')}
        </Button>
        <Button disabled={!up} loading={move.isPending} onClick={() => onStep(up)} data-testid="syllabus-move-up">
          {t('syllabusEdit.up')}
        </Button>
        <Button disabled={!down} loading={move.isPending} onClick={() => onStep(down)} data-testid="syllabus-move-down">
          {t('syllabusEdit.down')}
        </Button>
        <Button onClick={() => onMove(node)} data-testid="syllabus-move">
          {t('syllabusEdit.move')}
        </Button>
        <Popconfirm
          title={t('syllabusEdit.confirmDelete', { code: node.code, title: node.title })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, ...testId('syllabus-delete-confirm') }}
          onConfirm={onDelete}
        >
          <Button danger loading={remove.isPending} data-testid="syllabus-delete">
            {t('syllabusEdit.delete')}
          </Button>
        </Popconfirm>
        {hasAnyRole(['trainer', 'officer']) && (
          <Link to={`/questions?track=${trackId}&node=${node.id}`} data-testid="syllabus-node-questions">
            {t('syllabusEdit.viewQuestions')}
          </Link>
        )}
      </Space>
      {refusal && (
        <Alert type="error" showIcon title={refusal.title} description={refusal.detail} style={{ marginTop: 12 }} data-testid="syllabus-delete-error" />
      )}
    </Card>
  );
}
