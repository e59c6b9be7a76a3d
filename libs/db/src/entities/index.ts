import { AuditEventEntity } from './audit-event.entity';
import { AuthSessionEntity, LoginFailureEntity } from './auth-session.entity';
import { CandidateLevelEntity, TrainingRecordEntity } from './candidate-level.entity';
import { CompetencyItemEntity, CompetencyModelEntity, CompetencyStandardEntity } from './competency.entity';
import { JobEntity, UploadEntity } from './job.entity';
import { AppealEntity, CertificateEntity, DecisionPolicyEntity, LevelDecisionEntity } from './level-decision.entity';
import { OrgUnitEntity } from './org-unit.entity';
import { AssetEntity, QuestionEntity, QuestionVersionEntity } from './question.entity';
import { RatingCampaignEntity, RatingEntity, RatingItemEntity } from './rating.entity';
import { SettingEntity } from './setting.entity';
import { SyllabusNodeEntity, TrackEntity } from './track.entity';
import { UserEntity } from './user.entity';

export * from './audit-event.entity';
export * from './auth-session.entity';
export * from './candidate-level.entity';
export * from './competency.entity';
export * from './job.entity';
export * from './level-decision.entity';
export * from './org-unit.entity';
export * from './question.entity';
export * from './rating.entity';
export * from './setting.entity';
export * from './track.entity';
export * from './user.entity';

export const ENTITIES = [
  AuditEventEntity, AuthSessionEntity, LoginFailureEntity, CandidateLevelEntity, TrainingRecordEntity,
  CompetencyItemEntity, CompetencyModelEntity, CompetencyStandardEntity, JobEntity, UploadEntity,
  AssetEntity, OrgUnitEntity, QuestionEntity, QuestionVersionEntity, SettingEntity, SyllabusNodeEntity, TrackEntity, UserEntity,
  RatingCampaignEntity, RatingEntity, RatingItemEntity, DecisionPolicyEntity, LevelDecisionEntity, AppealEntity, CertificateEntity,
];
