import { useEffect, useState } from 'react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useI18n } from '../../../app/i18n/i18n';
import { richTextToPlain } from '../../../lib/rich-text';
import { questionListQueryOptions, questionQueryOptions } from '../api';

const excerpt = (code: string, stem: string) => {
  const text = richTextToPlain(stem);
  return `${code} · ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
};

/** Enemy questions (never on the same paper): search the track's bank by text and pick. */
export function EnemyPicker({
  value = [],
  onChange,
  trackId,
  excludeId,
  id,
}: {
  value?: string[];
  onChange?: (ids: string[]) => void;
  trackId: string | undefined;
  excludeId?: string;
  id?: string;
}) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearch(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const results = useQuery({
    ...questionListQueryOptions({ trackId, q: search || undefined, page: 1, pageSize: 20, sort: '-updatedAt' }),
    enabled: Boolean(trackId),
  });
  const picked = useQueries({ queries: value.map((questionId) => ({ ...questionQueryOptions(questionId), staleTime: 5 * 60_000 })) });

  const labels = new Map<string, string>();
  picked.forEach((query, index) => {
    const questionId = value[index];
    if (questionId && query.data) labels.set(questionId, excerpt(query.data.syllabusCode, query.data.stem));
  });
  for (const item of results.data?.items ?? []) labels.set(item.id, excerpt(item.syllabusCode, item.stem));

  const options = [...new Set([...value, ...(results.data?.items ?? []).map((item) => item.id)])]
    .filter((questionId) => questionId !== excludeId)
    .map((questionId) => ({ value: questionId, label: labels.get(questionId) ?? t('common.loading') }));

  return (
    <Select
      id={id}
      mode="multiple"
      allowClear
      value={value}
      onChange={(ids: string[]) => onChange?.(ids)}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={results.isFetching}
      options={options}
      placeholder={t('qe.enemySearch')}
      notFoundContent={results.isFetching ? t('common.loading') : t('qe.enemyNone')}
      disabled={!trackId}
      data-testid="qe-enemies"
    />
  );
}
