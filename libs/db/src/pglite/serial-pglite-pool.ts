import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';

/**
 * A pg-compatible Pool over one embedded PGlite database for TypeORM's postgres driver.
 * PGlite is a single session: two TypeORM query runners sharing it would interleave their
 * transactions (one ROLLBACK could erase the other's rows). So `connect` hands out the
 * session to one client at a time and the next waits for the previous release (stack.md).
 */
let shared: { dataDir: string; db: Promise<PGlite> } | null = null;

export function openPglite(dataDir: string): Promise<PGlite> {
  if (shared && shared.dataDir === dataDir) return shared.db;
  fs.mkdirSync(dataDir, { recursive: true });
  const db = import('@electric-sql/pglite/contrib/pg_trgm').then(({ pg_trgm }) => PGlite.create({
    dataDir,
    // The same extensions the migrations create on PostgreSQL.
    extensions: { pg_trgm },
    serializers: { [types.BOOL]: (v: unknown) => (v === true || v === 'true' || v === 1 ? 'TRUE' : v === false || v === 'false' || v === 0 ? 'FALSE' : String(v)) },
  }));
  shared = { dataDir, db };
  return db;
}

export async function closePglite(): Promise<void> {
  if (!shared) return;
  const db = await shared.db;
  shared = null;
  await db.close();
}

type Release = (err?: unknown) => void;
type ConnectCallback = (err: unknown, client: PgliteClient | null, release: Release) => void;

interface PgLikeResult {
  rows: unknown[];
  rowCount: number;
  command: string;
  fields: { name: string }[];
}

class PgliteClient extends EventEmitter {
  constructor(private readonly db: PGlite) {
    super();
  }

  async query(sql: string, params?: unknown[] | ((err: unknown, res: unknown) => void), cb?: (err: unknown, res: unknown) => void): Promise<PgLikeResult> {
    if (typeof params === 'function') {
      cb = params;
      params = undefined;
    }
    try {
      const hasParams = Array.isArray(params) && params.length > 0;
      const raw = hasParams
        ? await this.db.query(sql, params as unknown[])
        : ((await this.db.exec(sql)).at(-1) ?? { rows: [], fields: [], affectedRows: 0 });
      const command = sql.trimStart().split(/\s+/, 1)[0]?.toUpperCase() ?? '';
      const result: PgLikeResult = {
        rows: raw.rows as unknown[],
        rowCount: raw.affectedRows ?? raw.rows.length,
        command,
        fields: raw.fields.map((f) => ({ name: f.name })),
      };
      cb?.(null, result);
      return result;
    } catch (err) {
      cb?.(err, null);
      throw err;
    }
  }

  release(): void {
    /* the pool's release callback does the work */
  }
}

export function makeSerialPglitePool(dataDir: string) {
  return class SerialPglitePool extends EventEmitter {
    private tail: Promise<void> = Promise.resolve();

    constructor(_options?: unknown) {
      super();
    }

    /** TypeORM always connects with a callback and releases through it. */
    connect(callback: ConnectCallback): void {
      let releaseSlot!: () => void;
      const slot = new Promise<void>((resolve) => (releaseSlot = resolve));
      const previous = this.tail;
      this.tail = previous.then(() => slot);
      let released = false;
      const release: Release = () => {
        if (!released) {
          released = true;
          releaseSlot();
        }
      };
      previous
        .then(async () => new PgliteClient(await openPglite(dataDir)))
        .then(
          (client) => callback(null, client, release),
          (err: unknown) => {
            release();
            callback(err, null, release);
          },
        );
    }

    end(cb?: (err?: unknown) => void): void {
      closePglite().then(() => cb?.(), (err) => cb?.(err));
    }
  };
}
