import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError } from '@cm/contracts';
import { queryRows } from '@cm/db';
import { type AssembledPaper, equivalence, type PaperStats } from '@cm/domain';
import { PARALLEL_FORM_LIMITS } from '@cm/jobs';
import { Roles } from '../common/access.decorator';

/** The equivalence report of a fixed session's parallel papers (A/B/C卷): overlap between
 * every pair and the spread of mean difficulty, recomputed from the stored papers. */
@ApiTags('exam-sessions')
@Controller('api/exam-sessions')
export class FormsReportController {
  constructor(private readonly ds: DataSource) {}

  @Get(':id/forms/equivalence')
  @Roles('officer')
  async equivalence(@Param('id', ParseUUIDPipe) id: string) {
    const [s] = await queryRows<{ form_mode: string; parallel_forms: number }>(this.ds, `SELECT form_mode, parallel_forms FROM exam_session WHERE id = $1`, [id]);
    if (!s) throw AppError.notFound('考试场次');
    if (s.form_mode !== 'fixed') return { formMode: s.form_mode, expected: 0, report: null };
    const forms = await queryRows<{ label: string; seed: string; items: { questionId: string }[]; stats: PaperStats }>(
      this.ds,
      `SELECT label, seed, items, stats FROM exam_form WHERE session_id = $1 AND label IS NOT NULL ORDER BY length(label), label`,
      [id],
    );
    if (forms.length === 0) return { formMode: s.form_mode, expected: s.parallel_forms, report: null };
    // Only the question ids and the stats enter the report; the stored items carry both.
    const papers = forms.map((f) => ({ label: f.label, paper: { seed: f.seed, items: f.items, objective: 0, stats: f.stats } as unknown as AssembledPaper }));
    const report = equivalence(papers, forms[0]!.items.length, PARALLEL_FORM_LIMITS.meanDifficultyTolerance);
    return {
      formMode: s.form_mode,
      expected: s.parallel_forms,
      maxOverlapLimitPercent: PARALLEL_FORM_LIMITS.maxOverlapPercent,
      withinLimits: report.maxOverlapPercent <= PARALLEL_FORM_LIMITS.maxOverlapPercent && report.meanDifficultySpread <= PARALLEL_FORM_LIMITS.meanDifficultyTolerance + 1e-9,
      report,
    };
  }
}
