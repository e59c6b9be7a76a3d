import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { App, Alert, Button, Card, Checkbox, Result, Space, Typography } from 'antd';
import type { SessionDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { sessionState } from '../sessions/api';
import { mySessionQueryOptions, paperQueryOptions, useStartAttempt } from './api';
import { PaperView } from './PaperView';

function Intro({ session }: { session: SessionDto }) {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const [agreed, setAgreed] = useState(false);
  const start = useStartAttempt(session.id);
  const state = sessionState(session, Date.now());
  const begin = () =>
    start.mutate(undefined, {
      onError: (error) => {
        if (isApiError(error, 'SESSION_NOT_OPEN')) void message.error(error.message);
        else void message.error(t('common.operationFailed', { message: errorText(error) }));
      },
    });
  return (
    <Card title={t('sitting.intro.title')} data-testid="sitting-intro">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{session.title}</Typography.Title>
        <Typography.Text>
          {t('sitting.intro.window', { from: formatDateTime(session.opensAt), to: formatDateTime(session.closesAt), n: session.durationMinutes })}
        </Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="sitting-instructions">
          {session.instructions ?? t('sitting.intro.noInstructions')}
        </Typography.Paragraph>
        {state === 'upcoming' && <Alert type="info" showIcon title={t('sitting.intro.notOpen', { time: formatDateTime(session.opensAt) })} />}
        {state === 'closed' && <Alert type="warning" showIcon title={t('sitting.intro.closed')} />}
        <Checkbox checked={agreed} onChange={(event) => setAgreed(event.target.checked)} data-testid="sitting-agree">
          {t('sitting.intro.confirm')}
        </Checkbox>
        <Button type="primary" size="large" disabled={!agreed || state !== 'open'} loading={start.isPending} onClick={begin} data-testid="sitting-start">
          {t('sitting.intro.start')}
        </Button>
      </Space>
    </Card>
  );
}

/** After submission: the confirmation (results follow publication). */
export function SubmittedNotice() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={t('sitting.done.title')}
      subTitle={t('sitting.done.subtitle')}
      data-testid="sitting-submitted"
      extra={
        <Button type="primary" onClick={() => void navigate('/my-exams')} data-testid="sitting-back">
          {t('sitting.done.back')}
        </Button>
      }
    />
  );
}

function Paper({ attemptId, title }: { attemptId: string; title: string }) {
  const paper = useQuery(paperQueryOptions(attemptId));
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const data = paper.data;
  return (
    <QueryState query={paper} rows={8}>
      {data && data.status !== 'in_progress' && <SubmittedNotice />}
      {data && data.status === 'in_progress' && (
        <PaperView key={data.id} attempt={data} title={title} onSubmitted={() => void navigate(`/my-exams/${id}/submitted`, { replace: true })} />
      )}
    </QueryState>
  );
}

/** A candidate's sitting: the instructions and a confirmation, then the paper (resumed on reload). */
export function SittingPage() {
  const { id = '' } = useParams();
  const session = useQuery(mySessionQueryOptions(id));
  const data = session.data;
  return (
    <div data-testid="sitting-page">
      <QueryState query={session}>
        {data && (data.attemptId ? <Paper attemptId={data.attemptId} title={data.title} /> : <Intro session={data} />)}
      </QueryState>
    </div>
  );
}
