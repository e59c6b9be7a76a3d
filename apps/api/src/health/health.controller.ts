import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError } from '@cm/contracts';
import { Public } from '../common/access.decorator';
import { QUEUE_HEALTH, type QueueHealth } from '../common/tokens';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly ds: DataSource,
    @Inject(QUEUE_HEALTH) private readonly queue: QueueHealth,
  ) {}

  @Get()
  @Public()
  live() {
    return { status: 'ok' };
  }

  /** Ready when PostgreSQL and the queue (Redis, or the in-process runner) answer. */
  @Get('ready')
  @Public()
  async ready() {
    const [db, queue] = await Promise.all([
      withTimeout(this.ds.query('SELECT 1').then(() => true), 3000),
      withTimeout(this.queue.ping(), 3000),
    ]);
    if (!db || !queue) throw new AppError('SERVICE_UNAVAILABLE', '服务未就绪', { database: db ? 'up' : 'down', queue: queue ? 'up' : 'down' });
    return { status: 'ready', database: 'up', queue: 'up' };
  }
}

function withTimeout(p: Promise<boolean>, ms: number): Promise<boolean> {
  return Promise.race([p.catch(() => false), new Promise<boolean>((r) => setTimeout(() => r(false), ms).unref())]);
}
