import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { focusEventSchema, parseOrThrow } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';
import { FocusEventsService } from './focus-events.service';

@ApiTags('sitting')
@Controller('api/attempts')
export class FocusEventsController {
  constructor(private readonly focus: FocusEventsService) {}

  /** The sitting page lost focus (window blurred or tab hidden); de-duplicated per 5 s. */
  @Post(':id/focus-events')
  @HttpCode(200)
  @Roles('candidate')
  @ApiZodBody(focusEventSchema)
  record(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.focus.record(user, id, parseOrThrow(focusEventSchema, body).kind);
  }
}
