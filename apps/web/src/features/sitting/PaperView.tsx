import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { App, Alert, Button, Card, Col, Result, Row, Space, Typography } from 'antd';
import type { AttemptDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError, type ApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { unansweredCount } from './answers';
import { attemptStatusQueryOptions, useSubmitAttempt } from './api';
import { Countdown, WARN_MS } from './Countdown';
import { Navigator } from './Navigator';
import { QuestionCard } from './QuestionCard';
import { SaveIndicator } from './SaveIndicator';
import { SubmitModal } from './SubmitModal';
import { useAutosave } from './use-autosave';
import { useServerClock } from './use-server-clock';
import { useFlags } from './use-flags';
import { useFocusLoss } from './use-focus-loss';

type Closed = null | 'timeUp' | 'submitted';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  return target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox';
}

/** The paper: server-authoritative countdown, navigator, autosave and submission. */
export function PaperView({ attempt, title, onSubmitted }: { attempt: AttemptDto; title: string; onSubmitted: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const now = useServerClock(attempt.serverNow);
  const deadline = Date.parse(attempt.deadline);
  const remaining = deadline - now;
  const [closed, setClosed] = useState<Closed>(null);
  const onClosed = useCallback(
    (error: ApiError) => {
      const status = error.details['status'];
      setClosed(status === 'in_progress' || Date.now() >= deadline ? 'timeUp' : 'submitted');
    },
    [deadline],
  );
  const autosave = useAutosave(attempt, onClosed);
  const { flagged, toggleFlag } = useFlags(attempt.id);
  const [current, setCurrent] = useState(0);
  const [submitOpen, setSubmitOpen] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const submit = useSubmitAttempt();
  const items = attempt.items;
  const timeUp = remaining <= 0;
  const overGrace = remaining <= -attempt.graceSeconds * 1000;
  const status = useQuery({ ...attemptStatusQueryOptions(attempt.id, 2000), enabled: closed === 'timeUp' || overGrace });
  const serverSubmitted = status.data !== undefined && status.data.status !== 'in_progress';
  const { flush, stop } = autosave;
  // The officer's dashboard counts the times the candidate left the paper while it ran.
  useFocusLoss(attempt.id, closed === null && !overGrace);

  const warned = useRef(remaining <= WARN_MS);
  useEffect(() => {
    if (!warned.current && remaining <= WARN_MS && remaining > 0) {
      warned.current = true;
      void message.warning(t('sitting.timer.warn'), 8);
    }
  }, [remaining, message, t]);

  useEffect(() => {
    // At the deadline the last answers go out at once; past the grace nothing more is sent.
    if (timeUp && !overGrace) void flush();
    if (overGrace) {
      stop();
      setClosed((old) => old ?? 'timeUp');
    }
  }, [timeUp, overGrace, flush, stop]);

  const move = useCallback((index: number) => setCurrent(Math.max(0, Math.min(items.length - 1, index))), [items.length]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === 'ArrowLeft') setCurrent((index) => Math.max(0, index - 1));
      else if (event.key === 'ArrowRight') setCurrent((index) => Math.min(items.length - 1, index + 1));
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items.length]);

  const confirmSubmit = async () => {
    setSubmitError(null);
    const allSent = await flush();
    if (!allSent && closed === null && autosave.state === 'offline') {
      setSubmitError(t('sitting.submit.unsentFailed'));
      return;
    }
    submit.mutate(attempt.id, {
      onSuccess: () => {
        autosave.forget();
        onSubmitted();
      },
      onError: (error) => {
        if (isApiError(error, 'ATTEMPT_ALREADY_SUBMITTED')) {
          autosave.forget();
          onSubmitted();
        } else setSubmitError(t('common.operationFailed', { message: errorText(error) }));
      },
    });
  };

  if (closed !== null) {
    const byServer = closed === 'timeUp';
    const done = !byServer || serverSubmitted;
    return (
      <Result
        status={done ? 'success' : 'info'}
        title={byServer ? t(done ? 'sitting.closed.timeUp' : 'sitting.closed.timeUpPending') : t('sitting.closed.submitted')}
        subTitle={done ? t('sitting.done.subtitle') : undefined}
        data-testid="sitting-closed"
        data-reason={closed}
        data-done={done ? 'true' : 'false'}
      />
    );
  }

  const item = items[current];
  return (
    <div className="sitting" data-testid="sitting-paper" data-attempt-id={attempt.id}>
      <Card size="small" className="sitting-header">
        <div className="sitting-header-row">
          <Typography.Text strong className="sitting-title">{title}</Typography.Text>
          <Countdown remainingMs={remaining} />
          <SaveIndicator state={autosave.state} />
          <Button type="primary" danger onClick={() => setSubmitOpen(true)} disabled={timeUp} data-testid="submit-open">
            {t('sitting.submit.open')}
          </Button>
        </div>
      </Card>
      {timeUp && <Alert type="warning" showIcon title={t('sitting.timer.over')} data-testid="sitting-time-over" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={17}>
          {item && (
            <QuestionCard
              item={item}
              index={current}
              count={items.length}
              value={autosave.values[item.id]}
              flagged={flagged.has(item.id)}
              disabled={timeUp}
              onChange={(value) => autosave.setAnswer(item.id, value)}
              onToggleFlag={() => toggleFlag(item.id)}
              onMove={move}
            />
          )}
        </Col>
        <Col xs={24} lg={7}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Navigator items={items} values={autosave.values} flagged={flagged} current={current} onSelect={move} />
          </Space>
        </Col>
      </Row>
      <SubmitModal
        open={submitOpen}
        unanswered={unansweredCount(items, autosave.values)}
        flagged={items.filter((entry) => flagged.has(entry.id)).length}
        submitting={submit.isPending}
        error={submitError}
        onCancel={() => setSubmitOpen(false)}
        onConfirm={() => void confirmSubmit()}
      />
    </div>
  );
}
