import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Empty, Popconfirm, Progress, Space, Tag, Typography } from 'antd';
import type { RatingFormDto } from '@cm/contracts';
import { useCurrentUser } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { ApiError } from '../../lib/api';
import { testId } from '../../lib/test-id';
import type { LevelPrincipleDto } from '../competency/api';
import { useLevelErrorText } from '../decisions/error-text';
import { ratingFormQueryOptions, useSaveRating, useSubmitRating } from './api';
import { RatingStatusTag, RelationTag } from './labels';
import { type FormState, type ItemProblem, type ItemState, initialState, itemProblems, serverProblems, toSaveRequest } from './rating-form';
import { RatingItemCard } from './RatingItemCard';

type Problems = Record<string, { problem: ItemProblem | 'other'; message?: string }[]>;

/** The rating form of one rater (我的评估任务 → 填写): draft saves and submission; officers and
 * a submitted rating see it read-only. */
export function RatingFormPage() {
  const { id = '' } = useParams();
  const form = useQuery(ratingFormQueryOptions(id));
  return (
    <QueryState query={form}>
      {form.data && <RatingForm key={form.data.id} form={form.data} />}
    </QueryState>
  );
}

function RatingForm({ form }: { form: RatingFormDto }) {
  const { t, formatDateTime } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const levelLabel = useLevelLabel();
  const { levelErrorText } = useLevelErrorText();
  const save = useSaveRating(form.id);
  const submit = useSubmitRating(form.id);
  const [state, setState] = useState<FormState>(() => initialState(form));
  const [serverIssues, setServerIssues] = useState<Problems>({});
  const [showClient, setShowClient] = useState(false);
  const [status, setStatus] = useState(form.status);
  const [savedAt, setSavedAt] = useState(form.savedAt);
  const [dirty, setDirty] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const readOnly = status === 'submitted' || form.raterId !== user.id || form.campaignStatus !== 'open';
  const principles = (Array.isArray(form.levelPrinciples) ? form.levelPrinciples : []) as LevelPrincipleDto[];

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const onChange = useCallback((itemId: string, next: ItemState) => {
    setState((prev) => ({ ...prev, [itemId]: next }));
    setServerIssues((prev) => (prev[itemId] ? { ...prev, [itemId]: [] } : prev));
    setDirty(true);
  }, []);

  const clientProblems = useMemo<Problems>(
    () => Object.fromEntries(form.items.map((item) => [item.itemId, itemProblems(item, state[item.itemId]!, form.rules, true).map((problem) => ({ problem }))])),
    [form, state],
  );
  const rated = form.items.filter((item) => state[item.itemId]?.level !== null).length;
  const problemsOf = (itemId: string) => [...(showClient ? (clientProblems[itemId] ?? []) : []), ...(serverIssues[itemId] ?? [])];
  const problemCount = form.items.filter((item) => problemsOf(item.itemId).length > 0).length;

  const scrollToFirst = (ids: string[]) => {
    const first = form.items.find((item) => ids.includes(item.itemId));
    if (first) document.getElementById(`rating-item-${first.code}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const refuse = (error: unknown, request: ReturnType<typeof toSaveRequest>) => {
    if (error instanceof ApiError) {
      const issues = serverProblems(request, { code: error.code, details: error.details, fieldProblems: error.fieldProblems });
      if (Object.keys(issues).length) {
        setServerIssues(issues);
        scrollToFirst(Object.keys(issues));
      }
    }
    setBanner(levelErrorText(error));
  };

  const saveDraft = async (): Promise<boolean> => {
    const request = toSaveRequest(form.items, state);
    // A reason the indicators ask for is checked on save as well (the server refuses without it).
    const missingReason = form.items.filter((item) => itemProblems(item, state[item.itemId]!, form.rules, false).length > 0);
    if (missingReason.length) {
      setShowClient(true);
      setBanner(t('rt.fixBeforeSave', { n: missingReason.length }));
      scrollToFirst(missingReason.map((item) => item.itemId));
      return false;
    }
    try {
      const saved = await save.mutateAsync(request);
      setSavedAt(saved.savedAt);
      setStatus('draft');
      setDirty(false);
      setServerIssues({});
      setBanner(null);
      return true;
    } catch (error) {
      refuse(error, request);
      return false;
    }
  };

  const onSubmit = async () => {
    setShowClient(true);
    const blocking = form.items.filter((item) => (clientProblems[item.itemId] ?? []).length > 0);
    if (blocking.length) {
      setBanner(t('rt.fixBeforeSubmit', { n: blocking.length }));
      scrollToFirst(blocking.map((item) => item.itemId));
      return;
    }
    if (!(await saveDraft())) return;
    try {
      await submit.mutateAsync();
      setStatus('submitted');
      setBanner(null);
      void message.success(t('rt.submitted'));
    } catch (error) {
      refuse(error, toSaveRequest(form.items, state));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="rating-form" data-status={status}>
      <Card
        title={t('rt.formTitle', { name: form.candidateName })}
        extra={
          // Officers reading someone else's rating came from the campaign.
          <Link to={form.raterId === user.id ? '/my-ratings' : `/rating-campaigns/${form.campaignId}`}>
            <Button>{form.raterId === user.id ? t('rt.backToList') : t('rt.backToCampaign')}</Button>
          </Link>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('rt.col.candidate')}>{form.candidateName}</Descriptions.Item>
          <Descriptions.Item label={t('rt.col.track')}>{form.trackName}</Descriptions.Item>
          <Descriptions.Item label={t('rt.col.targetLevel')}>{levelLabel(form.targetLevel)}</Descriptions.Item>
          <Descriptions.Item label={t('rt.col.relation')}>
            <RelationTag relation={form.relation} />
          </Descriptions.Item>
          <Descriptions.Item label={t('rt.col.due')}>
            {form.dueAt ? formatDateTime(form.dueAt) : '—'} {form.overdue && <Tag color="red">{t('rt.overdue')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('rt.col.status')}>
            <RatingStatusTag status={status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('rt.model')}>{t('cm.versionN', { version: form.model.version })}</Descriptions.Item>
          <Descriptions.Item label={t('rt.savedAt')}>{savedAt ? formatDateTime(savedAt) : '—'}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {t('rt.rulesHint', { numerator: form.rules.indicatorRule.numerator, denominator: form.rules.indicatorRule.denominator, evidence: form.rules.evidenceRequiredFromLevel })}
        </Typography.Paragraph>
        <Space wrap size={[4, 6]} style={{ marginTop: 10 }} data-testid="rating-nav">
          {form.items.map((item, index) => {
            const level = state[item.itemId]?.level ?? null;
            const color = problemsOf(item.itemId).length ? 'red' : level === null ? 'default' : 'blue';
            return (
              <Tag
                key={item.itemId}
                color={color}
                style={{ cursor: 'pointer' }}
                onClick={() => document.getElementById(`rating-item-${item.code}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' })}
              >
                {`${index + 1}. ${item.name}${level === null ? '' : ` · ${level}`}`}
              </Tag>
            );
          })}
        </Space>
        {form.campaignStatus !== 'open' && <Alert type="warning" showIcon style={{ marginTop: 8 }} title={t('rt.campaignCancelled')} />}
        {form.raterId !== user.id && <Alert type="info" showIcon style={{ marginTop: 8 }} title={t('rt.readOnlyOfficer', { name: form.raterName })} />}
        {status === 'submitted' && <Alert type="success" showIcon style={{ marginTop: 8 }} title={t('rt.alreadySubmitted')} data-testid="rating-submitted" />}
      </Card>
      {form.items.length === 0 ? (
        <Empty />
      ) : (
        form.items.map((item, index) => (
          <RatingItemCard
            key={item.itemId}
            index={index}
            item={item}
            state={state[item.itemId]!}
            rules={form.rules}
            principles={principles}
            problems={problemsOf(item.itemId)}
            readOnly={readOnly}
            onChange={onChange}
          />
        ))
      )}
      {!readOnly && (
        <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5, boxShadow: '0 -2px 8px rgba(0,0,0,0.08)' }} data-testid="rating-actions">
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Space wrap>
              <Progress type="circle" size={36} percent={Math.round((rated / Math.max(1, form.items.length)) * 100)} />
              <span data-testid="rating-progress">{t('rt.progress', { rated, total: form.items.length })}</span>
              {problemCount > 0 && <Tag color="red">{t('rt.problemCount', { n: problemCount })}</Tag>}
              {dirty && <Tag color="orange">{t('rt.unsaved')}</Tag>}
            </Space>
            <Space>
              <Button onClick={() => void saveDraft().then((ok) => ok && message.success(t('rt.saved')))} loading={save.isPending && !submit.isPending} data-testid="rating-save">
                {t('rt.saveDraft')}
              </Button>
              <Popconfirm title={t('rt.submitConfirm')} onConfirm={() => void onSubmit()} okButtonProps={testId('rating-submit-confirm')}>
                <Button type="primary" loading={submit.isPending} data-testid="rating-submit">
                  {t('rt.submit')}
                </Button>
              </Popconfirm>
            </Space>
          </Space>
          {banner && <Alert type="error" showIcon style={{ marginTop: 8 }} title={banner} data-testid="rating-error" />}
        </Card>
      )}
    </Space>
  );
}
