// node:fs with writes that fail on demand, for tests of what a failed write leaves behind. Use as
//   const failure = vi.hoisted(() => ({ when: undefined as ((path: string) => boolean) | undefined }));
//   vi.mock("node:fs", async (original) => (await import("../helpers/failing-fs.js")).failingFs(await original(), failure));
// A write to a file whose path matches `when` writes half its bytes, then fails with ENOSPC.
import type * as Fs from "node:fs";

export interface Failure {
  when?: (path: string) => boolean;
}

export function failingFs(fs: typeof Fs, failure: Failure): typeof Fs {
  const paths = new Map<number, string>();
  const openSync = ((path: Fs.PathLike, ...rest: unknown[]) => {
    const fd = (fs.openSync as (...a: unknown[]) => number)(path, ...rest);
    paths.set(fd, String(path));
    return fd;
  }) as typeof fs.openSync;
  const writeSync = ((fd: number, data: Uint8Array | string, ...rest: unknown[]) => {
    const path = paths.get(fd);
    if (path !== undefined && failure.when?.(path)) {
      const bytes = typeof data === "string" ? Buffer.from(data) : data;
      fs.writeSync(fd, bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: "ENOSPC" });
    }
    return (fs.writeSync as (...a: unknown[]) => number)(fd, data, ...rest);
  }) as typeof fs.writeSync;
  const closeSync = ((fd: number) => {
    paths.delete(fd);
    return fs.closeSync(fd);
  }) as typeof fs.closeSync;
  const patched = { ...fs, openSync, writeSync, closeSync };
  return { ...patched, default: patched } as typeof Fs;
}
