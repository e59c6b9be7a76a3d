import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { parseOrThrow, saveAnswerSchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';
import { SittingService } from './sitting.service';

@ApiTags('sitting')
@Controller('api')
export class SittingController {
  constructor(private readonly sitting: SittingService) {}

  /** 201 for a new attempt, 200 when resuming the existing one. */
  @Post('exam-sessions/:id/attempts')
  @Roles('candidate')
  async start(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const { created, attempt } = await this.sitting.start(user, id);
    void reply.status(created ? 201 : 200);
    return attempt;
  }

  @Get('attempts/:id/paper')
  @Roles('candidate')
  paper(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.sitting.view(user, id);
  }

  @Put('attempts/:id/answers/:itemId')
  @Roles('candidate')
  @ApiZodBody(saveAnswerSchema)
  save(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('itemId', ParseUUIDPipe) itemId: string, @Body() body: unknown) {
    const { response, seq } = parseOrThrow(saveAnswerSchema, body);
    return this.sitting.save(user, id, itemId, response, seq);
  }

  @Post('attempts/:id/submit')
  @HttpCode(202)
  @Roles('candidate')
  submit(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.sitting.submit(user, id);
  }

  @Get('attempts/:id')
  @Roles('candidate', 'officer')
  status(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.sitting.status(user, id);
  }
}
