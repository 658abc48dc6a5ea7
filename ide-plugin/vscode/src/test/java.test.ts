import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { findJava, parseJavaVersion } from '../java';

const java = process.platform === 'win32' ? 'java.exe' : 'java';

test('parses modern and legacy java -version output', () => {
  assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
  assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaVersion('java version "1.8.0_392"'), 8);
  assert.equal(parseJavaVersion('openjdk version "22-ea" 2024-03-19'), 22);
  assert.equal(parseJavaVersion('Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "11.0.2" 2019-01-15'), 11);
  assert.equal(parseJavaVersion('Error: something else'), undefined);
});

test('garbo.java.home wins, even if JAVA_HOME is set', () => {
  const found = findJava('/opt/jdk21', { JAVA_HOME: '/opt/jdk17' }, () => true);
  assert.deepEqual(found, { command: path.join('/opt/jdk21', 'bin', java), source: 'garbo.java.home' });
});

test('JAVA_HOME is used when it contains bin/java', () => {
  const found = findJava('', { JAVA_HOME: '/opt/jdk17' }, () => true);
  assert.deepEqual(found, { command: path.join('/opt/jdk17', 'bin', java), source: 'JAVA_HOME' });
});

test('falls back to java on PATH', () => {
  assert.deepEqual(findJava(undefined, { JAVA_HOME: '/nowhere' }, () => false), { command: 'java', source: 'PATH' });
  assert.deepEqual(findJava('  ', {}, () => true), { command: 'java', source: 'PATH' });
});
