import { useCallback, useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Modal, Radio, Space, TreeSelect, Typography, Upload } from 'antd';
import type { JobDto } from '@cm/contracts';
import { useI18n } from '../../../app/i18n/i18n';
import { useErrorText } from '../../../lib/use-error-text';
import type { SyllabusSelectNode } from '../../syllabus/tree';
import { downloadQuestionTemplate, useInvalidateQuestions, useStartQuestionImport, type ImportFormat } from '../api';
import { QuestionImportJob } from './QuestionImportJob';

const ACCEPT: Record<ImportFormat, string> = {
  xlsx: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  moodle: '.xml,application/xml,text/xml',
  gift: '.gift,.txt,text/plain',
};
const FORMATS: readonly ImportFormat[] = ['xlsx', 'moodle', 'gift'];

/** Excel (the template, with chapter codes), Moodle XML or GIFT (no chapter codes: a chapter is
 * picked here) → an import job; nothing is imported when any row is bad. */
export function ImportQuestionsModal({
  open,
  onClose,
  trackId,
  syllabusTree,
}: {
  open: boolean;
  onClose: () => void;
  trackId: string | undefined;
  syllabusTree: SyllabusSelectNode[];
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const [format, setFormat] = useState<ImportFormat>('xlsx');
  const [file, setFile] = useState<File | null>(null);
  const [nodeId, setNodeId] = useState<string | undefined>(undefined);
  const [submit, setSubmit] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartQuestionImport();
  const invalidate = useInvalidateQuestions();
  const needsChapter = format !== 'xlsx';

  const again = () => {
    setFile(null);
    setJobId(null);
    start.reset();
  };
  const resetAll = () => {
    again();
    setFormat('xlsx');
    setNodeId(undefined);
    setSubmit(false);
  };

  const onFinished = useCallback(
    (job: JobDto) => {
      if (job.state === 'completed') void invalidate();
    },
    [invalidate],
  );

  const onStart = () => {
    if (!file) return;
    start.mutate({ file, format, trackId, syllabusNodeId: nodeId, submit }, { onSuccess: ({ jobId: id }) => setJobId(id) });
  };

  const onTemplate = () => {
    downloadQuestionTemplate().catch((error: unknown) => void message.error(t('common.operationFailed', { message: errorText(error) })));
  };

  return (
    <Modal
      open={open}
      title={t('qi.title')}
      onCancel={onClose}
      afterClose={resetAll}
      width={780}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="qi-modal">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('qi.hint')}
        </Typography.Paragraph>
        <Button onClick={onTemplate} data-testid="qi-template">
          {t('qi.template')}
        </Button>
        {jobId === null ? (
          <Form layout="vertical">
            <Form.Item label={t('qi.format')}>
              <Radio.Group
                value={format}
                onChange={(event) => {
                  setFormat(event.target.value as ImportFormat);
                  setFile(null);
                }}
                options={FORMATS.map((value) => ({ value, label: t(`qi.format.${value}`) }))}
                data-testid="qi-format"
              />
            </Form.Item>
            <Form.Item label={t('qi.chapter')} extra={needsChapter ? t('qi.chapterRequired') : t('qi.chapterOptional')} required={needsChapter}>
              <TreeSelect
                allowClear
                showSearch={{ treeNodeFilterProp: 'title' }}
                treeData={syllabusTree}
                treeDefaultExpandAll
                value={nodeId}
                onChange={(value?: string) => setNodeId(value)}
                placeholder={t('qi.chapterPlaceholder')}
                data-testid="qi-chapter"
              />
            </Form.Item>
            <Form.Item>
              <Checkbox checked={submit} onChange={(event) => setSubmit(event.target.checked)} data-testid="qi-submit">
                {t('qi.submitForReview')}
              </Checkbox>
            </Form.Item>
            <Space wrap>
              <Upload
                accept={ACCEPT[format]}
                maxCount={1}
                beforeUpload={(chosen) => {
                  setFile(chosen);
                  return false;
                }}
                onRemove={() => setFile(null)}
                fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done' }] : []}
              >
                <Button data-testid="qi-choose">{t('import.choose')}</Button>
              </Upload>
              <Button type="primary" onClick={onStart} loading={start.isPending} disabled={!file || (needsChapter && !nodeId)} data-testid="qi-start">
                {t('import.start')}
              </Button>
            </Space>
          </Form>
        ) : (
          <>
            <QuestionImportJob jobId={jobId} onFinished={onFinished} />
            <Button onClick={again} data-testid="qi-again">
              {t('import.again')}
            </Button>
          </>
        )}
        {start.isError && <Alert type="error" showIcon title={t('common.operationFailed', { message: errorText(start.error) })} data-testid="qi-upload-error" />}
      </Space>
    </Modal>
  );
}
