import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Button } from 'antd';
import { useI18n } from '../../app/i18n/i18n';
import { attemptResultQueryOptions } from './api';

/** 查看成绩 on 我的考试, once the attempt is graded and its session published. */
export function ResultLink({ attemptId }: { attemptId: string }) {
  const { t } = useI18n();
  const attempt = useQuery(attemptResultQueryOptions(attemptId));
  if (attempt.data?.status !== 'graded' || !attempt.data.published) return null;
  return (
    <Link to={`/my-exams/attempts/${attemptId}/result`}>
      <Button data-testid="my-exam-result">{t('results.my.view')}</Button>
    </Link>
  );
}
