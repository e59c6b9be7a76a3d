import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Progress, Select, Space, Table, Tag, TreeSelect, Typography } from 'antd';
import type { ClassProgressDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { RichText } from '../../lib/rich-text';
import { orgUnitsQueryOptions } from '../org-units/api';
import { buildOrgTree, toTreeSelectData } from '../org-units/tree';
import { tracksQueryOptions } from '../syllabus/api';
import { classProgressQueryOptions } from './api';
import { useAnswerText } from './labels';

const Accuracy = ({ value }: { value: number | null }) =>
  value === null ? <>—</> : <Progress percent={value} size="small" status={value < 60 ? 'exception' : value >= 80 ? 'success' : 'normal'} format={(p) => `${p}%`} />;

/** 学员进度: a class (org unit and below) per chapter, per candidate, and its most common wrong answers. */
export function ClassProgressPage() {
  const { t, tOr, formatDateTime } = useI18n();
  const levelLabel = useLevelLabel();
  const answerText = useAnswerText();
  const units = useQuery(orgUnitsQueryOptions());
  const tracks = useQuery(tracksQueryOptions());
  const [orgUnitId, setOrgUnitId] = useState<string>();
  const [trackId, setTrackId] = useState<string>();
  const [level, setLevel] = useState(1);
  useEffect(() => {
    if (!orgUnitId && units.data?.length) setOrgUnitId(buildOrgTree(units.data)[0]?.unit.id);
  }, [units.data, orgUnitId]);
  useEffect(() => {
    if (!trackId && tracks.data?.length) setTrackId(tracks.data[0]?.id);
  }, [tracks.data, trackId]);
  const progress = useQuery({ ...classProgressQueryOptions(orgUnitId ?? '', trackId ?? '', level), enabled: Boolean(orgUnitId && trackId) });
  const data = progress.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="class-progress-page">
      <Card
        title={t('training.progress.title')}
        extra={
          <Space wrap>
            <TreeSelect
              value={orgUnitId}
              style={{ minWidth: 220 }}
              treeDefaultExpandAll
              treeData={toTreeSelectData(buildOrgTree(units.data ?? []))}
              onChange={setOrgUnitId}
              placeholder={t('training.progress.orgUnit')}
              data-testid="progress-org-unit"
            />
            <Select value={trackId} style={{ minWidth: 180 }} onChange={setTrackId} options={(tracks.data ?? []).map((x) => ({ value: x.id, label: x.name }))} data-testid="progress-track" />
            <Select value={level} style={{ width: 100 }} onChange={setLevel} options={[1, 2, 3, 4].map((l) => ({ value: l, label: levelLabel(l) }))} data-testid="progress-level" />
          </Space>
        }
      >
        <Typography.Text type="secondary">{t('training.progress.intro', { window: data?.masteryWindow ?? 20 })}</Typography.Text>
      </Card>
      <QueryState query={progress}>
        {data && (
          <>
            <Card title={t('training.progress.chapters')}>
              <Table<ClassProgressDto['chapters'][number]>
                rowKey="chapterId"
                size="middle"
                pagination={false}
                dataSource={data.chapters}
                data-testid="progress-chapters"
                columns={[
                  { title: t('training.col.chapter'), key: 'title', render: (_v, c) => `${c.code} ${c.title}` },
                  { title: t('training.progress.learners'), key: 'learners', width: 110, render: (_v, c) => `${c.learners} / ${data.candidates.length}` },
                  { title: t('training.progress.answered'), dataIndex: 'answered', width: 100 },
                  { title: t('training.col.accuracy'), key: 'accuracy', width: 200, render: (_v, c) => <Accuracy value={c.accuracy} /> },
                  { title: t('training.band.mastered'), dataIndex: 'mastered', width: 90 },
                  { title: t('training.band.weak'), key: 'weak', width: 90, render: (_v, c) => (c.weak ? <Tag color="red">{c.weak}</Tag> : 0) },
                ]}
              />
            </Card>
            <Card title={t('training.progress.mistakes')}>
              {data.commonMistakes.length === 0 ? (
                <Empty description={t('training.progress.noMistakes')} />
              ) : (
                <Table<ClassProgressDto['commonMistakes'][number]>
                  rowKey="questionId"
                  size="middle"
                  pagination={false}
                  dataSource={data.commonMistakes}
                  data-testid="progress-mistakes"
                  columns={[
                    { title: t('training.progress.question'), key: 'stem', render: (_v, m) => <RichText text={m.stem} /> },
                    { title: t('training.col.chapter'), dataIndex: 'chapterTitle', width: 160 },
                    { title: t('training.progress.type'), key: 'type', width: 90, render: (_v, m) => tOr(`qtype.${m.type}`, m.type) },
                    { title: t('training.progress.wrong'), key: 'wrong', width: 150, render: (_v, m) => t('training.progress.wrongOf', { wrong: m.wrong, answers: m.answers, candidates: m.candidates }) },
                    { title: t('training.progress.errorRate'), key: 'rate', width: 90, render: (_v, m) => `${m.errorRate}%` },
                    { title: t('training.progress.topWrong'), key: 'top', width: 160, render: (_v, m) => answerText(m.type, m.topWrongResponse) },
                  ]}
                />
              )}
            </Card>
            <Card title={t('training.progress.candidates')}>
              <Table<ClassProgressDto['candidates'][number]>
                rowKey="id"
                size="middle"
                dataSource={data.candidates}
                data-testid="progress-candidates"
                pagination={{ pageSize: 20, showTotal: (total) => t('common.total', { total }) }}
                columns={[
                  { title: t('training.col.candidate'), key: 'name', render: (_v, c) => `${c.displayName}（${c.username}）` },
                  { title: t('training.progress.orgUnit'), dataIndex: 'orgUnitName' },
                  { title: t('training.progress.answered'), dataIndex: 'answered', width: 90 },
                  { title: t('training.col.accuracy'), key: 'accuracy', width: 180, render: (_v, c) => <Accuracy value={c.accuracy} /> },
                  { title: t('training.progress.hours'), key: 'hours', width: 110, render: (_v, c) => <Tag color={c.requiredHours !== null && c.hours >= c.requiredHours ? 'green' : 'orange'}>{`${c.hours} / ${c.requiredHours ?? '—'}`}</Tag> },
                  { title: t('training.progress.mockBest'), key: 'mock', width: 100, render: (_v, c) => c.mockBest ?? '—' },
                  { title: t('training.progress.lastActive'), key: 'last', width: 160, render: (_v, c) => (c.lastActiveAt ? formatDateTime(c.lastActiveAt) : '—') },
                ]}
              />
            </Card>
          </>
        )}
      </QueryState>
    </Space>
  );
}
