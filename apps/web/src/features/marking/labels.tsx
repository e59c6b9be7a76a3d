import { Tag } from 'antd';
import { useI18n } from '../../app/i18n/i18n';

const ROUND_COLORS: Record<number, string> = { 1: 'blue', 2: 'geekblue', 3: 'volcano' };

/** 初评 / 双评 (the second, independent marking) / 仲裁. */
export function RoundTag({ round }: { round: number }) {
  const { tOr } = useI18n();
  return (
    <Tag color={ROUND_COLORS[round] ?? 'default'} data-testid="marking-round">
      {tOr(`marking.round.${round}`, String(round))}
    </Tag>
  );
}

export function TaskStatusTag({ status }: { status: string }) {
  const { tOr } = useI18n();
  return <Tag color={status === 'open' ? 'processing' : 'success'}>{tOr(`marking.status.${status}`, status)}</Tag>;
}
