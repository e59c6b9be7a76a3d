import { useState } from 'react';
import { App, Button, Modal, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { testId } from '../../lib/test-id';
import { usePublish, type SessionResultsDto } from './api';
import { pendingCount } from './results-format';

/** 发布成绩 with a confirmation that says how many papers are graded and how many are still
 * pending; once published, the time it happened. */
export function PublishControl({ results }: { results: SessionResultsDto }) {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const publish = usePublish(results.session.id);
  const graded = results.counts.graded;
  const pending = pendingCount(results.counts);

  if (results.session.publishedAt) {
    return (
      <Tag color="success" data-testid="results-published" data-published="true">
        {t('results.publishedAt', { time: formatDateTime(results.session.publishedAt) })}
      </Tag>
    );
  }
  const run = () =>
    publish.mutate(undefined, {
      onSuccess: (done) => {
        setConfirming(false);
        void message.success(done.alreadyPublished ? t('results.alreadyPublished', { time: formatDateTime(done.publishedAt) }) : t('results.publishDone'));
      },
      onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })),
    });
  return (
    <>
      <Tag data-testid="results-published" data-published="false">
        {t('results.unpublished')}
      </Tag>
      <Button type="primary" onClick={() => setConfirming(true)} data-testid="results-publish">
        {t('results.publish')}
      </Button>
      <Modal
        open={confirming}
        title={t('results.publishConfirmTitle')}
        onCancel={() => setConfirming(false)}
        onOk={run}
        okText={t('results.publish')}
        confirmLoading={publish.isPending}
        okButtonProps={testId('results-publish-confirm')}
      >
        <Typography.Paragraph data-testid="results-publish-summary">
          {pending > 0 ? t('results.publishConfirmPending', { graded, pending }) : t('results.publishConfirmAll', { graded })}
        </Typography.Paragraph>
        {graded === 0 && <Typography.Paragraph type="warning">{t('results.publishNoneGraded')}</Typography.Paragraph>}
      </Modal>
    </>
  );
}
