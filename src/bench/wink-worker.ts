/**
 * The benchmark's reference task for a worker pool: a bare wink-nlp readDoc of one article,
 * read by the worker as Parley's own task is. Run on pools of 1 and of N workers, it shows how
 * far this machine lets work of wink-nlp's kind scale, beside Parley's whole pipeline.
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlp: ReturnType<typeof winkNLP> | undefined;

export default function readDocTask(task: { path: string }): number {
  nlp ??= winkNLP(model);
  return nlp.readDoc(readFileSync(task.path, 'utf8')).tokens().length();
}
