import { useMemo, useState } from 'react';
import { App } from 'antd';
import type { BlueprintBody, BlueprintDto, SyllabusNodeDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { infeasibleDetails, invalidProblems, useActivateBlueprint, useCreateBlueprint, useFeasibility, useUpdateBlueprint } from './api';
import { draftAllocation, draftFromBody, draftProblems, draftToBody, problemsByPath, syllabusContext, type BlueprintDraft } from './blueprint-form';

export interface EditorSource {
  /** the saved version being shown, or null for an unsaved copy */
  base: BlueprintDto | null;
  /** the body to start from (the base's own, or the copied one) */
  body: Omit<BlueprintBody, 'trackId' | 'level'>;
}

/** State and actions of the 比重表 editor: the draft, its live problems and allocation, and
 * save (POST a new version or PATCH a draft), 可行性检查 and 启用. */
export function useBlueprintEditor(trackId: string, level: number, source: EditorSource, nodes: readonly SyllabusNodeDto[], onSaved: (dto: BlueprintDto) => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const [draft, setDraft] = useState<BlueprintDraft>(() => draftFromBody(source.body));
  const [dirty, setDirty] = useState(false);
  const [serverProblems, setServerProblems] = useState<{ path: string; message: string }[]>([]);
  const create = useCreateBlueprint();
  const update = useUpdateBlueprint();
  const activate = useActivateBlueprint();
  const feasibility = useFeasibility();

  const ctx = useMemo(() => syllabusContext(nodes), [nodes]);
  const problems = useMemo(
    () => draftProblems(draft, trackId, level, ctx, t('bp.thresholdInvalid')),
    [draft, trackId, level, ctx, t],
  );
  const byPath = useMemo(() => problemsByPath([...problems, ...serverProblems]), [problems, serverProblems]);
  const allocation = useMemo(() => draftAllocation(draft), [draft]);
  const nodeMap = useMemo(() => new Map(nodes.map((node) => [node.id, node])), [nodes]);

  const change = (patch: Partial<BlueprintDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setDirty(true);
    setServerProblems([]);
    feasibility.reset();
    activate.reset();
  };

  const onSaveError = (error: unknown) => {
    const listed = invalidProblems(error);
    if (listed) setServerProblems(listed);
    void message.error(t('common.operationFailed', { message: listed?.map((p) => p.message).join(t('common.listSeparator')) || errorText(error) }));
  };

  const base = source.base;
  const isDraft = base?.status === 'draft';
  const save = () => {
    const body = draftToBody(draft, trackId, level);
    if (base && isDraft) {
      const { trackId: _track, level: _level, ...changes } = body;
      update.mutate(
        { id: base.id, changes },
        {
          onSuccess: (dto) => {
            setDirty(false);
            void message.success(t('bp.savedDraft', { version: dto.version }));
            onSaved(dto);
          },
          onError: onSaveError,
        },
      );
      return;
    }
    create.mutate(body, {
      onSuccess: (dto) => {
        setDirty(false);
        void message.success(t('bp.savedNew', { version: dto.version }));
        onSaved(dto);
      },
      onError: onSaveError,
    });
  };

  const check = () => {
    if (base) feasibility.mutate(base.id, { onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })) });
  };

  const doActivate = () => {
    if (!base) return;
    activate.mutate(base.id, {
      onSuccess: (dto) => {
        void message.success(t('bp.activated', { version: dto.version }));
        onSaved(dto);
      },
      onError: (error) => {
        if (!infeasibleDetails(error)) void message.error(t('common.operationFailed', { message: errorText(error) }));
      },
    });
  };

  return {
    draft,
    change,
    dirty,
    problems: [...problems, ...serverProblems],
    byPath,
    allocation,
    nodeMap,
    isDraft,
    save,
    saving: create.isPending || update.isPending,
    check,
    checking: feasibility.isPending,
    report: feasibility.data ?? null,
    doActivate,
    activating: activate.isPending,
    activateShort: infeasibleDetails(activate.error),
  };
}
