import { useQueries, useQuery } from '@tanstack/react-query';
import type { SyllabusNodeDto } from '@cm/contracts';
import { useNavigate } from 'react-router-dom';
import { Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { syllabusQueryOptions, tracksQueryOptions } from '../syllabus/api';
import { countByKind } from '../syllabus/tree';
import { SectionTitle } from './StatCard';

export function TrainerHome() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const tracks = useQuery(tracksQueryOptions());
  const syllabi = useQueries({
    queries: (tracks.data ?? []).map((track) => ({ ...syllabusQueryOptions(track.id), select: (data: { nodes: SyllabusNodeDto[] }) => countByKind(data.nodes) })),
  });

  return (
    <Card data-testid="home-trainer">
      <SectionTitle testId="home-trainer-title">{t('home.trainer.title')}</SectionTitle>
      <Typography.Paragraph type="secondary">{t('home.trainer.hint')}</Typography.Paragraph>
      <QueryState query={tracks}>
        {tracks.data?.length === 0 ? (
          <Empty description={t('syllabus.noTracks')} />
        ) : (
          <List
            dataSource={tracks.data ?? []}
            renderItem={(track, index) => {
              const counts = syllabi[index]?.data;
              return (
                <List.Item
                  key={track.id}
                  actions={[
                    <Button key="open" type="link" onClick={() => void navigate(`/syllabus?track=${track.id}`)}>
                      {t('nav.syllabus')}
                    </Button>,
                  ]}
                >
                  <List.Item.Meta
                    title={track.name}
                    description={
                      <Space wrap size={4}>
                        <Tag>{track.code}</Tag>
                        {counts && (
                          <>
                            <Tag color="blue">
                              {t('home.stat.chapters')} {counts.chapter}
                            </Tag>
                            <Tag color="geekblue">
                              {t('home.stat.points')} {counts.point}
                            </Tag>
                          </>
                        )}
                      </Space>
                    }
                  />
                </List.Item>
              );
            }}
          />
        )}
      </QueryState>
    </Card>
  );
}
