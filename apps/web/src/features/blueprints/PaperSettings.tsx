import type { ReactNode } from 'react';
import { Checkbox, Input, InputNumber, Space, Switch, Typography } from 'antd';
import { REQUIREMENTS } from '@cm/contracts';
import { DEFAULT_MIX_TOLERANCE_PERCENT, DIFFICULTY_KEYS, type DifficultyKey } from '@cm/domain';
import { useI18n } from '../../app/i18n/i18n';
import { sum, type BlueprintDraft } from './blueprint-form';
import { ProblemTip, statusOf, SumWithProblem } from './ProblemTip';

interface Props {
  draft: BlueprintDraft;
  problems: Map<string, string[]>;
  readOnly: boolean;
  onChange: (patch: Partial<BlueprintDraft>) => void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Space orientation="vertical" size={2}>
      <Typography.Text type="secondary">{label}</Typography.Text>
      {children}
    </Space>
  );
}

/** A number input that shows its rule's problem on itself. */
function Num(props: { path: string; problems: Map<string, string[]>; value: number | null; readOnly: boolean; onChange: (v: number | null) => void; precision?: number; min?: number; max?: number; placeholder?: string; testId: string }) {
  const messages = props.problems.get(props.path);
  return (
    <ProblemTip messages={messages} testId={props.testId}>
      <InputNumber
        value={props.value}
        disabled={props.readOnly}
        status={statusOf(messages)}
        precision={props.precision ?? 0}
        min={props.min ?? 0}
        max={props.max}
        placeholder={props.placeholder}
        style={{ width: 96 }}
        onChange={props.onChange}
        data-testid={props.testId}
      />
    </ProblemTip>
  );
}

/** Name, total, duration and pass mark; the requirement and difficulty mixes with their
 * tolerance; the difficulty window, the exposure cap and double marking. */
export function PaperSettings({ draft, problems, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const common = { problems, readOnly };
  const req = draft.requirementMix;
  const diff = draft.difficultyMix;
  const win = draft.difficultyWindow;
  const dm = draft.doubleMarking;
  const nameProblem = problems.get('name');
  const toggle = (checked: boolean, testId: string, onToggle: (on: boolean) => void) => (
    <Switch checked={checked} disabled={readOnly} onChange={onToggle} data-testid={testId} size="small" />
  );

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="bp-settings">
      <Space wrap size="large" align="start">
        <Field label={t('bp.name')}>
          <ProblemTip messages={nameProblem} testId="bp-name">
            <Input value={draft.name} disabled={readOnly} status={statusOf(nameProblem)} style={{ width: 260 }} maxLength={100} onChange={(e) => onChange({ name: e.target.value })} data-testid="bp-name" />
          </ProblemTip>
        </Field>
        <Field label={t('bp.totalPoints')}>
          <Num {...common} path="totalPoints" value={draft.totalPoints} precision={2} min={1} onChange={(v) => onChange({ totalPoints: v })} testId="bp-total" />
        </Field>
        <Field label={t('bp.duration')}>
          <Num {...common} path="durationMinutes" value={draft.durationMinutes} onChange={(v) => onChange({ durationMinutes: v })} testId="bp-duration" />
        </Field>
        <Field label={t('bp.passMark')}>
          <Num {...common} path="passMark" value={draft.passMark} precision={2} onChange={(v) => onChange({ passMark: v })} testId="bp-pass-mark" />
        </Field>
      </Space>

      <Space wrap size="large" align="start">
        <Field label={t('bp.requirementMix')}>
          <Space wrap>
            {toggle(req !== null, 'bp-req-mix-on', (on) => onChange({ requirementMix: on ? { understand: null, familiar: null, master: null } : null }))}
            {req &&
              REQUIREMENTS.map((key) => (
                <Space key={key} size={4}>
                  <span>{t(`requirement.${key}`)}</span>
                  <Num {...common} path={`requirementMix.${key}`} value={req[key]} precision={2} max={100} onChange={(v) => onChange({ requirementMix: { ...req, [key]: v } })} testId={`bp-req-${key}`} />
                </Space>
              ))}
            {req && <SumWithProblem value={`${t('bp.sum')} ${sum(Object.values(req))}%`} messages={problems.get('requirementMix')} testId="bp-req-sum" />}
          </Space>
        </Field>
        <Field label={t('bp.difficultyMix')}>
          <Space wrap>
            {toggle(diff !== null, 'bp-diff-mix-on', (on) => onChange({ difficultyMix: on ? { '1': null, '2': null, '3': null, '4': null, '5': null } : null }))}
            {diff &&
              DIFFICULTY_KEYS.map((key: DifficultyKey) => (
                <Space key={key} size={4}>
                  <span>{t('bp.difficultyN', { n: key })}</span>
                  <Num {...common} path={`difficultyMix.${key}`} value={diff[key]} precision={2} max={100} onChange={(v) => onChange({ difficultyMix: { ...diff, [key]: v } })} testId={`bp-diff-${key}`} />
                </Space>
              ))}
            {diff && <SumWithProblem value={`${t('bp.sum')} ${sum(Object.values(diff))}%`} messages={problems.get('difficultyMix')} testId="bp-diff-sum" />}
          </Space>
        </Field>
        <Field label={t('bp.tolerance')}>
          <Num {...common} path="mixTolerancePercent" value={draft.mixTolerancePercent} precision={2} max={100} placeholder={String(DEFAULT_MIX_TOLERANCE_PERCENT)} onChange={(v) => onChange({ mixTolerancePercent: v })} testId="bp-tolerance" />
        </Field>
      </Space>

      <Space wrap size="large" align="start">
        <Field label={t('bp.window')}>
          <Space>
            {toggle(win !== null, 'bp-window-on', (on) => onChange({ difficultyWindow: on ? { min: 1, max: 5 } : null }))}
            {win && (
              <ProblemTip messages={problems.get('difficultyWindow')} testId="bp-window">
                <Space size={4}>
                  <InputNumber value={win.min} disabled={readOnly} min={1} max={5} step={0.1} precision={2} style={{ width: 80 }} onChange={(v) => onChange({ difficultyWindow: { ...win, min: v } })} data-testid="bp-window-min" />
                  <span>–</span>
                  <InputNumber value={win.max} disabled={readOnly} min={1} max={5} step={0.1} precision={2} style={{ width: 80 }} onChange={(v) => onChange({ difficultyWindow: { ...win, max: v } })} data-testid="bp-window-max" />
                </Space>
              </ProblemTip>
            )}
          </Space>
        </Field>
        <Field label={t('bp.exposureCap')}>
          <Num {...common} path="exposureCapPercent" value={draft.exposureCapPercent} max={100} placeholder={t('bp.none')} onChange={(v) => onChange({ exposureCapPercent: v })} testId="bp-exposure" />
        </Field>
        <Field label={t('bp.doubleMarking')}>
          <Space wrap>
            {toggle(dm !== null, 'bp-dm-on', (on) => onChange({ doubleMarking: on ? { short: true, case: true, discrepancyThresholdPercent: 20 } : null }))}
            {dm && (
              <>
                <Checkbox checked={dm.short} disabled={readOnly} onChange={(e) => onChange({ doubleMarking: { ...dm, short: e.target.checked } })} data-testid="bp-dm-short">
                  {t('qtype.short')}
                </Checkbox>
                <Checkbox checked={dm.case} disabled={readOnly} onChange={(e) => onChange({ doubleMarking: { ...dm, case: e.target.checked } })} data-testid="bp-dm-case">
                  {t('qtype.case')}
                </Checkbox>
                <span>{t('bp.discrepancy')}</span>
                <Num {...common} path="doubleMarking.discrepancyThresholdPercent" value={dm.discrepancyThresholdPercent} precision={2} max={100} onChange={(v) => onChange({ doubleMarking: { ...dm, discrepancyThresholdPercent: v } })} testId="bp-dm-threshold" />
              </>
            )}
          </Space>
        </Field>
      </Space>
    </Space>
  );
}
