import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Alert, Card, Descriptions, Space, Tabs, Typography } from 'antd';
import type { QuestionDto } from '@cm/contracts';
import { useAuth } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { questionQueryOptions } from './api';
import { AuditTrail } from './detail/AuditTrail';
import { QuestionActions } from './detail/QuestionActions';
import { StatisticsPanel } from './detail/StatisticsPanel';
import { VersionHistory } from './detail/VersionHistory';
import { AuthorName, QuestionStatusTag } from './labels';
import { QuestionView } from './QuestionView';

function Summary({ question }: { question: QuestionDto }) {
  const { t, formatDateTime } = useI18n();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} style={{ marginBottom: 12 }}>
      <Descriptions.Item label={t('qd.status')}>
        <QuestionStatusTag status={question.status} testId="question-status" />
      </Descriptions.Item>
      <Descriptions.Item label={t('qd.version')}>
        <span data-testid="question-version">{t('settings.versionN', { n: question.version })}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('qd.activeVersion')}>
        {question.activeVersion === null ? t('qd.noActiveVersion') : t('settings.versionN', { n: question.activeVersion })}
      </Descriptions.Item>
      <Descriptions.Item label={t('qd.author')}>
        <AuthorName id={question.authorId} />
      </Descriptions.Item>
      <Descriptions.Item label={t('qd.createdBy')}>
        <AuthorName id={question.createdBy} />
      </Descriptions.Item>
      <Descriptions.Item label={t('qd.savedAt')}>{formatDateTime(question.updatedAt)}</Descriptions.Item>
      {question.reviewedAt && <Descriptions.Item label={t('qd.reviewedAt')}>{formatDateTime(question.reviewedAt)}</Descriptions.Item>}
      {question.enemyIds.length > 0 && (
        <Descriptions.Item label={t('qe.enemies')}>
          <Space wrap size={4}>
            {question.enemyIds.map((id, index) => (
              <Link key={id} to={`/questions/${id}`}>
                {t('qd.enemyN', { n: index + 1 })}
              </Link>
            ))}
          </Space>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** A question's current version, what can be done with it, its history, statistics and (for
 * officers) its audit trail. */
export function QuestionDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { hasRole } = useAuth();
  const question = useQuery(questionQueryOptions(id));
  const data = question.data;

  return (
    <Card
      title={
        <Space>
          <Link to="/questions">{t('nav.questions')}</Link>
          <span>/</span>
          <span>{data ? t('qd.title', { code: data.syllabusCode }) : t('common.loading')}</span>
        </Space>
      }
      data-testid="question-detail"
    >
      <QueryState query={question} rows={8}>
        {data && (
          <>
            <Summary question={data} />
            {data.reviewComment && data.status === 'draft' && (
              <Alert type="warning" showIcon title={t('qd.rejectedWith', { comment: data.reviewComment })} style={{ marginBottom: 12 }} data-testid="question-review-comment" />
            )}
            {data.status === 'draft' && data.activeVersion !== null && (
              <Alert type="info" showIcon title={t('qd.pendingVersion', { n: data.activeVersion })} style={{ marginBottom: 12 }} />
            )}
            <QuestionActions question={data} />
            <Tabs
              style={{ marginTop: 8 }}
              items={[
                { key: 'current', label: t('qd.tabCurrent'), children: <QuestionView content={data} /> },
                { key: 'versions', label: t('qd.tabVersions'), children: <VersionHistory questionId={data.id} /> },
                { key: 'statistics', label: t('qd.tabStatistics'), children: <StatisticsPanel questionId={data.id} /> },
                ...(hasRole('officer') ? [{ key: 'audit', label: t('qd.tabAudit'), children: <AuditTrail questionId={data.id} /> }] : []),
              ]}
              data-testid="question-tabs"
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('qd.id', { id: data.id })}
            </Typography.Text>
          </>
        )}
      </QueryState>
    </Card>
  );
}
