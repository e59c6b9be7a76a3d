import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { App, Button, Card, Space } from 'antd';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { exportResults, sessionResultsQueryOptions, type ResultsParams } from './api';
import { AttemptsTable } from './AttemptsTable';
import { PublishControl } from './PublishControl';
import { RegradePanel } from './RegradePanel';
import { CountsCard, StatsPanel } from './StatsPanel';

/** Officer: a session's results — counts, statistics, the attempts, Excel export, publication
 * and regrade after a key correction. */
export function SessionResultsPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const [params, setParams] = useState<ResultsParams>({ status: 'all', page: 1, pageSize: 20 });
  const [exporting, setExporting] = useState(false);
  const results = useQuery(sessionResultsQueryOptions(id, params));
  const data = results.data;

  const onExport = async () => {
    if (!data) return;
    setExporting(true);
    try {
      await exportResults(id, data.session.title);
    } catch (error) {
      void message.error(t('common.operationFailed', { message: errorText(error) }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={data ? t('results.title', { title: data.session.title }) : t('results.open')}
      extra={
        <Space wrap>
          {data && <PublishControl results={data} />}
          <Button onClick={() => void onExport()} loading={exporting} disabled={!data} data-testid="results-export">
            {t('results.export')}
          </Button>
          <Link to={`/exam-sessions/${id}`}>{t('results.back')}</Link>
        </Space>
      }
      data-testid="session-results-page"
    >
      <QueryState query={results} rows={8}>
        {data && (
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <CountsCard counts={data.counts} />
            <StatsPanel stats={data.stats} passMark={data.session.passMark} />
            <Card size="small" title={t('results.attempts.title')}>
              <AttemptsTable data={data} loading={results.isFetching} params={params} onChange={setParams} />
            </Card>
            <RegradePanel sessionId={id} />
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
