import { useState } from 'react';
import { Modal, Select, Space, Typography } from 'antd';
import type { BlueprintDto } from '@cm/contracts';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useStatusLabel } from './labels';

interface Props {
  /** every version of the track, all levels */
  versions: readonly BlueprintDto[];
  level: number;
  onPick: (source: BlueprintDto) => void;
  onClose: () => void;
}

/** 从其他级别复制: pick a level and one of its versions (the active one first); its body becomes
 * an unsaved new version of the current level. */
export function CopyFromLevelModal({ versions, level, onPick, onClose }: Props) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  const statusLabel = useStatusLabel();
  const levels = [...new Set(versions.map((v) => v.level))].filter((l) => l !== level).sort();
  const [fromLevel, setFromLevel] = useState<number | undefined>(levels[0]);
  const ofLevel = versions.filter((v) => v.level === fromLevel);
  const preferred = ofLevel.find((v) => v.status === 'active') ?? ofLevel[0];
  const [pickedId, setPickedId] = useState<string | undefined>(undefined);
  const picked = ofLevel.find((v) => v.id === pickedId) ?? preferred;

  return (
    <Modal
      open
      title={t('bp.copyTitle', { level: levelLabel(level) })}
      onCancel={onClose}
      onOk={() => picked && onPick(picked)}
      okText={t('bp.copyOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !picked, ...testId('bp-copy-ok') }}
      data-testid="bp-copy-modal"
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('bp.copyHint')}</Typography.Text>
        <Select<number>
          value={fromLevel}
          style={{ width: '100%' }}
          onChange={(value) => {
            setFromLevel(value);
            setPickedId(undefined);
          }}
          options={levels.map((l) => ({ value: l, label: levelLabel(l) }))}
          data-testid="bp-copy-from-level"
        />
        <Select<string>
          value={picked?.id}
          style={{ width: '100%' }}
          onChange={setPickedId}
          options={ofLevel.map((v) => ({ value: v.id, label: `${t('bp.versionN', { n: v.version })} · ${statusLabel(v.status)} · ${v.name}` }))}
          data-testid="bp-copy-from-version"
        />
      </Space>
    </Modal>
  );
}
