import type { HTMLAttributes, ReactNode } from 'react';
import { Table, Tag, Typography } from 'antd';
import type { Page } from '@cm/contracts';
import { useCurrentUser } from '../../app/auth/auth-context';
import { useI18n } from '../../app/i18n/i18n';
import { richTextToPlain } from '../../lib/rich-text';
import type { MarkingTaskDto, TaskListParams } from './api';
import { RoundTag, TaskStatusTag } from './labels';

interface Props {
  data: Page<MarkingTaskDto> | undefined;
  loading: boolean;
  params: TaskListParams;
  onPage: (page: number, pageSize: number) => void;
  emptyText: string;
  /** The row's action (阅卷 / 查看 / 分配). */
  action: (task: MarkingTaskDto) => ReactNode;
  /** Officers see every status in one list. */
  showStatus?: boolean;
}

/** Marking tasks, paged on the server. Blind: only the session, the item and the marker. */
export function TaskTable({ data, loading, params, onPage, emptyText, action, showStatus = false }: Props) {
  const { t, tOr, formatDateTime } = useI18n();
  const me = useCurrentUser();
  const showMark = params.status !== 'open';
  return (
    <Table<MarkingTaskDto>
      rowKey="id"
      size="middle"
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 1100 }}
      locale={{ emptyText }}
      data-testid="marking-tasks"
      onRow={(task) => ({ 'data-testid': 'marking-task-row', 'data-task-id': task.id }) as HTMLAttributes<HTMLElement>}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
      columns={[
        { title: t('marking.col.session'), dataIndex: 'sessionTitle', width: 160, ellipsis: true },
        {
          title: t('marking.col.stem'),
          dataIndex: 'stem',
          width: 220,
          ellipsis: { showTitle: false },
          render: (stem: string) => <span title={richTextToPlain(stem)}>{richTextToPlain(stem)}</span>,
        },
        { title: t('marking.col.type'), dataIndex: 'type', width: 90, render: (type: string) => <Tag>{tOr(`qtype.${type}`, type)}</Tag> },
        { title: t('marking.col.round'), dataIndex: 'round', width: 80, render: (round: number) => <RoundTag round={round} /> },
        { title: t('marking.col.maxPoints'), dataIndex: 'maxPoints', width: 70, align: 'right' },
        { title: t('marking.col.createdAt'), dataIndex: 'createdAt', width: 140, render: (at: string) => formatDateTime(at) },
        {
          title: t('marking.col.assignee'),
          key: 'assignee',
          width: 120,
          render: (_value, task) =>
            task.assigneeId === null ? (
              <Typography.Text type="secondary">{t('marking.unassigned')}</Typography.Text>
            ) : task.assigneeId === me.id ? (
              t('marking.assignedToMe')
            ) : (
              task.assigneeName
            ),
        },
        ...(showStatus ? [{ title: t('marking.col.status'), key: 'status', width: 90, render: (_value: unknown, task: MarkingTaskDto) => <TaskStatusTag status={task.status} /> }] : []),
        ...(showMark
          ? [
              {
                title: t('marking.col.points'),
                key: 'points',
                width: 90,
                align: 'right' as const,
                render: (_value: unknown, task: MarkingTaskDto) => (task.status === 'done' && task.points !== null && task.points !== undefined ? task.points : ''),
              },
              { title: t('marking.col.markedAt'), key: 'markedAt', width: 150, render: (_value: unknown, task: MarkingTaskDto) => formatDateTime(task.markedAt) },
            ]
          : []),
        { title: t('common.actions'), key: 'actions', width: 100, fixed: 'right', render: (_value, task) => action(task) },
      ]}
    />
  );
}
