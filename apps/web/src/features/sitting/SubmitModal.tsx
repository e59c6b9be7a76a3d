import { Modal, Space, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';

interface Props {
  open: boolean;
  unanswered: number;
  flagged: number;
  submitting: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Shows what is unanswered and flagged before the paper is handed in. */
export function SubmitModal({ open, unanswered, flagged, submitting, error, onCancel, onConfirm }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={t('sitting.submit.title')}
      onCancel={onCancel}
      onOk={onConfirm}
      okText={t('sitting.submit.confirm')}
      okButtonProps={{ ...testId('submit-confirm'), danger: unanswered > 0 }}
      confirmLoading={submitting}
      destroyOnHidden
    >
      <Space orientation="vertical" data-testid="submit-summary">
        <Typography.Text strong type={unanswered > 0 ? 'danger' : undefined} data-testid="submit-unanswered" data-count={unanswered}>
          {t('sitting.submit.unanswered', { n: unanswered })}
        </Typography.Text>
        <Typography.Text strong type={flagged > 0 ? 'warning' : undefined} data-testid="submit-flagged" data-count={flagged}>
          {t('sitting.submit.flagged', { n: flagged })}
        </Typography.Text>
        <Typography.Text>{t('sitting.submit.warning')}</Typography.Text>
        {error && <Typography.Text type="danger" data-testid="submit-error">{error}</Typography.Text>}
      </Space>
    </Modal>
  );
}
