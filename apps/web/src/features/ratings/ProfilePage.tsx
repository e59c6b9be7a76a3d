import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Empty, Skeleton, Space } from 'antd';
import { useCurrentUser } from '../../app/auth/auth-context';
import { useI18n } from '../../app/i18n/i18n';
import { isApiError } from '../../lib/api';
import { useErrorText } from '../../lib/use-error-text';
import { LevelSelect, TrackSelect, UserSelect } from '../competency/pickers';
import { userQueryOptions } from '../users/api';
import { profileQueryOptions } from './api';
import { ProfileView } from './ProfileView';

/** 能力画像: officers pick a candidate (and a track and level); a candidate sees their own.
 * Without a track the server takes the latest campaign's. */
export function ProfilePage({ own }: { own: boolean }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const { errorText } = useErrorText();
  const [params, setParams] = useSearchParams();
  const candidateId = own ? user.id : (params.get('candidateId') ?? '');
  const trackId = params.get('trackId') ?? undefined;
  const levelParam = Number(params.get('targetLevel'));
  const targetLevel = levelParam >= 1 && levelParam <= 4 ? levelParam : undefined;
  const profile = useQuery(profileQueryOptions(candidateId, trackId, targetLevel));
  const candidate = useQuery({ ...userQueryOptions(candidateId), enabled: !own && !!candidateId });
  const name = own ? user.displayName : (candidate.data?.displayName ?? '');

  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };
  // Without a campaign the server needs a track: ask for one instead of showing an error.
  const needsTrack = isApiError(profile.error, 'VALIDATION_FAILED') && profile.error.fieldProblems.some((p) => p.path === 'trackId');

  return (
    <Card title={own ? t('cp.myTitle') : t('cp.title')} data-testid="profile-page">
      <Space wrap style={{ marginBottom: 16 }}>
        {!own && (
          <div style={{ width: 260 }}>
            <UserSelect role="candidate" value={candidateId || undefined} onChange={(id) => set('candidateId', typeof id === 'string' ? id : undefined)} placeholder={t('cp.pickCandidate')} data-testid="profile-candidate" />
          </div>
        )}
        <TrackSelect allowClear value={trackId} onChange={(id) => set('trackId', id)} placeholder={t('cp.latestTrack')} data-testid="profile-track" />
        <LevelSelect allowClear value={targetLevel} onChange={(level) => set('targetLevel', level)} placeholder={t('cp.defaultLevel')} data-testid="profile-level" />
      </Space>
      {!candidateId ? (
        <Empty description={t('cp.pickCandidateHint')} />
      ) : needsTrack ? (
        <Empty description={t('cp.needTrack')} />
      ) : profile.error && !profile.data ? (
        <Alert type="error" showIcon title={t('common.loadFailed', { message: errorText(profile.error) })} action={<Button size="small" onClick={() => void profile.refetch()}>{t('common.retry')}</Button>} />
      ) : profile.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : profile.data ? (
        <ProfileView profile={profile.data} candidateName={name} officer={!own} />
      ) : null}
    </Card>
  );
}
