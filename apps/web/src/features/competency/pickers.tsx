import { type CSSProperties, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { Role, UserDto } from '@cm/contracts';
import { useLevelLabel } from '../../app/components/labels';
import { useI18n } from '../../app/i18n/i18n';
import { tracksQueryOptions } from '../syllabus/api';
import { userListQueryOptions } from '../users/api';

interface ValueProps<T> {
  value?: T;
  onChange?: (value: T) => void;
  'data-testid'?: string;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
}

/** 认证序列 (GET /api/tracks). */
export function TrackSelect({ value, onChange, 'data-testid': testId, allowClear, placeholder, style }: ValueProps<string>) {
  const { t } = useI18n();
  const tracks = useQuery(tracksQueryOptions());
  return (
    <Select<string>
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      loading={tracks.isPending}
      placeholder={placeholder ?? t('lv.pickTrack')}
      style={{ minWidth: 180, ...style }}
      data-testid={testId}
      options={(tracks.data ?? []).map((track) => ({ value: track.id, label: track.name }))}
    />
  );
}

/** 四级 … 一级 (levels 1..4). */
export function LevelSelect({ value, onChange, 'data-testid': testId, allowClear, placeholder, style }: ValueProps<number>) {
  const { t } = useI18n();
  const levelLabel = useLevelLabel();
  return (
    <Select<number>
      value={value}
      onChange={onChange}
      allowClear={allowClear}
      placeholder={placeholder ?? t('lv.pickLevel')}
      style={{ minWidth: 110, ...style }}
      data-testid={testId}
      options={[1, 2, 3, 4].map((level) => ({ value: level, label: levelLabel(level) }))}
    />
  );
}

function useDebounced(text: string, ms = 300): string {
  const [value, setValue] = useState(text);
  useEffect(() => {
    const timer = window.setTimeout(() => setValue(text.trim()), ms);
    return () => window.clearTimeout(timer);
  }, [text, ms]);
  return value;
}

const userLabel = (user: UserDto) => `${user.displayName}（${user.username}）`;

interface UserSelectProps {
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  /** only users holding this role (candidates for the person rated); any active user otherwise */
  role?: Role;
  multiple?: boolean;
  exclude?: readonly string[];
  placeholder?: string;
  'data-testid'?: string;
}

/** Searches active users by name or username as the officer types (GET /api/users?q=). Chosen
 * users keep their labels while the search changes. */
export function UserSelect({ value, onChange, role, multiple, exclude = [], placeholder, 'data-testid': testId }: UserSelectProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed);
  const users = useQuery(userListQueryOptions({ role, q: q || undefined, active: 'true', page: 1, pageSize: 20 }));
  const [known, setKnown] = useState<Record<string, string>>({});
  const items = (users.data?.items ?? []).filter((user) => !exclude.includes(user.id));
  useEffect(() => {
    if (!users.data) return;
    setKnown((prev) => ({ ...prev, ...Object.fromEntries(users.data.items.map((user) => [user.id, userLabel(user)])) }));
  }, [users.data]);
  const chosen = (Array.isArray(value) ? value : value ? [value] : []).filter((id) => !items.some((user) => user.id === id));
  return (
    <Select<string | string[]>
      mode={multiple ? 'multiple' : undefined}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      allowClear
      value={value}
      placeholder={placeholder ?? t('lv.searchUser')}
      loading={users.isFetching}
      style={{ width: '100%' }}
      data-testid={testId}
      notFoundContent={users.isFetching ? t('common.loading') : t('lv.noUser')}
      options={[
        ...chosen.map((id) => ({ value: id, label: known[id] ?? id })),
        ...items.map((user) => ({ value: user.id, label: userLabel(user) })),
      ]}
      onChange={(next) => onChange?.(next)}
      onBlur={() => setTyped('')}
    />
  );
}
