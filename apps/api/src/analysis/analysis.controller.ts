import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SessionItemAnalysisDto } from '@cm/contracts';
import { Roles } from '../common/access.decorator';
import { AnalysisService } from './analysis.service';

/** Officers: how the items of a session behaved (facility, discrimination, distractors, KR-20). */
@ApiTags('exam-sessions')
@Controller('api/exam-sessions')
export class AnalysisController {
  constructor(private readonly analysis: AnalysisService) {}

  @Get(':id/item-analysis')
  @Roles('officer')
  itemAnalysis(@Param('id', ParseUUIDPipe) id: string): Promise<SessionItemAnalysisDto> {
    return this.analysis.session(id);
  }
}
