import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Empty, Form, Result, Row, Select, Space, type FormInstance } from 'antd';
import { validateQuestionContent } from '@cm/domain';
import type { FieldProblem, QuestionDto, TrackDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { ApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { syllabusQueryOptions, tracksQueryOptions } from '../syllabus/api';
import { questionQueryOptions, useCreateQuestion, useUpdateQuestion } from './api';
import { QuestionFields } from './editor/QuestionFields';
import { emptyFormValues, formFieldForProblem, formValuesFromQuestion, toQuestionRequest, toUpdateRequest, type FormPath, type QuestionFormValues } from './question-form';
import { contentFromRequest, QuestionView } from './QuestionView';

/** `/questions/new` (optionally `?track=&node=`) and `/questions/:id/edit`. */
export function QuestionEditorPage() {
  const { id } = useParams();
  const question = useQuery({ ...questionQueryOptions(id ?? ''), enabled: Boolean(id) });
  const tracks = useQuery(tracksQueryOptions());
  const [search] = useSearchParams();
  if (id) {
    return (
      <QueryState query={question} rows={10}>
        {question.data && <QuestionEditor key={question.data.id} question={question.data} tracks={tracks.data ?? []} />}
      </QueryState>
    );
  }
  return (
    <QueryState query={tracks}>
      <QuestionEditor tracks={tracks.data ?? []} initialTrackId={search.get('track') ?? undefined} initialNodeId={search.get('node') ?? undefined} />
    </QueryState>
  );
}

function QuestionEditor({ question, tracks, initialTrackId, initialNodeId }: { question?: QuestionDto; tracks: TrackDto[]; initialTrackId?: string; initialNodeId?: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { errorText, fieldProblemText } = useErrorText();
  const [form] = Form.useForm<QuestionFormValues>();
  const [trackId, setTrackId] = useState<string | undefined>(question?.trackId ?? tracks.find((track) => track.id === initialTrackId)?.id ?? tracks[0]?.id);
  const syllabus = useQuery({ ...syllabusQueryOptions(trackId ?? ''), enabled: Boolean(trackId) });
  const nodes = useMemo(() => syllabus.data?.nodes ?? [], [syllabus.data]);
  const create = useCreateQuestion();
  const update = useUpdateQuestion();
  const [problems, setProblems] = useState<string[]>([]);
  // The form owns the values after the first render.
  const [initialValues] = useState(() => (question ? formValuesFromQuestion(question) : emptyFormValues(initialNodeId)));
  const watched = Form.useWatch((values: QuestionFormValues) => values, { form, preserve: true });

  const showProblems = (list: FieldProblem[], type: QuestionFormValues['type']) => {
    const byField = new Map<string, { name: FormPath; errors: string[] }>();
    const unmatched: string[] = [];
    for (const problem of list) {
      const name = formFieldForProblem(problem.path, type);
      if (!name) {
        unmatched.push(fieldProblemText(problem));
        continue;
      }
      const entry = byField.get(name.join('.')) ?? { name, errors: [] };
      entry.errors.push(fieldProblemText(problem));
      byField.set(name.join('.'), entry);
    }
    const fields = [...byField.values()];
    // Paths come from the server, so the form is addressed untyped here.
    const untyped: Pick<FormInstance, 'setFields' | 'scrollToField'> = form;
    untyped.setFields(fields);
    setProblems(unmatched);
    if (fields[0]) untyped.scrollToField(fields[0].name, { block: 'center' });
  };

  const onError = (type: QuestionFormValues['type']) => (error: Error) => {
    if (error instanceof ApiError && error.fieldProblems.length > 0) showProblems(error.fieldProblems, type);
    else setProblems([t('common.operationFailed', { message: errorText(error) })]);
  };

  const onSaved = (saved: QuestionDto) => {
    void message.success(question ? t('qe.savedVersion', { n: saved.version }) : t('qe.created'));
    void navigate(`/questions/${saved.id}`);
  };

  const onFinish = (values: QuestionFormValues) => {
    setProblems([]);
    const body = toQuestionRequest(values);
    const found = validateQuestionContent(body);
    if (found.length > 0) {
      showProblems(found, values.type);
      return;
    }
    if (!question) {
      create.mutate(body, { onSuccess: onSaved, onError: onError(values.type) });
      return;
    }
    const patch = toUpdateRequest(values, question);
    if (Object.keys(patch).length === 0) {
      void message.info(t('qe.noChanges'));
      return;
    }
    update.mutate({ id: question.id, body: patch }, { onSuccess: onSaved, onError: onError(values.type) });
  };

  if (question?.status === 'retired') {
    return <Result status="warning" title={t('qe.retiredNoEdit')} extra={<Link to={`/questions/${question.id}`}>{t('qe.backToQuestion')}</Link>} />;
  }
  const node = nodes.find((candidate) => candidate.id === watched?.syllabusNodeId);
  const preview = watched ? contentFromRequest(toQuestionRequest({ ...emptyFormValues(), ...watched }), node?.code, watched.requirement) : null;
  const saving = create.isPending || update.isPending;

  return (
    <Row gutter={16} data-testid="question-editor">
      <Col xs={24} xl={14}>
        <Card title={question ? t('qe.editTitle', { n: question.version }) : t('qe.createTitle')}>
          {question && <Alert type="info" showIcon title={t('qe.newVersionHint', { n: question.version + 1 })} style={{ marginBottom: 16 }} />}
          {!question && (
            <Space style={{ marginBottom: 16 }}>
              <span>{t('syllabus.track')}</span>
              <Select
                value={trackId}
                style={{ minWidth: 220 }}
                onChange={(value: string) => {
                  setTrackId(value);
                  form.setFieldsValue({ syllabusNodeId: undefined, enemyIds: [] });
                }}
                options={tracks.map((track) => ({ value: track.id, label: track.name }))}
                data-testid="qe-track"
              />
            </Space>
          )}
          <Form<QuestionFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish} scrollToFirstError={{ block: 'center' }} data-testid="question-form">
            <QuestionFields nodes={nodes} trackId={trackId} questionId={question?.id} />
            {problems.length > 0 && (
              <Alert type="error" showIcon title={t('qe.problems')} description={problems.join(t('common.listSeparator'))} style={{ marginBottom: 16 }} data-testid="qe-errors" />
            )}
            <Space>
              <Button type="primary" htmlType="submit" loading={saving} data-testid="qe-save">
                {question ? t('qe.saveVersion') : t('qe.saveDraft')}
              </Button>
              <Button onClick={() => void navigate(question ? `/questions/${question.id}` : '/questions')} data-testid="qe-cancel">
                {t('common.cancel')}
              </Button>
            </Space>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('qe.preview')} className="question-preview-card" data-testid="qe-preview">
          {preview && preview.stem.trim() ? <QuestionView content={preview} testId="qe-preview-view" /> : <Empty description={t('qe.previewEmpty')} />}
        </Card>
      </Col>
    </Row>
  );
}
