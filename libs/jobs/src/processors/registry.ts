import { JOB_PAYLOADS, type JobName } from '@cm/contracts';
import { assembleForms } from './assemble-forms.processor';
import { gradeAttempt } from './grade-attempt.processor';
import { importQuestions } from './import-questions.processor';
import { importUsers } from './import-users.processor';
import { submitOverdue } from './submit-overdue.processor';
import { noopProbe } from './noop-probe.processor';
import { regradePreview } from './regrade-preview.processor';
import { recommendSessionJob } from './recommend-session.processor';
import type { ProcessorRegistry } from './processor.types';

/** Every job name has exactly one handler; the type makes a missing one a compile error and
 * `assertRegistryComplete` checks it again at start-up. */
export const PROCESSORS: ProcessorRegistry = {
  'import-users': importUsers,
  'import-questions': importQuestions,
  'assemble-forms': assembleForms,
  'submit-overdue': submitOverdue,
  'grade-attempt': gradeAttempt,
  'regrade-preview': regradePreview,
  'recommend-session': recommendSessionJob,
  'noop-probe': noopProbe,
};

export function assertRegistryComplete(registry: Record<string, unknown> = PROCESSORS): void {
  const missing = (Object.keys(JOB_PAYLOADS) as JobName[]).filter((n) => typeof registry[n] !== 'function');
  if (missing.length) throw new Error(`No processor for job(s): ${missing.join(', ')}`);
}
