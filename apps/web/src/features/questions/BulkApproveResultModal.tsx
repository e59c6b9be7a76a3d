import { Alert, Button, Modal, Table, Tag, Typography } from 'antd';
import type { QuestionListItemDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { richTextToPlain } from '../../lib/rich-text';
import type { BulkApproveResult } from './api';

type Row = BulkApproveResult['items'][number];

/** The outcome of a bulk approval, question by question (one refusal does not undo the rest). */
export function BulkApproveResultModal({
  result,
  questions,
  onClose,
}: {
  result: BulkApproveResult | null;
  questions: readonly QuestionListItemDto[];
  onClose: () => void;
}) {
  const { t } = useI18n();
  const byId = new Map(questions.map((question) => [question.id, question]));
  return (
    <Modal
      open={result !== null}
      title={t('qb.bulkResultTitle')}
      onCancel={onClose}
      width={760}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      {result && (
        <>
          <Alert
            type={result.approved === result.total ? 'success' : 'warning'}
            showIcon
            title={t('qb.bulkResultSummary', { approved: result.approved, total: result.total })}
            style={{ marginBottom: 12 }}
            data-testid="bulk-result-summary"
          />
          <Table<Row>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={result.items}
            data-testid="bulk-result"
            columns={[
              {
                title: t('qb.col.stem'),
                key: 'stem',
                ellipsis: true,
                render: (_value, row) => {
                  const question = byId.get(row.id);
                  return question ? `${question.syllabusCode} · ${richTextToPlain(question.stem)}` : row.id;
                },
              },
              {
                title: t('qb.bulkOutcome'),
                key: 'outcome',
                width: 280,
                render: (_value, row) =>
                  row.ok ? (
                    <Tag color="success">{t('qb.bulkApproved')}</Tag>
                  ) : (
                    <Typography.Text type="danger">{row.error?.message ?? t('qb.bulkRefused')}</Typography.Text>
                  ),
              },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
