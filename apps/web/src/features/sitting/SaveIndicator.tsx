import { Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { SaveState } from './use-autosave';

const COLORS: Record<SaveState, string> = { saved: 'success', saving: 'processing', unsaved: 'warning', offline: 'error' };

/** 已保存 / 保存中 / 未保存, and 网络已断开 while saves fail. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useI18n();
  const label = state === 'offline' ? t('sitting.save.unsaved') : t(`sitting.save.${state}`);
  return (
    <span data-testid="save-state" data-state={state} aria-live="polite">
      <Tag color={COLORS[state]}>{label}</Tag>
      {state === 'offline' && (
        <Typography.Text type="danger" data-testid="save-offline">
          {t('sitting.save.offline')}
        </Typography.Text>
      )}
    </span>
  );
}
