import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { App, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import type { WrongAnswerDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import { useErrorText } from '../../lib/use-error-text';
import { useMarkMastered, wrongAnswersQueryOptions } from './api';
import { useAnswerText } from './labels';
import { TrackLevelPicker } from './TrackLevelPicker';
import { useStartPractice } from './use-start-practice';
import { useTrainingTarget } from './use-training-target';

type StatusFilter = 'open' | 'mastered' | 'all';

function WrongItem({ entry }: { entry: WrongAnswerDto }) {
  const { t, tOr, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const answerText = useAnswerText();
  const mastered = useMarkMastered();
  return (
    <List.Item
      data-testid="wrong-item"
      data-question-id={entry.questionId}
      data-status={entry.status}
      actions={
        entry.status === 'open'
          ? [
              <Button
                key="master"
                loading={mastered.isPending}
                onClick={() =>
                  // The entry leaves the list when the list refreshes, so the message must not depend on it staying mounted.
                  mastered.mutateAsync(entry.id).then(
                    () => void message.success(t('training.wrong.markedMastered')),
                    (error: unknown) => void message.error(t('common.operationFailed', { message: errorText(error) })),
                  )
                }
                data-testid="wrong-master"
              >
                {t('training.wrong.markMastered')}
              </Button>,
            ]
          : []
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color="blue">{entry.chapterTitle}</Tag>
          {entry.type && <Tag>{tOr(`qtype.${entry.type}`, entry.type)}</Tag>}
          <Tag color={entry.status === 'open' ? 'red' : 'green'} data-testid="wrong-status">{t(`training.wrong.status.${entry.status}`)}</Tag>
          <Typography.Text type="secondary">{t('training.wrong.count', { n: entry.wrongCount, at: formatDateTime(entry.lastWrongAt) })}</Typography.Text>
        </Space>
        {!entry.available ? (
          <Typography.Text type="secondary">{t('training.wrong.unavailable')}</Typography.Text>
        ) : (
          <>
            <RichText text={entry.stem ?? ''} className="question-stem" />
            {entry.options && (
              <Space orientation="vertical" size={0}>
                {entry.options.map((o) => (
                  <Typography.Text key={o.key}>{`${o.key}. `}<RichText text={o.text} inline /></Typography.Text>
                ))}
              </Space>
            )}
            <Space wrap>
              <Typography.Text type="secondary">{t('training.feedback.yours')}</Typography.Text>
              <Typography.Text delete>{answerText(entry.type ?? '', entry.lastResponse)}</Typography.Text>
              <Typography.Text type="secondary">{t('training.feedback.key')}</Typography.Text>
              <Typography.Text strong type="success">{answerText(entry.type ?? '', entry.key)}</Typography.Text>
            </Space>
            {entry.explanation && (
              <div>
                <Typography.Text strong>{t('training.feedback.explanation')}</Typography.Text>
                <RichText text={entry.explanation} />
              </div>
            )}
          </>
        )}
      </Space>
    </List.Item>
  );
}

/** 错题本: every question answered wrong, per chapter; re-practise them, mark them mastered. */
export function WrongBookPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const { centre, trackId: pickedTrack, level } = useTrainingTarget();
  const practice = useStartPractice();
  const chapterId = params.get('chapterId') ?? undefined;
  const status = (params.get('status') as StatusFilter | null) ?? 'open';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const trackId = centre.data?.trackId;
  const list = useQuery({ ...wrongAnswersQueryOptions({ page, pageSize: 10, trackId, chapterId, ...(status === 'all' ? {} : { status }) }), enabled: trackId !== undefined });
  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries({ page: undefined, ...patch })) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const byChapter = list.data?.byChapter ?? [];
  const openHere = chapterId ? (byChapter.find((c) => c.chapterId === chapterId)?.open ?? 0) : byChapter.reduce((n, c) => n + c.open, 0);
  return (
    <Card
      title={t('training.wrong.title')}
      data-testid="wrong-book-page"
      extra={
        centre.data && (
          <Space wrap>
          <TrackLevelPicker tracks={centre.data.targets} trackId={pickedTrack} level={level} onChange={(id, l) => update({ trackId: id, level: l ? String(l) : undefined, chapterId: undefined })} />
          <Button
            type="primary"
            disabled={openHere === 0}
            loading={practice.pending}
            onClick={() => centre.data && practice.start({ trackId: centre.data.trackId, level: centre.data.level, source: 'wrong_book', chapterId, size: Math.min(20, openHere) })}
            data-testid="wrong-practise"
          >
            {t('training.wrong.practise', { n: openHere })}
          </Button>
          </Space>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <Segmented<StatusFilter>
            value={status}
            onChange={(v) => update({ status: v })}
            options={(['open', 'mastered', 'all'] as const).map((v) => ({ value: v, label: t(`training.wrong.filter.${v}`) }))}
            data-testid="wrong-status-filter"
          />
          <Tag.CheckableTag checked={!chapterId} onChange={() => update({ chapterId: undefined })}>
            {t('common.all')}
          </Tag.CheckableTag>
          {byChapter.map((c) => (
            <Tag.CheckableTag key={c.chapterId} checked={chapterId === c.chapterId} onChange={() => update({ chapterId: c.chapterId })} data-testid="wrong-chapter">
              {t('training.wrong.chapterCount', { title: c.title, open: c.open, mastered: c.mastered })}
            </Tag.CheckableTag>
          ))}
        </Space>
        <QueryState query={list}>
          {(list.data?.items.length ?? 0) === 0 ? (
            <Empty description={t(status === 'open' ? 'training.wrong.emptyOpen' : 'training.wrong.empty')} />
          ) : (
            <List
              dataSource={list.data?.items ?? []}
              rowKey="id"
              renderItem={(entry) => <WrongItem entry={entry} />}
              pagination={{ current: page, pageSize: 10, total: list.data?.total ?? 0, onChange: (p) => update({ page: String(p) }), showTotal: (total) => t('common.total', { total }) }}
            />
          )}
        </QueryState>
      </Space>
    </Card>
  );
}
