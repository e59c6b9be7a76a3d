import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createRegradeSchema, parseOrThrow } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';
import { RegradeService } from './regrade.service';

@ApiTags('results')
@Controller('api')
export class RegradeController {
  constructor(private readonly regrades: RegradeService) {}

  /** Starts a preview job over the session's attempts whose questions got a corrected version. */
  @Post('exam-sessions/:id/regrades')
  @HttpCode(202)
  @Roles('officer')
  @ApiZodBody(createRegradeSchema)
  request(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: unknown) {
    return this.regrades.request(actor, id, parseOrThrow(createRegradeSchema, body ?? {}).questionIds);
  }

  @Get('exam-sessions/:id/regrades')
  @Roles('officer')
  list(@Param('id', ParseUUIDPipe) id: string) {
    return this.regrades.list(id);
  }

  @Get('regrades/:id')
  @Roles('officer')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.regrades.get(id);
  }

  @Post('regrades/:id/confirm')
  @HttpCode(200)
  @Roles('officer')
  confirm(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.regrades.confirm(actor, id);
  }

  @Post('regrades/:id/cancel')
  @HttpCode(200)
  @Roles('officer')
  cancel(@CurrentUser() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.regrades.cancel(actor, id);
  }
}
