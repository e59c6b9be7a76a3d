import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { learningCentreQueryOptions } from './api';

/** The track and level being trained for, kept in the URL (?trackId=&level=); without them
 * the server picks the candidate's target (one above the highest level held). */
export function useTrainingTarget() {
  const [params, setParams] = useSearchParams();
  const trackId = params.get('trackId') ?? undefined;
  const levelParam = Number(params.get('level'));
  const level = levelParam >= 1 && levelParam <= 4 ? levelParam : undefined;
  const centre = useQuery(learningCentreQueryOptions(trackId, level));
  const select = (nextTrack: string, nextLevel: number | undefined) => {
    const next = new URLSearchParams(params);
    next.set('trackId', nextTrack);
    if (nextLevel) next.set('level', String(nextLevel));
    else next.delete('level');
    setParams(next, { replace: true });
  };
  return { centre, trackId: centre.data?.trackId ?? trackId, level: centre.data?.level ?? level, select };
}
