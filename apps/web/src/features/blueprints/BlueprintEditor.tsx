import { Alert, Button, Card, Popconfirm, Space, Tooltip, Typography } from 'antd';
import type { BlueprintDto, SyllabusNodeDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { AreasTable } from './AreasTable';
import { FeasibilityReport, ShortfallList } from './FeasibilityReport';
import { PaperSettings } from './PaperSettings';
import { SectionsTable } from './SectionsTable';
import { useBlueprintEditor, type EditorSource } from './use-blueprint-editor';

interface Props {
  trackId: string;
  level: number;
  source: EditorSource;
  /** e.g. “复制自 二级 第 1 版”, for an unsaved copy */
  copiedFrom: string | null;
  nodes: readonly SyllabusNodeDto[];
  canEdit: boolean;
  onSaved: (dto: BlueprintDto) => void;
  onCopyFromLevel: () => void;
}

/** The 比重表 editor of one version: problems are shown on their cells as the officer types and
 * block saving; feasibility and activation ask the server about the saved version. */
export function BlueprintEditor({ trackId, level, source, copiedFrom, nodes, canEdit, onSaved, onCopyFromLevel }: Props) {
  const { t } = useI18n();
  const editor = useBlueprintEditor(trackId, level, source, nodes, onSaved);
  const { base } = source;
  const readOnly = !canEdit;
  const saveBlocked = editor.problems.length > 0;
  const needsSaving = !base || editor.dirty;

  const actions = (
    <Space wrap data-testid="bp-actions">
      {canEdit && (
        <Button onClick={onCopyFromLevel} data-testid="bp-copy-level">
          {t('bp.copyFromLevel')}
        </Button>
      )}
      {canEdit &&
        (editor.isDraft ? (
          <Button type="primary" disabled={saveBlocked || !editor.dirty} loading={editor.saving} onClick={editor.save} data-testid="bp-save-draft">
            {t('bp.saveDraft')}
          </Button>
        ) : (
          <Button type="primary" disabled={saveBlocked} loading={editor.saving} onClick={editor.save} data-testid="bp-save-new">
            {t('bp.saveNew')}
          </Button>
        ))}
      <Tooltip title={needsSaving ? t('bp.saveFirst') : undefined}>
        <Button disabled={needsSaving} loading={editor.checking} onClick={editor.check} data-testid="bp-check">
          {t('bp.check')}
        </Button>
      </Tooltip>
      {canEdit && editor.isDraft && (
        <Popconfirm
          title={t('bp.activateConfirm')}
          description={t('bp.activateHint')}
          onConfirm={editor.doActivate}
          okText={t('bp.activate')}
          cancelText={t('common.cancel')}
          okButtonProps={testId('bp-activate-confirm')}
          disabled={needsSaving}
        >
          <Button disabled={needsSaving} loading={editor.activating} data-testid="bp-activate">
            {t('bp.activate')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );

  const heading = base ? t('bp.editorTitle', { version: base.version }) : t('bp.editorNew');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="bp-editor" data-version={base?.version ?? ''}>
      <div className="page-toolbar" style={{ marginBottom: 0 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {heading}
        </Typography.Title>
        {copiedFrom && <Typography.Text type="secondary" data-testid="bp-copied-from">{copiedFrom}</Typography.Text>}
        <span className="grow" />
        {actions}
      </div>
      {canEdit && base && base.status !== 'draft' && <Alert type="info" showIcon title={t('bp.frozenHint')} />}
      {editor.problems.length > 0 && canEdit && (
        <Alert
          type="error"
          showIcon
          title={t('bp.problems', { n: editor.problems.length })}
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {editor.problems.map((p, i) => (
                <li key={`${p.path}-${i}`}>{p.message}</li>
              ))}
            </ul>
          }
          data-testid="bp-problems"
        />
      )}
      <Card size="small" title={t('bp.paper')}>
        <PaperSettings draft={editor.draft} problems={editor.byPath} readOnly={readOnly} onChange={editor.change} />
      </Card>
      <Card size="small" title={t('bp.sections')}>
        <SectionsTable sections={editor.draft.sections} problems={editor.byPath} readOnly={readOnly} onChange={(sections) => editor.change({ sections })} />
      </Card>
      <Card size="small" title={t('bp.areas')} extra={<Typography.Text type="secondary">{t('bp.areasHint')}</Typography.Text>}>
        <AreasTable
          areas={editor.draft.areas}
          sections={editor.draft.sections}
          nodes={nodes}
          allocation={editor.allocation}
          problems={editor.byPath}
          readOnly={readOnly}
          onChange={(areas) => editor.change({ areas })}
        />
      </Card>
      {editor.activateShort && (
        <Alert
          type="error"
          showIcon
          title={t('bp.activateRefused', { forms: editor.activateShort.forms })}
          description={<ShortfallList shortfalls={editor.activateShort.shortfalls} nodes={editor.nodeMap} testId="bp-activate-shortfalls" />}
          data-testid="bp-activate-error"
        />
      )}
      {editor.report && (
        <Card size="small" title={t('bp.check')}>
          <FeasibilityReport report={editor.report} nodes={editor.nodeMap} />
        </Card>
      )}
    </Space>
  );
}
