// Background jobs on pg-boss, over whichever database the server uses. On PostgreSQL, more
// worker processes (`postguard serve --workers` on several machines) share the queues; on the
// embedded database pg-boss runs through the same single-session lock as everything else.
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import PgBoss from "pg-boss";
import type { SqlExecutor } from "./database.js";

export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

interface Definition {
  handler: JobHandler<never>;
  cron?: string;
  batchSize: number;
}

export interface JobsOptions {
  executor: SqlExecutor;
  /** Poll and run handlers here. Off: this process only sends jobs. */
  workers: boolean;
  pollingIntervalSeconds?: number;
  onError?: (error: Error) => void;
}

export class Jobs {
  readonly #boss: PgBoss;
  readonly #definitions = new Map<string, Definition>();
  #started = false;

  constructor(private readonly options: JobsOptions) {
    this.#boss = new PgBoss({
      db: options.executor as PgBoss.Db,
      // pg-boss keeps finished jobs for a while for inspection; a week is plenty for ours.
      deleteAfterDays: 7,
      // Schedules are looked at every 10 s (pg-boss: 30 s) and a due one is queued within one
      // polling interval, so a periodic job registered at start-up is not a minute late.
      cronMonitorIntervalSeconds: 10,
      cronWorkerIntervalSeconds: Math.max(
        1,
        Math.min(45, Math.ceil(options.pollingIntervalSeconds ?? 2)),
      ),
    });
    this.#boss.on("error", (error) => options.onError?.(error));
  }

  /** A feature declares its queues while it registers; handlers start when the server is ready. */
  define<T>(
    queue: string,
    handler: JobHandler<T>,
    options: { cron?: string; batchSize?: number } = {},
  ): void {
    if (this.#started) throw new Error(`Queue ${queue} must be defined before the server starts`);
    if (this.#definitions.has(queue)) throw new Error(`Queue ${queue} is defined twice`);
    this.#definitions.set(queue, {
      handler: handler as JobHandler<never>,
      cron: options.cron,
      batchSize: options.batchSize ?? 1,
    });
  }

  get queues(): string[] {
    return [...this.#definitions.keys()];
  }

  async start(): Promise<void> {
    await this.#boss.start();
    this.#started = true;
    for (const [queue, definition] of this.#definitions) {
      if (!(await this.#boss.getQueue(queue))) await this.#boss.createQueue(queue);
      if (definition.cron) await this.#boss.schedule(queue, definition.cron);
      if (this.options.workers) {
        await this.#boss.work<never>(
          queue,
          {
            batchSize: definition.batchSize,
            pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2,
          },
          async (jobs) => {
            for (const job of jobs)
              await definition.handler(job.data, { id: job.id, name: job.name });
          },
        );
      }
    }
  }

  async send<T extends object>(
    queue: string,
    data: T,
    options: PgBoss.SendOptions = {},
  ): Promise<string | null> {
    if (!this.#definitions.has(queue)) throw new Error(`Unknown queue ${queue}`);
    return this.#boss.send(queue, data, options);
  }

  /** The periodic jobs pg-boss holds (queue and cron), as registered when the server started. */
  async schedules(): Promise<{ queue: string; cron: string }[]> {
    if (!this.#started) return [];
    return (await this.#boss.getSchedules()).map((s) => ({ queue: s.name, cron: s.cron }));
  }

  /** Jobs waiting (created or retrying) per queue, for /metrics. */
  async depths(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    if (!this.#started) return result;
    for (const queue of this.#definitions.keys())
      result[queue] = await this.#boss.getQueueSize(queue);
    return result;
  }

  async stop(): Promise<void> {
    if (!this.#started) return;
    this.#started = false;
    // Let running handlers finish; the database closes right after, so don't leave them mid-query.
    await this.#boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  }
}

export default fp(
  async function jobs(app: FastifyInstance, opts: Omit<JobsOptions, "executor" | "onError">) {
    const jobs = new Jobs({
      ...opts,
      executor: app.database.executor,
      onError: (error) => app.log.error({ err: error }, "job queue error"),
    });
    app.decorate("jobs", jobs);
    app.metrics.setQueueDepthSource(() => jobs.depths());
    app.addHook("onReady", async () => jobs.start());
    app.addHook("preClose", async () => jobs.stop());
  },
  { name: "postguard-jobs", dependencies: ["postguard-database", "postguard-metrics"] },
);
