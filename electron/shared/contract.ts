import { casesContract } from './contract/cases';
import { meetingsContract } from './contract/meetings';
import { papersContract } from './contract/papers';
import { groupsContract } from './contract/groups';
import { mergeContracts } from './contract/merge';
import type { ParsedInput } from './contract/types';
import { workbookContract } from './contract/workbook';

// Every call between renderer and main, declared once: its name, the schema its
// input must pass, and (as a type only) what it answers. Main validates with the
// schema, the preload builds window.samsyn from the names, the renderer is typed
// by SamsynApi (api.ts).
export const contract = mergeContracts(
  workbookContract,
  casesContract,
  meetingsContract,
  papersContract,
  groupsContract,
);

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = import('zod').input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = ParsedInput<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Exclude<Contract[M]['output'], undefined>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
