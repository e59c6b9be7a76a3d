import {
  aggregateItem, buildProfile, type CompetencyProfile, type DecisionPolicy, type ItemAggregate, type KnowledgeBasis, knowledgeItemRating,
  type LevelRecommendation, recommendLevel,
} from '@cm/domain';
import type { CandidateFacts } from './candidate-facts';
import { type ModelFacts, standardOf } from './competency-model-facts';

export interface AssessedItem {
  itemId: string;
  code: string;
  name: string;
  category: string;
  assessment: 'rating' | 'exam';
  standard: number;
  rating: number | null;
  basis: 'ratings' | KnowledgeBasis;
  standardScore: number | null;
  aggregate: ItemAggregate | null;
}

export interface CandidateAssessment {
  targetLevel: number;
  model: ModelFacts;
  items: AssessedItem[];
  profile: CompetencyProfile;
  recommendation: LevelRecommendation;
}

/** Pure: turns a candidate's facts into the profile and the recommendation for a level, under
 * one model version and one policy version. The model is the campaign's (its items are what
 * the raters rated), else the active one. */
export function assessCandidate(facts: CandidateFacts, model: ModelFacts, targetLevel: number, policy: DecisionPolicy): CandidateAssessment {
  const items: AssessedItem[] = model.items.map((it) => {
    const standard = standardOf(model, targetLevel, it.id);
    const base = { itemId: it.id, code: it.code, name: it.name, category: it.category, assessment: it.assessment, standard };
    if (it.assessment === 'exam') {
      const standardScore = facts.exam?.knowledgeByCode.get(it.code) ?? null;
      const k = knowledgeItemRating({ standardScore, targetLevel, heldLevel: facts.heldLevel, passMark: policy.knowledgePassMark });
      return { ...base, rating: k.rating, basis: k.basis, standardScore, aggregate: null };
    }
    const aggregate = aggregateItem(facts.ratings.get(it.id) ?? [], policy.raterWeights, policy.disagreementLevels);
    return { ...base, rating: aggregate.rating, basis: aggregate.rating === null ? 'none' : 'ratings', standardScore: null, aggregate };
  });
  const profile = buildProfile(items.map((i) => ({ itemId: i.itemId, code: i.code, assessment: i.assessment, standard: i.standard, rating: i.rating })), policy.maxLevelsBelowStandard);
  const recommendation = recommendLevel(
    {
      level: targetLevel,
      exam: facts.exam ? { score: facts.exam.score } : null,
      ratings: facts.campaign ? { supervisorSubmitted: facts.campaign.supervisorSubmitted, submitted: facts.campaign.submitted, total: facts.campaign.total } : null,
      items: items.filter((i) => i.assessment === 'rating').map((i) => ({ itemId: i.itemId, code: i.code, name: i.name, standard: i.standard, rating: i.rating })),
    },
    policy,
  );
  return { targetLevel, model, items, profile, recommendation };
}
