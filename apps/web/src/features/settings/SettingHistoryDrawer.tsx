import { useQuery } from '@tanstack/react-query';
import { Drawer, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { ProvenanceTag } from '../../app/components/labels';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { UserName } from '../users/UserName';
import { settingVersionsQueryOptions } from './api';
import { prettyJson } from './json';

function VersionList({ settingKey }: { settingKey: string }) {
  const { t, formatDateTime } = useI18n();
  const versions = useQuery(settingVersionsQueryOptions(settingKey));
  const items = [...(versions.data?.items ?? [])].sort((a, b) => b.version - a.version);
  return (
    <QueryState query={versions}>
      {items.length === 0 ? (
        <Empty />
      ) : (
        <Timeline
          items={items.map((item) => ({
            key: item.version,
            content: (
              <Space orientation="vertical" size={4} style={{ width: '100%' }} data-testid="setting-version">
                <Space wrap size={4}>
                  <Tag color="blue">{t('settings.versionN', { n: item.version })}</Tag>
                  <ProvenanceTag provenance={item.provenance} prefix="settings.provenance" />
                  <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
                  <Typography.Text type="secondary">{item.createdBy ? <UserName id={item.createdBy} /> : t('common.system')}</Typography.Text>
                </Space>
                {item.note && <Typography.Text>{item.note}</Typography.Text>}
                <pre className="json-view">{prettyJson(item.value)}</pre>
              </Space>
            ),
          }))}
        />
      )}
    </QueryState>
  );
}

export function SettingHistoryDrawer({ settingKey, onClose }: { settingKey: string | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Drawer
      open={settingKey !== null}
      onClose={onClose}
      title={settingKey ? t('settings.historyTitle', { key: settingKey }) : ''}
      size={520}
      destroyOnHidden
    >
      {settingKey && <VersionList settingKey={settingKey} />}
    </Drawer>
  );
}
