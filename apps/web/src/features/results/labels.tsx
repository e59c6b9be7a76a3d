import { Tag } from 'antd';
import { useI18n } from '../../app/i18n/i18n';

/** 通过 / 未通过; nothing while there is no result. */
export function PassTag({ passed }: { passed: boolean | null | undefined }) {
  const { t } = useI18n();
  if (passed === null || passed === undefined) return null;
  return (
    <Tag color={passed ? 'success' : 'error'} data-testid="pass-tag" data-passed={String(passed)}>
      {passed ? t('results.pass') : t('results.fail')}
    </Tag>
  );
}
