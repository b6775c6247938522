// Configuration from the environment. NEO4J_URI unset means "start the bundled Neo4j".
import { z } from 'zod';
import { LOG_LEVELS } from './http/logging.js';
import { DEFAULT_LIMITS, type ReadLimits } from './ingest/read/limits.js';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  NEO4J_URI: z.url().optional(),
  NEO4J_USERNAME: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_DATA_DIR: z.string().optional(),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  /** Requests per minute per client address to /graphql and /export; 0 disables the limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Time limit of one HTTP request to /graphql or /export (503 TIMEOUT); 0 disables it. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).default(20_000),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /**
   * Behind a reverse proxy every client shares the proxy's address, so the rate limit would
   * count them as one. Express's `trust proxy` setting: e.g. `loopback`, `1` (hops) or a
   * list of addresses; unset: X-Forwarded-For is ignored (a client could otherwise forge it).
   */
  TRUST_PROXY: z.string().optional(),
  /** The token that unlocks adding documents (POST /documents); unset: `npm start` makes one. */
  INGEST_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  // The bounds of reading one document (server/src/ingest/read/limits.ts; README, "Limits").
  INGEST_TIMEOUT_MS: z.coerce.number().int().min(1000).default(DEFAULT_LIMITS.timeoutMs),
  INGEST_MEMORY_MB: z.coerce.number().int().min(64).default(DEFAULT_LIMITS.memoryMb),
  INGEST_MAX_PAGES: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxPages),
  INGEST_MAX_PARAGRAPHS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.maxParagraphs),
  INGEST_MAX_INFLATED_MB: z.coerce
    .number()
    .min(1)
    .default(DEFAULT_LIMITS.maxInflatedBytes / 1024 / 1024),
  INGEST_MAX_COMPRESSION_RATIO: z.coerce
    .number()
    .min(2)
    .default(DEFAULT_LIMITS.maxCompressionRatio),
  /** Documents read at once (worker threads); unset: half the cores, at least one. */
  INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** Documents that may wait for a reader; past them (and the readers) the answer is 503. */
  INGEST_QUEUE: z.coerce.number().int().min(0).max(1000).default(2),
  /** Requests to POST /documents per token per minute; 0 disables the limit. */
  INGEST_RATE_PER_MINUTE: z.coerce.number().int().min(0).default(30),
});

/** The read limits the configuration sets. */
export function readLimitsOf(config: Config): ReadLimits {
  return {
    timeoutMs: config.INGEST_TIMEOUT_MS,
    memoryMb: config.INGEST_MEMORY_MB,
    maxPages: config.INGEST_MAX_PAGES,
    maxParagraphs: config.INGEST_MAX_PARAGRAPHS,
    maxInflatedBytes: Math.round(config.INGEST_MAX_INFLATED_MB * 1024 * 1024),
    maxCompressionRatio: config.INGEST_MAX_COMPRESSION_RATIO,
  };
}

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // Empty strings (e.g. `NEO4J_URI=` in a .env) mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const msgs = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration: ${msgs.join('; ')}`);
  }
  return parsed.data;
}
