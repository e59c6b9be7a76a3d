import { FormsInfeasible, assembleSessionForms } from '../assembly/session-forms';
import { JobRefusal, type JobHandler } from './processor.types';

/** Assembles every registered candidate's paper ahead of the window (or the fixed forms). */
export const assembleForms: JobHandler<'assemble-forms'> = async ({ payload, ds, progress }) => {
  try {
    return await assembleSessionForms(ds, payload.sessionId, payload.candidateIds, progress);
  } catch (err) {
    if (err instanceof FormsInfeasible) throw new JobRefusal('FORMS_INFEASIBLE', '题库无法满足该场次的比重表,未能组卷', err.details);
    throw err;
  }
};
