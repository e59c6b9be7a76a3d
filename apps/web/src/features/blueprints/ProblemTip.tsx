import type { ReactNode } from 'react';
import { Tooltip, Typography } from 'antd';

/** Wraps a cell whose value breaks a rule: a red outline and the rule's message on hover. */
export function ProblemTip({ messages, testId, children }: { messages: readonly string[] | undefined; testId: string; children: ReactNode }) {
  if (!messages?.length) return <>{children}</>;
  const text = messages.join('；');
  return (
    <Tooltip title={text}>
      <span
        data-testid={`${testId}-problem`}
        data-problem={text}
        style={{ display: 'inline-block', borderRadius: 6, boxShadow: '0 0 0 1px #ff4d4f' }}
      >
        {children}
      </span>
    </Tooltip>
  );
}

/** A computed figure (a sum) with the problem of the whole group shown beside it in red. */
export function SumWithProblem({ value, messages, testId }: { value: ReactNode; messages: readonly string[] | undefined; testId: string }) {
  const text = messages?.join('；');
  return (
    <Tooltip title={text}>
      <Typography.Text strong type={text ? 'danger' : undefined} data-testid={testId} data-problem={text ?? ''}>
        {value}
      </Typography.Text>
    </Tooltip>
  );
}

/** Whether an antd input should show its error state. */
export const statusOf = (messages: readonly string[] | undefined): 'error' | undefined => (messages?.length ? 'error' : undefined);
