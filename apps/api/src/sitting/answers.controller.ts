import { Body, Controller, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { parseOrThrow, saveAnswersSchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';
import { AnswersService } from './answers.service';

@ApiTags('sitting')
@Controller('api/attempts')
export class AnswersController {
  constructor(private readonly answers: AnswersService) {}

  /** Several changed answers in one transaction (the sitting page's autosave); per item as
   * `PUT /api/attempts/:id/answers/:itemId`: 200 `{saved: [{itemId, seq, savedAt}]}`, 409
   * ATTEMPT_CLOSED after deadline + grace or submission, 400 and nothing written for a bad answer. */
  @Put(':id/answers')
  @Roles('candidate')
  @ApiZodBody(saveAnswersSchema)
  save(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.answers.saveMany(user, id, parseOrThrow(saveAnswersSchema, body).answers);
  }
}
