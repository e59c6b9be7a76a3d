import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Modal, Space, Table, Tag, Typography } from 'antd';
import type { SettingDto } from '@cm/contracts';
import { ProvenanceTag } from '../../app/components/labels';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { settingsQueryOptions } from './api';
import { EditSettingModal } from './EditSettingModal';
import { jsonPreview, prettyJson } from './json';
import { SettingHistoryDrawer } from './SettingHistoryDrawer';

/** Admins and officers may both edit settings (each save is a new version with a note). */
export function SettingsPage() {
  const { t, formatDateTime } = useI18n();
  const settings = useQuery(settingsQueryOptions());
  const [viewing, setViewing] = useState<SettingDto | null>(null);
  const [editing, setEditing] = useState<SettingDto | null>(null);
  const [historyKey, setHistoryKey] = useState<string | null>(null);

  return (
    <Card title={t('settings.title')} data-testid="settings-page">
      <QueryState query={settings}>
        <Table<SettingDto>
          rowKey="key"
          size="middle"
          dataSource={settings.data?.items ?? []}
          loading={settings.isFetching && !settings.isPending}
          pagination={false}
          tableLayout="fixed"
          scroll={{ x: 1080 }}
          locale={{ emptyText: t('settings.empty') }}
          columns={[
            {
              title: t('settings.key'),
              dataIndex: 'key',
              width: 230,
              ellipsis: { showTitle: true },
              render: (key: string) => <Typography.Text code>{key}</Typography.Text>,
            },
            {
              title: t('settings.value'),
              dataIndex: 'value',
              width: 250,
              ellipsis: { showTitle: false },
              render: (value: unknown) => (
                <Typography.Text className="json-preview" title={jsonPreview(value, 400)}>
                  {jsonPreview(value)}
                </Typography.Text>
              ),
            },
            { title: t('settings.version'), dataIndex: 'version', width: 90, render: (n: number) => <Tag color="blue">{t('settings.versionN', { n })}</Tag> },
            {
              title: t('settings.provenance'),
              dataIndex: 'provenance',
              width: 110,
              render: (provenance: string) => <ProvenanceTag provenance={provenance} prefix="settings.provenance" />,
            },
            { title: t('settings.note'), dataIndex: 'note', ellipsis: { showTitle: true }, render: (note: string | null) => note ?? '' },
            { title: t('settings.updatedAt'), dataIndex: 'createdAt', width: 160, responsive: ['xxl'], render: (at: string) => formatDateTime(at) },
            {
              title: t('common.actions'),
              key: 'actions',
              fixed: 'right',
              width: 200,
              render: (_value, setting) => (
                <Space size={0} wrap>
                  <Button type="link" size="small" onClick={() => setViewing(setting)}>
                    {t('common.view')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setEditing(setting)} data-testid={`setting-edit-${setting.key}`}>
                    {t('common.edit')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setHistoryKey(setting.key)} data-testid={`setting-history-${setting.key}`}>
                    {t('settings.history')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      <Modal
        open={viewing !== null}
        title={viewing?.key}
        onCancel={() => setViewing(null)}
        footer={<Button onClick={() => setViewing(null)}>{t('common.close')}</Button>}
        width={640}
      >
        {viewing && <pre className="json-view">{prettyJson(viewing.value)}</pre>}
      </Modal>
      <EditSettingModal setting={editing} onClose={() => setEditing(null)} />
      <SettingHistoryDrawer settingKey={historyKey} onClose={() => setHistoryKey(null)} />
    </Card>
  );
}
