import { useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Empty, Select, Space, Table, Tag, Typography } from 'antd';
import type { QuestionVersionDto } from '@cm/contracts';
import { RequirementTag } from '../../../app/components/labels';
import { QueryState } from '../../../app/components/QueryState';
import { useI18n } from '../../../app/i18n/i18n';
import { RichText } from '../../../lib/rich-text';
import { questionVersionsQueryOptions } from '../api';
import { AuthorName, QuestionStatusTag, QuestionTypeTag, UsageTags } from '../labels';
import { AnswerText, RubricList } from '../QuestionView';
import { changedFields, defaultComparison, DIFF_FIELDS, type DiffField } from './version-diff';

function FieldValue({ version, field }: { version: QuestionVersionDto; field: DiffField }): ReactNode {
  const { t } = useI18n();
  switch (field) {
    case 'syllabusCode':
      return <Typography.Text code>{version.syllabusCode}</Typography.Text>;
    case 'type':
      return <QuestionTypeTag type={version.type} />;
    case 'stem':
      return <RichText text={version.stem} />;
    case 'options':
      return version.options?.length ? (
        <ol className="question-options compact">
          {version.options.map((option) => (
            <li key={option.key}>
              <span className="question-option-key">{option.key}.</span>
              <RichText text={option.text} inline />
            </li>
          ))}
        </ol>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      );
    case 'answer':
      return <AnswerText content={version} />;
    case 'difficulty':
      return String(version.difficulty);
    case 'requirement':
      return <RequirementTag requirement={version.requirement} />;
    case 'explanation':
      return version.explanation ? <RichText text={version.explanation} /> : <Typography.Text type="secondary">{t('common.notSet')}</Typography.Text>;
    case 'rubric':
      return version.rubric?.length ? <RubricList rubric={version.rubric} /> : <Typography.Text type="secondary">—</Typography.Text>;
    case 'usage':
      return <UsageTags usage={version.usage} />;
    case 'tags':
      return version.tags.length ? version.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : <Typography.Text type="secondary">—</Typography.Text>;
  }
}

function VersionDiff({ left, right }: { left: QuestionVersionDto; right: QuestionVersionDto }) {
  const { t } = useI18n();
  const changed = changedFields(left, right);
  return (
    <Table<DiffField>
      size="small"
      rowKey={(field) => field}
      pagination={false}
      tableLayout="fixed"
      dataSource={[...DIFF_FIELDS]}
      rowClassName={(field) => (changed.has(field) ? 'diff-changed' : '')}
      data-testid="version-diff"
      columns={[
        {
          title: t('qd.field'),
          key: 'field',
          width: 110,
          render: (_value, field) => (
            <Space orientation="vertical" size={2} data-testid={`diff-row-${field}`} data-changed={changed.has(field)}>
              <span>{t(`qd.field.${field}`)}</span>
              {changed.has(field) && <Tag color="orange">{t('qd.changed')}</Tag>}
            </Space>
          ),
        },
        { title: t('settings.versionN', { n: left.version }), key: 'left', render: (_value, field) => <FieldValue version={left} field={field} /> },
        { title: t('settings.versionN', { n: right.version }), key: 'right', render: (_value, field) => <FieldValue version={right} field={field} /> },
      ]}
    />
  );
}

/** Every version (oldest first) and a side-by-side comparison of any two. */
export function VersionHistory({ questionId }: { questionId: string }) {
  const { t, formatDateTime } = useI18n();
  const versions = useQuery(questionVersionsQueryOptions(questionId));
  const items = versions.data?.items ?? [];
  const fallback = defaultComparison(items);
  const [picked, setPicked] = useState<[number, number] | null>(null);
  const [leftN, rightN] = picked ?? fallback ?? [1, 1];
  const left = items.find((item) => item.version === leftN);
  const right = items.find((item) => item.version === rightN);
  const options = items.map((item) => ({ value: item.version, label: t('settings.versionN', { n: item.version }) }));

  return (
    <QueryState query={versions}>
      <Table<QuestionVersionDto>
        size="small"
        rowKey="version"
        pagination={false}
        dataSource={[...items].reverse()}
        data-testid="version-list"
        columns={[
          { title: t('qd.version'), dataIndex: 'version', width: 90, render: (n: number) => t('settings.versionN', { n }) },
          { title: t('qd.versionStatus'), dataIndex: 'versionStatus', width: 100, render: (status: QuestionVersionDto['versionStatus']) => <QuestionStatusTag status={status} /> },
          { title: t('qd.author'), dataIndex: 'authorId', width: 110, render: (id: string) => <AuthorName id={id} /> },
          { title: t('qd.savedAt'), dataIndex: 'createdAt', width: 150, render: (at: string) => formatDateTime(at) },
          { title: t('qd.reviewComment'), dataIndex: 'reviewComment', ellipsis: true, render: (comment?: string) => comment ?? '' },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('qd.compare')}
      </Typography.Title>
      {items.length < 2 || !left || !right ? (
        <Empty description={t('qd.compareNeedsTwo')} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Select value={leftN} options={options} onChange={(n: number) => setPicked([n, rightN])} style={{ width: 120 }} data-testid="diff-left" />
            <span>↔</span>
            <Select value={rightN} options={options} onChange={(n: number) => setPicked([leftN, n])} style={{ width: 120 }} data-testid="diff-right" />
          </Space>
          <VersionDiff left={left} right={right} />
        </Space>
      )}
    </QueryState>
  );
}
