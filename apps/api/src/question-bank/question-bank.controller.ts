import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { bulkApproveSchema, createQuestionSchema, listQuestionsQuerySchema, parseOrThrow, rejectQuestionSchema, updateQuestionSchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody, ApiZodQuery } from '../common/zod-api';
import { QuestionBankService } from './question-bank.service';
import { QuestionReviewService } from './question-review.service';

@ApiTags('questions')
@Controller('api/questions')
export class QuestionBankController {
  constructor(
    private readonly bank: QuestionBankService,
    private readonly review: QuestionReviewService,
  ) {}

  @Post()
  @Roles('trainer')
  @ApiZodBody(createQuestionSchema)
  create(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.bank.create(actor, parseOrThrow(createQuestionSchema, body));
  }

  @Get()
  @Roles('trainer', 'officer')
  @ApiZodQuery(listQuestionsQuerySchema)
  list(@Query() query: unknown) {
    return this.bank.list(parseOrThrow(listQuestionsQuerySchema, query));
  }

  @Post('bulk-approve')
  @HttpCode(200)
  @Roles('trainer')
  @ApiZodBody(bulkApproveSchema)
  bulkApprove(@CurrentUser() actor: AuthUser, @Body() body: unknown) {
    return this.review.bulkApprove(actor, parseOrThrow(bulkApproveSchema, body).ids);
  }

  @Get(':id')
  @Roles('trainer', 'officer')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.bank.get(id);
  }

  @Patch(':id')
  @Roles('trainer')
  @ApiZodBody(updateQuestionSchema)
  update(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.bank.update(actor, id, parseOrThrow(updateQuestionSchema, body));
  }

  @Get(':id/versions')
  @Roles('trainer', 'officer')
  versions(@Param('id', ParseUUIDPipe) id: string) {
    return this.bank.versions(id);
  }

  @Get(':id/versions/:version')
  @Roles('trainer', 'officer')
  version(@Param('id', ParseUUIDPipe) id: string, @Param('version', ParseIntPipe) version: number) {
    return this.bank.version(id, version);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('trainer')
  submit(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.review.submit(actor, id);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('trainer')
  approve(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.review.approve(actor, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('trainer')
  @ApiZodBody(rejectQuestionSchema)
  reject(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.review.reject(actor, id, parseOrThrow(rejectQuestionSchema, body).comment);
  }

  @Post(':id/retire')
  @HttpCode(200)
  @Roles('trainer', 'officer')
  retire(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.review.retire(actor, id);
  }
}
