import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Button, Card, Progress, Space, Statistic, Typography } from 'antd';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { practiceSetQueryOptions } from './api';
import { PracticeItemCard } from './PracticeItemCard';
import { useStartPractice } from './use-start-practice';

/** A practice set: every question with its own answer, feedback and retry. */
export function PracticeSetPage() {
  const { t } = useI18n();
  const { setId = '' } = useParams();
  const set = useQuery(practiceSetQueryOptions(setId));
  const practice = useStartPractice();
  const data = set.data;
  const feedback = Object.values(data?.feedback ?? {});
  const answered = feedback.length;
  const right = feedback.filter((f) => f.correct === true).length;
  const total = data?.items.length ?? 0;
  return (
    <Card
      title={data?.source === 'wrong_book' ? t('training.practice.wrongBookTitle') : t('training.practice.setTitle')}
      data-testid="practice-set-page"
      extra={
        <Link to="/training/practice">
          <Button>{t('training.practice.back')}</Button>
        </Link>
      }
    >
      <QueryState query={set}>
        {data && (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Space size="large" wrap>
              <Statistic title={t('training.practice.answered')} value={answered} suffix={`/ ${total}`} />
              <Statistic title={t('training.practice.right')} value={right} />
              <Progress type="circle" size={56} percent={answered ? Math.round((right * 100) / answered) : 0} />
            </Space>
            <Typography.Text type="secondary">{t('training.practice.feedbackHint')}</Typography.Text>
            {data.items.map((item, index) => (
              <PracticeItemCard key={item.id} setId={data.id} item={item} index={index} feedback={data.feedback[item.id]} />
            ))}
            {answered === total && (
              <Space wrap>
                <Button
                  type="primary"
                  loading={practice.pending}
                  onClick={() =>
                    practice.start(
                      data.source === 'wrong_book'
                        ? { trackId: data.trackId, level: data.level, source: 'wrong_book', size: total }
                        : { trackId: data.trackId, level: data.level, source: 'chapter', chapterId: data.chapterId ?? undefined, size: total },
                    )
                  }
                  data-testid="practice-again"
                >
                  {t('training.practice.again')}
                </Button>
                <Link to="/training">
                  <Button>{t('nav.trainingCentre')}</Button>
                </Link>
              </Space>
            )}
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
