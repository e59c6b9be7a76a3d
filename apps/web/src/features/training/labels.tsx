import { Progress, Space, Tag, Typography } from 'antd';
import type { MasteryDto, RecommendReasonDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { formatAnswer } from './answer-format';

const BAND_COLORS: Record<MasteryDto['band'], string> = { not_started: 'default', too_few: 'default', weak: 'red', developing: 'orange', mastered: 'green' };

export function MasteryBandTag({ band }: { band: MasteryDto['band'] }) {
  const { t } = useI18n();
  return (
    <Tag color={BAND_COLORS[band]} data-testid="mastery-band" data-band={band}>
      {t(`training.band.${band}`)}
    </Tag>
  );
}

/** Accuracy over the window with its counts, e.g. “75%  15/20”. */
export function MasteryCell({ mastery }: { mastery: MasteryDto }) {
  const { t } = useI18n();
  if (mastery.accuracy === null) return <MasteryBandTag band={mastery.band} />;
  const status = mastery.band === 'weak' ? 'exception' : mastery.band === 'mastered' ? 'success' : 'normal';
  return (
    <Space orientation="vertical" size={0} style={{ minWidth: 140 }}>
      <Progress percent={mastery.accuracy} size="small" status={status} format={(p) => `${p}%`} />
      <Space size={4}>
        <MasteryBandTag band={mastery.band} />
        <Typography.Text type="secondary">{t('training.mastery.counts', { correct: mastery.correct, answered: mastery.answered })}</Typography.Text>
      </Space>
    </Space>
  );
}

export function ReasonText({ reason }: { reason: RecommendReasonDto }) {
  const { t } = useI18n();
  switch (reason.code) {
    case 'EXAM_AREA_WEAK':
      return <>{t('training.reason.exam', { area: reason.areaTitle, percent: reason.percent })}</>;
    case 'LOW_MASTERY':
      return <>{t('training.reason.mastery', { accuracy: reason.accuracy })}</>;
    case 'COMPETENCY_GAP':
      return <>{t('training.reason.gap', { area: reason.areaTitle, gap: reason.gap })}</>;
    case 'NOT_PRACTISED':
      return <>{t('training.reason.notPractised')}</>;
  }
}

export function useAnswerText(): (type: string, value: unknown) => string {
  const { t } = useI18n();
  const words = { yes: t('sitting.item.true'), no: t('sitting.item.false'), none: t('training.answer.none') };
  return (type, value) => formatAnswer(type, value, words);
}
