import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import type { SessionDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { ResultLink } from '../results/ResultLink';
import { sessionState } from '../sessions/api';
import { formatClock } from './answers';
import { attemptStatusQueryOptions, mySessionsQueryOptions } from './api';
import { useNow } from './use-server-clock';

function AttemptTag({ attemptId }: { attemptId: string }) {
  const { t } = useI18n();
  const status = useQuery(attemptStatusQueryOptions(attemptId));
  if (!status.data) return null;
  return (
    <Tag color={status.data.status === 'in_progress' ? 'processing' : 'success'} data-testid="my-exam-attempt-status">
      {t(`sitting.status.${status.data.status}`)}
    </Tag>
  );
}

function ExamRow({ session, now }: { session: SessionDto; now: number }) {
  const { t, formatDateTime } = useI18n();
  const levelLabel = useLevelLabel();
  const state = sessionState(session, now);
  const opensIn = Date.parse(session.opensAt) - now;
  const days = Math.floor(opensIn / 86_400_000);
  const countdown = days > 0 ? `${days}d ${formatClock(opensIn - days * 86_400_000)}` : formatClock(opensIn);
  return (
    <List.Item
      data-testid="my-exam"
      data-session-id={session.id}
      actions={[
        <Link key="go" to={`/my-exams/${session.id}`}>
          <Button type={state === 'open' ? 'primary' : 'default'} data-testid="my-exam-enter">
            {session.attemptId ? t('sitting.list.resume') : state === 'open' ? t('sitting.list.enter') : t('sitting.list.view')}
          </Button>
        </Link>,
        ...(session.attemptId ? [<ResultLink key="result" attemptId={session.attemptId} />] : []),
      ]}
    >
      <List.Item.Meta
        title={
          <Space wrap>
            <span>{session.title}</span>
            <Tag>{levelLabel(session.level)}</Tag>
            <Tag color={state === 'open' ? 'green' : state === 'upcoming' ? 'blue' : 'default'}>{t(`sessions.state.${state}`)}</Tag>
            {session.attemptId && <AttemptTag attemptId={session.attemptId} />}
          </Space>
        }
        description={
          <Space orientation="vertical" size={0}>
            <span>{t('sitting.intro.window', { from: formatDateTime(session.opensAt), to: formatDateTime(session.closesAt), n: session.durationMinutes })}</span>
            {state === 'upcoming' && (
              <Typography.Text type="warning" data-testid="my-exam-countdown">
                {t('sitting.list.opensIn', { time: countdown })}
              </Typography.Text>
            )}
          </Space>
        }
      />
    </List.Item>
  );
}

/** 我的考试: the sessions the candidate is registered for. */
export function MyExamsPage() {
  const { t } = useI18n();
  const sessions = useQuery(mySessionsQueryOptions());
  const now = useNow();
  const items = sessions.data?.items ?? [];
  return (
    <Card title={t('sitting.list.title')} data-testid="my-exams-page">
      <QueryState query={sessions}>
        {items.length === 0 ? (
          <Empty description={t('sitting.list.empty')} />
        ) : (
          <List dataSource={items} rowKey="id" renderItem={(session) => <ExamRow session={session} now={now} />} />
        )}
      </QueryState>
    </Card>
  );
}
