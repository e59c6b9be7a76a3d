import { Input, Select, TreeSelect } from 'antd';
import { ROLES, type Role } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import type { OrgSelectNode } from '../org-units/tree';

export interface UserFilterValues {
  role?: Role;
  q?: string;
  orgUnitId?: string;
  active?: 'true' | 'false';
}

export function UserFilters({
  value,
  onChange,
  orgTree,
}: {
  value: UserFilterValues;
  onChange: (next: UserFilterValues) => void;
  orgTree: OrgSelectNode[];
}) {
  const { t } = useI18n();
  return (
    <>
      <Input.Search
        allowClear
        defaultValue={value.q}
        placeholder={t('users.filter.q')}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 220 }}
        data-testid="users-filter-q"
      />
      <Select<Role>
        allowClear
        value={value.role}
        placeholder={t('users.filter.role')}
        onChange={(role) => onChange({ ...value, role })}
        options={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
        style={{ width: 140 }}
        data-testid="users-filter-role"
      />
      <TreeSelect
        allowClear
        showSearch={{ treeNodeFilterProp: 'title' }}
        value={value.orgUnitId}
        placeholder={t('users.filter.orgUnit')}
        onChange={(orgUnitId?: string) => onChange({ ...value, orgUnitId })}
        treeData={orgTree}
        treeDefaultExpandAll
        style={{ width: 200 }}
        data-testid="users-filter-org"
      />
      <Select<'true' | 'false'>
        allowClear
        value={value.active}
        placeholder={t('users.filter.status')}
        onChange={(active) => onChange({ ...value, active })}
        options={[
          { value: 'true', label: t('users.status.active') },
          { value: 'false', label: t('users.status.inactive') },
        ]}
        style={{ width: 120 }}
        data-testid="users-filter-active"
      />
    </>
  );
}
