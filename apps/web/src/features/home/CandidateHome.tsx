import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Col, Descriptions, Empty, List, Row, Table, Tag } from 'antd';
import type { CandidateLevelDto, TrackDto } from '@cm/contracts';
import { useCurrentUser } from '../../app/auth/auth-context';
import { useLevelLabel } from '../../app/components/labels';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { candidateLevelsQueryOptions } from '../candidates/api';
import { orgUnitsQueryOptions } from '../org-units/api';
import { tracksQueryOptions } from '../syllabus/api';
import { SectionTitle } from './StatCard';

function ProfileCard() {
  const user = useCurrentUser();
  const { t, tOr } = useI18n();
  const levelLabel = useLevelLabel();
  const orgUnits = useQuery(orgUnitsQueryOptions());
  const orgName = orgUnits.data?.find((unit) => unit.id === user.orgUnitId)?.name;
  const notSet = <span style={{ color: '#999' }}>{t('common.notSet')}</span>;
  const { education, hireDate, positionLevel } = user.profile;
  return (
    <Card size="small" title={t('home.candidate.profile')} data-testid="candidate-profile">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('profile.username')}>{user.username}</Descriptions.Item>
        <Descriptions.Item label={t('profile.orgUnit')}>{orgName ?? notSet}</Descriptions.Item>
        <Descriptions.Item label={t('profile.education')}>{education ? tOr(`education.${education}`, education) : notSet}</Descriptions.Item>
        <Descriptions.Item label={t('profile.hireDate')}>{hireDate ?? notSet}</Descriptions.Item>
        <Descriptions.Item label={t('profile.positionLevel')}>{positionLevel ? levelLabel(positionLevel) : notSet}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function LevelsCard({ tracks }: { tracks: TrackDto[] }) {
  const user = useCurrentUser();
  const { t, tOr, formatDate } = useI18n();
  const levels = useQuery(candidateLevelsQueryOptions(user.id));
  const trackName = (id: string) => tracks.find((track) => track.id === id)?.name ?? id;
  return (
    <Card size="small" title={t('home.candidate.levels')} data-testid="candidate-levels">
      <QueryState query={levels}>
        {levels.data?.length === 0 ? (
          <Empty description={t('home.candidate.noLevels')} data-testid="candidate-levels-empty" />
        ) : (
          <Table<CandidateLevelDto>
            size="small"
            pagination={false}
            rowKey={(row) => `${row.trackId}-${row.level}-${row.effectiveAt}`}
            dataSource={levels.data ?? []}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('syllabus.track'), dataIndex: 'trackId', render: (id: string) => trackName(id) },
              { title: t('legacy.level'), dataIndex: 'levelName', render: (name: string) => <Tag color="green">{name}</Tag> },
              { title: t('home.candidate.effectiveAt'), dataIndex: 'effectiveAt', render: (at: string) => formatDate(at) },
              { title: t('home.candidate.levelSource'), dataIndex: 'source', render: (source: string) => tOr(`levelSource.${source}`, source) },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}

export function CandidateHome() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const tracks = useQuery(tracksQueryOptions());
  return (
    <Card data-testid="home-candidate">
      <SectionTitle testId="home-candidate-title">{t('home.candidate.title')}</SectionTitle>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <ProfileCard />
        </Col>
        <Col xs={24} lg={14}>
          <LevelsCard tracks={tracks.data ?? []} />
        </Col>
        <Col span={24}>
          <Card size="small" title={t('home.candidate.tracks')} data-testid="candidate-tracks">
            <QueryState query={tracks}>
              {tracks.data?.length === 0 ? (
                <Empty description={t('home.candidate.noTracks')} />
              ) : (
                <List
                  dataSource={tracks.data ?? []}
                  renderItem={(track) => (
                    <List.Item
                      key={track.id}
                      actions={[
                        <Button key="open" type="link" onClick={() => void navigate(`/syllabus?track=${track.id}`)}>
                          {t('home.candidate.viewSyllabus')}
                        </Button>,
                      ]}
                    >
                      <List.Item.Meta title={track.name} description={track.levels.map((level) => level.name).join(' · ')} />
                    </List.Item>
                  )}
                />
              )}
            </QueryState>
          </Card>
        </Col>
      </Row>
    </Card>
  );
}
