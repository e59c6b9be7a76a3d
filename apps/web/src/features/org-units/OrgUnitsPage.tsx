import { useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Space, Tag, Tree, Typography } from 'antd';
import type { OrgUnitDto } from '@cm/contracts';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { orgUnitsQueryOptions, type OrgUnitKind } from './api';
import { CreateOrgUnitModal } from './CreateOrgUnitModal';
import { buildOrgTree, type OrgTreeNode } from './tree';

interface TreeItem {
  key: string;
  title: ReactNode;
  children: TreeItem[];
}

const KIND_COLORS: Record<OrgUnitKind, string> = { province: 'red', city: 'blue', county: 'green' };

export function OrgUnitsPage() {
  const { t } = useI18n();
  const units = useQuery(orgUnitsQueryOptions());
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creatingUnder, setCreatingUnder] = useState<OrgUnitDto | null | undefined>(undefined);
  const selected = units.data?.find((unit) => unit.id === selectedId) ?? null;

  const treeData = useMemo(() => {
    const convert = (nodes: OrgTreeNode[]): TreeItem[] =>
      nodes.map(({ unit, children }) => ({
        key: unit.id,
        title: (
          <span data-testid="org-unit-node">
            {unit.name}{' '}
            <Tag color={KIND_COLORS[unit.kind]} style={{ marginInlineStart: 4 }}>
              {t(`orgUnits.kind.${unit.kind}`)}
            </Tag>
          </span>
        ),
        children: convert(children),
      }));
    return convert(buildOrgTree(units.data ?? []));
  }, [units.data, t]);

  return (
    <Card
      title={t('orgUnits.title')}
      data-testid="org-units-page"
      extra={
        <Button type="primary" onClick={() => setCreatingUnder(null)} data-testid="org-unit-add-root">
          {t('orgUnits.addRoot')}
        </Button>
      }
    >
      <QueryState query={units} rows={8}>
        <div className="page-toolbar">
          <Typography.Text type="secondary" className="grow">
            {selected ? t('orgUnits.selected', { name: selected.name }) : t('orgUnits.selectHint')}
          </Typography.Text>
          <Button
            disabled={!selected || selected.kind === 'county'}
            onClick={() => setCreatingUnder(selected)}
            data-testid="org-unit-add-child"
          >
            {t('orgUnits.addChild')}
          </Button>
        </div>
        {treeData.length === 0 ? (
          <Empty description={t('orgUnits.empty')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Tree<TreeItem>
              key={units.dataUpdatedAt}
              treeData={treeData}
              defaultExpandAll
              blockNode
              selectedKeys={selectedId ? [selectedId] : []}
              onSelect={(keys) => setSelectedId(keys.length > 0 ? String(keys[0]) : null)}
              data-testid="org-unit-tree"
            />
          </Space>
        )}
      </QueryState>
      <CreateOrgUnitModal parent={creatingUnder} onClose={() => setCreatingUnder(undefined)} />
    </Card>
  );
}
