import type { HTMLAttributes } from 'react';
import { Link } from 'react-router-dom';
import { Button, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { REQUIREMENTS, type LearningChapterDto } from '@cm/contracts';
import { RequirementTag } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { MasteryCell } from './labels';

/** A chapter the syllabus gives no 认知要求 shows how its practice questions are labelled. */
function QuestionRequirements({ counts }: { counts: LearningChapterDto['questionRequirements'] }) {
  const { t } = useI18n();
  const present = REQUIREMENTS.filter((r) => counts[r] > 0);
  if (!present.length) return <Typography.Text type="secondary">{t('training.requirement.none')}</Typography.Text>;
  return (
    <Tooltip title={t('training.requirement.fromQuestions')}>
      <Space size={2} wrap data-testid="chapter-question-requirements">
        {present.map((r) => (
          <Tag key={r} variant="outlined">{`${t(`requirement.${r}`)} ${counts[r]}`}</Tag>
        ))}
      </Space>
    </Tooltip>
  );
}

interface Props {
  chapters: LearningChapterDto[];
  onPractice: (chapterId: string) => void;
  startingId?: string | undefined;
  loading?: boolean;
}

/** The level's chapters: 认知要求 (with the points on expansion), practice questions, mastery, open wrong answers. */
export function ChapterTable({ chapters, onPractice, startingId, loading }: Props) {
  const { t } = useI18n();
  return (
    <Table<LearningChapterDto>
      rowKey="id"
      size="middle"
      loading={loading}
      pagination={false}
      scroll={{ x: 860 }}
      dataSource={chapters}
      data-testid="chapter-table"
      onRow={(c) => ({ 'data-testid': 'chapter-row', 'data-code': c.code }) as HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('training.chapters.empty') }}
      expandable={{
        rowExpandable: (c) => c.points.length > 0,
        expandedRowRender: (c) => (
          <Space orientation="vertical" size={4} data-testid="chapter-points">
            {c.points.map((p) => (
              <Space key={p.id} size={6} align="start">
                {p.requirement ? <RequirementTag requirement={p.requirement} /> : <Tag>{t('training.requirement.none')}</Tag>}
                <Typography.Text>{p.title}</Typography.Text>
              </Space>
            ))}
          </Space>
        ),
      }}
      columns={[
        {
          title: t('training.col.chapter'),
          key: 'title',
          render: (_v, c) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{`${c.code} ${c.title}`}</Typography.Text>
              {c.partTitle && <Typography.Text type="secondary">{c.partTitle}</Typography.Text>}
            </Space>
          ),
        },
        {
          title: t('training.col.requirement'),
          key: 'requirement',
          width: 150,
          render: (_v, c) => (c.requirement ? <RequirementTag requirement={c.requirement} /> : <QuestionRequirements counts={c.questionRequirements} />),
        },
        { title: t('training.col.practiceCount'), dataIndex: 'practiceCount', width: 100 },
        { title: t('training.col.mastery'), key: 'mastery', width: 220, render: (_v, c) => <MasteryCell mastery={c.mastery} /> },
        {
          title: t('training.col.openWrong'),
          key: 'openWrong',
          width: 90,
          render: (_v, c) => (c.openWrong > 0 ? <Link to={`/training/wrong-answers?chapterId=${c.id}`}>{c.openWrong}</Link> : 0),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          width: 120,
          fixed: 'right',
          render: (_v, c) => (
            <Button size="small" type="primary" disabled={c.practiceCount === 0} loading={startingId === c.id} onClick={() => onPractice(c.id)} data-testid="chapter-practice">
              {t('training.practice.start')}
            </Button>
          ),
        },
      ]}
    />
  );
}
