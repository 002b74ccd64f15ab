// Reads process trees and their resident memory from /proc, for the
// measure-only sandbox.
import { readdir } from 'node:fs/promises';
import { readOptionalText } from './cgroup-files.js';

/** The fields of /proc/<pid>/stat that identify a process and its tree. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  pgid: number;
  /** One-letter state; Z is a zombie, which has no memory left. */
  state: string;
  /** Start time in clock ticks since boot: with the pid, it names one process even after pid reuse. */
  startTime: number;
}

/** Resident memory of one process, in bytes. */
export interface ProcessRss {
  anonBytes: number;
  /** File-backed plus shared-memory pages. */
  fileBytes: number;
}

/** Reads /proc/<pid>/stat, or returns null where the process is gone. */
export async function readProcessInfo(
  pid: number,
  procRoot = '/proc',
): Promise<ProcessInfo | null> {
  const text = await readOptionalText(`${procRoot}/${pid}/stat`).catch(
    () => null,
  );
  if (text === null) return null;
  // The command name may contain spaces and ')', so fields start after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return {
    pid,
    state: fields[0] ?? '?',
    ppid: Number(fields[1]),
    pgid: Number(fields[2]),
    startTime: Number(fields[19]),
  };
}

/** Lists every process that /proc shows. */
export async function listProcesses(
  procRoot = '/proc',
): Promise<ProcessInfo[]> {
  const names = await readdir(procRoot);
  const infos = await Promise.all(
    names
      .filter((name) => /^\d+$/.test(name))
      .map((name) => readProcessInfo(Number(name), procRoot)),
  );
  return infos.filter((info): info is ProcessInfo => info !== null);
}

/** Returns the live (non-zombie) processes among `roots` and all their descendants. */
export function collectTree(
  processes: ProcessInfo[],
  roots: ReadonlySet<number>,
): ProcessInfo[] {
  const children = new Map<number, ProcessInfo[]>();
  for (const info of processes) {
    children.set(info.ppid, [...(children.get(info.ppid) ?? []), info]);
  }
  const found = new Map<number, ProcessInfo>();
  const queue = processes.filter((info) => roots.has(info.pid));
  while (queue.length > 0) {
    const info = queue.pop() as ProcessInfo;
    if (found.has(info.pid)) continue;
    found.set(info.pid, info);
    queue.push(...(children.get(info.pid) ?? []));
  }
  return [...found.values()].filter((info) => info.state !== 'Z');
}

/** Reads RssAnon, RssFile and RssShmem from /proc/<pid>/status, or null where gone. */
export async function readProcessRss(
  pid: number,
  procRoot = '/proc',
): Promise<ProcessRss | null> {
  const text = await readOptionalText(`${procRoot}/${pid}/status`).catch(
    () => null,
  );
  if (text === null) return null;
  const kib = (key: string): number =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
  return {
    anonBytes: kib('RssAnon') * 1024,
    fileBytes: (kib('RssFile') + kib('RssShmem')) * 1024,
  };
}
