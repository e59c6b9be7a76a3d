import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Input, Result, Skeleton, Space, Typography } from 'antd';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { verifyPath, verifyQueryOptions } from '../certificates/api';

/** Public certificate verification (/verify/:code, no login): valid, revoked (with the date),
 * or an unknown code; the holder's name is masked by the server. */
export function VerifyPage() {
  const { code = '' } = useParams();
  const { t, locale, formatDate, formatDateTime } = useI18n();
  const { errorText } = useErrorText();
  const levelLabel = useLevelLabel();
  const navigate = useNavigate();
  const [other, setOther] = useState('');
  const verification = useQuery({ ...verifyQueryOptions(code), enabled: !!code });
  const data = verification.data;
  const unknown = isApiError(verification.error, 'NOT_FOUND');

  return (
    <div className="full-page-center" style={{ minHeight: '100vh', padding: 16, background: '#f5f7fa' }}>
      <Card style={{ width: '100%', maxWidth: 560 }} title={t('verify.title')} extra={<Typography.Text type="secondary">{t('app.shortTitle')}</Typography.Text>} data-testid="verify-page">
        {verification.isPending ? (
          <Skeleton active />
        ) : unknown ? (
          <Result status="error" title={t('verify.unknown')} subTitle={t('verify.unknownHint', { code })} data-testid="verify-result" data-state="unknown" />
        ) : verification.error || !data ? (
          <Alert type="error" showIcon title={t('common.loadFailed', { message: errorText(verification.error) })} action={<Button size="small" onClick={() => void verification.refetch()}>{t('common.retry')}</Button>} />
        ) : (
          <>
            <Result
              status={data.valid ? 'success' : 'warning'}
              title={data.valid ? t('verify.valid') : t('verify.revoked')}
              subTitle={data.revokedAt ? t('verify.revokedAt', { at: formatDateTime(data.revokedAt) }) : undefined}
              data-testid="verify-result"
              data-state={data.valid ? 'valid' : 'revoked'}
              style={{ paddingBottom: 8 }}
            />
            <Descriptions bordered size="small" column={1} data-testid="verify-details">
              <Descriptions.Item label={t('cert.col.code')}>{data.code}</Descriptions.Item>
              <Descriptions.Item label={t('cert.col.holder')}>
                <span data-testid="verify-holder">{data.holderName}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('rc.col.track')}>{data.trackName}</Descriptions.Item>
              <Descriptions.Item label={t('cert.col.level')}>{locale === 'zh-CN' ? data.levelName : levelLabel(data.level)}</Descriptions.Item>
              <Descriptions.Item label={t('cert.col.issuedAt')}>{formatDate(data.issuedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('ld.effectiveAt')}>{formatDate(data.effectiveAt)}</Descriptions.Item>
              {data.revokedAt && <Descriptions.Item label={t('verify.revokedOn')}>{formatDateTime(data.revokedAt)}</Descriptions.Item>}
            </Descriptions>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
              {t('verify.privacy')}
            </Typography.Paragraph>
          </>
        )}
        <Space.Compact style={{ width: '100%', marginTop: 16 }}>
          <Input placeholder={t('verify.otherCode')} value={other} onChange={(e) => setOther(e.target.value)} onPressEnter={() => other.trim() && void navigate(verifyPath(other.trim()))} />
          <Button type="primary" disabled={!other.trim()} onClick={() => void navigate(verifyPath(other.trim()))}>
            {t('verify.check')}
          </Button>
        </Space.Compact>
      </Card>
    </div>
  );
}
