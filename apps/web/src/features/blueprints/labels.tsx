import { Tag } from 'antd';
import type { BlueprintStatus } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';

const STATUS_COLORS: Record<BlueprintStatus, string> = { draft: 'default', active: 'success', retired: 'warning' };

export function useStatusLabel(): (status: BlueprintStatus) => string {
  const { t } = useI18n();
  return (status) => t(`bp.status.${status}`);
}

/** 草稿 / 已启用 / 已停用. */
export function BlueprintStatusTag({ status, testId }: { status: BlueprintStatus; testId?: string }) {
  const label = useStatusLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {label(status)}
    </Tag>
  );
}

/** 默认 (seeded from defaults.yaml) / 本单位 (written here). */
export function BlueprintProvenanceTag({ provenance }: { provenance: 'default' | 'organisation' }) {
  const { t } = useI18n();
  return (
    <Tag color={provenance === 'default' ? 'orange' : 'cyan'} variant="outlined">
      {t(`bp.provenance.${provenance}`)}
    </Tag>
  );
}
