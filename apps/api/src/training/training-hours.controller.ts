import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  addAttendeesSchema, classProgressQuerySchema, trainingCandidatesQuerySchema, createCourseSchema, listCoursesQuerySchema, listSelfStudyQuerySchema, parseOrThrow, rejectSelfStudySchema, selfStudySchema,
} from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { ClassProgressService } from './class-progress.service';
import { CoursesService } from './courses.service';
import { SelfStudyService } from './self-study.service';

/** Training hours (courses with attendance, confirmed self-study) and the trainer's class view. */
@ApiTags('training')
@Controller('api/training')
export class TrainingHoursController {
  constructor(
    private readonly courses: CoursesService,
    private readonly selfStudy: SelfStudyService,
    private readonly progress: ClassProgressService,
  ) {}

  @Post('courses')
  @Roles('trainer', 'officer')
  @ApiZodBody(createCourseSchema)
  createCourse(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.courses.create(actor, parseOrThrow(createCourseSchema, body));
  }

  @Get('courses')
  @Roles('trainer', 'officer')
  @ApiZodQuery(listCoursesQuerySchema)
  listCourses(@Query() query: unknown) {
    return this.courses.list(parseOrThrow(listCoursesQuerySchema, query));
  }

  @Get('courses/:id')
  @Roles('trainer', 'officer')
  getCourse(@Param('id', ParseUUIDPipe) id: string) {
    return this.courses.get(id);
  }

  @Post('courses/:id/attendees')
  @HttpCode(200)
  @Roles('trainer', 'officer')
  @ApiZodBody(addAttendeesSchema)
  addAttendees(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.courses.addAttendees(actor, id, parseOrThrow(addAttendeesSchema, body).attendeeIds);
  }

  /** Trainers may not list users; this finds candidates to sign in, by name or org unit. */
  @Get('candidates')
  @Roles('trainer', 'officer')
  @ApiZodQuery(trainingCandidatesQuerySchema)
  candidates(@Query() query: unknown) {
    return this.courses.searchCandidates(parseOrThrow(trainingCandidatesQuerySchema, query));
  }

  @Post('self-study')
  @Roles('candidate')
  @ApiZodBody(selfStudySchema)
  submitSelfStudy(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.selfStudy.submit(user, parseOrThrow(selfStudySchema, body));
  }

  /** Trainers and officers: every claim (filter by status or candidate); a candidate: their own. */
  @Get('self-study')
  @Roles('trainer', 'officer', 'candidate')
  @ApiZodQuery(listSelfStudyQuerySchema)
  listSelfStudy(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.selfStudy.list(user, parseOrThrow(listSelfStudyQuerySchema, query));
  }

  @Post('self-study/:id/confirm')
  @HttpCode(200)
  @Roles('trainer', 'officer')
  confirm(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.selfStudy.confirm(actor, id);
  }

  @Post('self-study/:id/reject')
  @HttpCode(200)
  @Roles('trainer', 'officer')
  @ApiZodBody(rejectSelfStudySchema)
  reject(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.selfStudy.reject(actor, id, parseOrThrow(rejectSelfStudySchema, body).reason);
  }

  @Get('class-progress')
  @Roles('trainer', 'officer')
  @ApiZodQuery(classProgressQuerySchema)
  classProgress(@Query() query: unknown) {
    return this.progress.get(parseOrThrow(classProgressQuerySchema, query));
  }
}
