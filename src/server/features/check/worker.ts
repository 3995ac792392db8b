// One check worker thread (see pool.ts): runs the engine on each post the pool sends and
// answers with the result, or with the error's message if the engine threw.
import { parentPort } from "node:worker_threads";
import { check, type CheckResult } from "../../../engine/index.js";
import type { CheckRequest } from "./schema.js";

export interface CheckTask {
  id: number;
  input: CheckRequest;
}

export type CheckAnswer = { id: number; result: CheckResult } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("worker.ts runs as a worker thread of the check pool");
port.on("message", (task: CheckTask) => {
  let answer: CheckAnswer;
  try {
    answer = { id: task.id, result: check(task.input) };
  } catch (error) {
    answer = { id: task.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
