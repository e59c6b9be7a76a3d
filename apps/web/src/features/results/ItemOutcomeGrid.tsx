import { Space, Tag, Tooltip, Typography } from 'antd';
import type { ItemOutcome } from '@cm/domain';
import { useI18n } from '../../app/i18n/i18n';
import type { AttemptResultDto } from './api';
import { outcomeCounts } from './results-format';

const OUTCOME_STYLE: Record<ItemOutcome, { background: string; color: string; border: string }> = {
  right: { background: '#f6ffed', color: '#389e0d', border: '#b7eb8f' },
  partial: { background: '#fffbe6', color: '#d48806', border: '#ffe58f' },
  wrong: { background: '#fff1f0', color: '#cf1322', border: '#ffa39e' },
  pending: { background: '#fafafa', color: '#8c8c8c', border: '#d9d9d9' },
};
const OUTCOME_MARK: Record<ItemOutcome, string> = { right: '✓', partial: '◐', wrong: '✗', pending: '…' };
const OUTCOMES: ItemOutcome[] = ['right', 'partial', 'wrong', 'pending'];

/** Per item: right, partly right or wrong (with the points), by paper position — never the key. */
export function ItemOutcomeGrid({ items }: { items: AttemptResultDto['items'] }) {
  const { t, tOr } = useI18n();
  const counts = outcomeCounts(items);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap data-testid="result-outcome-legend">
        {OUTCOMES.filter((outcome) => outcome !== 'pending' || counts.pending > 0).map((outcome) => (
          <Tag key={outcome} style={{ background: OUTCOME_STYLE[outcome].background, color: OUTCOME_STYLE[outcome].color, borderColor: OUTCOME_STYLE[outcome].border }}>
            {`${OUTCOME_MARK[outcome]} ${t(`results.my.outcome.${outcome}`)} ${counts[outcome]}`}
          </Tag>
        ))}
      </Space>
      <ol
        aria-label={t('results.my.items')}
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(56px, 1fr))', gap: 8, listStyle: 'none', padding: 0, margin: 0 }}
        data-testid="result-items"
      >
        {items.map((item) => {
          const style = OUTCOME_STYLE[item.outcome];
          const label = t('results.my.itemTitle', {
            n: item.position,
            type: tOr(`qtype.${item.type}`, item.type),
            outcome: t(`results.my.outcome.${item.outcome}`),
            earned: item.earned ?? '—',
            possible: item.possible,
          });
          return (
            <Tooltip key={item.position} title={label}>
              <li
                aria-label={label}
                tabIndex={0}
                data-testid="result-item"
                data-outcome={item.outcome}
                style={{ background: style.background, color: style.color, border: `1px solid ${style.border}`, borderRadius: 6, textAlign: 'center', padding: '6px 0', lineHeight: 1.3 }}
              >
                <div style={{ fontWeight: 600 }}>{item.position}</div>
                <Typography.Text style={{ color: style.color, fontSize: 12 }}>{OUTCOME_MARK[item.outcome]}</Typography.Text>
              </li>
            </Tooltip>
          );
        })}
      </ol>
    </Space>
  );
}
