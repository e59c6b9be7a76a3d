import type { HTMLAttributes } from 'react';
import { Table, type TableColumnsType } from 'antd';
import type { BlueprintDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { BlueprintProvenanceTag, BlueprintStatusTag } from './labels';

/** The versions of one track + level, newest first; a click opens one in the editor. */
export function VersionsTable({ versions, selectedId, onSelect }: { versions: BlueprintDto[]; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t, formatDateTime } = useI18n();
  const columns: TableColumnsType<BlueprintDto> = [
    { title: t('bp.col.version'), key: 'version', width: 90, render: (_v, bp) => t('bp.versionN', { n: bp.version }) },
    { title: t('bp.col.name'), key: 'name', dataIndex: 'name', ellipsis: true },
    { title: t('bp.col.status'), key: 'status', width: 100, render: (_v, bp) => <BlueprintStatusTag status={bp.status} testId={`bp-status-${bp.version}`} /> },
    { title: t('bp.col.provenance'), key: 'provenance', width: 100, render: (_v, bp) => <BlueprintProvenanceTag provenance={bp.provenance} /> },
    { title: t('bp.col.createdAt'), key: 'createdAt', width: 170, render: (_v, bp) => formatDateTime(bp.createdAt) },
    { title: t('bp.col.activatedAt'), key: 'activatedAt', width: 170, render: (_v, bp) => formatDateTime(bp.activatedAt) },
  ];
  return (
    <Table<BlueprintDto>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={versions}
      pagination={versions.length > 8 ? { pageSize: 8, size: 'small' } : false}
      rowClassName={(bp) => (bp.id === selectedId ? 'ant-table-row-selected' : '')}
      onRow={(bp) => ({
        onClick: () => onSelect(bp.id),
        style: { cursor: 'pointer' },
        'data-testid': `bp-version-${bp.version}`,
        'data-status': bp.status,
      } as HTMLAttributes<HTMLElement>)}
      data-testid="bp-versions"
    />
  );
}
