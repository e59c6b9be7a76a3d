import { CandidateTrainingController } from './candidate-training.controller';
import { ClassProgressService } from './class-progress.service';
import { CoursesService } from './courses.service';
import { LearningCentreService } from './learning-centre.service';
import { MockExamService } from './mock-exam.service';
import { PracticeService } from './practice.service';
import { SelfStudyService } from './self-study.service';
import { TrainingHoursController } from './training-hours.controller';
import { WrongBookService } from './wrong-book.service';

/** Training mode's routes and services, registered in ApiModule. */
export const TRAINING_CONTROLLERS = [CandidateTrainingController, TrainingHoursController];
export const TRAINING_PROVIDERS = [LearningCentreService, PracticeService, MockExamService, WrongBookService, CoursesService, SelfStudyService, ClassProgressService];
