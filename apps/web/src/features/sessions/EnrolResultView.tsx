import { Alert, Collapse, Space, Table, Tag, Typography } from 'antd';
import type { BulkEnrolmentResultDto, EnrolledCandidateDto, RefusedEnrolmentDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';

const who = (c: { displayName: string | null; username: string }) => (c.displayName ? `${c.displayName}（${c.username}）` : c.username);

function NameList({ items, testId }: { items: EnrolledCandidateDto[]; testId: string }) {
  const { t } = useI18n();
  if (!items.length) return <Typography.Text type="secondary">{t('sessions.bulk.none')}</Typography.Text>;
  return (
    <Space wrap size={[4, 4]} data-testid={testId}>
      {items.map((c) => (
        <Tag key={c.candidateId}>{c.row ? `${c.row} · ${who(c)}` : who(c)}</Tag>
      ))}
    </Space>
  );
}

/** What a bulk enrolment did: the counts, who was enrolled or already registered, and every
 * refusal with its reasons (eligibility reasons carry their numbers). */
export function EnrolResultView({ result }: { result: BulkEnrolmentResultDto }) {
  const { t } = useI18n();
  const { enrolled, alreadyRegistered: already, refused } = result;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="bulk-result">
      <Alert
        showIcon
        type={refused.length ? 'warning' : 'success'}
        title={t('sessions.bulk.summary', { enrolled: enrolled.length, already: already.length, refused: refused.length })}
        data-testid="bulk-summary"
      />
      {refused.length > 0 && (
        <Table<RefusedEnrolmentDto>
          size="small"
          rowKey={(r, i) => `${r.row ?? ''}-${r.candidateId ?? r.username}-${i}`}
          dataSource={refused}
          pagination={refused.length > 10 ? { pageSize: 10, size: 'small' } : false}
          title={() => t('sessions.bulk.refused')}
          data-testid="bulk-refused"
          columns={[
            ...(refused.some((r) => r.row) ? [{ title: t('sessions.bulk.col.row'), dataIndex: 'row', width: 64 }] : []),
            { title: t('sessions.bulk.col.user'), key: 'user', render: (_: unknown, r: RefusedEnrolmentDto) => who(r) },
            {
              title: t('sessions.bulk.col.reason'),
              key: 'reason',
              render: (_: unknown, r: RefusedEnrolmentDto) => (
                <span data-code={r.code}>
                  {r.reasons.length ? r.reasons.map((reason) => <div key={reason.code}>{reason.message}</div>) : r.message}
                </span>
              ),
            },
          ]}
        />
      )}
      <Collapse
        size="small"
        items={[
          { key: 'enrolled', label: `${t('sessions.bulk.enrolled')}（${enrolled.length}）`, children: <NameList items={enrolled} testId="bulk-enrolled" /> },
          { key: 'already', label: `${t('sessions.bulk.already')}（${already.length}）`, children: <NameList items={already} testId="bulk-already" /> },
        ]}
      />
    </Space>
  );
}
