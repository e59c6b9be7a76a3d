import type { ReactNode } from 'react';
import { Alert, Button, Skeleton } from 'antd';
import { useI18n } from '../i18n/i18n';
import { useErrorText } from '../../lib/use-error-text';

interface QueryLike {
  isPending: boolean;
  data: unknown;
  error: Error | null;
  refetch: () => Promise<unknown>;
}

/** Skeleton while the first load runs, an error with a retry button if it failed, else children. */
export function QueryState({ query, children, rows = 4 }: { query: QueryLike; children: ReactNode; rows?: number }) {
  const { t } = useI18n();
  const { errorText } = useErrorText();
  if (query.error && query.data === undefined) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('common.loadFailed', { message: errorText(query.error) })}
        action={
          <Button size="small" onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  if (query.isPending) return <Skeleton active paragraph={{ rows }} />;
  return <>{children}</>;
}
