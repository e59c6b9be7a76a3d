import { Alert, List, Tag, Typography } from 'antd';
import type { CoverageNeedDto, SyllabusNodeDto } from '@cm/contracts';
import { useI18n } from '../../../app/i18n/i18n';

const LEVELS = ['四级', '三级', '二级', '一级'];

/** The cells the active 比重表 need more questions of, so a trainer sees where to write next. */
export function BlueprintNeeds({ needs, nodes }: { needs: CoverageNeedDto[]; nodes: SyllabusNodeDto[] }) {
  const { t, tOr } = useI18n();
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  if (!needs.length) return <Alert type="success" showIcon message={t('qc.needsNone')} data-testid="coverage-needs-none" style={{ marginBottom: 12 }} />;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="coverage-needs"
      message={t('qc.needsTitle')}
      description={
        <List
          size="small"
          dataSource={needs}
          renderItem={(n) => {
            const node = nodeById.get(n.syllabusNodeId);
            return (
              <List.Item data-testid="coverage-need">
                <Tag>{LEVELS[n.level - 1] ?? n.level}</Tag>
                <Typography.Text code>{node?.code ?? ''}</Typography.Text> {node?.title ?? ''} · {tOr(`qtype.${n.type}`, n.type)}
                {n.requirement ? ` · ${tOr(`requirement.${n.requirement}`, n.requirement)}` : ''}
                {n.difficulty ? ` · ${t('qc.difficulty')} ${n.difficulty}` : ''}:{t('qc.needsCount', { needed: n.needed, available: n.available })}
              </List.Item>
            );
          }}
        />
      }
    />
  );
}
