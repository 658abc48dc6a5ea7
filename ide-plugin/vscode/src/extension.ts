import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
} from 'vscode-languageclient/node';
import { findJava, javaMajorVersion, MIN_JAVA } from './java';

const SECTION = 'garbo';
const LANGUAGES = ['plaintext', 'markdown', 'properties', 'yaml', 'json', 'html', 'handlebars'];
/** Settings that only take effect when the server process is (re)started. */
const PROCESS_SETTINGS = ['garbo.java.home', 'garbo.server.path', 'garbo.server.jvmArgs'];

/** What the server receives as `initializationOptions`, and under `settings.garbo` in `workspace/didChangeConfiguration`. */
export interface GarboSettings {
  language: 'auto' | 'en' | 'it';
  register: 'lei' | 'tu' | 'voi';
  grammar: boolean;
  rules: Record<string, 'off' | 'suggestion' | 'warning' | 'error'>;
  markdown: { replyPer: 'paragraph' | 'file' };
}

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;
let garboYamlWatcher: vscode.FileSystemWatcher;
let queue: Promise<void> = Promise.resolve();

export function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('garbo');
  status = vscode.window.createStatusBarItem('garbo.status', vscode.StatusBarAlignment.Right, 100);
  status.name = 'garbo';
  status.command = 'garbo.restartServer';
  garboYamlWatcher = vscode.workspace.createFileSystemWatcher('**/.garbo.yaml');

  context.subscriptions.push(
    output,
    status,
    garboYamlWatcher,
    vscode.commands.registerCommand('garbo.restartServer', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((e) => onConfigurationChanged(e, context)),
  );
  return restart(context);
}

export function deactivate(): Promise<void> {
  return stop();
}

/** Stops the running client (if any) and starts a new one. Calls are serialised. */
function restart(context: vscode.ExtensionContext): Promise<void> {
  queue = queue.then(async () => {
    await stop();
    await start(context);
  });
  return queue;
}

async function stop(): Promise<void> {
  const old = client;
  client = undefined;
  if (old) {
    try {
      await old.stop();
    } catch (e) {
      output.appendLine(`Stopping the server failed: ${String(e)}`);
    }
  }
}

async function start(context: vscode.ExtensionContext): Promise<void> {
  setStatus('starting');
  const config = vscode.workspace.getConfiguration(SECTION);
  const jar = serverJar(context, config);
  const java = jar && (await javaCommand(config));
  if (!jar || !java) {
    return;
  }
  const jvmArgs = config.get<string[]>('server.jvmArgs', []);
  output.appendLine(`Starting: ${java} ${[...jvmArgs, '-jar', jar].join(' ')}`);

  const serverOptions: ServerOptions = {
    command: java,
    args: [...jvmArgs, '-jar', jar],
    // No `transport`: stdio is the default, and TransportKind.stdio would append `--stdio` to the args.
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.map((language) => ({ scheme: 'file', language })),
    synchronize: { fileEvents: garboYamlWatcher },
    initializationOptions: serverSettings(),
    outputChannel: output,
  };
  const c = new LanguageClient('garbo', 'garbo', serverOptions, clientOptions);
  client = c;
  c.onDidChangeState((e) => {
    if (client === c) {
      setStatus(e.newState === State.Running ? 'running' : e.newState === State.Starting ? 'starting' : 'stopped');
    }
  });
  try {
    await c.start();
  } catch (e) {
    output.appendLine(`The garbo server failed to start: ${String(e)}`);
    setStatus('stopped');
  }
}

export function serverSettings(): GarboSettings {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    language: config.get('language', 'auto'),
    register: config.get('register', 'lei'),
    grammar: config.get('grammar', true),
    rules: { ...config.get<GarboSettings['rules']>('rules', {}) },
    markdown: { replyPer: config.get('markdown.replyPer', 'paragraph') },
  };
}

function onConfigurationChanged(e: vscode.ConfigurationChangeEvent, context: vscode.ExtensionContext): void {
  if (!e.affectsConfiguration(SECTION)) {
    return;
  }
  if (PROCESS_SETTINGS.some((key) => e.affectsConfiguration(key))) {
    if (!client?.isRunning()) {
      void restart(context);
      return;
    }
    void vscode.window
      .showInformationMessage('garbo: restart the server to apply the new Java/server settings?', 'Restart')
      .then((choice) => choice && restart(context));
  }
  if (client?.isRunning()) {
    void client.sendNotification(DidChangeConfigurationNotification.type, { settings: { garbo: serverSettings() } });
  }
}

/** `garbo.server.path` if set, else the jar bundled in `<extension>/server/`. Undefined (after telling the user) if missing. */
function serverJar(context: vscode.ExtensionContext, config: vscode.WorkspaceConfiguration): string | undefined {
  const custom = config.get<string>('server.path', '').trim();
  const jar = custom ? resolveUserPath(custom) : context.asAbsolutePath(path.join('server', 'garbo-lsp.jar'));
  if (fs.existsSync(jar)) {
    return jar;
  }
  fail(
    custom
      ? `garbo: the server jar set in "garbo.server.path" does not exist: ${jar}. Correct the path, or clear the setting to use the bundled server.`
      : `garbo: the bundled server jar is missing: ${jar}. Reinstall the extension, or set "garbo.server.path" to a garbo-lsp.jar built from the ide-plugin module.`,
    'garbo.server.path',
  );
  return undefined;
}

/** The Java executable to use, verified to be at least MIN_JAVA. Undefined (after telling the user) otherwise. */
async function javaCommand(config: vscode.WorkspaceConfiguration): Promise<string | undefined> {
  const setting = config.get<string>('java.home', '').trim();
  const java = findJava(setting ? resolveUserPath(setting) : undefined);
  let version: number;
  try {
    version = await javaMajorVersion(java.command);
  } catch (e) {
    fail(
      `garbo needs Java ${MIN_JAVA} or newer to run its server, but ${(e as Error).message} (Java taken from ${java.source}). ` +
        `Install a JDK ${MIN_JAVA}+ and set "garbo.java.home" (or JAVA_HOME) to it.`,
      'garbo.java.home',
    );
    return undefined;
  }
  if (version < MIN_JAVA) {
    fail(
      `garbo needs Java ${MIN_JAVA} or newer, but ${java.command} (from ${java.source}) is Java ${version}. ` +
        `Set "garbo.java.home" (or JAVA_HOME) to a JDK ${MIN_JAVA}+.`,
      'garbo.java.home',
    );
    return undefined;
  }
  output.appendLine(`Using Java ${version}: ${java.command} (from ${java.source})`);
  return java.command;
}

/** Expands a leading `~` and resolves relative paths against the first workspace folder. */
function resolveUserPath(p: string): string {
  const expanded = p === '~' || p.startsWith('~/') || p.startsWith('~\\') ? path.join(os.homedir(), p.slice(1)) : p;
  const base = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return path.isAbsolute(expanded) || !base ? expanded : path.resolve(base, expanded);
}

function fail(message: string, setting: string): void {
  output.appendLine(message);
  setStatus('stopped', message);
  void vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output').then((choice) => {
    if (choice === 'Open Settings') {
      void vscode.commands.executeCommand('workbench.action.openSettings', setting);
    } else if (choice === 'Show Output') {
      output.show();
    }
  });
}

function setStatus(state: 'starting' | 'running' | 'stopped', detail?: string): void {
  const icon = { starting: '$(sync~spin)', running: '$(check)', stopped: '$(error)' }[state];
  status.text = `${icon} garbo`;
  status.tooltip = `${detail ?? `garbo server: ${state}.`}\nClick to restart the server.`;
  status.backgroundColor = state === 'stopped' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  status.show();
}
