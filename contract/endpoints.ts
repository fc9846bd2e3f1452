/**
 * Lists the endpoints the client calls, read from the client's own source (no hand-kept list): every
 * `http(path, { method, body, query, schema })` call of `src/lib/http.ts`, with the path evaluated into a
 * template (`/api/v2/organizations/{org}/groups`). Path helpers (`const groupPath = (id) => \`…\``), imported
 * constants, template literals, `encodeURIComponent(x)` and wrappers that pass the path through a parameter
 * are followed; anything else becomes a `{placeholder}`.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { repoRoot } from './swagger';

export type ClientEndpoint = {
  method: string;
  /** Path template, `{name}` for each dynamic part; no query string. */
  path: string;
  /** `src/api/users.ts:41` */
  at: string;
  sendsBody: boolean;
  /** Query keys sent (literal keys and keys of spread helper results); `complete` false if some are unknown. */
  query: { keys: string[]; complete: boolean };
};

type Module = {
  file: string;
  source: ts.SourceFile;
  decls: Map<string, ts.Node>;
  imports: Map<string, { file: string; name: string }>;
};

const EXTENSIONS = ['.ts', '.tsx'];

/** App source that may talk to the API: everything in src/ except the mock, test helpers and tests. */
export function clientSourceFiles(root = repoRoot): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      const rel = path.relative(root, p).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (rel === 'src/mock' || rel === 'src/test') continue;
        walk(p);
      } else if (
        EXTENSIONS.some((e) => entry.name.endsWith(e)) &&
        !/\.(test|spec|stories)\.tsx?$/.test(entry.name)
      ) {
        out.push(p);
      }
    }
  };
  walk(path.join(root, 'src'));
  return out.sort();
}

function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [
    base,
    ...EXTENSIONS.map((e) => base + e),
    ...EXTENSIONS.map((e) => path.join(base, 'index' + e)),
  ]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return undefined;
}

function loadModule(file: string, text = fs.readFileSync(file, 'utf8')): Module {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const decls = new Map<string, ts.Node>();
  const imports = new Map<string, { file: string; name: string }>();
  for (const st of source.statements) {
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) decls.set(d.name.text, d);
    } else if (ts.isFunctionDeclaration(st) && st.name) {
      decls.set(st.name.text, st);
    } else if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      const target = resolveImport(file, st.moduleSpecifier.text);
      const named = st.importClause?.namedBindings;
      if (target && named && ts.isNamedImports(named)) {
        for (const el of named.elements) {
          imports.set(el.name.text, { file: target, name: (el.propertyName ?? el.name).text });
        }
      }
    }
  }
  return { file, source, decls, imports };
}

type Env = Map<string, string[]>;
type FnNode = ts.ArrowFunction | ts.FunctionDeclaration | ts.FunctionExpression;

const MAX_ALTERNATIVES = 16;

class Extractor {
  private modules = new Map<string, Module>();
  constructor(private readonly sources?: Map<string, string>) {}

  module(file: string): Module {
    let m = this.modules.get(file);
    if (!m) {
      m = loadModule(file, this.sources?.get(file));
      this.modules.set(file, m);
    }
    return m;
  }

  /** The declaration a name refers to at top level of `mod`, following imports. */
  lookup(mod: Module, name: string, depth = 0): { mod: Module; node: ts.Node } | undefined {
    const local = mod.decls.get(name);
    if (local) return { mod, node: local };
    const imp = mod.imports.get(name);
    if (imp && depth < 8) return this.lookup(this.module(imp.file), imp.name, depth + 1);
    return undefined;
  }

  fnOf(node: ts.Node): FnNode | undefined {
    if (ts.isFunctionDeclaration(node)) return node;
    if (ts.isVariableDeclaration(node) && node.initializer) {
      const init = node.initializer;
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
    }
    return undefined;
  }

  returnExprs(fn: FnNode): ts.Expression[] {
    if (!fn.body) return [];
    if (!ts.isBlock(fn.body)) return [fn.body];
    const out: ts.Expression[] = [];
    const visit = (n: ts.Node) => {
      if (ts.isFunctionLike(n) && n !== fn) return;
      if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
      ts.forEachChild(n, visit);
    };
    ts.forEachChild(fn.body, visit);
    return out;
  }

  /** Possible string values of `expr`; unknown parts become `{name}`. */
  evalString(expr: ts.Expression, mod: Module, env: Env, depth = 0): string[] {
    const placeholder = (name: string) => [`{${name}}`];
    if (depth > 12) return placeholder('?');
    const next = (e: ts.Expression, m = mod, en = env) => this.evalString(e, m, en, depth + 1);
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
    if (
      ts.isParenthesizedExpression(expr) ||
      ts.isAsExpression(expr) ||
      ts.isNonNullExpression(expr) ||
      ts.isSatisfiesExpression(expr)
    ) {
      return next(expr.expression);
    }
    if (ts.isTemplateExpression(expr)) {
      let acc = [expr.head.text];
      for (const span of expr.templateSpans) {
        const vals = next(span.expression);
        acc = cross(acc, vals).map((s) => s + span.literal.text);
      }
      return acc;
    }
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      return cross(next(expr.left), next(expr.right));
    }
    if (ts.isConditionalExpression(expr)) return unique([...next(expr.whenTrue), ...next(expr.whenFalse)]);
    if (ts.isIdentifier(expr)) {
      const bound = env.get(expr.text);
      if (bound) return bound;
      const found = this.lookup(mod, expr.text);
      if (found && ts.isVariableDeclaration(found.node) && found.node.initializer) {
        const init = found.node.initializer;
        if (!ts.isArrowFunction(init) && !ts.isFunctionExpression(init))
          return this.evalString(init, found.mod, new Map(), depth + 1);
      }
      return placeholder(expr.text);
    }
    if (ts.isPropertyAccessExpression(expr)) return placeholder(expr.name.text);
    if (ts.isCallExpression(expr)) {
      const callee = expr.expression;
      if (ts.isIdentifier(callee) && ['encodeURIComponent', 'String', 'encodeURI'].includes(callee.text)) {
        const arg = expr.arguments[0];
        if (!arg) return placeholder('?');
        const vals = next(arg);
        // A dynamic argument stays one placeholder named after what is passed.
        return vals;
      }
      if (ts.isIdentifier(callee)) {
        const found = this.lookup(mod, callee.text);
        const fn = found && this.fnOf(found.node);
        if (found && fn) {
          const inner: Env = new Map();
          fn.parameters.forEach((p, i) => {
            if (!ts.isIdentifier(p.name)) return;
            const arg = expr.arguments[i];
            inner.set(p.name.text, arg ? next(arg) : placeholder(p.name.text));
          });
          return unique(this.returnExprs(fn).flatMap((r) => this.evalString(r, found.mod, inner, depth + 1)));
        }
      }
      return placeholder(ts.isIdentifier(callee) ? callee.text : '?');
    }
    return placeholder('?');
  }

  /** Keys of an object expression (`{ q, ...pageToWire(p) }`). */
  objectKeys(expr: ts.Expression, mod: Module, depth = 0): { keys: string[]; complete: boolean } {
    if (depth > 8) return { keys: [], complete: false };
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) {
      return this.objectKeys(expr.expression, mod, depth + 1);
    }
    if (ts.isObjectLiteralExpression(expr)) {
      const keys: string[] = [];
      let complete = true;
      for (const p of expr.properties) {
        if (ts.isSpreadAssignment(p)) {
          const r = this.objectKeys(p.expression, mod, depth + 1);
          keys.push(...r.keys);
          complete &&= r.complete;
        } else if (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
          keys.push(p.name.text);
        } else complete = false;
      }
      return { keys, complete };
    }
    if (ts.isCallExpression(expr) && ts.isIdentifier(expr.expression)) {
      const found = this.lookup(mod, expr.expression.text);
      const fn = found && this.fnOf(found.node);
      if (found && fn) {
        const rs = this.returnExprs(fn).map((r) => this.objectKeys(r, found.mod, depth + 1));
        return {
          keys: unique(rs.flatMap((r) => r.keys)),
          complete: rs.length > 0 && rs.every((r) => r.complete),
        };
      }
    }
    if (ts.isIdentifier(expr)) {
      const found = this.lookup(mod, expr.text);
      if (found && ts.isVariableDeclaration(found.node) && found.node.initializer) {
        return this.objectKeys(found.node.initializer, found.mod, depth + 1);
      }
    }
    return { keys: [], complete: false };
  }

  /** Is `callee` the `http` function of src/lib/http.ts? */
  isHttp(callee: ts.Expression, mod: Module): boolean {
    if (!ts.isIdentifier(callee)) return false;
    const imp = mod.imports.get(callee.text);
    return Boolean(imp && imp.name === 'http' && /[\\/]src[\\/]lib[\\/]http\.ts$/.test(imp.file));
  }

  enclosingFunction(node: ts.Node): { fn: FnNode; name?: string } | undefined {
    for (let n = node.parent; n; n = n.parent) {
      if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n)) {
        let name: string | undefined;
        if (ts.isFunctionDeclaration(n)) name = n.name?.text;
        else if (ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name))
          name = n.parent.name.text;
        return { fn: n, name };
      }
    }
    return undefined;
  }

  /** Environments for a function's parameters, from its call sites in all files (when it has a name). */
  callSiteEnvs(fnName: string, fn: FnNode, files: string[]): { mod: Module; env: Env }[] {
    const out: { mod: Module; env: Env }[] = [];
    for (const f of files) {
      const mod = this.module(f);
      const visit = (n: ts.Node) => {
        if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === fnName) {
          const env: Env = new Map();
          fn.parameters.forEach((p, i) => {
            const arg = n.arguments[i];
            if (ts.isIdentifier(p.name) && arg) env.set(p.name.text, this.evalString(arg, mod, new Map()));
          });
          out.push({ mod, env });
        }
        ts.forEachChild(n, visit);
      };
      visit(mod.source);
    }
    return out;
  }

  extract(files: string[]): { endpoints: ClientEndpoint[]; unresolved: string[] } {
    const endpoints: ClientEndpoint[] = [];
    const unresolved: string[] = [];
    for (const file of files) {
      const mod = this.module(file);
      const visit = (n: ts.Node) => {
        if (ts.isCallExpression(n) && this.isHttp(n.expression, mod))
          this.addCall(n, mod, files, endpoints, unresolved);
        ts.forEachChild(n, visit);
      };
      visit(mod.source);
    }
    const seen = new Set<string>();
    return {
      endpoints: endpoints.filter((e) => {
        const k = `${e.method} ${e.path} ${e.at}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      }),
      unresolved,
    };
  }

  private addCall(
    call: ts.CallExpression,
    mod: Module,
    files: string[],
    out: ClientEndpoint[],
    unresolved: string[],
  ) {
    const { line } = mod.source.getLineAndCharacterOfPosition(call.getStart());
    const at = `${path.relative(repoRoot, mod.file).split(path.sep).join('/')}:${line + 1}`;
    const [pathArg, optsArg] = call.arguments;
    if (!pathArg) {
      unresolved.push(`${at}: http() called without a path`);
      return;
    }
    let paths = this.evalString(pathArg, mod, new Map());
    // The path is a parameter of a wrapper (`const get = (p: string) => http(p, …)`): evaluate it per call site.
    if (paths.some((p) => !p.startsWith('/'))) {
      const encl = this.enclosingFunction(call);
      if (encl?.name) {
        const sites = this.callSiteEnvs(encl.name, encl.fn, files);
        // No call site: keep the unresolved path so it is reported, never dropped.
        if (sites.length > 0) paths = unique(sites.flatMap(({ env }) => this.evalString(pathArg, mod, env)));
      }
    }
    let methods = ['GET'];
    let sendsBody = false;
    let query = { keys: [] as string[], complete: true };
    if (optsArg) {
      if (!ts.isObjectLiteralExpression(optsArg)) {
        unresolved.push(`${at}: http() options are not an object literal; the method cannot be read`);
        return;
      }
      for (const p of optsArg.properties) {
        const name =
          p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
        if (ts.isSpreadAssignment(p)) {
          unresolved.push(`${at}: http() options use a spread; write method/body/query out`);
          return;
        }
        if (name === 'method' && ts.isPropertyAssignment(p))
          methods = this.evalString(p.initializer, mod, new Map());
        if (name === 'body') sendsBody = true;
        if (name === 'query' && ts.isPropertyAssignment(p)) query = this.objectKeys(p.initializer, mod);
        if (name === 'query' && ts.isShorthandPropertyAssignment(p)) query = { keys: [], complete: false };
      }
    }
    for (const method of methods) {
      if (!/^(GET|POST|PUT|PATCH|DELETE)$/.test(method)) {
        unresolved.push(`${at}: cannot read the HTTP method (got ${method})`);
        continue;
      }
      for (const raw of paths) {
        const [p, qs] = raw.split('?') as [string, string | undefined];
        if (!p.startsWith('/api/')) {
          unresolved.push(`${at}: cannot resolve the path statically (got ${raw})`);
          continue;
        }
        const keys = qs ? [...query.keys, ...qs.split('&').map((kv) => kv.split('=')[0]!)] : query.keys;
        out.push({ method, path: p, at, sendsBody, query: { keys: unique(keys), complete: query.complete } });
      }
    }
  }
}

function cross(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return unique(out).slice(0, MAX_ALTERNATIVES);
}
const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * Every endpoint the client calls. `sources` lets a test feed in-memory files (the checker's self-test);
 * `unresolved` lists calls the extractor could not read — those fail the contract suite.
 */
export function extractClientEndpoints(opts: { files?: string[]; sources?: Map<string, string> } = {}): {
  endpoints: ClientEndpoint[];
  unresolved: string[];
} {
  const files = opts.files ?? clientSourceFiles();
  return new Extractor(opts.sources).extract(files);
}

/** Files outside src/lib/http.ts that call `fetch(` directly (bypassing the one HTTP layer). */
export function directFetchCalls(files = clientSourceFiles()): string[] {
  const out: string[] = [];
  for (const file of files) {
    if (/[\\/]src[\\/]lib[\\/]http\.ts$/.test(file)) continue;
    const mod = loadModule(file);
    const visit = (n: ts.Node) => {
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'fetch') {
        const { line } = mod.source.getLineAndCharacterOfPosition(n.getStart());
        out.push(`${path.relative(repoRoot, file).split(path.sep).join('/')}:${line + 1}`);
      }
      ts.forEachChild(n, visit);
    };
    visit(mod.source);
  }
  return out;
}
