import { Link } from 'react-router-dom';
import { Button, Popconfirm, Space, Typography, type TableColumnsType } from 'antd';
import type { QuestionListItemDto, QuestionStatus, QuestionType, QuestionUsage, Requirement } from '@cm/contracts';
import { RequirementTag } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { richTextToPlain } from '../../lib/rich-text';
import type { QuestionSort } from './api';
import { AuthorName, Difficulty, QuestionStatusTag, QuestionTypeTag, UsageTags } from './labels';
import { sortOrderOf } from './list-params';

export interface QuestionRowActions {
  canEdit: boolean;
  canRetire: boolean;
  currentUserId: string;
  onEdit: (item: QuestionListItemDto) => void;
  onSubmit: (item: QuestionListItemDto) => void;
  onRetire: (item: QuestionListItemDto) => void;
}

export function useQuestionColumns(sort: QuestionSort | undefined, actions: QuestionRowActions): TableColumnsType<QuestionListItemDto> {
  const { t, formatDateTime } = useI18n();
  return [
    {
      title: t('qb.col.code'),
      dataIndex: 'syllabusCode',
      key: 'code',
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'code'),
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('qb.col.stem'),
      dataIndex: 'stem',
      key: 'stem',
      ellipsis: { showTitle: false },
      render: (stem: string, item) => {
        const text = richTextToPlain(stem);
        return (
          <Link to={`/questions/${item.id}`} title={text} data-testid="qb-row-stem">
            {text}
          </Link>
        );
      },
    },
    { title: t('qb.col.type'), dataIndex: 'type', key: 'type', width: 84, render: (type: QuestionType) => <QuestionTypeTag type={type} /> },
    {
      title: t('qb.col.difficulty'),
      dataIndex: 'difficulty',
      key: 'difficulty',
      width: 100,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'difficulty'),
      render: (value: number) => <Difficulty value={value} />,
    },
    { title: t('qb.col.requirement'), dataIndex: 'requirement', key: 'requirement', width: 84, render: (value: Requirement) => <RequirementTag requirement={value} /> },
    { title: t('qb.col.usage'), dataIndex: 'usage', key: 'usage', width: 110, responsive: ['xxl'], render: (usage: QuestionUsage[]) => <UsageTags usage={usage} /> },
    {
      title: t('qb.col.status'),
      dataIndex: 'status',
      key: 'status',
      width: 130,
      render: (status: QuestionStatus, item) => (
        <Space size={2}>
          <QuestionStatusTag status={status} testId="qb-row-status" />
          <Typography.Text type="secondary" style={{ fontSize: 12 }} title={t('settings.versionN', { n: item.version })}>
            v{item.version}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('qb.col.author'), dataIndex: 'authorId', key: 'author', width: 100, responsive: ['xxl'], render: (id: string) => <AuthorName id={id} /> },
    {
      title: t('qb.col.updatedAt'),
      dataIndex: 'updatedAt',
      key: 'updatedAt',
      width: 140,
      sorter: true,
      sortOrder: sortOrderOf(sort, 'updatedAt'),
      responsive: ['lg'],
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 130,
      fixed: 'right',
      render: (_value, item) => (
        <Space size={0} wrap>
          {actions.canEdit && item.status !== 'retired' && (
            <Button type="link" size="small" onClick={() => actions.onEdit(item)} data-testid="qb-row-edit">
              {t('common.edit')}
            </Button>
          )}
          {actions.canEdit && item.status === 'draft' && item.authorId === actions.currentUserId && (
            <Button type="link" size="small" onClick={() => actions.onSubmit(item)} data-testid="qb-row-submit">
              {t('qd.submit')}
            </Button>
          )}
          {actions.canRetire && item.status !== 'retired' && (
            <Popconfirm title={t('qd.confirmRetire')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={() => actions.onRetire(item)}>
              <Button type="link" size="small" danger data-testid="qb-row-retire">
                {t('qd.retire')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
}
