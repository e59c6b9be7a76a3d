import type { ReactNode } from 'react';
import { Card, Col, Row, Statistic } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';

export interface Stat {
  key: string;
  title: string;
  query: UseQueryResult<number>;
}

/** A row of counts; each card loads on its own and shows “—” if its request fails. */
export function StatRow({ stats }: { stats: Stat[] }) {
  return (
    <Row gutter={[16, 16]}>
      {stats.map(({ key, title, query }) => (
        <Col key={key} xs={12} md={12} lg={6}>
          <Card size="small">
            <div data-testid={`stat-${key}`}>
              <Statistic title={title} value={query.isError ? '—' : (query.data ?? 0)} loading={query.isPending} />
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function SectionTitle({ testId, children }: { testId: string; children: ReactNode }) {
  return (
    <h2 className="home-section-title" data-testid={testId}>
      {children}
    </h2>
  );
}
