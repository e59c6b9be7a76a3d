import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Skeleton, Space, Table, Typography } from 'antd';
import type { QuestionListItemDto, QuestionType } from '@cm/contracts';
import { useCurrentUser } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { richTextToPlain } from '../../lib/rich-text';
import { useErrorText } from '../../lib/use-error-text';
import { questionQueryOptions, reviewQueueQueryOptions, useApproveQuestion } from './api';
import { RejectModal } from './detail/RejectModal';
import { Difficulty, QuestionTypeTag } from './labels';
import { QuestionView } from './QuestionView';

function QuestionPreview({ id }: { id: string }) {
  const question = useQuery(questionQueryOptions(id));
  if (!question.data) return <Skeleton active paragraph={{ rows: 3 }} />;
  return <QuestionView content={question.data} testId={`review-preview-${id}`} />;
}

/** Questions waiting for review that someone else wrote, oldest first; approve or return them
 * (with a comment) in place; each row opens to the full question with its key. */
export function ReviewQueuePage() {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const me = useCurrentUser();
  const queue = useQuery(reviewQueueQueryOptions());
  const approve = useApproveQuestion();
  const [rejecting, setRejecting] = useState<QuestionListItemDto | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const items = (queue.data?.items ?? []).filter((item) => item.authorId !== me.id);

  const onApprove = (item: QuestionListItemDto) => {
    setRefusal(null);
    approve.mutate(item.id, {
      onSuccess: () => void message.success(t('qd.approved')),
      onError: (error) => setRefusal(t('common.operationFailed', { message: errorText(error) })),
    });
  };

  return (
    <Card title={t('qr.title')} data-testid="review-queue-page">
      <Typography.Paragraph type="secondary">{t('qr.hint')}</Typography.Paragraph>
      {refusal && <Alert type="error" showIcon closable={{ onClose: () => setRefusal(null) }} title={refusal} style={{ marginBottom: 12 }} data-testid="review-error" />}
      <QueryState query={queue} rows={6}>
        <Table<QuestionListItemDto>
          rowKey="id"
          size="middle"
          dataSource={items}
          loading={queue.isFetching}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('qr.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('common.total', { total }) }}
          expandable={{ expandedRowRender: (item) => <QuestionPreview id={item.id} />, expandRowByClick: false }}
          data-testid="review-queue"
          columns={[
            { title: t('qb.col.code'), dataIndex: 'syllabusCode', width: 120, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
            {
              title: t('qb.col.stem'),
              dataIndex: 'stem',
              ellipsis: { showTitle: false },
              render: (stem: string, item) => (
                <Link to={`/questions/${item.id}`} title={richTextToPlain(stem)} data-testid="review-row-stem">
                  {richTextToPlain(stem)}
                </Link>
              ),
            },
            { title: t('qb.col.type'), dataIndex: 'type', width: 90, render: (type: QuestionType) => <QuestionTypeTag type={type} /> },
            { title: t('qb.col.difficulty'), dataIndex: 'difficulty', width: 110, render: (value: number) => <Difficulty value={value} /> },
            { title: t('qb.col.updatedAt'), dataIndex: 'updatedAt', width: 150, render: (at: string) => formatDateTime(at) },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 150,
              fixed: 'right',
              render: (_value, item) => (
                <Space size={4}>
                  <Button type="primary" size="small" loading={approve.isPending && approve.variables === item.id} onClick={() => onApprove(item)} data-testid="review-approve">
                    {t('qd.approve')}
                  </Button>
                  <Button danger size="small" onClick={() => setRejecting(item)} data-testid="review-reject">
                    {t('qd.reject')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </QueryState>
      <RejectModal question={rejecting} onClose={() => setRejecting(null)} onRefused={setRefusal} />
    </Card>
  );
}
