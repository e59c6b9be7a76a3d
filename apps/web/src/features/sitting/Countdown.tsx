import { Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { formatClock } from './answers';

export const WARN_MS = 5 * 60_000;

/** hh:mm:ss to the server deadline; red in the last five minutes. */
export function Countdown({ remainingMs }: { remainingMs: number }) {
  const { t } = useI18n();
  const warn = remainingMs <= WARN_MS;
  return (
    <span className={`sitting-timer${warn ? ' is-warning' : ''}`} data-testid="sitting-timer" data-warning={warn ? 'true' : 'false'}>
      <Typography.Text type="secondary">{t('sitting.timer.label')} </Typography.Text>
      <Typography.Text strong type={warn ? 'danger' : undefined} data-testid="sitting-clock">
        {formatClock(remainingMs)}
      </Typography.Text>
    </span>
  );
}
