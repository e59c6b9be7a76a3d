import { Space, Tag, Typography } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import type { ModelItemDto } from './api';
import { CompletenessTag, ProvenanceLabel } from './labels';
import { parseProvenance } from './provenance';

/** An indicator shows its own label when it was written by the organisation or comes from
 * other sources than its level. */
function ownLabel(provenance: string, levelSources: string): boolean {
  const parts = parseProvenance(provenance);
  return parts.organisationVersions.length > 0 || parts.sources.join(';') !== levelSources;
}

/** One item of the model: its definition and, per level, the summary line and the ▶ behaviour
 * indicators, each labelled with where its text comes from. */
export function ItemLevels({ item, sources }: { item: ModelItemDto; sources?: Record<string, string> }) {
  const { t } = useI18n();
  return (
    <div data-testid="cm-item-levels" data-item-code={item.code}>
      <Typography.Paragraph style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('cm.definition')}</Typography.Text>
        {item.definition ? (
          <>
            <span>{item.definition}</span> <ProvenanceLabel provenance={item.definitionProvenance} sources={sources} />
          </>
        ) : (
          <Typography.Text type="secondary">{t('cm.notFoundText')}</Typography.Text>
        )}
      </Typography.Paragraph>
      {item.assessment === 'exam' && <Typography.Paragraph type="secondary">{t('cm.examItemHint')}</Typography.Paragraph>}
      {item.levels.map((level) => {
        const levelSources = parseProvenance(level.provenance).sources.join(';');
        return (
          <div key={level.level} className="cm-level" data-testid="cm-level" data-level={level.level} style={{ borderLeft: '3px solid #d6e4ff', padding: '4px 12px', marginBottom: 10 }}>
            <Space wrap size={4} style={{ marginBottom: 4 }}>
              <Tag color="blue">{level.name}</Tag>
              <CompletenessTag completeness={level.completeness} />
              {/* "not found" is already said by the completeness tag */}
              {level.completeness !== 'not_found' && <ProvenanceLabel provenance={level.provenance} sources={sources} />}
              {level.levelPosition === 'inferred' && <Tag variant="outlined">{t('cm.levelInferred')}</Tag>}
            </Space>
            <div>
              {level.summary ? <Typography.Text strong>{level.summary}</Typography.Text> : <Typography.Text type="secondary">{t('cm.noSummary')}</Typography.Text>}
            </div>
            {level.indicators.length > 0 ? (
              <ul style={{ listStyle: 'none', paddingLeft: 0, margin: '4px 0 0' }}>
                {level.indicators.map((indicator) => (
                  <li key={indicator.id} data-testid="cm-indicator">
                    <span aria-hidden>▶ </span>
                    {indicator.text}{' '}
                    {ownLabel(indicator.provenance, levelSources) && <ProvenanceLabel provenance={indicator.provenance} sources={sources} />}
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('cm.noIndicators')}
              </Typography.Text>
            )}
          </div>
        );
      })}
    </div>
  );
}
