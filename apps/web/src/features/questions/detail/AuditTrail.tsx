import { useQuery } from '@tanstack/react-query';
import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { QueryState } from '../../../app/components/QueryState';
import { useI18n } from '../../../app/i18n/i18n';
import { UserName } from '../../users/UserName';
import { questionAuditQueryOptions } from '../api';

function detail(data: unknown, fieldLabel: (field: string) => string, separator: string): string | null {
  if (typeof data !== 'object' || data === null) return null;
  const record = data as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof record['version'] === 'number') parts.push(`v${record['version']}`);
  if (typeof record['from'] === 'number' && typeof record['to'] === 'number') parts.push(`v${record['from']} → v${record['to']}`);
  if (Array.isArray(record['fields'])) parts.push(record['fields'].map((field) => fieldLabel(String(field))).join(separator));
  if (typeof record['comment'] === 'string') parts.push(`“${record['comment']}”`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Who did what to the question, newest first (officers may read the audit log). */
export function AuditTrail({ questionId }: { questionId: string }) {
  const { t, tOr, formatDateTime } = useI18n();
  const events = useQuery(questionAuditQueryOptions(questionId));
  const items = events.data?.items ?? [];
  const fieldLabel = (field: string) => tOr(`qd.field.${field === 'syllabusNodeId' ? 'syllabusCode' : field}`, field);
  return (
    <QueryState query={events}>
      {items.length === 0 ? (
        <Empty description={t('qd.auditEmpty')} />
      ) : (
        <Timeline
          data-testid="audit-trail"
          items={items.map((event) => ({
            key: event.id,
            content: (
              <Space orientation="vertical" size={0} data-testid="audit-event">
                <Space wrap size={4}>
                  <Tag color="blue">{tOr(`audit.${event.action}`, event.action)}</Tag>
                  <Typography.Text type="secondary">{formatDateTime(event.at)}</Typography.Text>
                  <Typography.Text>{event.actorId ? <UserName id={event.actorId} /> : t('common.system')}</Typography.Text>
                </Space>
                {detail(event.data, fieldLabel, t('common.listSeparator')) && <Typography.Text type="secondary">{detail(event.data, fieldLabel, t('common.listSeparator'))}</Typography.Text>}
              </Space>
            ),
          }))}
        />
      )}
    </QueryState>
  );
}
