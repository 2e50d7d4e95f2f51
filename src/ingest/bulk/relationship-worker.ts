import { parentPort, workerData } from 'node:worker_threads';
import { Rejects } from '../athena/load.js';
import { FolderConversion, type RelationshipJob, type RelationshipMessage } from './convert.js';

/**
 * The worker thread of FolderConversion.besideWorker: merges the concepts read into Concept.csv,
 * then converts CONCEPT_RELATIONSHIP with the main thread's concept ids, while the main thread
 * converts CONCEPT_ANCESTOR. Rejected rows go back as they come (the main thread writes the one
 * rejects file), then the result.
 */
const port = parentPort!;
const post = (message: RelationshipMessage) => port.postMessage(message);

class PostedRejects extends Rejects {
  override add(file: string, line: number, reason: string, values: string[]): void {
    this.count += 1;
    post({ kind: 'reject', reject: [file, line, reason, values] });
  }
}

const job = workerData as RelationshipJob;
const phases: string[] = [];
const conversion = FolderConversion.forRelationshipJob(job, new PostedRejects(''), (line) => phases.push(line));
post({ kind: 'done', result: { ...(await conversion.workerPart(job)), phases } });
