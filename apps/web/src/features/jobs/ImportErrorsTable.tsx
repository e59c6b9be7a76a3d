import { Table } from 'antd';
import type { ImportRowError } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';

/** Every bad row of a refused import: 第N行, column, message. */
export function ImportErrorsTable({ rows, testId }: { rows: ImportRowError[]; testId: string }) {
  const { t } = useI18n();
  return (
    <Table<ImportRowError>
      size="small"
      rowKey={(row, index) => `${row.row}-${row.column}-${index ?? 0}`}
      dataSource={rows}
      pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
      columns={[
        { title: t('import.col.row'), dataIndex: 'row', width: 100, render: (row: number) => t('import.row', { row }) },
        { title: t('import.col.column'), dataIndex: 'column', width: 120 },
        { title: t('import.col.message'), dataIndex: 'message' },
      ]}
      data-testid={testId}
    />
  );
}
