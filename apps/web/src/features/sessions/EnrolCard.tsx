import { useState } from 'react';
import { App, Alert, Button, Card, Input, Space, Typography } from 'antd';
import type { EligibilityReasonDto, UserDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { useRegisterCandidate } from './api';
import { CandidateSelect } from './CandidateSelect';

interface Refusal {
  reasons: EligibilityReasonDto[];
  flags: { code: string; message: string }[];
}

function isReason(value: unknown): value is EligibilityReasonDto {
  return typeof value === 'object' && value !== null && 'message' in value && typeof value.message === 'string';
}

function refusalOf(details: Record<string, unknown>): Refusal {
  const reasons = Array.isArray(details['reasons']) ? details['reasons'].filter(isReason) : [];
  const flags = Array.isArray(details['flags']) ? details['flags'].filter(isReason) : [];
  return { reasons, flags: flags.map((flag) => ({ code: flag.code, message: flag.message })) };
}

/** Enrols a candidate; an ineligible one is refused with the reasons and their numbers, and
 * may then be enrolled with a (required, audited) waiver reason. */
export function EnrolCard({ sessionId, disabled }: { sessionId: string; disabled: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const register = useRegisterCandidate(sessionId);
  const [candidate, setCandidate] = useState<UserDto | undefined>(undefined);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [waiver, setWaiver] = useState('');
  const [waiverError, setWaiverError] = useState(false);

  const choose = (_id: string | undefined, user: UserDto | undefined) => {
    setCandidate(user);
    setRefusal(null);
    setWaiver('');
    setWaiverError(false);
  };

  const enrol = (waiverReason?: string) => {
    if (!candidate) return;
    const name = candidate.displayName;
    register.mutate(
      { candidateId: candidate.id, ...(waiverReason ? { waiverReason } : {}) },
      {
        onSuccess: (registration) => {
          const flags = registration.eligibility.flags.map((flag) => flag.message).join(t('common.listSeparator'));
          void message.success(t('sessions.enrol.done', { name }));
          if (flags) void message.warning(t('sessions.enrol.flags', { flags }));
          setRefusal(null);
          setWaiver('');
          setCandidate(undefined);
        },
        onError: (error) => {
          if (isApiError(error, 'NOT_ELIGIBLE')) setRefusal(refusalOf(error.details));
          else if (isApiError(error, 'ALREADY_REGISTERED')) void message.warning(t('sessions.enrol.already'));
          else void message.error(t('common.operationFailed', { message: errorText(error) }));
        },
      },
    );
  };

  const waive = () => {
    const reason = waiver.trim();
    setWaiverError(!reason);
    if (reason) enrol(reason);
  };

  return (
    <Card size="small" title={t('sessions.enrol.title')} data-testid="enrol-card">
      <Space.Compact style={{ width: '100%' }}>
        <CandidateSelect value={candidate?.id} onChange={choose} data-testid="enrol-candidate" />
        <Button type="primary" disabled={!candidate || disabled || refusal !== null} loading={register.isPending} onClick={() => enrol()} data-testid="enrol-submit">
          {t('sessions.enrol.submit')}
        </Button>
      </Space.Compact>
      {refusal && candidate && (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          data-testid="enrol-refusal"
          title={t('sessions.enrol.notEligible', { name: candidate.displayName })}
          description={
            <Space orientation="vertical" style={{ width: '100%' }}>
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {refusal.reasons.map((reason) => (
                  <li key={reason.code} data-testid="enrol-reason" data-code={reason.code}>
                    {reason.message}
                    {reason.required !== undefined && `（${t('sessions.enrol.required', { value: reason.required })}`}
                    {reason.actual !== undefined && `${reason.required !== undefined ? t('common.listSeparator') : '（'}${t('sessions.enrol.actual', { value: reason.actual })}`}
                    {(reason.required !== undefined || reason.actual !== undefined) && '）'}
                  </li>
                ))}
                {refusal.flags.map((flag) => (
                  <li key={flag.code}>
                    <Typography.Text type="warning">{flag.message}</Typography.Text>
                  </li>
                ))}
              </ul>
              <Typography.Text>{t('sessions.enrol.waiverHint')}</Typography.Text>
              <Input.TextArea
                rows={2}
                maxLength={1000}
                value={waiver}
                status={waiverError ? 'error' : undefined}
                placeholder={t('sessions.enrol.waiverReason')}
                onChange={(event) => setWaiver(event.target.value)}
                data-testid="enrol-waiver-reason"
              />
              {waiverError && <Typography.Text type="danger">{t('sessions.enrol.waiverRequired')}</Typography.Text>}
              <Button danger loading={register.isPending} onClick={waive} data-testid="enrol-waive">
                {t('sessions.enrol.waive')}
              </Button>
            </Space>
          }
        />
      )}
    </Card>
  );
}
