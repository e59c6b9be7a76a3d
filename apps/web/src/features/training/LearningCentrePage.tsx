import { Link } from 'react-router-dom';
import { Button, Card, Col, Empty, List, Row, Space, Table, Tag, Typography } from 'antd';
import type { LearningCentreDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { ChapterTable } from './ChapterTable';
import { HoursCard } from './HoursCard';
import { ReasonText } from './labels';
import { TrackLevelPicker } from './TrackLevelPicker';
import { useStartPractice } from './use-start-practice';
import { useTrainingTarget } from './use-training-target';

function LastExamCard({ exam }: { exam: LearningCentreDto['lastExam'] }) {
  const { t, formatDate } = useI18n();
  return (
    <Card size="small" title={t('training.lastExam.title')} data-testid="training-last-exam">
      {!exam ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.lastExam.none')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text strong>{exam.sessionTitle}</Typography.Text>
            <Typography.Text type="secondary">{formatDate(exam.publishedAt)}</Typography.Text>
            {exam.score !== null && <Tag color={exam.passed ? 'green' : 'red'}>{t('training.lastExam.score', { score: exam.score })}</Tag>}
          </Space>
          <Table
            size="small"
            rowKey="syllabusNodeId"
            pagination={false}
            dataSource={exam.areas}
            columns={[
              { title: t('training.col.area'), dataIndex: 'title' },
              { title: t('training.col.points'), key: 'p', render: (_v, a) => `${a.earned} / ${a.possible}` },
              { title: t('training.col.rate'), key: 'r', render: (_v, a) => (a.possible ? `${Math.round((a.earned * 1000) / a.possible) / 10}%` : '—') },
            ]}
          />
        </Space>
      )}
    </Card>
  );
}

function RecommendedCard({ centre, onPractice, startingId }: { centre: LearningCentreDto; onPractice: (chapterId: string) => void; startingId: string | undefined }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('training.recommended.title')} data-testid="training-recommended">
      {centre.recommended.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.recommended.none')} />
      ) : (
        <List
          size="small"
          dataSource={centre.recommended}
          renderItem={(r) => (
            <List.Item
              data-testid="recommended-chapter"
              actions={[
                <Button key="go" size="small" type="link" loading={startingId === r.chapterId} onClick={() => onPractice(r.chapterId)}>
                  {t('training.practice.start')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={`${r.code} ${r.title}`}
                description={
                  <Space orientation="vertical" size={0}>
                    {r.reasons.map((reason, i) => (
                      <Typography.Text key={i} type="secondary">
                        <ReasonText reason={reason} />
                      </Typography.Text>
                    ))}
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
      {!centre.sources.competency && <Typography.Text type="secondary">{t('training.recommended.competencyLater')}</Typography.Text>}
    </Card>
  );
}

/** 学习中心: the level's syllabus with 了解/熟悉/掌握 and mastery, hours, the last published exam and what to practise next. */
export function LearningCentrePage() {
  const { t } = useI18n();
  const { centre, trackId, level, select } = useTrainingTarget();
  const practice = useStartPractice();
  const data = centre.data;
  const startChapter = (chapterId: string) => data && practice.start({ trackId: data.trackId, level: data.level, chapterId, source: 'chapter', size: 10 });
  const startingId = practice.pending ? practice.variables?.chapterId : undefined;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="learning-centre-page">
      <Card
        title={t('training.centre.title')}
        extra={data && <TrackLevelPicker tracks={data.targets} trackId={trackId} level={level} onChange={select} />}
      >
        <QueryState query={centre}>
          {data && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Typography.Paragraph type="secondary">{t('training.centre.intro', { window: data.masteryWindow, level: data.levelName })}</Typography.Paragraph>
              <Space wrap>
                <Link to={`/training/mock-exams?trackId=${data.trackId}&level=${data.level}`}>
                  <Button data-testid="centre-mock">{t('training.mock.start')}</Button>
                </Link>
                <Link to="/training/wrong-answers">
                  <Button>{t('nav.trainingWrongBook')}</Button>
                </Link>
              </Space>
            </Space>
          )}
        </QueryState>
      </Card>
      {data && (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={8}>
              <HoursCard centre={data} />
            </Col>
            <Col xs={24} lg={8}>
              <RecommendedCard centre={data} onPractice={startChapter} startingId={startingId} />
            </Col>
            <Col xs={24} lg={8}>
              <LastExamCard exam={data.lastExam} />
            </Col>
          </Row>
          <Card title={t('training.chapters.title', { level: data.levelName })}>
            <ChapterTable chapters={data.chapters} onPractice={startChapter} startingId={startingId} loading={centre.isFetching} />
          </Card>
        </>
      )}
    </Space>
  );
}
