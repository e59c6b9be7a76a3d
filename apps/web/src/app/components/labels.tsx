import { Tag } from 'antd';
import type { Requirement, Role } from '@cm/contracts';
import { useI18n } from '../i18n/i18n';

const ROLE_COLORS: Record<Role, string> = { admin: 'red', officer: 'gold', trainer: 'blue', candidate: 'green' };

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const { t } = useI18n();
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color={ROLE_COLORS[role]}>
          {t(`role.${role}`)}
        </Tag>
      ))}
    </>
  );
}

/** 四级 / 三级 / 二级 / 一级 for levels 1..4 (the crosswalk); the number itself otherwise. */
export function useLevelLabel(): (level: number | null | undefined) => string {
  const { tOr } = useI18n();
  return (level) => (level === null || level === undefined ? '' : tOr(`level.${level}`, String(level)));
}

const REQUIREMENT_COLORS: Record<Requirement, string> = { understand: 'default', familiar: 'processing', master: 'purple' };

export function RequirementTag({ requirement }: { requirement: Requirement }) {
  const { t } = useI18n();
  return <Tag color={REQUIREMENT_COLORS[requirement]}>{t(`requirement.${requirement}`)}</Tag>;
}

const PROVENANCE_COLORS: Record<string, string> = { seed: 'green', default: 'orange', organisation: 'cyan' };

/** Where a syllabus text comes from: source text, a labelled default, or written here. */
export function ProvenanceTag({ provenance, prefix = 'provenance' }: { provenance: string; prefix?: 'provenance' | 'settings.provenance' }) {
  const { tOr } = useI18n();
  return (
    <Tag color={PROVENANCE_COLORS[provenance] ?? 'default'} variant="outlined" style={{ fontSize: 11 }}>
      {tOr(`${prefix}.${provenance}`, provenance)}
    </Tag>
  );
}
