import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Card, Empty, Input, Select, Space } from 'antd';
import { useAuth } from '../../app/auth/auth-context';
import { QueryState } from '../../app/components/QueryState';
import { useI18n } from '../../app/i18n/i18n';
import { tracksQueryOptions } from './api';
import { SyllabusTree } from './SyllabusTree';

/** Everyone reads the syllabus of a track; trainers and admins also edit it here. */
export function SyllabusPage() {
  const { t } = useI18n();
  const { hasAnyRole } = useAuth();
  const tracks = useQuery(tracksQueryOptions());
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState('');
  const trackId = params.get('track');
  const track = tracks.data?.find((candidate) => candidate.id === trackId) ?? tracks.data?.[0];
  const editable = hasAnyRole(['trainer', 'admin']);

  return (
    <Card title={t(editable ? 'syllabusEdit.pageTitle' : 'syllabus.title')} data-testid="syllabus-page">
      <QueryState query={tracks}>
        {!track ? (
          <Empty description={t('syllabus.noTracks')} />
        ) : (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle">
            <div className="page-toolbar" style={{ marginBottom: 0 }}>
              <Space wrap>
                <span>{t('syllabus.track')}</span>
                <Select
                  value={track.id}
                  style={{ minWidth: 220 }}
                  onChange={(id: string) => setParams({ track: id }, { replace: true })}
                  options={(tracks.data ?? []).map((item) => ({ value: item.id, label: item.name }))}
                  data-testid="syllabus-track"
                />
              </Space>
              <Input.Search
                allowClear
                placeholder={t('syllabus.filter')}
                onSearch={setFilter}
                style={{ maxWidth: 280 }}
                data-testid="syllabus-filter"
              />
            </div>
            <SyllabusTree key={track.id} track={track} filter={filter} editable={editable} />
          </Space>
        )}
      </QueryState>
    </Card>
  );
}
