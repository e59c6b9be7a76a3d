import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { CreateCourseRequest } from '@cm/contracts';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { testId } from '../../lib/test-id';
import { useErrorText } from '../../lib/use-error-text';
import { tracksQueryOptions } from '../syllabus/api';
import { trainingCandidatesQueryOptions, useCreateCourse } from './api';

type Values = Omit<CreateCourseRequest, 'location'> & { location?: string };

/** Attendees by name or username, searched as the trainer types. */
function AttendeeSelect({ value, onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [labels, setLabels] = useState<Record<string, string>>({});
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const found = useQuery(trainingCandidatesQueryOptions(q));
  const items = found.data?.items ?? [];
  const options = items.map((c) => ({ value: c.id, label: `${c.displayName}（${c.username}${c.orgUnitName ? ` · ${c.orgUnitName}` : ''}）` }));
  return (
    <Select<string[]>
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value}
      loading={found.isFetching}
      placeholder={t('training.course.attendeesSearch')}
      data-testid="course-attendees"
      options={[...options, ...(value ?? []).filter((id) => !items.some((c) => c.id === id)).map((id) => ({ value: id, label: labels[id] ?? id }))]}
      onChange={(ids) => {
        setLabels((old) => ({ ...old, ...Object.fromEntries(options.map((o) => [o.value, o.label])) }));
        onChange?.(ids);
      }}
    />
  );
}

/** 新建培训课程: date, hours, level and track, and who attended; each attendee's hours are recorded at once. */
export function CourseFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const levelLabel = useLevelLabel();
  const [form] = Form.useForm<Values>();
  const tracks = useQuery(tracksQueryOptions());
  const create = useCreateCourse();
  const { reportFormError } = useErrorText();
  const today = new Date().toISOString().slice(0, 10);
  const onFinish = (v: Values) =>
    create.mutate(
      { ...v, title: v.title.trim(), ...(v.location?.trim() ? { location: v.location.trim() } : { location: undefined }) },
      {
        onSuccess: (course) => {
          void message.success(t('training.course.created', { n: course.attendeeCount }));
          onClose();
        },
        onError: (error) => reportFormError(form, error, ['trackId', 'level', 'title', 'heldOn', 'hours', 'location', 'attendeeIds']),
      },
    );
  return (
    <Modal
      open
      width={640}
      title={t('training.course.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={testId('course-submit')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={onFinish} initialValues={{ heldOn: today, level: 1 }}>
        <Form.Item name="trackId" label={t('training.col.track')} rules={[{ required: true, message: t('training.pick.track') }]}>
          <Select data-testid="course-track" options={(tracks.data ?? []).map((x) => ({ value: x.id, label: x.name }))} />
        </Form.Item>
        <Form.Item name="level" label={t('training.pick.level')} rules={[{ required: true }]}>
          <Select data-testid="course-level" options={[1, 2, 3, 4].map((l) => ({ value: l, label: levelLabel(l) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('training.course.title')} rules={[{ required: true, whitespace: true, message: t('training.course.titleRequired') }, { max: 200 }]}>
          <Input maxLength={200} data-testid="course-title" />
        </Form.Item>
        <Form.Item name="heldOn" label={t('training.course.heldOn')} rules={[{ required: true, message: t('training.course.heldOnRequired') }]}>
          <Input type="date" max={today} data-testid="course-date" />
        </Form.Item>
        <Form.Item name="hours" label={t('training.course.hours')} rules={[{ required: true, message: t('training.course.hoursRequired') }]}>
          <InputNumber min={0.25} max={200} step={0.5} style={{ width: 160 }} data-testid="course-hours" />
        </Form.Item>
        <Form.Item name="location" label={t('training.course.location')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="attendeeIds" label={t('training.course.attendees')} rules={[{ required: true, type: 'array', min: 1, message: t('training.course.attendeesRequired') }]}>
          <AttendeeSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
