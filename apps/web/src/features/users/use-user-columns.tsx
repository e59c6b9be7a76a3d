import { Button, Popconfirm, Space, Tag, type TableColumnsType } from 'antd';
import type { OrgUnitDto, Role, UserDto } from '@cm/contracts';
import { RoleTags } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';

export interface UserRowActions {
  canManage: boolean;
  canRecordLevels: boolean;
  currentUserId: string;
  onEdit: (user: UserDto) => void;
  onToggleActive: (user: UserDto) => void;
  onResetPassword: (user: UserDto) => void;
  onRecordLevel: (user: UserDto) => void;
}

export function useUserColumns(orgUnits: readonly OrgUnitDto[], actions: UserRowActions): TableColumnsType<UserDto> {
  const { t, formatDateTime } = useI18n();
  const orgName = (id: string | null) => (id ? (orgUnits.find((unit) => unit.id === id)?.name ?? '') : '');
  const columns: TableColumnsType<UserDto> = [
    { title: t('users.col.username'), dataIndex: 'username', fixed: 'left' },
    { title: t('users.col.displayName'), dataIndex: 'displayName' },
    { title: t('users.col.roles'), dataIndex: 'roles', render: (roles: Role[]) => <RoleTags roles={roles} /> },
    { title: t('users.col.orgUnit'), dataIndex: 'orgUnitId', render: (id: string | null) => orgName(id) },
    {
      title: t('users.col.status'),
      key: 'status',
      render: (_value, user) => (
        <Space size={2} wrap>
          <Tag color={user.active ? 'success' : 'default'}>{t(user.active ? 'users.status.active' : 'users.status.inactive')}</Tag>
          {user.mustChangePassword && <Tag color="warning">{t('users.mustChange')}</Tag>}
        </Space>
      ),
    },
    { title: t('users.col.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at), responsive: ['lg'] },
  ];
  if (!actions.canManage && !actions.canRecordLevels) return columns;
  columns.push({
    title: t('common.actions'),
    key: 'actions',
    fixed: 'right',
    render: (_value, user) => (
      <Space size={0} wrap>
        {actions.canManage && (
          <>
            <Button type="link" size="small" onClick={() => actions.onEdit(user)} data-testid={`user-edit-${user.username}`}>
              {t('users.edit')}
            </Button>
            {user.id !== actions.currentUserId && (
              <Popconfirm
                title={t(user.active ? 'users.confirmDeactivate' : 'users.confirmActivate', { name: user.displayName })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => actions.onToggleActive(user)}
              >
                <Button type="link" size="small" danger={user.active} data-testid={`user-toggle-${user.username}`}>
                  {t(user.active ? 'users.deactivate' : 'users.activate')}
                </Button>
              </Popconfirm>
            )}
            <Button type="link" size="small" onClick={() => actions.onResetPassword(user)} data-testid={`user-reset-${user.username}`}>
              {t('users.resetPassword')}
            </Button>
          </>
        )}
        {actions.canRecordLevels && user.roles.includes('candidate') && (
          <Button type="link" size="small" onClick={() => actions.onRecordLevel(user)} data-testid={`user-legacy-${user.username}`}>
            {t('users.legacyLevel')}
          </Button>
        )}
      </Space>
    ),
  });
  return columns;
}
