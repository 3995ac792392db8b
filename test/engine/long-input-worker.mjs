// Runs one check in a worker so the test can stop it if the engine is super-linear on this input.
import { parentPort, workerData } from "node:worker_threads";

const engine = await import(workerData.bundle);
process.env.POSTGUARD_RULE_ERRORS = "throw";
try {
  const result = engine.check({ text: workerData.text });
  parentPort.postMessage({ ok: true, result });
} catch (error) {
  parentPort.postMessage({ ok: false, error: String(error?.stack ?? error) });
}
