// The only module that touches neo4j-driver sessions: managed transactions with the
// driver's retries, a per-statement timeout, and driver errors mapped to two domain errors.
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { cypher, type CypherName } from './cypher.js';

export interface DbConfig {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  /** Server-side transaction timeout for every statement. */
  queryTimeoutMs?: number;
}

/**
 * A bulk write (a whole document, the seed graph, a restore) is one transaction. On a cold Neo4j on a
 * busy 2-core machine the seed took more than the 15 s request timeout once; two minutes bounds a
 * stuck write without failing an honest one.
 */
export const BULK_WRITE_TIMEOUT_MS = 120_000;

/** Neo4j cannot be reached: the API answers SERVICE_UNAVAILABLE. */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}
/** A statement failed inside Neo4j: logged, answered as an internal error. */
export class DatabaseQueryError extends Error {
  override readonly name = 'DatabaseQueryError';
}

export type Params = Record<string, unknown>;
export type QueryListener = (statement: string) => void;

/**
 * JavaScript has one number type; Cypher has INTEGER and FLOAT. Whole numbers in
 * parameters are sent as integers (LIMIT, list slices and integer properties need them).
 */
function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

/**
 * One answer row. Values are what the driver hands out; turn nodes and relationships into
 * domain records with records.ts (entityFromNode, relationFromRelationship, paragraphFromNode):
 * code outside this folder never sees the driver's types.
 */
export interface Row {
  get(key: string): unknown;
  toObject(): Record<string, unknown>;
}

export interface Tx {
  run(name: CypherName, params: Params): Promise<Row[]>;
}

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthorizationExpired',
]);

// Socket errors (Node's errno codes) that mean the server is gone or not listening.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// The driver reports these without a code (N/A) when the server cannot be reached.
const UNAVAILABLE_MESSAGE =
  /Connection acquisition timed out|Failed to connect to server|Connection was closed by server|connection (?:has been )?(?:terminated|closed)|ECONNREFUSED|ECONNRESET/i;

/** True when the error (or one of its causes) says Neo4j cannot be reached. */
export function isUnavailable(err: unknown, depth = 0): boolean {
  if (depth > 5 || typeof err !== 'object' || err === null) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof e.code === 'string' && (UNAVAILABLE.has(e.code) || NETWORK_CODES.has(e.code))) {
    return true;
  }
  if (err instanceof neo4j.Neo4jError) {
    if (neo4j.isRetryableError(err)) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGE.test(e.message)) return true;
  }
  return isUnavailable(e.cause, depth + 1);
}

export function mapError(err: unknown, what: string): Error {
  if (err instanceof DatabaseUnavailableError || err instanceof DatabaseQueryError) return err;
  if (isUnavailable(err)) {
    return new DatabaseUnavailableError(`the graph database is unavailable (${what})`, {
      cause: err,
    });
  }
  // Errors our own code throws inside a transaction function (after it rolled back) pass through.
  if (err instanceof Error && !(err instanceof neo4j.Neo4jError)) return err;
  const code = err instanceof neo4j.Neo4jError ? err.code : '';
  return new DatabaseQueryError(`${what} failed${code ? `: ${code}` : ''}`, { cause: err });
}

export class Database {
  private readonly driver: Driver;
  private readonly listeners = new Set<QueryListener>();

  constructor(private readonly config: DbConfig) {
    // No username: the local launcher's loopback-only server runs without authentication.
    const auth = config.username
      ? neo4j.auth.basic(config.username, config.password ?? '')
      : undefined;
    this.driver = neo4j.driver(config.uri, auth, {
      disableLosslessIntegers: true,
      // Fail fast when Neo4j is gone: a request answers SERVICE_UNAVAILABLE within seconds
      // instead of hanging, and the pool reconnects by itself once the server is back.
      // Managed transactions retry after ~1 s and ~3 s (±20 % jitter); a retry budget just
      // under 3 s makes the third attempt the last, so a refused connection fails in ~3.5 s
      // at most (at 3 s the jitter sometimes allowed a fourth attempt, 4 s later: ~7 s).
      connectionTimeout: 2_000,
      connectionAcquisitionTimeout: 3_000,
      maxTransactionRetryTime: 2_500,
    });
  }

  get uri(): string {
    return this.config.uri;
  }

  /** Observe every statement sent (tests and benchmarks count them). */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private txConfig(timeoutMs?: number) {
    return { timeout: timeoutMs ?? this.config.queryTimeoutMs ?? 15_000 };
  }

  private session(mode: 'READ' | 'WRITE') {
    return this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  private tx(t: ManagedTransaction): Tx {
    return {
      run: async (name, params) => {
        const text = cypher(name);
        for (const l of this.listeners) l(text);
        return (await t.run(text, toCypherParams(params))).records;
      },
    };
  }

  async read(name: CypherName, params: Params): Promise<Row[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead((t) => this.tx(t).run(name, params), this.txConfig());
    } catch (err) {
      throw mapError(err, name);
    } finally {
      await session.close();
    }
  }

  /**
   * One write transaction: all of `work` commits, or none of it. `timeoutMs` replaces the
   * per-request timeout for bulk writes (a whole document or the seed graph), whose size is
   * bounded by the upload limit rather than by a user waiting on a page.
   */
  async write<T>(work: (tx: Tx) => Promise<T>, options: { timeoutMs?: number } = {}): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((t) => work(this.tx(t)), this.txConfig(options.timeoutMs));
    } catch (err) {
      throw mapError(err, 'write transaction');
    } finally {
      await session.close();
    }
  }

  /** Schema commands and EXPLAIN cannot share a transaction with data: auto-commit. */
  async runRaw(text: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('WRITE');
    try {
      for (const l of this.listeners) l(text);
      return (await session.run(text, toCypherParams(params), this.txConfig())).records;
    } catch (err) {
      throw mapError(err, 'schema statement');
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.config.database });
    } catch (err) {
      throw mapError(err, 'connectivity check');
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
