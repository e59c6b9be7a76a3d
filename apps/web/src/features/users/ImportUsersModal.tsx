import { useCallback, useState } from 'react';
import { Alert, App, Button, Modal, Space, Typography, Upload } from 'antd';
import type { JobDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { downloadUserImportTemplate, useInvalidateUsers, useStartUserImport } from './api';
import { ImportJobStatus } from './ImportJobStatus';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ImportUsersModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartUserImport();
  const invalidateUsers = useInvalidateUsers();

  const resetState = () => {
    setFile(null);
    setJobId(null);
    start.reset();
  };

  const onFinished = useCallback(
    (job: JobDto) => {
      if (job.state === 'completed') void invalidateUsers();
    },
    [invalidateUsers],
  );

  const onStart = () => {
    if (!file) {
      void message.warning(t('import.fileRequired'));
      return;
    }
    start.mutate(file, { onSuccess: ({ jobId: id }) => setJobId(id) });
  };

  const onDownload = () => {
    downloadUserImportTemplate().catch((error: unknown) => void message.error(t('common.operationFailed', { message: errorText(error) })));
  };

  return (
    <Modal
      open={open}
      title={t('import.title')}
      onCancel={onClose}
      afterClose={resetState}
      width={720}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('import.hint')}
        </Typography.Paragraph>
        <Button onClick={onDownload} data-testid="import-template">
          {t('users.template')}
        </Button>
        {jobId === null ? (
          <Space wrap>
            <Upload
              accept={XLSX_TYPES}
              maxCount={1}
              beforeUpload={(chosen) => {
                setFile(chosen);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
            >
              <Button data-testid="import-choose">{t('import.choose')}</Button>
            </Upload>
            <Button type="primary" onClick={onStart} loading={start.isPending} disabled={!file} data-testid="import-start">
              {t('import.start')}
            </Button>
          </Space>
        ) : (
          <>
            <ImportJobStatus jobId={jobId} onFinished={onFinished} />
            <Button onClick={resetState}>{t('import.again')}</Button>
          </>
        )}
        {start.isError && <Alert type="error" showIcon title={t('common.operationFailed', { message: errorText(start.error) })} />}
      </Space>
    </Modal>
  );
}
