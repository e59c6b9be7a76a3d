import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Col, Row, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { CompetencyProfileDto, ProfileItemDto } from '@cm/contracts';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { useScaleName } from '../competency/labels';
import { ProfileChart, type ProfileChartOption } from './ProfileChart';
import { formatRating, GAP_COLOR, gapSummary, isGap, itemsByCategory } from './profile-format';
import { ProfileSheet } from './ProfileSheet';

type View = 'radar' | 'bar' | 'table';

/** The competency profile: the 18 items' rating against the standard of the target level as a
 * radar (grouped by category, gaps in red), a bar chart and a table; the gaps with the syllabus
 * chapters to train; and the printable 评估打分 sheet. */
export function ProfileView({ profile, candidateName, officer }: { profile: CompetencyProfileDto; candidateName: string; officer: boolean }) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  const scaleName = useScaleName();
  const [view, setView] = useState<View>('radar');
  const [printing, setPrinting] = useState(false);
  const groups = useMemo(() => itemsByCategory(profile), [profile]);
  const ordered = useMemo(() => groups.flatMap((group) => group.items.map((item) => ({ item, color: group.color }))), [groups]);
  const summary = gapSummary(profile);
  const gaps = profile.items.filter(isGap);
  const ratingName = t('cp.series.rating');
  const standardName = t('cp.series.standard', { level: levelLabel(profile.targetLevel) });

  const radar = useMemo<ProfileChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, data: [ratingName, standardName] },
      radar: {
        radius: '66%',
        center: ['50%', '48%'],
        indicator: ordered.map(({ item, color }) => ({ name: isGap(item) ? `${item.name} ▼` : item.name, max: 4, min: 0, color: isGap(item) ? GAP_COLOR : color })),
        axisName: { fontSize: 12 },
        splitNumber: 4,
      },
      series: [
        {
          type: 'radar',
          data: [
            { value: ordered.map(({ item }) => item.standard), name: standardName, lineStyle: { type: 'dashed', color: '#8c8c8c' }, itemStyle: { color: '#8c8c8c' }, areaStyle: { opacity: 0.05 } },
            { value: ordered.map(({ item }) => item.rating ?? 0), name: ratingName, lineStyle: { color: '#1f5fbf', width: 2 }, itemStyle: { color: '#1f5fbf' }, areaStyle: { opacity: 0.2, color: '#1f5fbf' } },
          ],
        },
      ],
    }),
    [ordered, ratingName, standardName],
  );

  const bar = useMemo<ProfileChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, data: [ratingName, standardName] },
      grid: { left: 40, right: 16, top: 24, bottom: 110 },
      xAxis: { type: 'category', data: ordered.map(({ item }) => item.name), axisLabel: { interval: 0, rotate: 40, fontSize: 11 } },
      yAxis: { type: 'value', min: 0, max: 4, interval: 1 },
      series: [
        { type: 'bar', name: standardName, data: ordered.map(({ item }) => item.standard), itemStyle: { color: '#bfbfbf' }, barMaxWidth: 18 },
        {
          type: 'bar',
          name: ratingName,
          data: ordered.map(({ item }) => ({ value: item.rating ?? 0, itemStyle: { color: isGap(item) ? GAP_COLOR : '#1f5fbf' } })),
          barMaxWidth: 18,
          itemStyle: { color: '#1f5fbf' },
        },
      ],
    }),
    [ordered, ratingName, standardName],
  );

  const aria = t('cp.aria', {
    summary: ordered.map(({ item }) => t('cp.ariaItem', { name: item.name, rating: formatRating(item.rating), standard: item.standard })).join(t('common.listSeparator')),
  });

  const basisText = (item: ProfileItemDto) => {
    const base = t(`cp.basis.${item.basis}`);
    return item.standardScore !== undefined && item.standardScore !== null ? `${base}（${t('cp.standardScore', { score: item.standardScore })}）` : base;
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="profile-view">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('cp.behaviouralIndex')} value={profile.behaviouralIndex ?? '—'} precision={profile.behaviouralIndex === null ? undefined : 1} data-testid="profile-b" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('cp.examScore')} value={profile.examScore ?? '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('cp.belowStandard')} value={summary.below} valueStyle={summary.below ? { color: GAP_COLOR } : undefined} data-testid="profile-below" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('cp.unrated')} value={summary.unrated} />
          </Card>
        </Col>
      </Row>
      {!profile.campaignId && <Alert type="info" showIcon title={t('cp.noCampaign')} />}
      <Card
        size="small"
        title={t('cp.chartTitle', { level: levelLabel(profile.targetLevel), version: profile.model.version })}
        extra={
          <Space wrap>
            <Segmented<View>
              value={view}
              onChange={setView}
              data-testid="profile-view-switch"
              options={[
                { value: 'radar', label: t('cp.view.radar') },
                { value: 'bar', label: t('cp.view.bar') },
                { value: 'table', label: t('cp.view.table') },
              ]}
            />
            <Button onClick={() => setPrinting(true)} data-testid="profile-print">
              {t('cp.print')}
            </Button>
          </Space>
        }
      >
        {view !== 'table' && (
          <Space wrap size={4} style={{ marginBottom: 8 }}>
            {groups.map((group) => (
              <Tag key={group.category} color={group.color}>
                {group.category || t('cp.noCategory')}
              </Tag>
            ))}
            <Tag color={GAP_COLOR}>▼ {t('cp.gapLegend')}</Tag>
          </Space>
        )}
        {view === 'radar' && <ProfileChart option={radar} ariaLabel={aria} height={480} data-testid="profile-radar" />}
        {view === 'bar' && <ProfileChart option={bar} ariaLabel={aria} height={380} data-testid="profile-bar" />}
        {view === 'table' && (
          <Table<ProfileItemDto>
            rowKey="itemId"
            size="small"
            pagination={false}
            dataSource={ordered.map(({ item }) => item)}
            data-testid="profile-table"
            scroll={{ x: 800 }}
            rowClassName={(item) => (isGap(item) ? 'profile-gap-row' : '')}
            columns={[
              { title: t('cm.col.category'), dataIndex: 'category', width: 110 },
              { title: t('cm.col.item'), dataIndex: 'name', width: 130 },
              { title: t('cp.col.rating'), dataIndex: 'rating', width: 80, align: 'center', render: (r: number | null, item) => <Typography.Text type={isGap(item) ? 'danger' : undefined}>{formatRating(r)}</Typography.Text> },
              { title: t('cp.col.standard'), dataIndex: 'standard', width: 90, align: 'center', render: (s: number) => `${s} ${scaleName(s)}` },
              { title: t('cp.col.gap'), dataIndex: 'gap', width: 70, align: 'center', render: (g: number | null, item) => (g === null ? '—' : <Typography.Text type={isGap(item) ? 'danger' : undefined}>{g > 0 ? `+${formatRating(g)}` : formatRating(g)}</Typography.Text>) },
              { title: t('cp.col.basis'), key: 'basis', render: (_v, item) => basisText(item) },
              ...(officer
                ? [
                    { title: t('rt.relation.supervisor'), key: 'sup', width: 60, align: 'center' as const, render: (_v: unknown, item: ProfileItemDto) => formatRating(item.byRelation?.supervisor) },
                    { title: t('rt.relation.peer'), key: 'peer', width: 60, align: 'center' as const, render: (_v: unknown, item: ProfileItemDto) => formatRating(item.byRelation?.peer) },
                    { title: t('rc.col.disagreement'), key: 'flag', width: 70, render: (_v: unknown, item: ProfileItemDto) => (item.disagreement ? <Tag color="red">{t('rc.flag')}</Tag> : null) },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <Card size="small" title={t('cp.gapsTitle')} data-testid="profile-gaps">
        {gaps.length === 0 ? (
          <Typography.Text type="success">{t('cp.noGaps')}</Typography.Text>
        ) : (
          <Table<ProfileItemDto>
            rowKey="itemId"
            size="small"
            pagination={false}
            dataSource={gaps}
            columns={[
              { title: t('cm.col.item'), dataIndex: 'name', width: 140, render: (name: string, item) => <span data-testid="profile-gap" data-item-code={item.code}>{name}</span> },
              { title: t('cp.col.rating'), dataIndex: 'rating', width: 80, align: 'center', render: (r: number | null) => formatRating(r) },
              { title: t('cp.col.standard'), dataIndex: 'standard', width: 90, align: 'center', render: (s: number) => `${s} ${scaleName(s)}` },
              {
                title: t('cp.col.train'),
                key: 'train',
                render: (_v, item) =>
                  item.trainingChapters.length ? (
                    <Space wrap size={4}>
                      {item.trainingChapters.map((chapter) =>
                        officer ? (
                          <Tag key={chapter.id} color="geekblue" data-testid="profile-chapter">{`${chapter.code} ${chapter.title}`}</Tag>
                        ) : (
                          // The candidate practises these chapters in the learning centre.
                          <Link key={chapter.id} to={`/training/practice?trackId=${profile.trackId}&level=${profile.targetLevel}`} data-testid="profile-chapter">
                            <Tag color="geekblue">{`${chapter.code} ${chapter.title}`}</Tag>
                          </Link>
                        ),
                      )}
                    </Space>
                  ) : item.assessment === 'rating' ? (
                    <Typography.Text type="secondary">{t('cp.trainBehaviour')}</Typography.Text>
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ),
              },
            ]}
          />
        )}
      </Card>
      {printing && <ProfileSheet profile={profile} candidateName={candidateName} officer={officer} onDone={() => setPrinting(false)} />}
    </Space>
  );
}
