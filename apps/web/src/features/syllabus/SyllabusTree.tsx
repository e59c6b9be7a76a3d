import { useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Col, Empty, Row, Tag, Tree, Typography } from 'antd';
import type { SyllabusNodeDto, TrackDto } from '@cm/contracts';
import { ProvenanceTag, RequirementTag, useLevelLabel } from '../../app/components/labels';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { syllabusQueryOptions, useMoveSyllabusNode } from './api';
import { MoveNodeModal } from './MoveNodeModal';
import { dropTarget } from './syllabus-edit';
import { SyllabusNodeModal, type NodeDialog } from './SyllabusNodeModal';
import { SyllabusNodePanel } from './SyllabusNodePanel';
import { buildSyllabusTree, filterSyllabusTree, type SyllabusTreeNode } from './tree';

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

function NodeTitle({ node }: { node: SyllabusNodeDto }) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  return (
    <span className="syllabus-node" data-testid="syllabus-node" data-code={node.code}>
      <Typography.Text code>{node.code}</Typography.Text>
      <span className={node.kind === 'point' ? undefined : 'syllabus-node-heading'}>{node.title}</span>
      {node.kind !== 'point' && <Tag variant="filled">{t(`syllabus.kind.${node.kind}`)}</Tag>}
      {node.requirement && <RequirementTag requirement={node.requirement} />}
      {node.levels.length > 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('syllabus.levelsValue', { levels: node.levels.map(levelLabel).join(' ') })}
        </Typography.Text>
      )}
      <ProvenanceTag provenance={node.provenance} />
    </span>
  );
}

function toTreeItems(tree: SyllabusTreeNode[]): TreeItem[] {
  return tree.map((entry) => ({ key: entry.node.id, title: <NodeTitle node={entry.node} />, children: toTreeItems(entry.children) }));
}

interface DropInfo {
  dragNode: { key: string | number };
  node: { key: string | number; pos: string };
  dropPosition: number;
  dropToGap: boolean;
}

/** antd's `dropPosition` counts from the parent's first child; relative to the target it is
 * -1 (before) or 1 (after) when dropped into a gap. */
function dropPlace(info: DropInfo): 'inside' | 'before' | 'after' {
  if (!info.dropToGap) return 'inside';
  const index = Number(info.node.pos.split('-').pop());
  return info.dropPosition - index < 0 ? 'before' : 'after';
}

/** The syllabus of a track; for editors (trainer, admin) also selection, drag and drop, and the
 * panel with add / edit / reorder / move / delete. */
export function SyllabusTree({ track, filter, editable }: { track: TrackDto; filter: string; editable: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const syllabus = useQuery(syllabusQueryOptions(track.id));
  const nodes = useMemo(() => syllabus.data?.nodes ?? [], [syllabus.data]);
  const byId = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);
  const tree = useMemo(() => buildSyllabusTree(nodes), [nodes]);
  const items = useMemo(() => toTreeItems(filterSyllabusTree(tree, filter)), [tree, filter]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Everything is expanded except what the user collapsed, so new children show at once.
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const expandedKeys = useMemo(() => nodes.map((node) => node.id).filter((id) => !collapsed.has(id)), [nodes, collapsed]);
  const [dialog, setDialog] = useState<NodeDialog | undefined>(undefined);
  const [moving, setMoving] = useState<SyllabusNodeDto | null>(null);
  const move = useMoveSyllabusNode(track.id);
  const selected = selectedId ? (byId.get(selectedId) ?? null) : null;

  const onDrop = (info: DropInfo) => {
    const dragged = byId.get(String(info.dragNode.key));
    const target = byId.get(String(info.node.key));
    const place = dragged && target ? dropTarget(nodes, dragged, target, dropPlace(info)) : null;
    if (!dragged || !place) {
      void message.warning(t('syllabusEdit.dropNotAllowed'));
      return;
    }
    move.mutate(
      { id: dragged.id, ...place },
      {
        onSuccess: () => void message.success(t('syllabusEdit.moved')),
        onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })),
      },
    );
  };

  const treeView =
    items.length === 0 ? (
      <Empty description={t('syllabus.empty')} />
    ) : (
      <Tree<TreeItem>
        treeData={items}
        expandedKeys={expandedKeys}
        onExpand={(_keys, { expanded, node }) => {
          const next = new Set(collapsed);
          if (expanded) next.delete(String(node.key));
          else next.add(String(node.key));
          setCollapsed(next);
        }}
        selectable={editable}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => setSelectedId(keys.length > 0 ? String(keys[0]) : null)}
        draggable={editable && !filter && !move.isPending ? { icon: false } : false}
        allowDrop={({ dragNode, dropNode, dropPosition }) => {
          const dragged = byId.get(String(dragNode.key));
          const target = byId.get(String(dropNode.key));
          const where = dropPosition === 0 ? 'inside' : dropPosition < 0 ? 'before' : 'after';
          return Boolean(dragged && target && dropTarget(nodes, dragged, target, where));
        }}
        onDrop={onDrop}
        blockNode
        data-testid="syllabus-tree"
      />
    );

  return (
    <QueryState query={syllabus} rows={10}>
      <div className="page-toolbar">
        <Typography.Text type="secondary" data-testid="syllabus-count">
          {t('syllabus.count', { count: nodes.length })}
        </Typography.Text>
        {editable && (
          <>
            <Typography.Text type="secondary">{t('syllabusEdit.hint')}</Typography.Text>
            <span className="grow" />
            <Button onClick={() => setDialog({ mode: 'create', parent: null })} data-testid="syllabus-add-root">
              {t('syllabusEdit.addRoot')}
            </Button>
          </>
        )}
      </div>
      {editable ? (
        <Row gutter={16}>
          <Col xs={24} lg={14} xl={15}>
            <div className="syllabus-tree-scroll">{treeView}</div>
          </Col>
          <Col xs={24} lg={10} xl={9}>
            <div className="syllabus-panel-sticky">
              {selected ? (
                <SyllabusNodePanel
                  key={selected.id}
                  trackId={track.id}
                  nodes={nodes}
                  node={selected}
                  onAddChild={(parent) => setDialog({ mode: 'create', parent })}
                  onEdit={(node) => setDialog({ mode: 'edit', node })}
                  onMove={setMoving}
                  onDeleted={() => setSelectedId(null)}
                />
              ) : (
                <Empty description={t('syllabusEdit.selectHint')} data-testid="syllabus-select-hint" />
              )}
            </div>
          </Col>
        </Row>
      ) : (
        treeView
      )}
      {editable && (
        <>
          <SyllabusNodeModal trackId={track.id} nodes={nodes} dialog={dialog} onClose={() => setDialog(undefined)} />
          <MoveNodeModal trackId={track.id} nodes={nodes} node={moving} onClose={() => setMoving(null)} />
        </>
      )}
    </QueryState>
  );
}
