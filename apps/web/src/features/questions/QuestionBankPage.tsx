import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { App, Button, Card, Dropdown, Space, Table, Typography } from 'antd';
import type { QuestionListItemDto } from '@cm/contracts';
import { useAuth, useCurrentUser } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { syllabusQueryOptions, tracksQueryOptions } from '../syllabus/api';
import { buildSyllabusTree, toSyllabusSelectData } from '../syllabus/tree';
import { exportQuestions, questionListQueryOptions, useBulkApprove, useRetireQuestion, useSubmitQuestion, type BulkApproveResult, type ImportFormat, type QuestionFilter, type QuestionListParams } from './api';
import { BulkApproveResultModal } from './BulkApproveResultModal';
import { ImportQuestionsModal } from './import/ImportQuestionsModal';
import { paramsFromSearch, searchFromParams, sortFrom } from './list-params';
import { QuestionFilters } from './QuestionFilters';
import { useQuestionColumns } from './use-question-columns';

const EXPORT_FORMATS: readonly ImportFormat[] = ['xlsx', 'moodle', 'gift'];

/** The bank of a track: filters, sortable pages, row actions, bulk approval, import, export. */
export function QuestionBankPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const { hasRole } = useAuth();
  const trainer = hasRole('trainer');
  const tracks = useQuery(tracksQueryOptions());
  const [search, setSearch] = useSearchParams();
  const parsed = paramsFromSearch(search);
  const params: QuestionListParams = { ...parsed, trackId: parsed.trackId ?? tracks.data?.[0]?.id };
  const setParams = (next: QuestionListParams) => setSearch(searchFromParams(next), { replace: true });

  const questions = useQuery({ ...questionListQueryOptions(params), enabled: Boolean(params.trackId) });
  const syllabus = useQuery({ ...syllabusQueryOptions(params.trackId ?? ''), enabled: Boolean(params.trackId) });
  const tree = useMemo(() => buildSyllabusTree(syllabus.data?.nodes ?? []), [syllabus.data]);
  const filterTree = useMemo(() => toSyllabusSelectData(tree), [tree]);
  const chapterTree = useMemo(() => toSyllabusSelectData(tree, (node) => node.kind !== 'part'), [tree]);

  const [selected, setSelected] = useState<QuestionListItemDto[]>([]);
  const [bulkResult, setBulkResult] = useState<{ result: BulkApproveResult; questions: QuestionListItemDto[] } | null>(null);
  const [importing, setImporting] = useState(false);
  const bulk = useBulkApprove();
  const submit = useSubmitQuestion();
  const retire = useRetireQuestion();
  const items = questions.data?.items ?? [];
  const onFailed = (error: unknown) => void message.error(t('common.operationFailed', { message: errorText(error) }));

  const columns = useQuestionColumns(params.sort, {
    canEdit: trainer,
    canRetire: trainer || hasRole('officer'),
    currentUserId: me.id,
    onEdit: (item) => void navigate(`/questions/${item.id}/edit`),
    onSubmit: (item) => submit.mutate(item.id, { onSuccess: () => void message.success(t('qd.submitted')), onError: onFailed }),
    onRetire: (item) => retire.mutate(item.id, { onSuccess: () => void message.success(t('qd.retired')), onError: onFailed }),
  });

  const filter: QuestionFilter = { ...params };
  const onExport = (format: ImportFormat) => {
    const { page: _page, pageSize: _pageSize, ...rest } = params;
    exportQuestions(format, rest).catch(onFailed);
  };
  const onBulkApprove = () =>
    bulk.mutate(
      selected.map((item) => item.id),
      {
        onSuccess: (result) => {
          setBulkResult({ result, questions: selected });
          setSelected([]);
        },
        onError: onFailed,
      },
    );

  return (
    <Card title={t('qb.title')} data-testid="question-bank-page">
      <QueryState query={tracks}>
        <div className="page-toolbar">
          <QuestionFilters
            value={filter}
            onChange={(next) => setParams({ ...next, page: 1, pageSize: params.pageSize })}
            tracks={tracks.data ?? []}
            syllabusTree={filterTree}
          />
        </div>
        <div className="page-toolbar">
          <Typography.Text type="secondary" data-testid="qb-total">
            {t('common.total', { total: questions.data?.total ?? 0 })}
          </Typography.Text>
          <span className="grow" />
          <Space wrap>
            {trainer && (
              <Button disabled={selected.length === 0} loading={bulk.isPending} onClick={onBulkApprove} data-testid="qb-bulk-approve">
                {t('qb.bulkApprove', { count: selected.length })}
              </Button>
            )}
            <Dropdown
              trigger={['click']}
              menu={{
                items: EXPORT_FORMATS.map((format) => ({ key: format, label: <span data-testid={`qb-export-${format}`}>{t(`qi.format.${format}`)}</span> })),
                onClick: ({ key }) => onExport(key as ImportFormat),
              }}
            >
              <Button data-testid="qb-export">{t('qb.export')} ▾</Button>
            </Dropdown>
            {trainer && (
              <Button onClick={() => setImporting(true)} data-testid="qb-import">
                {t('qb.import')}
              </Button>
            )}
            {trainer && (
              <Button type="primary" onClick={() => void navigate(`/questions/new?track=${params.trackId ?? ''}${params.syllabusNodeId ? `&node=${params.syllabusNodeId}` : ''}`)} data-testid="qb-create">
                {t('qb.create')}
              </Button>
            )}
          </Space>
        </div>
        <QueryState query={questions} rows={8}>
          <Table<QuestionListItemDto>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            loading={questions.isFetching}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('qb.empty') }}
            data-testid="question-table"
            rowSelection={
              trainer
                ? {
                    selectedRowKeys: selected.map((item) => item.id),
                    preserveSelectedRowKeys: true,
                    onChange: (_keys, rows) => setSelected(rows.filter((row): row is QuestionListItemDto => Boolean(row))),
                    getCheckboxProps: (item) => ({ disabled: item.status !== 'in_review' || item.authorId === me.id }),
                  }
                : undefined
            }
            onChange={(pagination, _filters, sorter) => {
              const single = Array.isArray(sorter) ? sorter[0] : sorter;
              const sort = sortFrom(single?.columnKey === undefined ? undefined : String(single.columnKey), single?.order);
              const pageSize = pagination.pageSize ?? params.pageSize;
              const page = sort !== params.sort || pageSize !== params.pageSize ? 1 : (pagination.current ?? 1);
              setParams({ ...params, sort, page, pageSize });
            }}
            pagination={{
              current: params.page,
              pageSize: params.pageSize,
              total: questions.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [10, 20, 50, 100],
              showTotal: (total) => t('common.total', { total }),
            }}
          />
        </QueryState>
      </QueryState>
      <BulkApproveResultModal result={bulkResult?.result ?? null} questions={bulkResult?.questions ?? []} onClose={() => setBulkResult(null)} />
      {trainer && <ImportQuestionsModal open={importing} onClose={() => setImporting(false)} trackId={params.trackId} syllabusTree={chapterTree} />}
    </Card>
  );
}
