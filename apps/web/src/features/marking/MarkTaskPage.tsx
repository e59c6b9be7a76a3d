import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Card, Col, Descriptions, Empty, List, Row, Space, Tag, Typography } from 'antd';
import { useAuth, useCurrentUser } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import { useErrorText } from '../../lib/use-error-text';
import { markingKeys, nextOpenTask, taskQueryOptions, type CriterionScoreDto, type MarkingTaskDto, type ScoreTaskResult } from './api';
import { AnswerView } from './AnswerView';
import { RoundTag, TaskStatusTag } from './labels';
import { RubricForm } from './RubricForm';

function ScoresList({ scores, comment }: { scores: CriterionScoreDto[] | null | undefined; comment: string | null | undefined }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered>
        {(scores ?? []).map((s) => (
          <Descriptions.Item key={s.criterion} label={s.criterion}>
            {s.points}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <div>
        <Typography.Text type="secondary">{t('marking.task.commentLabel')}</Typography.Text>
        <span style={{ whiteSpace: 'pre-wrap' }}>{comment || t('marking.task.noComment')}</span>
      </div>
    </Space>
  );
}

/** Round 3: the two earlier marks (not who gave them), to arbitrate between. */
function EarlierMarks({ task }: { task: MarkingTaskDto }) {
  const { t } = useI18n();
  const marks = task.earlierMarks ?? [];
  return (
    <Card size="small" title={t('marking.task.earlier')} data-testid="marking-earlier">
      <Typography.Paragraph type="secondary">{t('marking.task.arbitrationHint')}</Typography.Paragraph>
      <List
        dataSource={marks}
        locale={{ emptyText: t('marking.task.noEarlier') }}
        renderItem={(mark) => (
          <List.Item key={mark.round} data-testid="marking-earlier-mark">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Text strong>{t('marking.task.earlierRound', { round: mark.round, points: mark.points })}</Typography.Text>
              <ScoresList scores={mark.scores} comment={mark.comment} />
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function DoneMarks({ task }: { task: MarkingTaskDto }) {
  const { t, formatDateTime } = useI18n();
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="marking-done">
      <Alert
        type="success"
        showIcon
        title={t('marking.task.doneBy', { name: task.assigneeName ?? '', time: formatDateTime(task.markedAt), points: task.points ?? 0, max: task.maxPoints })}
      />
      <ScoresList scores={task.scores} comment={task.comment} />
    </Space>
  );
}

/** Why this user cannot score an open task (officers only look; trainers see others' tasks only when assigned elsewhere). */
function ReadOnlyNotice({ task }: { task: MarkingTaskDto }) {
  const { t } = useI18n();
  const { hasRole } = useAuth();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="marking-readonly"
      title={hasRole('trainer') ? t('marking.error.MARKING_NOT_ASSIGNEE') : t('marking.task.officerReadOnly')}
      description={task.assigneeName ? t('marking.task.assignedTo', { name: task.assigneeName }) : t('marking.unassigned')}
    />
  );
}

/** One task: the stem, the candidate's answer (blind) and the rubric form; a submitted mark
 * moves on to the next open task. */
export function MarkTaskPage() {
  const { id = '' } = useParams();
  const { t, tOr } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useCurrentUser();
  const { hasRole } = useAuth();
  const task = useQuery(taskQueryOptions(id));
  const data = task.data;
  const canScore = data !== undefined && hasRole('trainer') && data.status === 'open' && (data.assigneeId === null || data.assigneeId === me.id);

  const onScored = async (current: MarkingTaskDto, result: ScoreTaskResult) => {
    const note = result.item === 'final' ? '' : tOr(`marking.task.outcome.${result.item}`, '');
    void message.success([t('marking.task.submitted', { points: result.points }), note].filter(Boolean).join(t('common.listSeparator')));
    try {
      const next = await nextOpenTask(current);
      if (next) {
        void navigate(`/marking/tasks/${next.id}`);
        return;
      }
      void message.info(t('marking.task.allDone'));
    } catch (error) {
      void message.error(t('common.loadFailed', { message: errorText(error) }));
    }
    void navigate('/marking');
  };

  return (
    <Card
      data-testid="mark-task-page"
      data-task-id={id}
      data-status={data?.status}
      title={
        data ? (
          <Space wrap>
            <span>{t('marking.task.title', { session: data.sessionTitle })}</span>
            <Tag>{tOr(`qtype.${data.type}`, data.type)}</Tag>
            <RoundTag round={data.round} />
            <TaskStatusTag status={data.status} />
          </Space>
        ) : (
          t('marking.title')
        )
      }
      extra={<Link to="/marking">{t('marking.task.back')}</Link>}
    >
      <QueryState query={task} rows={8}>
        {data && (
          <Row gutter={[24, 24]}>
            <Col xs={24} lg={14}>
              <Space orientation="vertical" size="large" style={{ width: '100%' }}>
                <Typography.Text type="secondary">{t('marking.blindHint')}</Typography.Text>
                <section>
                  <Typography.Title level={5}>{t('marking.task.stem', { points: data.maxPoints })}</Typography.Title>
                  <RichText text={data.stem} className="question-stem" data-testid="marking-stem" />
                </section>
                <section>
                  <Typography.Title level={5}>{t('marking.task.answer')}</Typography.Title>
                  <AnswerView response={data.response} />
                </section>
              </Space>
            </Col>
            <Col xs={24} lg={10}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                {data.round === 3 && <EarlierMarks task={data} />}
                <Card size="small" title={t('marking.task.rubric')}>
                  {data.rubric.length === 0 ? (
                    <Empty />
                  ) : data.status === 'done' ? (
                    <DoneMarks task={data} />
                  ) : canScore ? (
                    <RubricForm key={data.id} task={data} onScored={(result) => void onScored(data, result)} onRefused={() => void queryClient.invalidateQueries({ queryKey: markingKeys.all })} />
                  ) : (
                    <ReadOnlyNotice task={data} />
                  )}
                </Card>
              </Space>
            </Col>
          </Row>
        )}
      </QueryState>
    </Card>
  );
}
