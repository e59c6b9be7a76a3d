import { Tag } from 'antd';
import type { QuestionStatus, QuestionType, QuestionUsage } from '@cm/contracts';
import { useAuth, useCurrentUser } from '../../app/auth/auth-context';
import { useI18n } from '../../app/i18n/i18n';
import { UserName } from '../users/UserName';

const STATUS_COLORS: Record<QuestionStatus | 'superseded', string> = {
  draft: 'default',
  in_review: 'processing',
  active: 'success',
  retired: 'warning',
  superseded: 'default',
};

/** 草稿 / 审核中 / 已启用 / 已停用 (and 已替代 for an earlier version). */
export function QuestionStatusTag({ status, testId }: { status: QuestionStatus | 'superseded'; testId?: string }) {
  const { t } = useI18n();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId} data-status={status}>
      {t(`qstatus.${status}`)}
    </Tag>
  );
}

export function QuestionTypeTag({ type }: { type: QuestionType }) {
  const { t } = useI18n();
  return <Tag color="blue">{t(`qtype.${type}`)}</Tag>;
}

export function UsageTags({ usage }: { usage: readonly QuestionUsage[] }) {
  const { t } = useI18n();
  return (
    <>
      {usage.map((value) => (
        <Tag key={value} color={value === 'exam' ? 'geekblue' : 'cyan'}>
          {t(`qusage.${value}`)}
        </Tag>
      ))}
    </>
  );
}

/** “我” for the signed-in user; a name for those who may read users (officers, admins);
 * otherwise “another trainer” (trainers may not read the user list). */
export function AuthorName({ id }: { id: string }) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const { hasAnyRole } = useAuth();
  if (id === me.id) return <span data-testid="author-me">{t('questions.authorMe')}</span>;
  if (hasAnyRole(['officer', 'admin'])) return <UserName id={id} />;
  return <span>{t('questions.authorOther')}</span>;
}

/** ★ marks for difficulty 1..5 with the number for screen readers. */
export function Difficulty({ value }: { value: number }) {
  const { t } = useI18n();
  return (
    <span className="q-difficulty" title={t('questions.difficultyN', { n: value })} aria-label={t('questions.difficultyN', { n: value })}>
      {'★'.repeat(Math.max(0, Math.min(5, value)))}
      <span className="q-difficulty-rest">{'★'.repeat(Math.max(0, 5 - value))}</span>
    </span>
  );
}
