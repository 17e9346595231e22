/**
 * Finding the routes: functions decorated with `@x.get/post/put/patch/delete/options/head/
 * trace/api_route(path, …)` where x is a `FastAPI()` or an `APIRouter()` (its `prefix` and
 * every `include_router(…, prefix=…)` of it prepended), and `x.add_api_route(path, f)`.
 * A receiver bound nowhere in the file is taken for an app, so a route pasted without its
 * `app = FastAPI()` is still found; one bound to anything else (a Flask app) is not. And the
 * middleware around every route: HTTP middleware and pure ASGI middleware (`asgiMiddleware.ts`).
 */
import type { Span } from './findings';
import { asgiCall, type HandOn } from './asgiMiddleware';
import type { ClassInfo, FunctionInfo, ModuleInfo } from './bindings';
import { callArgument } from './callArguments';
import { methodOf } from './classMethods';
import { stringValue } from './literals';
import type { Resolver } from './names';
import { parameterName } from './parameters';
import { fieldOf, nodeText, type PyNode } from './syntax';

export const ROUTE_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'options', 'head', 'trace'] as const;
const APP_TYPES = new Set(['fastapi.FastAPI', 'fastapi.APIRouter']);

export interface RouteInfo {
  /** `GET /users/{user_id}`: unique among the routes. */
  name: string;
  methods: string[];
  path: string;
  handler: FunctionInfo;
  /** The decorator (or add_api_route call). */
  at: Span;
  /** `dependencies=[Depends(f)]` of the decorator and of the routers, in the order FastAPI runs them. */
  extraDependencies: PyNode[];
}

interface Receiver {
  kind: 'app' | 'router';
  /** The full prefix, through include_router. */
  prefix: string;
  dependencies: PyNode[];
}

/** A middleware: it runs around every request, on the event loop. */
export interface MiddlewareInfo {
  fn: FunctionInfo;
  /** Where it hands the request on: the steps before run before the route, the rest after. */
  handOn: HandOn;
  /** How a warning names it: `HTTP middleware ship_logs`, `ASGI middleware AuditMiddleware`. */
  label: string;
}

export interface FoundRoutes {
  routes: RouteInfo[];
  /** `@app.middleware("http")` functions, `app.add_middleware(C)` and `FastAPI(middleware=[Middleware(C)])` with C's `dispatch` (a BaseHTTPMiddleware) or C a pure ASGI middleware, and ASGI middleware wrapped round the app (`app = C(app)`), outermost first. */
  middlewares: MiddlewareInfo[];
  /** `@app.websocket(…)` handlers: not simulated. */
  websockets: Span[];
}

export function findRoutes(module: ModuleInfo, resolver: Resolver): FoundRoutes {
  const text = module.text;
  const receivers = new Map<string, Receiver | null>();
  const includes = readIncludes(module, text);

  /** What a decorator's receiver is: an app, a router (with its prefix), or neither. */
  const receiverOf = (node: PyNode | null, scope: FunctionInfo | null, seen: Set<string> = new Set()): Receiver | null => {
    if (!node) return null;
    const key = `${scope?.node.start ?? -1}:${nodeText(text, node)}`;
    if (receivers.has(key)) return receivers.get(key)!;
    const value = resolver.resolve(node, scope);
    let result: Receiver | null = null;
    if (value.kind === 'instance' && APP_TYPES.has(value.type)) {
      const made = node.type === 'identifier' ? constructorOf(module, nodeText(text, node), scope) : null;
      const own = made ? stringValue(nodeText(text, callArgument(made, -1, 'prefix', text))) ?? '' : '';
      const dependencies = made ? dependencyList(callArgument(made, -1, 'dependencies', text)) : [];
      const name = nodeText(text, node);
      const parent = includes.get(name);
      let prefix = own;
      if (parent && !seen.has(name)) {
        seen.add(name);
        const outer = receiverOf(parent.into, null, seen);
        prefix = `${outer?.prefix ?? ''}${parent.prefix}${own}`;
        dependencies.unshift(...(outer?.dependencies ?? []), ...parent.dependencies);
      }
      result = { kind: value.type === 'fastapi.FastAPI' ? 'app' : 'router', prefix, dependencies };
    } else if (value.kind === 'name' && !value.imported && node.type === 'identifier' && !module.assignments.has(value.path)) {
      result = { kind: 'app', prefix: '', dependencies: [] }; // bound nowhere: a pasted route's app
    }
    receivers.set(key, result);
    return result;
  };

  const routes: RouteInfo[] = [];
  const websockets: Span[] = [];
  const middlewares: (MiddlewareInfo & { at: number })[] = [];
  const addMiddleware = (fn: FunctionInfo | null, at: Span) => {
    // `(request, call_next)`, after `self` for a dispatch method.
    const params = (fn?.params?.children ?? []).filter((c) => c.type !== 'comment').map((p) => parameterName(text, p));
    const callNext = params[fn?.ofClass ? 2 : 1];
    if (fn?.isAsync && callNext) middlewares.push({ fn, handOn: { kind: 'call_next', name: callNext }, label: `HTTP middleware ${fn.name}`, at: at.start });
  };
  const addAsgi = (cls: ClassInfo, at: Span) => {
    const asgi = asgiCall(resolver, cls);
    if (asgi && !middlewares.some((m) => m.fn === asgi.fn && m.at === at.start)) middlewares.push({ ...asgi, label: `ASGI middleware ${cls.name}`, at: at.start });
  };
  /** `C(app, …)` with C a class of the file and app the FastAPI app, or another such wrapping. */
  const wrapsApp = (node: PyNode | null, depth = 0): ClassInfo | null => {
    if (node?.type !== 'call' || depth > 8) return null;
    const cls = resolver.resolve(fieldOf(node, 'function'), null);
    const inner = callArgument(node, 0, 'app', text);
    if (cls.kind !== 'class' || !inner) return null;
    if (receiverOf(inner, null)?.kind !== 'app' && wrapsApp(inner, depth + 1) === null) return null;
    addAsgi(cls.cls, node);
    return cls.cls;
  };
  for (const fn of module.allFunctions) {
    for (const written of fn.decorators) {
      const decorator = written.children[0];
      if (decorator?.type !== 'call') continue;
      const callee = fieldOf(decorator, 'function');
      if (callee?.type !== 'attribute') continue;
      const method = nodeText(text, fieldOf(callee, 'attribute'));
      if (method === 'middleware') {
        if (receiverOf(fieldOf(callee, 'object'), fn.parent)?.kind === 'app' && stringValue(nodeText(text, callArgument(decorator, 0, 'middleware_type', text))) === 'http') addMiddleware(fn, written);
        continue;
      }
      const isRoute = (ROUTE_METHODS as readonly string[]).includes(method) || method === 'api_route';
      if (!isRoute && method !== 'websocket') continue;
      const receiver = receiverOf(fieldOf(callee, 'object'), fn.parent);
      if (!receiver) continue;
      if (method === 'websocket') { websockets.push(written); continue; }
      const path = pathOf(decorator, text);
      const methods = method === 'api_route' ? methodsOf(callArgument(decorator, -1, 'methods', text), text) : [method.toUpperCase()];
      routes.push({
        name: '', methods, path: receiver.prefix + path, handler: fn, at: written,
        extraDependencies: [...receiver.dependencies, ...dependencyList(callArgument(decorator, -1, 'dependencies', text))],
      });
    }
  }
  for (const call of module.calls) {
    const callee = fieldOf(call, 'function');
    if (callee?.type === 'attribute' && nodeText(text, fieldOf(callee, 'attribute')) === 'add_middleware' && receiverOf(fieldOf(callee, 'object'), null)?.kind === 'app') {
      const cls = resolver.resolve(callArgument(call, 0, 'middleware_class', text), null);
      const dispatch = cls.kind === 'class' ? methodOf(resolver, cls.cls, 'dispatch') : null;
      if (dispatch) addMiddleware(dispatch, call);
      else if (cls.kind === 'class') addAsgi(cls.cls, call);
      continue;
    }
    if (callee?.type !== 'attribute' || nodeText(text, fieldOf(callee, 'attribute')) !== 'add_api_route') continue;
    const receiver = receiverOf(fieldOf(callee, 'object'), null);
    const endpoint = resolver.resolve(callArgument(call, 1, 'endpoint', text), null);
    if (!receiver || endpoint.kind !== 'function') continue;
    const methods = methodsOf(callArgument(call, -1, 'methods', text), text);
    routes.push({ name: '', methods, path: receiver.prefix + pathOf(call, text), handler: endpoint.fn, at: call, extraDependencies: [...receiver.dependencies, ...dependencyList(callArgument(call, -1, 'dependencies', text))] });
  }
  for (const values of module.assignments.values()) {
    for (const value of values) {
      wrapsApp(value);
      // `FastAPI(middleware=[Middleware(C), …])`: inside what add_middleware adds (Starlette puts those in front), the first outermost.
      const made = value.type === 'call' ? resolver.resolve(value, null) : null;
      if (made?.kind !== 'instance' || made.type !== 'fastapi.FastAPI') continue;
      const listed = dependencyList(callArgument(value, -1, 'middleware', text));
      listed.forEach((entry, i) => {
        const cls = resolver.resolve(callArgument(entry, 0, 'cls', text), null);
        if (cls.kind !== 'class') return;
        const at = { start: value.start + (listed.length - i) / (listed.length + 1), end: entry.end };
        const dispatch = methodOf(resolver, cls.cls, 'dispatch');
        if (dispatch) addMiddleware(dispatch, at);
        else addAsgi(cls.cls, at);
      });
    }
  }
  routes.sort((a, b) => a.at.start - b.at.start);
  nameRoutes(routes);
  // Starlette puts each middleware added in front of the others: the last one in the file is outermost.
  middlewares.sort((a, b) => b.at - a.at);
  return { routes, middlewares: middlewares.map(({ fn, handOn, label }) => ({ fn, handOn, label })), websockets };
}

/** The call that made `name` (`router = APIRouter(prefix=…)`), in the function scope or at module level. */
function constructorOf(module: ModuleInfo, name: string, scope: FunctionInfo | null): PyNode | null {
  for (let s = scope; s !== null; s = s.parent) {
    const local = s.locals?.get(name)?.find((v) => v.type === 'call');
    if (local) return local;
  }
  return module.assignments.get(name)?.find((v) => v.type === 'call') ?? null;
}

/** `a.include_router(b, prefix="/v1", dependencies=[…])` at module level: b's parent and the prefix added. */
function readIncludes(module: ModuleInfo, text: string): Map<string, { into: PyNode; prefix: string; dependencies: PyNode[] }> {
  const includes = new Map<string, { into: PyNode; prefix: string; dependencies: PyNode[] }>();
  for (const call of module.calls) {
    const callee = fieldOf(call, 'function');
    if (callee?.type !== 'attribute' || nodeText(text, fieldOf(callee, 'attribute')) !== 'include_router') continue;
    const router = callArgument(call, 0, 'router', text);
    const into = fieldOf(callee, 'object');
    if (router?.type !== 'identifier' || !into) continue;
    const prefix = stringValue(nodeText(text, callArgument(call, -1, 'prefix', text))) ?? '';
    includes.set(nodeText(text, router), { into, prefix, dependencies: dependencyList(callArgument(call, -1, 'dependencies', text)) });
  }
  return includes;
}

function pathOf(call: PyNode, text: string): string {
  const arg = callArgument(call, 0, 'path', text);
  if (!arg) return '';
  return stringValue(nodeText(text, arg)) ?? `{${nodeText(text, arg)}}`;
}

function methodsOf(list: PyNode | null, text: string): string[] {
  const methods = (list?.children ?? []).map((c) => stringValue(nodeText(text, c))?.toUpperCase()).filter((m): m is string => !!m);
  return methods.length > 0 ? methods : ['GET'];
}

/** `[Depends(a), Depends(b)]` → the Depends calls. */
function dependencyList(list: PyNode | null): PyNode[] {
  return (list?.children ?? []).filter((c) => c.type === 'call');
}

/** `GET /items/{id}`; two routes with one method and path (or no path) are told apart by their function. */
function nameRoutes(routes: RouteInfo[]): void {
  const used = new Set<string>();
  for (const route of routes) {
    const base = `${route.methods.join(' ')} ${route.path || '/'}`;
    let name = base;
    if (used.has(name)) name = `${base} (${route.handler.name})`;
    for (let i = 2; used.has(name); i++) name = `${base} (${route.handler.name} ${i})`;
    used.add(name);
    route.name = name.length <= 200 ? name : `${name.slice(0, 199)}…`;
  }
}
