import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, List, Space, Tag, Typography } from 'antd';
import type { CertificateDto } from '@cm/contracts';
import { useCurrentUser } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { useLevelErrorText } from '../decisions/error-text';
import { candidateCertificatesQueryOptions, downloadCertificatePdf } from './api';

/** 我的证书: each certificate with its PDF and the public verification link. */
export function MyCertificatesPage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const certificates = useQuery(candidateCertificatesQueryOptions(user.id));
  return (
    <Card title={t('cert.myTitle')} data-testid="my-certificates-page">
      <QueryState query={certificates}>
        {(certificates.data?.items ?? []).length === 0 ? (
          <Empty description={t('cert.myEmpty')} />
        ) : (
          <List<CertificateDto> dataSource={certificates.data?.items ?? []} renderItem={(cert) => <CertificateCard cert={cert} />} />
        )}
      </QueryState>
    </Card>
  );
}

function CertificateCard({ cert }: { cert: CertificateDto }) {
  const { t, formatDate, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const levelLabel = useLevelLabel();
  const { levelErrorText } = useLevelErrorText();
  const [downloading, setDownloading] = useState(false);
  return (
    <List.Item data-testid="my-certificate" data-code={cert.code}>
      <Card size="small" style={{ width: '100%' }}>
        <Space wrap style={{ marginBottom: 8 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>{`${cert.trackName} · ${levelLabel(cert.level)}`}</Typography.Text>
          {cert.revokedAt ? <Tag color="red">{t('cert.revokedAt', { at: formatDateTime(cert.revokedAt) })}</Tag> : <Tag color="green">{t('cert.valid')}</Tag>}
        </Space>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('cert.col.code')}>
            <Typography.Text copyable data-testid="certificate-code">
              {cert.code}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('cert.col.holder')}>{cert.holderName}</Descriptions.Item>
          <Descriptions.Item label={t('cert.col.issuedAt')}>{formatDate(cert.issuedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('ld.effectiveAt')}>{formatDate(cert.effectiveAt)}</Descriptions.Item>
          <Descriptions.Item label={t('cert.verifyUrl')} span={2}>
            <Typography.Text copyable={{ text: cert.verifyUrl }}>
              <a href={cert.verifyUrl} target="_blank" rel="noreferrer" data-testid="certificate-verify-link">
                {cert.verifyUrl}
              </a>
            </Typography.Text>
          </Descriptions.Item>
          {cert.revokeReason && <Descriptions.Item label={t('cert.revokeReason')}>{cert.revokeReason}</Descriptions.Item>}
        </Descriptions>
        <Button
          type="primary"
          loading={downloading}
          data-testid="certificate-download"
          onClick={() => {
            setDownloading(true);
            downloadCertificatePdf(cert.code)
              .catch((error: unknown) => void message.error(levelErrorText(error)))
              .finally(() => setDownloading(false));
          }}
        >
          {t('cert.download')}
        </Button>
      </Card>
    </List.Item>
  );
}
