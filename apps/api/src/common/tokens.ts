export const APP_CONFIG = Symbol('APP_CONFIG');
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
/** Something readiness can ask whether the job runner side is reachable. */
export const QUEUE_HEALTH = Symbol('QUEUE_HEALTH');

export interface QueueHealth {
  ping(): Promise<boolean>;
}
