/** Buffered writing to a stream that respects back-pressure. */
import type { Writable } from "node:stream";

export class Output {
  private buffer: string[] = [];
  private size = 0;
  constructor(
    private stream: Writable,
    private flushAt = 1 << 16,
  ) {}

  async write(s: string): Promise<void> {
    this.buffer.push(s);
    this.size += s.length;
    if (this.size >= this.flushAt) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const data = this.buffer.join("");
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(data)) {
      await new Promise<void>((resolve, reject) => {
        const done = (e?: Error) => {
          this.stream.off("drain", done);
          this.stream.off("error", done);
          if (e) reject(e);
          else resolve();
        };
        this.stream.once("drain", done);
        this.stream.once("error", done);
      });
    }
  }
}
