/**
 * `npm run --silent matching -- items FILE` / `... hosting FILE`: prints the solution JSON of the instance in
 * FILE (`-` reads standard input) on stdout and nothing else. An unreadable file, invalid JSON or an invalid
 * instance prints a message on stderr and exits with code 2.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { allocateItems, InvalidInstanceError, matchHosting } from '../src';

const SOLVERS: Record<string, (instance: unknown) => unknown> = {
  items: allocateItems,
  hosting: matchHosting,
};
const USAGE = 'usage: npm run --silent matching -- <items|hosting> FILE   (FILE may be - for standard input)';
const INPUT_ERROR = 2;

class InputError extends Error {}

function readInstance(file: string): unknown {
  // npm runs scripts from the repository root; INIT_CWD is where the command was typed.
  const path = file === '-' ? 0 : resolve(process.env['INIT_CWD'] ?? process.cwd(), file);
  const name = file === '-' ? 'standard input' : file;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${name}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
}

function run(args: string[]): number {
  const [command, file, ...extra] = args;
  const solve = SOLVERS[command ?? ''];
  if (!solve || file === undefined || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return INPUT_ERROR;
  }
  try {
    const solution = solve(readInstance(file));
    process.stdout.write(`${JSON.stringify(solution)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError) process.stderr.write(`${error.message}\n`);
    else if (error instanceof InvalidInstanceError)
      process.stderr.write(`invalid ${command} instance in ${file}: ${error.message}\n`);
    else throw error;
    return INPUT_ERROR;
  }
}

// exitCode rather than process.exit(), so a large solution piped to another program is written in full.
process.exitCode = run(process.argv.slice(2));
