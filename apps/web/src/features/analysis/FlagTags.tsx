import { Tag } from 'antd';
import type { ItemFlagDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { FLAG_COLORS } from './format';

/** The suspect-item flags of one item, or "few responses" when it was not judged. */
export function FlagTags({ flags, belowMinN }: { flags: readonly ItemFlagDto[]; belowMinN: boolean }) {
  const { t } = useI18n();
  if (belowMinN) return <Tag variant="outlined">{t('analysis.flag.fewResponses')}</Tag>;
  return (
    <>
      {flags.map((flag) => (
        <Tag key={flag} color={FLAG_COLORS[flag]} data-testid={`flag-${flag}`}>
          {t(`analysis.flag.${flag}`)}
        </Tag>
      ))}
    </>
  );
}
