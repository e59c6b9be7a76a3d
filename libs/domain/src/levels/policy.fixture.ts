import type { DecisionPolicy } from './decision-policy';

/** defaults.yaml's numbers, as version 1 of the policy is built from them (tests only). */
export const DEFAULT_POLICY_FIXTURE: DecisionPolicy = {
  raterWeights: { supervisor: 60, peer: 30, self: 10 },
  disagreementLevels: 2,
  indicatorRule: { numerator: 2, denominator: 3 },
  evidenceRequiredFromLevel: 3,
  examWeight: 40,
  behaviourWeight: 60,
  examPassMark: 60,
  compositeMin: 70,
  maxLevelsBelowStandard: 1,
  minShareAtStandard: 80,
  knowledgePassMark: 60,
  appealWindowDays: 30,
};
