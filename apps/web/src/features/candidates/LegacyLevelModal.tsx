import { useQuery } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select, Space, Tag, Typography } from 'antd';
import type { UserDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { tracksQueryOptions } from '../syllabus/api';
import { candidateLevelsQueryOptions, useRecordLegacyLevel } from './api';

interface LegacyValues {
  trackId: string;
  level: number;
  effectiveAt: string;
  reason: string;
}

function CurrentLevels({ candidateId }: { candidateId: string }) {
  const { t, formatDate } = useI18n();
  const levels = useQuery(candidateLevelsQueryOptions(candidateId));
  const tracks = useQuery(tracksQueryOptions());
  const trackName = (id: string) => tracks.data?.find((track) => track.id === id)?.name ?? id;
  if (levels.isPending) return null;
  return (
    <Space orientation="vertical" size={4} data-testid="legacy-current">
      <Typography.Text type="secondary">{t('legacy.current')}</Typography.Text>
      {(levels.data ?? []).length === 0 ? (
        <Typography.Text type="secondary">{t('legacy.none')}</Typography.Text>
      ) : (
        (levels.data ?? []).map((level) => (
          <span key={`${level.trackId}-${level.level}-${level.effectiveAt}`}>
            {trackName(level.trackId)} <Tag color="green">{level.levelName}</Tag> {formatDate(level.effectiveAt)}
          </span>
        ))
      )}
    </Space>
  );
}

/** Officer action: record a certificate obtained before the platform (audited by the API). */
export function LegacyLevelModal({ candidate, onClose }: { candidate: UserDto | null; onClose: () => void }) {
  return candidate ? <LegacyLevelDialog key={candidate.id} candidate={candidate} onClose={onClose} /> : null;
}

function LegacyLevelDialog({ candidate, onClose }: { candidate: UserDto; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<LegacyValues>();
  const tracks = useQuery(tracksQueryOptions());
  const record = useRecordLegacyLevel(candidate.id);
  const { reportFormError } = useErrorText();
  const trackId = Form.useWatch('trackId', form);
  const track = tracks.data?.find((item) => item.id === trackId);

  const onFinish = (values: LegacyValues) => {
    record.mutate(
      { ...values, reason: values.reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('legacy.saved'));
          onClose();
        },
        onError: (error) => {
          reportFormError(form, error, ['trackId', 'level', 'effectiveAt', 'reason']);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('legacy.title', { name: candidate.displayName })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending}
      okButtonProps={{ ...testId('legacy-submit') }}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <Alert type="info" showIcon title={t('legacy.hint')} />
        <CurrentLevels candidateId={candidate.id} />
        <Form<LegacyValues> form={form} layout="vertical" onFinish={onFinish}>
          <Form.Item name="trackId" label={t('legacy.track')} rules={[{ required: true, message: t('legacy.trackRequired') }]}>
            <Select
              loading={tracks.isPending}
              options={(tracks.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
              onChange={() => form.setFieldValue('level', undefined)}
              data-testid="legacy-track"
            />
          </Form.Item>
          <Form.Item name="level" label={t('legacy.level')} rules={[{ required: true, message: t('legacy.levelRequired') }]}>
            <Select
              disabled={!track}
              options={(track?.levels ?? []).map((level) => ({ value: level.level, label: level.name }))}
              data-testid="legacy-level"
            />
          </Form.Item>
          <Form.Item name="effectiveAt" label={t('legacy.effectiveAt')} rules={[{ required: true, message: t('legacy.effectiveAtRequired') }]}>
            <Input type="date" max={new Date().toISOString().slice(0, 10)} data-testid="legacy-effective-at" />
          </Form.Item>
          <Form.Item name="reason" label={t('legacy.reason')} rules={[{ required: true, whitespace: true, message: t('legacy.reasonRequired') }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} showCount data-testid="legacy-reason" />
          </Form.Item>
        </Form>
      </Space>
    </Modal>
  );
}
