// Locating a Java runtime and checking its version. No 'vscode' import here,
// so this module can be unit-tested with plain Node.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MIN_JAVA = 17;

export interface JavaCandidate {
  /** Executable to run: an absolute path, or plain `java` to be resolved on PATH. */
  command: string;
  /** Where it came from, for messages. */
  source: 'garbo.java.home' | 'JAVA_HOME' | 'PATH';
}

const exe = (): string => (process.platform === 'win32' ? 'java.exe' : 'java');

/**
 * Picks the Java executable: `garbo.java.home` if set (which must then contain bin/java),
 * else JAVA_HOME if it contains bin/java, else `java` on PATH.
 */
export function findJava(
  javaHomeSetting: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = fs.existsSync,
): JavaCandidate {
  const setting = javaHomeSetting?.trim();
  if (setting) {
    return { command: path.join(setting, 'bin', exe()), source: 'garbo.java.home' };
  }
  const javaHome = env.JAVA_HOME?.trim();
  if (javaHome) {
    const candidate = path.join(javaHome, 'bin', exe());
    if (exists(candidate)) {
      return { command: candidate, source: 'JAVA_HOME' };
    }
  }
  return { command: 'java', source: 'PATH' };
}

/**
 * Major version from `java -version` output: `version "17.0.2"` → 17,
 * `version "21" 2023-09-19` → 21, `version "1.8.0_392"` → 8. Undefined if unrecognised.
 */
export function parseJavaVersion(output: string): number | undefined {
  const m = /version\s+"(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (!m) {
    return undefined;
  }
  const first = Number(m[1]);
  return first === 1 && m[2] !== undefined ? Number(m[2]) : first;
}

/** Runs `<java> -version` (it prints to stderr) and returns the major version. Rejects with a readable message. */
export function javaMajorVersion(command: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(command, ['-version'], { timeout: 20_000, windowsHide: true }, (err, stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error(`'${command}' was not found`));
        return;
      }
      const version = parseJavaVersion(`${stderr}\n${stdout}`);
      if (version === undefined) {
        reject(new Error(`could not run '${command} -version'${err ? `: ${err.message}` : ''}`));
        return;
      }
      resolve(version);
    });
  });
}
