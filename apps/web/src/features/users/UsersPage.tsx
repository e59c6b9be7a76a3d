import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { App, Button, Card, Space, Table } from 'antd';
import { ROLES, type Role, type UserDto } from '@cm/contracts';
import { useAuth, useCurrentUser } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { LegacyLevelModal } from '../candidates/LegacyLevelModal';
import { orgUnitsQueryOptions } from '../org-units/api';
import { buildOrgTree, toTreeSelectData } from '../org-units/tree';
import { useUpdateUser, userListQueryOptions, type UserListParams } from './api';
import { ImportUsersModal } from './ImportUsersModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserFilters, type UserFilterValues } from './UserFilters';
import { UserFormModal } from './UserFormModal';
import { useUserColumns } from './use-user-columns';

const DEFAULT_PAGE_SIZE = 20;

function isRole(value: string | null): value is Role {
  return ROLES.some((role) => role === value);
}

function paramsFromSearch(search: URLSearchParams): UserListParams {
  const role = search.get('role');
  const active = search.get('active');
  return {
    role: isRole(role) ? role : undefined,
    q: search.get('q') || undefined,
    orgUnitId: search.get('orgUnitId') || undefined,
    active: active === 'true' || active === 'false' ? active : undefined,
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(200, Math.max(1, Number(search.get('pageSize')) || DEFAULT_PAGE_SIZE)),
  };
}

function searchFromParams(params: UserListParams): Record<string, string> {
  return Object.fromEntries(
    Object.entries(params)
      .filter(([key, value]) => value !== undefined && value !== '' && !(key === 'page' && value === 1) && !(key === 'pageSize' && value === DEFAULT_PAGE_SIZE))
      .map(([key, value]) => [key, String(value)]),
  );
}

/** Admins manage users here; officers get a read-only list with “record a prior certificate”. */
export function UsersPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const { hasRole } = useAuth();
  const me = useCurrentUser();
  const canManage = hasRole('admin');
  const [search, setSearch] = useSearchParams();
  const params = paramsFromSearch(search);
  const setParams = (next: UserListParams) => setSearch(searchFromParams(next), { replace: true });

  const users = useQuery(userListQueryOptions(params));
  const orgUnits = useQuery(orgUnitsQueryOptions());
  const orgTree = useMemo(() => toTreeSelectData(buildOrgTree(orgUnits.data ?? [])), [orgUnits.data]);
  const update = useUpdateUser();

  const [editing, setEditing] = useState<UserDto | null | undefined>(undefined);
  const [resetting, setResetting] = useState<UserDto | null>(null);
  const [legacyFor, setLegacyFor] = useState<UserDto | null>(null);
  const [importing, setImporting] = useState(false);

  const columns = useUserColumns(orgUnits.data ?? [], {
    canManage,
    canRecordLevels: hasRole('officer'),
    currentUserId: me.id,
    onEdit: setEditing,
    onResetPassword: setResetting,
    onRecordLevel: setLegacyFor,
    onToggleActive: (user) =>
      update.mutate(
        { id: user.id, body: { active: !user.active } },
        {
          onSuccess: () => void message.success(t(user.active ? 'users.deactivated' : 'users.activated')),
          onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })),
        },
      ),
  });

  const filters: UserFilterValues = { role: params.role, q: params.q, orgUnitId: params.orgUnitId, active: params.active };

  return (
    <Card title={t(canManage ? 'users.title' : 'users.listTitle')} data-testid="users-page">
      <div className="page-toolbar">
        <UserFilters value={filters} onChange={(next) => setParams({ ...next, page: 1, pageSize: params.pageSize })} orgTree={orgTree} />
        <span className="grow" />
        {canManage && (
          <Space wrap>
            <Button onClick={() => setImporting(true)} data-testid="user-import">
              {t('users.import')}
            </Button>
            <Button type="primary" onClick={() => setEditing(null)} data-testid="user-create">
              {t('users.create')}
            </Button>
          </Space>
        )}
      </div>
      <QueryState query={users} rows={8}>
        <Table<UserDto>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={users.data?.items ?? []}
          loading={users.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('users.empty') }}
          data-testid="users-table"
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) => setParams({ ...params, page: pageSize === params.pageSize ? page : 1, pageSize }),
          }}
        />
      </QueryState>
      {canManage && (
        <>
          <UserFormModal user={editing} orgTree={orgTree} onClose={() => setEditing(undefined)} />
          <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
          <ImportUsersModal open={importing} onClose={() => setImporting(false)} />
        </>
      )}
      <LegacyLevelModal candidate={legacyFor} onClose={() => setLegacyFor(null)} />
    </Card>
  );
}
