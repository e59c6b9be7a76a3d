import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseOrThrow, profileQuerySchema } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodQuery } from '../common/zod-api';
import { ProfileService } from './profile.service';

@ApiTags('ratings')
@Controller('api/candidates/:id/competency-profile')
export class CompetencyProfileController {
  constructor(private readonly profiles: ProfileService) {}

  @Get()
  @Roles('officer', 'candidate')
  @ApiOperation({
    summary: 'Competency profile (officer; the candidate)',
    description: '{items: [{itemId, rating, standard, gap, …}], behaviouralIndex}. gap = rating − standard (negative: below). Without trackId/targetLevel: the latest campaign’s; else the level above the one held. A candidate sees only their own (others: 404) and no per-rater split.',
  })
  @ApiZodQuery(profileQuerySchema)
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Query() query: unknown) {
    return this.profiles.profile(user, id, parseOrThrow(profileQuerySchema, query));
  }
}
