import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError, type DecisionPolicyDto, type Page, parseOrThrow, updateDecisionPolicySchema } from '@cm/contracts';
import { addPolicyVersion, currentPolicy, type PolicyVersion, policyVersions, recordAudit } from '@cm/db';
import { policyProblems } from '@cm/domain';
import { Roles } from '../common/access.decorator';
import { type AuthUser, CurrentUser } from '../common/current-user';
import { ApiZodBody } from '../common/zod-api';

const toDto = (p: PolicyVersion): DecisionPolicyDto => ({
  id: p.id, version: p.version, value: p.value, provenance: p.provenance, reason: p.reason, createdBy: p.createdBy, createdAt: p.createdAt.toISOString(),
});

/** The versioned decision policy: weights, hurdles, pass marks, rater weights, the indicator
 * ratio, the evidence threshold and the appeal window. Campaigns and decisions pin a version. */
@ApiTags('level-decisions')
@Controller('api/decision-policy')
export class DecisionPolicyController {
  constructor(private readonly ds: DataSource) {}

  @Get()
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'The policy in force', description: 'Version 1 holds the labelled defaults of defaults.yaml (provenance `default`); later versions are the organisation’s.' })
  async current(): Promise<DecisionPolicyDto> {
    return toDto(await currentPolicy(this.ds));
  }

  @Get('versions')
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Every policy version, oldest first' })
  async versions(): Promise<Page<DecisionPolicyDto>> {
    const all = await policyVersions(this.ds);
    return { items: all.map(toDto), total: all.length };
  }

  @Put()
  @Roles('officer', 'admin')
  @ApiOperation({ summary: 'Change the policy (a new version with a reason)', description: 'The full policy value; examWeight + behaviourWeight = 100; the supervisor weight > 0. Applies to campaigns and decisions created afterwards. Audited.' })
  @ApiZodBody(updateDecisionPolicySchema)
  async update(@CurrentUser() actor: AuthUser, @Body() body: unknown): Promise<DecisionPolicyDto> {
    const input = parseOrThrow(updateDecisionPolicySchema, body);
    const problems = policyProblems(input.value);
    if (problems.length) throw AppError.validation(problems.map((p) => ({ path: `value.${p.path}`, code: 'POLICY_RULE', message: p.message })));
    return this.ds.transaction(async (m) => {
      const before = await currentPolicy(m);
      const saved = await addPolicyVersion(m, input.value, input.reason, actor.id);
      await recordAudit(m, { actorId: actor.id, action: 'decision_policy.changed', entityType: 'decision_policy', entityId: saved.id, data: { from: before.version, to: saved.version, reason: input.reason, value: input.value } });
      return toDto(saved);
    });
  }
}
