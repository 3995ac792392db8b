// Prometheus metrics on a registry of this app's own, so several apps in one process (tests) don't collide.
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export class Metrics {
  readonly registry = new Registry();
  readonly requestDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request latency by route and status",
    labelNames: ["method", "route", "status_code"] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly checks = new Counter({
    name: "postguard_checks_total",
    help: "Server-side post checks by verdict",
    labelNames: ["verdict"] as const,
    registers: [this.registry],
  });
  #queueDepth?: () => Promise<Record<string, number>>;

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    // Read at scrape time, so the figure is current without polling the queues in between.
    const depth = () => this.#queueDepth?.();
    new Gauge({
      name: "postguard_queue_depth",
      help: "Jobs waiting in each queue",
      labelNames: ["queue"] as const,
      registers: [this.registry],
      async collect() {
        const depths = await depth();
        if (!depths) return;
        this.reset();
        for (const [queue, value] of Object.entries(depths)) this.set({ queue }, value);
      },
    });
  }

  setQueueDepthSource(source: () => Promise<Record<string, number>>): void {
    this.#queueDepth = source;
  }
}

export default fp(
  async function metrics(app: FastifyInstance) {
    const metrics = new Metrics();
    app.decorate("metrics", metrics);
    app.addHook("onResponse", async (request, reply) => {
      // The route pattern, not the URL: ids in URLs would make a new series each.
      const route = request.routeOptions.url ?? "unmatched";
      metrics.requestDuration.observe(
        { method: request.method, route, status_code: String(reply.statusCode) },
        reply.elapsedTime / 1000,
      );
    });
    app.get(
      "/metrics",
      { config: { access: "public" }, schema: { hide: true } },
      async (_request, reply) => {
        reply.type(metrics.registry.contentType);
        return metrics.registry.metrics();
      },
    );
  },
  { name: "postguard-metrics" },
);
