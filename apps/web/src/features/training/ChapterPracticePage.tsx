import { useState } from 'react';
import { Button, Card, Segmented, Space, Typography } from 'antd';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { ChapterTable } from './ChapterTable';
import { TrackLevelPicker } from './TrackLevelPicker';
import { useStartPractice } from './use-start-practice';
import { useTrainingTarget } from './use-training-target';

const SIZES = [5, 10, 20];

/** 章节练习: pick a chapter of the level and a set size; sets draw only practice questions. */
export function ChapterPracticePage() {
  const { t } = useI18n();
  const { centre, trackId, level, select } = useTrainingTarget();
  const practice = useStartPractice();
  const [size, setSize] = useState(10);
  const data = centre.data;
  const openWrong = data?.chapters.reduce((n, c) => n + c.openWrong, 0) ?? 0;
  return (
    <Card
      title={t('training.practice.title')}
      data-testid="chapter-practice-page"
      extra={data && <TrackLevelPicker tracks={data.targets} trackId={trackId} level={level} onChange={select} />}
    >
      <QueryState query={centre}>
        {data && (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <Space wrap>
              <Typography.Text>{t('training.practice.size')}</Typography.Text>
              <Segmented<number> value={size} onChange={setSize} options={SIZES.map((n) => ({ value: n, label: t('training.practice.sizeN', { n }) }))} data-testid="practice-size" />
              <Button
                disabled={openWrong === 0}
                loading={practice.pending && practice.variables?.source === 'wrong_book'}
                onClick={() => practice.start({ trackId: data.trackId, level: data.level, source: 'wrong_book', size })}
                data-testid="practice-wrong-book"
              >
                {t('training.wrong.practise', { n: openWrong })}
              </Button>
            </Space>
            <Typography.Text type="secondary">{t('training.practice.hint')}</Typography.Text>
            <ChapterTable
              chapters={data.chapters}
              loading={centre.isFetching}
              startingId={practice.pending ? practice.variables?.chapterId : undefined}
              onPractice={(chapterId) => practice.start({ trackId: data.trackId, level: data.level, chapterId, source: 'chapter', size })}
            />
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
