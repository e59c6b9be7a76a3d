import { Select, Space } from 'antd';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';

export interface TrackOption {
  trackId: string;
  trackName: string;
}

interface Props {
  tracks: readonly TrackOption[];
  trackId: string | undefined;
  level: number | undefined;
  onChange: (trackId: string, level: number | undefined) => void;
}

/** 认证序列 + 等级: a new track falls back to that track's target level. */
export function TrackLevelPicker({ tracks, trackId, level, onChange }: Props) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  return (
    <Space wrap>
      <Select<string>
        value={trackId}
        style={{ minWidth: 200 }}
        placeholder={t('training.pick.track')}
        data-testid="training-track"
        options={tracks.map((x) => ({ value: x.trackId, label: x.trackName }))}
        onChange={(id) => onChange(id, undefined)}
      />
      <Select<number>
        value={level}
        style={{ minWidth: 110 }}
        placeholder={t('training.pick.level')}
        data-testid="training-level"
        disabled={!trackId}
        options={[1, 2, 3, 4].map((l) => ({ value: l, label: levelLabel(l) }))}
        onChange={(l) => trackId && onChange(trackId, l)}
      />
    </Space>
  );
}
