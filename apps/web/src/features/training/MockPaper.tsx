import { useCallback, useEffect, useRef, useState } from 'react';
import { App, Alert, Button, Card, Col, Row, Typography } from 'antd';
import type { MockExamDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { unansweredCount } from '../sitting/answers';
import { Countdown } from '../sitting/Countdown';
import { Navigator } from '../sitting/Navigator';
import { QuestionCard } from '../sitting/QuestionCard';
import { SaveIndicator } from '../sitting/SaveIndicator';
import { SubmitModal } from '../sitting/SubmitModal';
import { useFlags } from '../sitting/use-flags';
import { useServerClock } from '../sitting/use-server-clock';
import { useSubmitMockExam } from './api';
import { useMockAutosave } from './use-mock-autosave';

/** A mock exam in progress, laid out like the real sitting: server countdown, navigator,
 * flags, autosave; handed in by the candidate or at the deadline. */
export function MockPaper({ mock, onGraded }: { mock: MockExamDto; onGraded: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { errorText } = useErrorText();
  const now = useServerClock(mock.serverNow);
  const remaining = Date.parse(mock.deadline) - now;
  const submit = useSubmitMockExam(mock.id);
  const autosave = useMockAutosave(mock, onGraded);
  const { flagged, toggleFlag } = useFlags(mock.id);
  const [current, setCurrent] = useState(0);
  const [submitOpen, setSubmitOpen] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const items = mock.items;

  const handIn = useCallback(async () => {
    setSubmitError(null);
    await autosave.flush();
    submit.mutate(undefined, {
      onSuccess: onGraded,
      onError: (error) => {
        if (isApiError(error, 'ATTEMPT_ALREADY_SUBMITTED')) onGraded();
        else setSubmitError(t('common.operationFailed', { message: errorText(error) }));
      },
    });
  }, [autosave, submit, onGraded, t, errorText]);

  // At the deadline the paper is handed in with what was saved.
  const timeUpSent = useRef(false);
  useEffect(() => {
    if (remaining <= 0 && !timeUpSent.current) {
      timeUpSent.current = true;
      void message.info(t('training.mock.timeUp'));
      void handIn();
    }
  }, [remaining, handIn, message, t]);

  const item = items[current];
  return (
    <div className="sitting" data-testid="mock-paper" data-mock-id={mock.id}>
      <Card size="small" className="sitting-header">
        <div className="sitting-header-row">
          <Typography.Text strong className="sitting-title">{t('training.mock.paperTitle', { title: mock.title })}</Typography.Text>
          <Countdown remainingMs={remaining} />
          <SaveIndicator state={autosave.state} />
          <Button type="primary" danger onClick={() => setSubmitOpen(true)} loading={submit.isPending} data-testid="submit-open">
            {t('sitting.submit.open')}
          </Button>
        </div>
      </Card>
      {remaining <= 0 && <Alert type="warning" showIcon title={t('sitting.timer.over')} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={17}>
          {item && (
            <QuestionCard
              item={item}
              index={current}
              count={items.length}
              value={autosave.values[item.id]}
              flagged={flagged.has(item.id)}
              disabled={remaining <= 0 || submit.isPending}
              onChange={(value) => autosave.setAnswer(item.id, value)}
              onToggleFlag={() => toggleFlag(item.id)}
              onMove={(index) => setCurrent(Math.max(0, Math.min(items.length - 1, index)))}
            />
          )}
        </Col>
        <Col xs={24} lg={7}>
          <Navigator items={items} values={autosave.values} flagged={flagged} current={current} onSelect={setCurrent} />
        </Col>
      </Row>
      <SubmitModal
        open={submitOpen}
        unanswered={unansweredCount(items, autosave.values)}
        flagged={items.filter((entry) => flagged.has(entry.id)).length}
        submitting={submit.isPending}
        error={submitError}
        onCancel={() => setSubmitOpen(false)}
        onConfirm={() => void handIn()}
      />
    </div>
  );
}
