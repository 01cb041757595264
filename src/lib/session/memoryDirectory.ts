import type { StorageDirectory, StorageFile, StorageWritable } from './storage';

/** A named error like the DOMExceptions the file system throws. */
function domError(name: string, message: string): Error {
  const e = new Error(message);
  e.name = name;
  return e;
}

type Node = { kind: 'file'; blob: Blob } | { kind: 'directory'; entries: Map<string, Node> };

/** Options of the in-memory file system: a quota in bytes, beyond which writes fail as in a browser. */
export interface MemoryOptions {
  quota?: number;
}

function used(node: Node): number {
  if (node.kind === 'file') return node.blob.size;
  let sum = 0;
  for (const child of node.entries.values()) sum += used(child);
  return sum;
}

/**
 * An in-memory stand-in for the origin-private file system, for unit tests: the same calls, the
 * same `NotFoundError`, `InvalidModificationError` and `QuotaExceededError`, and writes that appear
 * only on `close()`.
 */
export function memoryDirectory(options: MemoryOptions = {}): StorageDirectory & { usage(): number } {
  const root: Node = { kind: 'directory', entries: new Map() };
  const quota = options.quota ?? Infinity;

  function file(node: Extract<Node, { kind: 'file' }>): StorageFile {
    return {
      kind: 'file',
      getFile: async () => new File([node.blob], 'entry'),
      createWritable: async (): Promise<StorageWritable> => {
        const parts: (Blob | string)[] = [];
        let size = 0;
        return {
          write: async (data) => {
            size += typeof data === 'string' ? new TextEncoder().encode(data).length : data.size;
            if (used(root) - node.blob.size + size > quota)
              throw domError('QuotaExceededError', 'The quota has been exceeded.');
            parts.push(data);
          },
          close: async () => {
            node.blob = new Blob(parts);
          },
          abort: async () => {
            parts.length = 0;
          },
        };
      },
    };
  }

  function directory(node: Extract<Node, { kind: 'directory' }>): StorageDirectory {
    const get = (name: string, kind: Node['kind'], create: boolean): Node => {
      if (!name || name === '.' || name === '..' || /[/\\]/.test(name))
        throw new TypeError(`Name is not allowed: ${name}`);
      const found = node.entries.get(name);
      if (found && found.kind !== kind) throw domError('TypeMismatchError', `${name} is a ${found.kind}`);
      if (found) return found;
      if (!create) throw domError('NotFoundError', `${name} was not found`);
      const made: Node =
        kind === 'file' ? { kind, blob: new Blob([]) } : { kind: 'directory', entries: new Map() };
      node.entries.set(name, made);
      return made;
    };
    return {
      kind: 'directory',
      getDirectoryHandle: async (name, o) =>
        directory(get(name, 'directory', !!o?.create) as Extract<Node, { kind: 'directory' }>),
      getFileHandle: async (name, o) =>
        file(get(name, 'file', !!o?.create) as Extract<Node, { kind: 'file' }>),
      removeEntry: async (name, o) => {
        const found = node.entries.get(name);
        if (!found) throw domError('NotFoundError', `${name} was not found`);
        if (found.kind === 'directory' && found.entries.size > 0 && !o?.recursive)
          throw domError('InvalidModificationError', `${name} is not empty`);
        node.entries.delete(name);
      },
      keys: async function* () {
        yield* [...node.entries.keys()];
      },
    };
  }

  return Object.assign(directory(root), { usage: () => used(root) });
}
