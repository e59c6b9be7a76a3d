import { Link } from 'react-router-dom';
import { Table, Typography } from 'antd';
import type { ItemAnalysisRowDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { DistractorTable } from './DistractorTable';
import { FlagTags } from './FlagTags';
import { fixed } from './format';

const PAGE_SIZE = 20;

/** One row per item with its statistics and flags; a row opens its option analysis. */
export function ItemAnalysisTable(props: {
  items: ItemAnalysisRowDto[];
  page: number;
  onPage: (page: number) => void;
  expanded: string[];
  onExpanded: (keys: string[]) => void;
}) {
  const { t } = useI18n();
  const negative = (value: number | null) => (value !== null && value < 0 ? <Typography.Text type="danger">{fixed(value)}</Typography.Text> : fixed(value));
  return (
    <Table<ItemAnalysisRowDto>
      rowKey="versionId"
      size="small"
      dataSource={props.items}
      tableLayout="fixed"
      scroll={{ x: 1020 }}
      data-testid="analysis-table"
      rowClassName={(row) => (row.flags.length ? 'analysis-row-flagged' : '')}
      expandable={{
        expandedRowKeys: props.expanded,
        onExpandedRowsChange: (keys) => props.onExpanded(keys.map(String)),
        expandedRowRender: (row) => <DistractorTable stats={row} />,
      }}
      pagination={{
        current: props.page,
        pageSize: PAGE_SIZE,
        total: props.items.length,
        onChange: props.onPage,
        showSizeChanger: false,
        showTotal: (total) => t('common.total', { total }),
      }}
      columns={[
        { title: t('analysis.col.position'), dataIndex: 'position', width: 60, render: (p: number | null) => p ?? '—' },
        { title: t('analysis.col.type'), dataIndex: 'type', width: 64, render: (type: string) => t(`qtype.${type as 'single'}`) },
        {
          title: t('analysis.col.stem'),
          dataIndex: 'stem',
          width: 280,
          ellipsis: { showTitle: false },
          render: (stem: string, row) => (
            <Link to={`/questions/${row.questionId}`} title={stem}>
              {stem}
            </Link>
          ),
        },
        { title: t('analysis.col.area'), dataIndex: 'areaTitle', width: 130, ellipsis: true },
        { title: t('analysis.col.n'), dataIndex: 'n', width: 64, align: 'right' },
        { title: t('analysis.col.facility'), dataIndex: 'facility', width: 80, align: 'right', render: (v: number | null) => fixed(v) },
        { title: t('analysis.col.pointBiserial'), dataIndex: 'pointBiserial', width: 100, align: 'right', render: negative },
        { title: t('analysis.col.discrimination'), dataIndex: 'discrimination', width: 90, align: 'right', render: negative },
        { title: t('analysis.col.flags'), key: 'flags', width: 150, render: (_, row) => <FlagTags flags={row.flags} belowMinN={row.belowMinN} /> },
      ]}
    />
  );
}
export const ANALYSIS_PAGE_SIZE = PAGE_SIZE;
