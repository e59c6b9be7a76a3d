import { useState } from 'react';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { useLevelErrorText } from '../decisions/error-text';
import { ReasonModal } from '../ratings/ReasonModal';
import { downloadCertificatePdf, useRevokeCertificate, verifyPath } from './api';

/** A certificate's code with its verification link, the PDF download, and (officers) revocation. */
export function CertificateActions({ code, revokedAt, officer }: { code: string; revokedAt: string | null; officer: boolean }) {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const { levelErrorText } = useLevelErrorText();
  const revoke = useRevokeCertificate();
  const [downloading, setDownloading] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [revokeError, setRevokeError] = useState<string | null>(null);

  const pdf = () => {
    setDownloading(true);
    downloadCertificatePdf(code)
      .catch((error: unknown) => void message.error(levelErrorText(error)))
      .finally(() => setDownloading(false));
  };

  return (
    <Space wrap data-testid="certificate-actions" data-code={code}>
      <Typography.Text copyable={{ text: code }} strong data-testid="certificate-code">
        {code}
      </Typography.Text>
      {revokedAt ? <Tag color="red">{t('cert.revokedAt', { at: formatDateTime(revokedAt) })}</Tag> : <Tag color="green">{t('cert.valid')}</Tag>}
      <Button size="small" onClick={pdf} loading={downloading} data-testid="certificate-download">
        {t('cert.download')}
      </Button>
      <a href={verifyPath(code)} target="_blank" rel="noreferrer" data-testid="certificate-verify-link">
        {t('cert.verifyLink')}
      </a>
      {officer && !revokedAt && (
        <Button size="small" danger onClick={() => setRevoking(true)} data-testid="certificate-revoke">
          {t('cert.revoke')}
        </Button>
      )}
      <ReasonModal
        open={revoking}
        title={t('cert.revokeTitle', { code })}
        label={t('cert.revokeReason')}
        hint={t('cert.revokeHint')}
        danger
        loading={revoke.isPending}
        error={revokeError}
        testIdPrefix="certificate-revoke"
        onCancel={() => setRevoking(false)}
        onSubmit={(reason) =>
          revoke.mutate(
            { code, reason },
            {
              onSuccess: () => {
                setRevoking(false);
                setRevokeError(null);
                void message.success(t('cert.revoked'));
              },
              onError: (error) => setRevokeError(levelErrorText(error)),
            },
          )
        }
      />
    </Space>
  );
}
