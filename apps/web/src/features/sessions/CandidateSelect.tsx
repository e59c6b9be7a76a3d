import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { UserDto } from '@cm/contracts';
import { useI18n } from '../../app/i18n/i18n';
import { candidateSearchQueryOptions } from './api';

interface Props {
  value?: string;
  onChange?: (id: string | undefined, user: UserDto | undefined) => void;
  'data-testid'?: string;
}

/** Searches active candidates (`GET /api/users?role=candidate&q=`) as the officer types. */
export function CandidateSelect({ value, onChange, 'data-testid': dataTestId }: Props) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setQ(typed.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [typed]);
  const users = useQuery(candidateSearchQueryOptions(q));
  const items = users.data?.items ?? [];
  return (
    <Select<string>
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      placeholder={t('sessions.enrol.search')}
      loading={users.isFetching}
      style={{ width: '100%' }}
      data-testid={dataTestId}
      options={items.map((user) => ({ value: user.id, label: `${user.displayName}（${user.username}）` }))}
      onChange={(id) => onChange?.(id, items.find((user) => user.id === id))}
    />
  );
}
