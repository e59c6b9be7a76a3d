import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Input, Modal, Segmented, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { CourseDto, SelfStudyDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';
import { tracksQueryOptions } from '../syllabus/api';
import { courseQueryOptions, coursesQueryOptions, selfStudyQueryOptions, useDecideSelfStudy } from './api';
import { CourseFormModal } from './CourseFormModal';

function Attendees({ courseId }: { courseId: string }) {
  const { t } = useI18n();
  const course = useQuery(courseQueryOptions(courseId));
  return (
    <QueryState query={course} rows={2}>
      <Space wrap data-testid="course-attendee-list">
        <Typography.Text type="secondary">{t('training.course.attendees')}</Typography.Text>
        {(course.data?.attendees ?? []).map((a) => (
          <Tag key={a.candidateId}>{`${a.displayName}（${a.username}）`}</Tag>
        ))}
      </Space>
    </QueryState>
  );
}

function CoursesTab() {
  const { t, formatDate } = useI18n();
  const levelLabel = useLevelLabel();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const courses = useQuery(coursesQueryOptions(page));
  const tracks = useQuery(tracksQueryOptions());
  const trackName = (id: string) => tracks.data?.find((x) => x.id === id)?.name ?? '';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" onClick={() => setCreating(true)} data-testid="course-create">
          {t('training.course.create')}
        </Button>
        <Typography.Text type="secondary">{t('training.course.hint')}</Typography.Text>
      </Space>
      <QueryState query={courses}>
        <Table<CourseDto>
          rowKey="id"
          size="middle"
          data-testid="course-table"
          dataSource={courses.data?.items ?? []}
          locale={{ emptyText: t('training.course.none') }}
          expandable={{ expandedRowRender: (c) => <Attendees courseId={c.id} /> }}
          pagination={{ current: page, pageSize: 10, total: courses.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
          columns={[
            { title: t('training.course.heldOn'), key: 'heldOn', width: 120, render: (_v, c) => formatDate(c.heldOn) },
            { title: t('training.course.title'), dataIndex: 'title' },
            { title: t('training.col.track'), key: 'track', render: (_v, c) => `${trackName(c.trackId)} ${levelLabel(c.level)}` },
            { title: t('training.course.hours'), dataIndex: 'hours', width: 90 },
            { title: t('training.course.attendeeCount'), dataIndex: 'attendeeCount', width: 110 },
          ]}
        />
      </QueryState>
      {creating && <CourseFormModal onClose={() => setCreating(false)} />}
    </Space>
  );
}

const CLAIM_COLORS = { pending: 'processing', confirmed: 'success', rejected: 'error' } as const;

function SelfStudyTab() {
  const { t, formatDate } = useI18n();
  const levelLabel = useLevelLabel();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const [status, setStatus] = useState<SelfStudyDto['status'] | 'all'>('pending');
  const [page, setPage] = useState(1);
  const [rejecting, setRejecting] = useState<SelfStudyDto | null>(null);
  const [reason, setReason] = useState('');
  const claims = useQuery(selfStudyQueryOptions({ page, pageSize: 10, ...(status === 'all' ? {} : { status }) }));
  const decide = useDecideSelfStudy();
  const tracks = useQuery(tracksQueryOptions());
  const trackName = (id: string) => tracks.data?.find((x) => x.id === id)?.name ?? '';
  const run = (id: string, decision: 'confirm' | 'reject', why?: string) =>
    decide.mutate(
      { id, decision, reason: why },
      {
        onSuccess: () => {
          void message.success(t(decision === 'confirm' ? 'training.selfStudy.confirmed' : 'training.selfStudy.rejected'));
          setRejecting(null);
          setReason('');
        },
        onError: (error) => void message.error(t('common.operationFailed', { message: errorText(error) })),
      },
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as typeof status);
          setPage(1);
        }}
        options={(['pending', 'confirmed', 'rejected', 'all'] as const).map((v) => ({ value: v, label: v === 'all' ? t('common.all') : t(`training.selfStudy.status.${v}`) }))}
      />
      <QueryState query={claims}>
        <Table<SelfStudyDto>
          rowKey="id"
          size="middle"
          data-testid="self-study-table"
          dataSource={claims.data?.items ?? []}
          locale={{ emptyText: t('training.selfStudy.none') }}
          pagination={{ current: page, pageSize: 10, total: claims.data?.total ?? 0, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
          columns={[
            { title: t('training.col.candidate'), dataIndex: 'candidateName' },
            { title: t('training.col.track'), key: 'track', render: (_v, c) => `${trackName(c.trackId)} ${levelLabel(c.level)}` },
            { title: t('training.selfStudy.field.title'), key: 'title', render: (_v, c) => (c.note ? `${c.title}（${c.note}）` : c.title) },
            { title: t('training.selfStudy.field.studiedOn'), key: 'on', width: 120, render: (_v, c) => formatDate(c.studiedOn) },
            { title: t('training.selfStudy.field.hours'), dataIndex: 'hours', width: 80 },
            { title: t('training.col.status'), key: 'status', render: (_v, c) => <Tag color={CLAIM_COLORS[c.status]}>{t(`training.selfStudy.status.${c.status}`)}</Tag> },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_v, c) =>
                c.status === 'pending' ? (
                  <Space>
                    <Button size="small" type="primary" loading={decide.isPending && decide.variables?.id === c.id} onClick={() => run(c.id, 'confirm')} data-testid="self-study-confirm">
                      {t('training.selfStudy.confirm')}
                    </Button>
                    <Button size="small" danger onClick={() => setRejecting(c)}>
                      {t('training.selfStudy.reject')}
                    </Button>
                  </Space>
                ) : (
                  c.decisionReason ?? ''
                ),
            },
          ]}
        />
      </QueryState>
      <Modal
        open={rejecting !== null}
        title={t('training.selfStudy.rejectTitle')}
        onCancel={() => setRejecting(null)}
        onOk={() => rejecting && reason.trim() && run(rejecting.id, 'reject', reason.trim())}
        okButtonProps={{ disabled: !reason.trim(), danger: true }}
        okText={t('training.selfStudy.reject')}
        cancelText={t('common.cancel')}
        confirmLoading={decide.isPending}
      >
        <Input.TextArea value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} autoSize={{ minRows: 3 }} placeholder={t('training.selfStudy.reasonPlaceholder')} />
      </Modal>
    </Space>
  );
}

/** 培训记录: courses with attendance, and the self-study claims waiting for confirmation. */
export function TrainingRecordsPage() {
  const { t } = useI18n();
  return (
    <Card title={t('training.records.title')} data-testid="training-records-page">
      <Tabs
        items={[
          { key: 'courses', label: t('training.records.courses'), children: <CoursesTab /> },
          { key: 'self-study', label: t('training.records.selfStudy'), children: <SelfStudyTab /> },
        ]}
      />
    </Card>
  );
}
