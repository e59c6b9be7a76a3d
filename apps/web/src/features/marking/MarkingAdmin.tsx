import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Button, Card, Col, Progress, Row, Segmented, Select, Space, Table } from 'antd';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { taskListQueryOptions, workloadQueryOptions, type MarkingTaskDto, type TaskListParams, type TaskStatusFilter, type WorkloadDto } from './api';
import { AssignModal } from './AssignModal';
import { DistributeModal } from './DistributeModal';
import { TaskTable } from './TaskTable';

type SessionLoad = WorkloadDto['sessions'][number];
type MarkerLoad = WorkloadDto['markers'][number];

const percentDone = (open: number, done: number) => (open + done === 0 ? 0 : Math.round((done / (open + done)) * 100));

function SessionsTable({ rows, loading, onDistribute }: { rows: SessionLoad[]; loading: boolean; onDistribute: (row: SessionLoad) => void }) {
  const { t } = useI18n();
  return (
    <Table<SessionLoad>
      rowKey="sessionId"
      size="small"
      dataSource={rows}
      loading={loading}
      pagination={rows.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: t('marking.admin.noWorkload') }}
      data-testid="workload-sessions"
      columns={[
        { title: t('marking.col.session'), dataIndex: 'title' },
        { title: t('marking.admin.col.open'), dataIndex: 'open', width: 80, align: 'right' },
        { title: t('marking.admin.col.unassigned'), dataIndex: 'unassigned', width: 90, align: 'right' },
        { title: t('marking.admin.col.arbitration'), dataIndex: 'arbitration', width: 90, align: 'right' },
        { title: t('marking.admin.col.done'), dataIndex: 'done', width: 80, align: 'right' },
        {
          title: t('marking.admin.col.progress'),
          key: 'progress',
          width: 150,
          render: (_value, row) => <Progress size="small" percent={percentDone(row.open, row.done)} />,
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 110,
          render: (_value, row) => (
            <Button size="small" disabled={row.unassigned === 0} onClick={() => onDistribute(row)} data-testid="distribute-open">
              {t('marking.admin.distribute')}
            </Button>
          ),
        },
      ]}
    />
  );
}

function MarkersTable({ rows, loading }: { rows: MarkerLoad[]; loading: boolean }) {
  const { t } = useI18n();
  return (
    <Table<MarkerLoad>
      rowKey="markerId"
      size="small"
      dataSource={rows}
      loading={loading}
      pagination={rows.length > 10 ? { pageSize: 10 } : false}
      locale={{ emptyText: t('marking.admin.noMarkers') }}
      data-testid="workload-markers"
      columns={[
        { title: t('marking.admin.col.marker'), dataIndex: 'name', render: (name: string) => <span style={{ whiteSpace: 'nowrap' }}>{name}</span> },
        { title: t('marking.admin.col.open'), dataIndex: 'open', width: 80, align: 'right' },
        { title: t('marking.admin.col.done'), dataIndex: 'done', width: 80, align: 'right' },
        { title: t('marking.admin.col.progress'), key: 'progress', width: 140, render: (_value, row) => <Progress size="small" percent={percentDone(row.open, row.done)} /> },
      ]}
    />
  );
}

/** 阅卷管理 (officer): the workload per session and per marker, round-robin distribution,
 * and assigning single tasks; filtered by session. */
export function MarkingAdmin() {
  const { t } = useI18n();
  const [sessionId, setSessionId] = useState<string | undefined>(undefined);
  const [params, setParams] = useState<Omit<TaskListParams, 'sessionId'>>({ status: 'open', scope: 'all', page: 1, pageSize: 20 });
  const [distributing, setDistributing] = useState<SessionLoad | null>(null);
  const [assigning, setAssigning] = useState<MarkingTaskDto | null>(null);
  const everySession = useQuery(workloadQueryOptions());
  const workload = useQuery(workloadQueryOptions(sessionId));
  const listParams: TaskListParams = { ...params, sessionId };
  const tasks = useQuery(taskListQueryOptions(listParams));
  const sessionOptions = (everySession.data?.sessions ?? []).map((row) => ({ value: row.sessionId, label: row.title }));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="marking-admin">
      <div className="page-toolbar">
        <span>{t('marking.admin.session')}</span>
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={sessionId}
          onChange={(value) => {
            setSessionId(value);
            setParams({ ...params, page: 1 });
          }}
          placeholder={t('marking.admin.allSessions')}
          options={sessionOptions}
          style={{ minWidth: 280 }}
          data-testid="marking-session-filter"
        />
      </div>
      <QueryState query={workload}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={15}>
            <Card size="small" title={t('marking.admin.bySession')}>
              <SessionsTable rows={workload.data?.sessions ?? []} loading={workload.isFetching} onDistribute={setDistributing} />
            </Card>
          </Col>
          <Col xs={24} xxl={9}>
            <Card size="small" title={t('marking.admin.byMarker')}>
              <MarkersTable rows={workload.data?.markers ?? []} loading={workload.isFetching} />
            </Card>
          </Col>
        </Row>
      </QueryState>
      <Card
        size="small"
        title={t('marking.admin.tasks')}
        extra={
          <Space wrap>
            <Segmented<TaskStatusFilter>
              value={params.status}
              onChange={(status) => setParams({ ...params, status, page: 1 })}
              options={[
                { value: 'open', label: t('marking.tab.open') },
                { value: 'done', label: t('marking.tab.done') },
                { value: 'all', label: t('marking.status.all') },
              ]}
              data-testid="marking-admin-status"
            />
            <Segmented<'all' | 'unassigned'>
              value={params.scope === 'unassigned' ? 'unassigned' : 'all'}
              onChange={(scope) => setParams({ ...params, scope, page: 1 })}
              options={[
                { value: 'all', label: t('marking.scope.everyone') },
                { value: 'unassigned', label: t('marking.scope.unassigned') },
              ]}
              data-testid="marking-admin-scope"
            />
          </Space>
        }
      >
        <QueryState query={tasks} rows={6}>
          <TaskTable
            data={tasks.data}
            loading={tasks.isFetching}
            params={listParams}
            showStatus
            onPage={(page, pageSize) => setParams({ ...params, page, pageSize })}
            emptyText={t('marking.admin.noTasks')}
            action={(task) => (
              <Space size={4}>
                <Link to={`/marking/tasks/${task.id}`} data-testid="marking-task-view">
                  {t('common.view')}
                </Link>
                {task.status === 'open' && (
                  <Button type="link" size="small" onClick={() => setAssigning(task)} data-testid="marking-assign">
                    {task.assigneeId ? t('marking.admin.reassign') : t('marking.admin.assign')}
                  </Button>
                )}
              </Space>
            )}
          />
        </QueryState>
      </Card>
      <DistributeModal session={distributing} onClose={() => setDistributing(null)} />
      <AssignModal task={assigning} onClose={() => setAssigning(null)} />
    </Space>
  );
}
