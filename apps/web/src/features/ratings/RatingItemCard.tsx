import { memo } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Radio, Space, Tag, Typography } from 'antd';
import type { RatingFormDto, RatingFormItemDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import type { LevelPrincipleDto, ModelLevelDto } from '../competency/api';
import { CompletenessTag, useScaleName } from '../competency/labels';
import { type ItemProblem, type ItemState, needsEvidence, needsReason, proposalOf, toggleIndicator } from './rating-form';

interface Props {
  index: number;
  item: RatingFormItemDto;
  state: ItemState;
  rules: RatingFormDto['rules'];
  principles: LevelPrincipleDto[];
  problems: { problem: ItemProblem | 'other'; message?: string }[];
  readOnly: boolean;
  onChange: (itemId: string, next: ItemState) => void;
}

/** One item of the rating form: every level's summary and ▶ indicators as checkboxes, the level
 * the ticked indicators propose (computed live by the domain rule), the level that counts, and
 * the reason and evidence it needs. */
export const RatingItemCard = memo(function RatingItemCard({ index, item, state, rules, principles, problems, readOnly, onChange }: Props) {
  const { t } = useI18n();
  const scaleName = useScaleName();
  const proposal = proposalOf(item, state.observed, rules.indicatorRule);
  const reasonNeeded = needsReason(item, state, rules.indicatorRule);
  const evidenceNeeded = needsEvidence(state, rules.evidenceRequiredFromLevel);
  const has = (problem: ItemProblem) => problems.some((p) => p.problem === problem);
  const messageOf = (problem: ItemProblem) => problems.find((p) => p.problem === problem)?.message;
  const others = problems.filter((p) => p.problem === 'other');
  const set = (change: Partial<ItemState>) => onChange(item.itemId, { ...state, ...change });
  const hasIndicators = item.levels.some((level) => level.indicators.length > 0);

  return (
    <Card
      size="small"
      id={`rating-item-${item.code}`}
      data-testid="rating-item"
      data-item-code={item.code}
      data-level={state.level ?? ''}
      style={{ marginBottom: 12, ...(problems.length ? { borderColor: '#ff4d4f' } : {}) }}
      title={
        <Space wrap>
          <span>{`${index + 1}. ${item.name}`}</span>
          <Tag>{item.category}</Tag>
          {state.level === null ? <Tag color="default">{t('rt.unrated')}</Tag> : <Tag color="blue">{t('rt.ratedAs', { level: state.level, name: scaleName(state.level) })}</Tag>}
        </Space>
      }
    >
      {item.definition && <Typography.Paragraph type="secondary">{item.definition}</Typography.Paragraph>}
      {item.levels.map((level) => {
        const judgement = proposal.levels.find((j) => j.level === level.level);
        const principle = principles.find((p) => p.level === level.level);
        return (
          <div key={level.level} style={{ borderLeft: '3px solid #e6f4ff', padding: '2px 10px', marginBottom: 8 }} data-testid="rating-level-block" data-level={level.level}>
            <Space wrap size={4}>
              <Tag color="blue">{level.name}</Tag>
              {level.completeness !== 'complete' && <CompletenessTag completeness={level.completeness as ModelLevelDto['completeness']} />}
              {judgement && judgement.required !== null && (
                <Typography.Text type={judgement.held ? 'success' : 'secondary'} style={{ fontSize: 12 }} data-testid="rating-judgement">
                  {t('rt.judgement', { observed: judgement.observed, total: judgement.indicators, required: judgement.required })}
                </Typography.Text>
              )}
            </Space>
            <div>
              {level.summary ? (
                <Typography.Text strong>{level.summary}</Typography.Text>
              ) : level.indicators.length === 0 && principle ? (
                <Typography.Text type="secondary" data-testid="rating-principle">
                  {t('rt.genericDefinition')}
                  {principle.definition.join('')}
                </Typography.Text>
              ) : (
                <Typography.Text type="secondary">{t('cm.noSummary')}</Typography.Text>
              )}
            </div>
            {level.indicators.map((indicator) => (
              <div key={indicator.id}>
                <Checkbox
                  checked={state.observed.includes(indicator.id)}
                  disabled={readOnly}
                  data-testid="rating-indicator"
                  data-indicator-id={indicator.id}
                  onChange={() => onChange(item.itemId, toggleIndicator(item, state, indicator.id, rules.indicatorRule))}
                >
                  ▶ {indicator.text}
                </Checkbox>
              </div>
            ))}
          </div>
        );
      })}
      <div style={{ background: '#fafafa', padding: 10, borderRadius: 6 }}>
        <div style={{ marginBottom: 8 }} data-testid="rating-proposal" data-proposed={state.observed.length && proposal.proposed !== null ? proposal.proposed : ''}>
          {!hasIndicators ? (
            <Typography.Text type="secondary">{t('rt.noIndicatorsPickDirectly')}</Typography.Text>
          ) : state.observed.length === 0 ? (
            <Typography.Text type="secondary">{t('rt.tickToPropose')}</Typography.Text>
          ) : proposal.proposed === null ? (
            <Typography.Text>{t('rt.proposalNone')}</Typography.Text>
          ) : (
            <Typography.Text>
              {t('rt.proposal', { level: proposal.proposed, name: scaleName(proposal.proposed) })}
              {proposal.consistent.length > 1 && <Typography.Text type="secondary">{t('rt.proposalRange', { from: scaleName(proposal.consistent[0]), to: scaleName(proposal.consistent[proposal.consistent.length - 1]) })}</Typography.Text>}
            </Typography.Text>
          )}
          {state.manual && state.observed.length > 0 && proposal.proposed !== null && state.level !== proposal.proposed && !readOnly && (
            <Button type="link" size="small" onClick={() => set({ level: proposal.proposed, manual: false })}>
              {t('rt.useProposal')}
            </Button>
          )}
        </div>
        <Form layout="vertical" disabled={readOnly}>
          <Form.Item label={t('rt.level')} required validateStatus={has('level') ? 'error' : undefined} help={has('level') ? t('rt.problem.level') : undefined} style={{ marginBottom: 8 }}>
            <Radio.Group
              value={state.level}
              optionType="button"
              buttonStyle="solid"
              data-testid="rating-level"
              onChange={(event) => set({ level: event.target.value as number, manual: true })}
              options={rules.scale.map((s) => ({ value: s.level, label: `${s.level} ${s.name}` }))}
            />
          </Form.Item>
          {reasonNeeded && (
            <Form.Item
              label={t('rt.reason')}
              required
              validateStatus={has('reason') ? 'error' : undefined}
              help={has('reason') ? (messageOf('reason') ?? t('rt.problem.reason')) : t('rt.reasonHint')}
              style={{ marginBottom: 8 }}
            >
              <Input.TextArea value={state.reason} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} data-testid="rating-reason" onChange={(event) => set({ reason: event.target.value })} />
            </Form.Item>
          )}
          <Form.Item
            label={t('rt.evidence')}
            required={evidenceNeeded}
            validateStatus={has('evidence') ? 'error' : undefined}
            help={has('evidence') ? t('rt.problem.evidence', { level: rules.evidenceRequiredFromLevel }) : evidenceNeeded ? t('rt.evidenceHint') : undefined}
            style={{ marginBottom: 0 }}
          >
            <Input.TextArea value={state.evidence} autoSize={{ minRows: 1, maxRows: 6 }} maxLength={4000} placeholder={t('rt.evidencePlaceholder')} data-testid="rating-evidence" onChange={(event) => set({ evidence: event.target.value })} />
          </Form.Item>
        </Form>
        {others.length > 0 && <Alert type="error" showIcon style={{ marginTop: 8 }} title={others.map((p) => p.message).join(t('common.listSeparator'))} />}
      </div>
    </Card>
  );
});
