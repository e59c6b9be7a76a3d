import { CandidateCertificatesController, CertificatesController, CertificateVerifyController } from '../certificates/certificates.controller';
import { CertificatesService } from '../certificates/certificates.service';
import { CompetencyVersionsService } from '../competency/competency-versions.service';
import { CampaignsService } from '../ratings/campaigns.service';
import { CompetencyProfileController } from '../ratings/competency-profile.controller';
import { ProfileService } from '../ratings/profile.service';
import { RatingCampaignsController } from '../ratings/rating-campaigns.controller';
import { RatingsController } from '../ratings/ratings.controller';
import { RatingsService } from '../ratings/ratings.service';
import { AppealsController } from './appeals.controller';
import { AppealsService } from './appeals.service';
import { DecisionPolicyController } from './decision-policy.controller';
import { DecisionsService } from './decisions.service';
import { LevelDecisionsController } from './level-decisions.controller';

/** Ratings, level decisions, appeals, the decision policy and certificates (issue 7), registered
 * in ApiModule. The competency controller itself is registered there already. */
export const LEVEL_CONTROLLERS = [
  RatingCampaignsController, RatingsController, CompetencyProfileController,
  LevelDecisionsController, AppealsController, DecisionPolicyController,
  CertificatesController, CertificateVerifyController, CandidateCertificatesController,
];
export const LEVEL_PROVIDERS = [CompetencyVersionsService, CampaignsService, RatingsService, ProfileService, DecisionsService, AppealsService, CertificatesService];
