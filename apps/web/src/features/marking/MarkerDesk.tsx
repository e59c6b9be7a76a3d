import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Segmented, Space, Tabs, Typography } from 'antd';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { taskListQueryOptions, type TaskListParams, type TaskScope } from './api';
import { TaskTable } from './TaskTable';

type Tab = 'open' | 'done';

function TaskTab({ status }: { status: Tab }) {
  const { t } = useI18n();
  const [params, setParams] = useState<TaskListParams>({ status, scope: 'all', page: 1, pageSize: 20 });
  const tasks = useQuery(taskListQueryOptions(params));
  const first = status === 'open' ? tasks.data?.items[0] : undefined;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {status === 'open' && (
        <div className="page-toolbar">
          <Segmented<TaskScope>
            value={params.scope}
            onChange={(scope) => setParams({ ...params, scope, page: 1 })}
            options={[
              { value: 'all', label: t('marking.scope.all') },
              { value: 'mine', label: t('marking.scope.mine') },
              { value: 'unassigned', label: t('marking.scope.unassigned') },
            ]}
            data-testid="marking-scope"
          />
          <span className="grow" />
          {first && (
            <Link to={`/marking/tasks/${first.id}`}>
              <Button type="primary" data-testid="marking-start">
                {t('marking.start')}
              </Button>
            </Link>
          )}
        </div>
      )}
      <QueryState query={tasks} rows={6}>
        <TaskTable
          data={tasks.data}
          loading={tasks.isFetching}
          params={params}
          onPage={(page, pageSize) => setParams({ ...params, page, pageSize })}
          emptyText={t(status === 'open' ? 'marking.empty.open' : 'marking.empty.done')}
          action={(task) => (
            <Link to={`/marking/tasks/${task.id}`} data-testid={status === 'open' ? 'marking-task-open' : 'marking-task-view'}>
              {status === 'open' ? t('marking.mark') : t('common.view')}
            </Link>
          )}
        />
      </QueryState>
    </Space>
  );
}

/** A trainer's marking desk: 待阅 (assigned to them or unclaimed, free of conflicts) and 已阅. */
export function MarkerDesk() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = search.get('tab') === 'done' ? 'done' : 'open';
  return (
    <div data-testid="marker-desk">
      <Typography.Paragraph type="secondary">{t('marking.blindHint')}</Typography.Paragraph>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'done' ? { tab: 'done' } : {}, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'open', label: <span data-testid="marking-tab-open">{t('marking.tab.open')}</span>, children: <TaskTab status="open" /> },
          { key: 'done', label: <span data-testid="marking-tab-done">{t('marking.tab.done')}</span>, children: <TaskTab status="done" /> },
        ]}
      />
    </div>
  );
}
