import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Space, Typography } from 'antd';
import type { LevelDecisionDto } from '@cm/contracts';
import { useCurrentUser } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { CertificateActions } from '../certificates/CertificateActions';
import { ReasonModal } from '../ratings/ReasonModal';
import { decisionQueryOptions, useRejectDecision } from './api';
import { ApproveModal } from './ApproveModal';
import { useLevelErrorText } from './error-text';
import { AppealStatusTag, DecisionStatusTag } from './labels';
import { RecommendationView } from './RecommendationView';

/** One level decision (officers): the pinned inputs, the recommendation with every check, and
 * approve / reject for an officer other than the requester and the candidate. */
export function DecisionDetailPage() {
  const { id = '' } = useParams();
  const decision = useQuery(decisionQueryOptions(id));
  return <QueryState query={decision}>{decision.data && <DecisionDetail decision={decision.data} />}</QueryState>;
}

function DecisionDetail({ decision }: { decision: LevelDecisionDto }) {
  const { t, formatDateTime, formatDate } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const levelLabel = useLevelLabel();
  const { levelErrorText } = useLevelErrorText();
  const reject = useRejectDecision(decision.id);
  const [approving, setApproving] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [rejectError, setRejectError] = useState<string | null>(null);
  const pending = decision.status === 'pending_approval';
  const involved = decision.requestedBy === user.id || decision.candidateId === user.id;
  const profileLink = `/competency-profile?candidateId=${decision.candidateId}&trackId=${decision.trackId}&targetLevel=${decision.targetLevel}`;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="decision-detail" data-status={decision.status}>
      <Card
        title={t('ld.detailTitle', { name: decision.candidateName, level: levelLabel(decision.targetLevel) })}
        extra={
          <Space wrap>
            <Link to={profileLink}>
              <Button>{t('rc.viewProfile')}</Button>
            </Link>
            {pending && (
              <>
                <Button danger onClick={() => setRejecting(true)} data-testid="decision-reject">
                  {t('ld.reject')}
                </Button>
                <Button type="primary" onClick={() => setApproving(true)} data-testid="decision-approve">
                  {t('ld.approve')}
                </Button>
              </>
            )}
          </Space>
        }
      >
        {pending && involved && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('ld.separationWarning')} data-testid="decision-sod-warning" />}
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('rc.col.track')}>{decision.trackName}</Descriptions.Item>
          <Descriptions.Item label={t('rc.col.targetLevel')}>{levelLabel(decision.targetLevel)}</Descriptions.Item>
          <Descriptions.Item label={t('rc.col.status')}>
            <DecisionStatusTag status={decision.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('ld.col.requestedBy')}>{`${decision.requestedByName}（${formatDateTime(decision.requestedAt)}）`}</Descriptions.Item>
          <Descriptions.Item label={t('ld.col.decidedBy')}>{decision.decidedByName ? `${decision.decidedByName}（${formatDateTime(decision.decidedAt)}）` : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ld.effectiveAt')}>{decision.effectiveAt ? formatDate(decision.effectiveAt) : '—'}</Descriptions.Item>
          <Descriptions.Item label={t('ld.inputs')}>
            {t('ld.inputsValue', { model: decision.inputs.modelVersion, policy: decision.inputs.policyVersion })}
            {decision.inputs.campaignId && (
              <>
                {' · '}
                <Link to={`/rating-campaigns/${decision.inputs.campaignId}`}>{t('ld.campaignLink')}</Link>
              </>
            )}
          </Descriptions.Item>
          {decision.comment && <Descriptions.Item label={t('ld.comment')}>{decision.comment}</Descriptions.Item>}
          {decision.overrideReason && <Descriptions.Item label={t('ld.overrideReason')}>{decision.overrideReason}</Descriptions.Item>}
          {decision.rejectReason && <Descriptions.Item label={t('ld.rejectReason')}>{decision.rejectReason}</Descriptions.Item>}
        </Descriptions>
        {rejectError && !rejecting && <Alert type="error" showIcon style={{ marginTop: 12 }} title={rejectError} />}
      </Card>
      <Card title={t('ld.recommendationTitle')} size="small">
        <RecommendationView recommendation={decision.recommendation} />
      </Card>
      {decision.certificate && (
        <Card title={t('cert.title')} size="small" data-testid="decision-certificate">
          <CertificateActions code={decision.certificate.code} revokedAt={decision.certificate.revokedAt} officer />
        </Card>
      )}
      {decision.appeal && (
        <Card title={t('ap.title')} size="small" data-testid="decision-appeal">
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('ap.col.status')}>
              <AppealStatusTag status={decision.appeal.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('ap.col.text')}>{decision.appeal.text}</Descriptions.Item>
            <Descriptions.Item label={t('ap.col.filedAt')}>{formatDateTime(decision.appeal.createdAt)}</Descriptions.Item>
            {decision.appeal.reason && <Descriptions.Item label={t('ap.col.reason')}>{decision.appeal.reason}</Descriptions.Item>}
          </Descriptions>
          {decision.appeal.status === 'open' && (
            <Typography.Text>
              <Link to="/appeals">{t('ap.goDecide')}</Link>
            </Typography.Text>
          )}
        </Card>
      )}
      {approving && (
        <ApproveModal
          decision={decision}
          open={approving}
          onClose={() => setApproving(false)}
          onApproved={(approved) => {
            setApproving(false);
            void message.success(t('ld.approved', { code: approved.certificate?.code ?? '' }));
          }}
        />
      )}
      <ReasonModal
        open={rejecting}
        title={t('ld.rejectTitle')}
        label={t('ld.rejectReason')}
        hint={t('ld.rejectHint')}
        danger
        loading={reject.isPending}
        error={rejectError}
        testIdPrefix="decision-reject"
        onCancel={() => setRejecting(false)}
        onSubmit={(reason) =>
          reject.mutate(reason, {
            onSuccess: () => {
              setRejecting(false);
              setRejectError(null);
              void message.success(t('ld.rejected'));
            },
            onError: (error) => setRejectError(levelErrorText(error)),
          })
        }
      />
    </Space>
  );
}
