import { Tag, Tooltip } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { ModelLevelDto } from './api';
import { parseProvenance } from './provenance';

const COMPLETENESS_COLORS: Record<ModelLevelDto['completeness'], string> = { complete: 'green', partial: 'orange', not_found: 'default', authored: 'cyan' };

/** How much of a level's source text was found (完整 / 部分缺失 / 原文未找到 / 本单位编写). */
export function CompletenessTag({ completeness }: { completeness: ModelLevelDto['completeness'] }) {
  const { t, tOr } = useI18n();
  return (
    <Tooltip title={t('cm.completenessHint')}>
      <Tag color={COMPLETENESS_COLORS[completeness]} variant="outlined" data-testid="cm-completeness" data-completeness={completeness}>
        {tOr(`cm.completeness.${completeness}`, completeness)}
      </Tag>
    </Tooltip>
  );
}

/** The provenance of a text: its source keys, or "written by the organisation in vN" — never
 * both run together, so organisation text never reads as source text. */
export function ProvenanceLabel({ provenance, sources }: { provenance: string; sources?: Record<string, string> }) {
  const { t } = useI18n();
  const parts = parseProvenance(provenance);
  const urls = parts.sources
    .flatMap((part) => part.split(/[,，\s]+/))
    .map((key) => (sources?.[key] ? `${key}: ${sources[key]}` : null))
    .filter((line): line is string => line !== null);
  return (
    <span data-testid="cm-provenance">
      {parts.sources.length > 0 && (
        <Tooltip title={urls.length ? urls.join('\n') : undefined}>
          <Tag color="green" variant="outlined" style={{ fontSize: 11 }} data-provenance="source">
            {t('cm.provenance.source', { source: parts.sources.join('；') })}
          </Tag>
        </Tooltip>
      )}
      {parts.organisationVersions.map((version) => (
        <Tag key={version} color="cyan" variant="outlined" style={{ fontSize: 11 }} data-provenance="organisation">
          {t('cm.provenance.organisation', { version })}
        </Tag>
      ))}
      {parts.notFound && parts.organisationVersions.length === 0 && (
        <Tag variant="outlined" style={{ fontSize: 11 }} data-provenance="not-found">
          {t('cm.provenance.notFound')}
        </Tag>
      )}
    </span>
  );
}

/** 初级 / 中级 / 高级 / 资深 (the model's scale; 0 = 低于初级). */
export function useScaleName(): (level: number | null | undefined) => string {
  const { tOr } = useI18n();
  return (level) => (level === null || level === undefined ? '—' : tOr(`cm.scale.${level}`, String(level)));
}

export const LEVELS = [1, 2, 3, 4] as const;
