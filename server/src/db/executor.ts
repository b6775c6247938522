// The only module that touches neo4j-driver sessions: managed transactions with the
// driver's retries, a per-statement timeout, and driver errors mapped to two domain errors.
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { cypher, type CypherName } from './cypher.js';

export interface DbConfig {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  /** Server-side transaction timeout for every statement. */
  queryTimeoutMs?: number;
}

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

export interface Tx {
  run(name: CypherName, params: Params): Promise<Neo4jRecord[]>;
}

const UNAVAILABLE = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.AuthorizationExpired',
]);

function mapError(err: unknown, what: string): Error {
  if (err instanceof DatabaseUnavailableError || err instanceof DatabaseQueryError) return err;
  // Errors our own code throws inside a transaction function (after it rolled back) pass through.
  if (err instanceof Error && !(err instanceof neo4j.Neo4jError) && !neo4j.isRetryableError(err)) {
    return err;
  }
  const code = err instanceof neo4j.Neo4jError ? err.code : '';
  if (UNAVAILABLE.has(code) || (err instanceof Error && neo4j.isRetryableError(err))) {
    return new DatabaseUnavailableError(`the graph database is unavailable (${what})`, {
      cause: err,
    });
  }
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
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
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

  private txConfig() {
    return { timeout: this.config.queryTimeoutMs ?? 15_000 };
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

  async read(name: CypherName, params: Params): Promise<Neo4jRecord[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead((t) => this.tx(t).run(name, params), this.txConfig());
    } catch (err) {
      throw mapError(err, name);
    } finally {
      await session.close();
    }
  }

  /** One write transaction: all of `work` commits, or none of it. */
  async write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((t) => work(this.tx(t)), this.txConfig());
    } catch (err) {
      throw mapError(err, 'write transaction');
    } finally {
      await session.close();
    }
  }

  /** Schema commands and EXPLAIN cannot share a transaction with data: auto-commit. */
  async runRaw(text: string, params: Params = {}): Promise<Neo4jRecord[]> {
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
