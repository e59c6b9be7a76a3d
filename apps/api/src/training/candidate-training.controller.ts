import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  createMockExamSchema, createPracticeSetSchema, learningCentreQuerySchema, listMineQuerySchema, parseOrThrow, practiceAnswerSchema, saveAnswerSchema, wrongAnswersQuerySchema,
} from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { LearningCentreService } from './learning-centre.service';
import { MockExamService } from './mock-exam.service';
import { PracticeService } from './practice.service';
import { WrongBookService } from './wrong-book.service';

/** The candidate's own training: everything here is scoped to the caller (404 for anyone else's). */
@ApiTags('training')
@Controller('api/training')
export class CandidateTrainingController {
  constructor(
    private readonly centre: LearningCentreService,
    private readonly practice: PracticeService,
    private readonly mocks: MockExamService,
    private readonly wrong: WrongBookService,
  ) {}

  @Get('learning-centre')
  @Roles('candidate')
  @ApiZodQuery(learningCentreQuerySchema)
  learningCentre(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.centre.get(user, parseOrThrow(learningCentreQuerySchema, query));
  }

  @Post('practice-sets')
  @Roles('candidate')
  @ApiZodBody(createPracticeSetSchema)
  createSet(@CurrentUser() user: AuthUser, @Body() body: unknown) {
    return this.practice.create(user, parseOrThrow(createPracticeSetSchema, body));
  }

  @Get('practice-sets/:id')
  @Roles('candidate')
  getSet(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.practice.view(user, id);
  }

  /** Instant feedback: graded now, key and explanation revealed; posting again is a retry. */
  @Post('practice-sets/:id/items/:itemId/answers')
  @HttpCode(200)
  @Roles('candidate')
  @ApiZodBody(practiceAnswerSchema)
  answer(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('itemId', ParseUUIDPipe) itemId: string, @Body() body: unknown) {
    return this.practice.answer(user, id, itemId, parseOrThrow(practiceAnswerSchema, body).response);
  }

  /** 201 for a new mock exam, 200 when the open one of that track and level is resumed. */
  @Post('mock-exams')
  @Roles('candidate')
  @ApiZodBody(createMockExamSchema)
  async startMock(@CurrentUser() user: AuthUser, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply) {
    const { trackId, level } = parseOrThrow(createMockExamSchema, body);
    const { created, mock } = await this.mocks.start(user, trackId, level);
    void reply.status(created ? 201 : 200);
    return mock;
  }

  @Get('mock-exams')
  @Roles('candidate')
  @ApiZodQuery(listMineQuerySchema)
  listMocks(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.mocks.list(user, parseOrThrow(listMineQuerySchema, query));
  }

  @Get('mock-exams/:id')
  @Roles('candidate')
  getMock(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.mocks.view(user, id);
  }

  @Put('mock-exams/:id/answers/:itemId')
  @Roles('candidate')
  @ApiZodBody(saveAnswerSchema)
  saveMock(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('itemId', ParseUUIDPipe) itemId: string, @Body() body: unknown) {
    const { response, seq } = parseOrThrow(saveAnswerSchema, body);
    return this.mocks.save(user, id, itemId, response, seq);
  }

  /** Graded at once: the response carries the result with its per-area breakdown. */
  @Post('mock-exams/:id/submit')
  @HttpCode(200)
  @Roles('candidate')
  submitMock(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.mocks.submit(user, id);
  }

  @Get('wrong-answers')
  @Roles('candidate')
  @ApiZodQuery(wrongAnswersQuerySchema)
  wrongAnswers(@CurrentUser() user: AuthUser, @Query() query: unknown) {
    return this.wrong.list(user, parseOrThrow(wrongAnswersQuerySchema, query));
  }

  @Post('wrong-answers/:id/mastered')
  @HttpCode(200)
  @Roles('candidate')
  mastered(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.wrong.markMastered(user, id);
  }
}
