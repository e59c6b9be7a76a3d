import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DataSource } from 'typeorm';
import type { AppConfig } from '@cm/contracts';
import { JOB_DISPATCHER, type JobDispatcher } from '@cm/db';
import { AnalysisController } from './analysis/analysis.controller';
import { AnalysisService } from './analysis/analysis.service';
import { AuditController } from './audit/audit.controller';
import { BlueprintController } from './blueprint/blueprint.controller';
import { BlueprintService } from './blueprint/blueprint.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { CandidatesController } from './candidates/candidates.controller';
import { AccessGuard } from './common/access.guard';
import { APP_CONFIG, QUEUE_HEALTH, type QueueHealth } from './common/tokens';
import { CompetencyController } from './competency/competency.controller';
import { HealthController } from './health/health.controller';
import { JobsController } from './jobs/jobs.controller';
import { JobsService } from './jobs/jobs.service';
import { MarkingController } from './marking/marking.controller';
import { MarkingService } from './marking/marking.service';
import { RegradeController } from './results/regrade.controller';
import { RegradeService } from './results/regrade.service';
import { ResultsController } from './results/results.controller';
import { ResultsService } from './results/results.service';
import { OrgUnitsController } from './org-units/org-units.controller';
import { AssetsController } from './question-bank/assets.controller';
import { QuestionBankController } from './question-bank/question-bank.controller';
import { QuestionBankService } from './question-bank/question-bank.service';
import { QuestionExportService } from './question-bank/question-export.service';
import { QuestionInsightsController } from './question-bank/question-insights.controller';
import { QuestionReviewService } from './question-bank/question-review.service';
import { QuestionTransferController } from './question-bank/question-transfer.controller';
import { SyllabusEditController } from './reference/syllabus-edit.controller';
import { EligibilityService } from './session/eligibility.service';
import { FormsReportController } from './session/forms-report.controller';
import { SessionController } from './session/session.controller';
import { SessionService } from './session/session.service';
import { TrainingRecordsController } from './session/training-records.controller';
import { SittingController } from './sitting/sitting.controller';
import { PaperShapeCache } from './sitting/paper-shape.cache';
import { SittingService } from './sitting/sitting.service';
import { EnrolmentService } from './session/enrolment.service';
import { SessionCandidatesService } from './session/session-candidates.service';
import { SessionDashboardController } from './session/session-dashboard.controller';
import { FocusEventsController } from './sitting/focus-events.controller';
import { FocusEventsService } from './sitting/focus-events.service';
import { AnswersController } from './sitting/answers.controller';
import { AnswersService } from './sitting/answers.service';
import { ReferenceController } from './reference/reference.controller';
import { SettingsController } from './settings/settings.controller';
import { UsersImportController } from './users/users-import.controller';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';
import { TRAINING_CONTROLLERS, TRAINING_PROVIDERS } from './training';
import { LEVEL_CONTROLLERS, LEVEL_PROVIDERS } from './decisions';

export interface ApiDeps {
  config: AppConfig;
  dataSource: DataSource;
  dispatcher: JobDispatcher;
  queueHealth: QueueHealth;
}

/** The HTTP API. Infrastructure (database, job delivery) is handed in, so the same module
 * runs in services mode and in the embedded single process. */
@Module({})
export class ApiModule {
  static forRoot(deps: ApiDeps): DynamicModule {
    return {
      module: ApiModule,
      controllers: [
        HealthController, AuthController, UsersImportController, UsersController, OrgUnitsController, ReferenceController,
        SettingsController, CompetencyController, CandidatesController, JobsController, AuditController,
        SyllabusEditController, BlueprintController, SessionController, SessionDashboardController, TrainingRecordsController, SittingController, FocusEventsController, AnswersController, QuestionTransferController, QuestionBankController, QuestionInsightsController, AssetsController,
        MarkingController, ResultsController, RegradeController, FormsReportController,
        AnalysisController,
        ...TRAINING_CONTROLLERS,
        ...LEVEL_CONTROLLERS,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: deps.config },
        { provide: DataSource, useValue: deps.dataSource },
        { provide: JOB_DISPATCHER, useValue: deps.dispatcher },
        { provide: QUEUE_HEALTH, useValue: deps.queueHealth },
        AuthService,
        UsersService,
        JobsService,
        QuestionBankService,
        QuestionReviewService,
        QuestionExportService,
        BlueprintService,
        EligibilityService,
        SessionService,
        SittingService,
        PaperShapeCache,
        MarkingService,
        ResultsService,
        RegradeService,
        EnrolmentService,
        SessionCandidatesService,
        FocusEventsService,
        AnswersService,
        AnalysisService,
        ...TRAINING_PROVIDERS,
        ...LEVEL_PROVIDERS,
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    };
  }
}
