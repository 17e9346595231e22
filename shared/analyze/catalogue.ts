/**
 * What Python calls mean for an event loop: one table, one row per library fact, each with
 * where the fact comes from. The analyser's code walks syntax; this table says what a call
 * does. Adding a library is adding rows.
 *
 * Sources, cited per row:
 * - ruff: astral-sh/ruff, crates/ruff_linter/src/rules/flake8_async/rules/ (rule ids ASYNC2xx).
 * - flake8-async: python-trio/flake8-async, flake8_async/visitors/visitor2xx.py, docs/rules.rst.
 * - blockbuster: cbornet/blockbuster, blockbuster/blockbuster.py (calls it makes raise inside a loop).
 * - the library's own documentation or source, named in the row.
 *
 * `catalogue.test.ts` runs every row through the analyser, and checks that every rule of
 * ruff's and flake8-async's ASYNC210–251 that names calls has rows. Left out on purpose:
 * blockbuster's `threading.Lock.acquire` (what it costs is how long another thread holds the
 * lock, which no file says) and ASYNC200 (calls the user configures for their linter).
 */
import type { ThreadPoolKind } from '../scenario/types';

/** What an I/O call waits for; durations.ts gives each a default duration. */
export type IoKind = 'http' | 'llm' | 'db' | 'sqlite' | 'cache' | 'file' | 'fs' | 'process' | 'spawn' | 'socket' | 'mail' | 'cloud' | 'console' | 'queue' | 'worker' | 'backend';

/** Heavy computations with a known cost model (durations.ts). */
export type CpuKind = 'bcrypt' | 'argon2' | 'pbkdf2' | 'scrypt';

export type Effect =
  /** A blocking call: the calling thread waits (in `async def`, the event loop does). */
  | { blocks: IoKind }
  /**
   * An async call: when awaited, the coroutine waits and the loop serves others. `ownThread`:
   * the library runs the blocking call on a thread it keeps for this one connection, not a
   * pool's, so nothing queues for a thread and the step is awaited I/O like any other.
   */
  | { awaits: IoKind; ownThread?: true }
  /** Awaited, but the library runs the blocking call on a thread of `pool`. */
  | { awaitsThread: IoKind; pool: ThreadPoolKind }
  /** Pure computation that holds a core (and, in the model, the GIL). */
  | { computes: CpuKind }
  /** Sleeps for its first argument, in seconds. */
  | { sleeps: 'blocking' | 'awaited' }
  /** Runs argument `fn` (a function, then its arguments) elsewhere; `executor` names the argument saying where. */
  | { offloads: ThreadPoolKind | 'process' | 'by-executor'; fn: number }
  /** Runs argument `fn` on a pool's threads while the caller waits for it (an executor's `map`, `submit`): a blocking wait. */
  | { waitsForPool: true; fn: number }
  /** Runs its arguments (awaitables) concurrently; `collection`: the awaitables in its first argument (a list, a set). */
  | { gathers: 'arguments' | 'collection' }
  /** A task group method that starts argument 0 (a coroutine, or a function and its arguments) as a concurrent task. */
  | { startsTask: 'coroutine' | 'function' }
  /** Runs a function after the response is sent. */
  | { background: true }
  /** Starts argument 0 (a coroutine) as a task nobody here waits for (outside a task group). */
  | { detachesTask: true }
  /** Awaits argument 0 (an awaitable) where it stands, under a timeout or a shield. */
  | { wraps: 'awaitable' }
  /**
   * A response whose body is argument `content` (an iterator), iterated once the handler
   * returns: an async iterator on the event loop, a sync one on AnyIO's thread pool.
   */
  | { streams: 'content' };

export interface CallEntry {
  /** Qualified names of the functions or classes this row is about (`requests.get`). */
  readonly calls?: readonly string[];
  /** Or: methods of values of this type (a type named in some row's `makes`)… */
  readonly on?: string;
  /** …these methods (`'*'`: any), except `except`. `'__call__'` is calling the value itself. */
  readonly methods?: readonly string[] | '*';
  readonly except?: readonly string[];
  /** …or these attributes of values of `on`, which are values of the type in `makes`. */
  readonly attributes?: readonly string[];
  /** …or these attributes of values of `on` whose reading does what `effect` says (a property that asks a server). */
  readonly reads?: readonly string[];
  /**
   * Or: method `method` on a value of any type (one the analyser cannot follow: a parameter, an
   * attribute, a helper's result), recognised by its signature when the file imports `module`
   * and argument 0 is a string among `firstArgument` (compared in upper case).
   */
  readonly bySignature?: { readonly method: string; readonly module: string; readonly firstArgument: readonly string[] };
  readonly effect?: Effect;
  /** The type of value the call returns, for later calls on it (`httpx.Client()` makes an `httpx.Client`). */
  readonly makes?: string;
  /** Where the fact comes from. */
  readonly source: string;
  /** The ruff / flake8-async rule that flags this call inside `async def`. */
  readonly rule?: string;
  /** The async way to do the same thing, proposed by the fix. */
  readonly instead?: string;
}

const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request'];
const HTTPX_CLIENT_METHODS = ['close', 'delete', 'get', 'head', 'options', 'patch', 'post', 'put', 'request', 'send', 'stream'];

/** SQLAlchemy Session methods that only stage work or build a query (no round trip to the database; `delete` only marks the object for the next flush). */
const SESSION_LOCAL = ['add', 'add_all', 'delete', 'expunge', 'expunge_all', 'expire', 'expire_all', 'close', 'query', 'filter', 'filter_by', 'order_by', 'join', 'outerjoin', 'options', 'limit', 'offset', 'group_by', 'having', 'where', 'distinct', 'select_from', 'is_modified', 'in_transaction'];

export const CALLS: readonly CallEntry[] = [
  // ── The app itself ──────────────────────────────────────────────────────────────────────
  // The bare names match only where nothing binds them: code pasted without its imports.
  { calls: ['fastapi.FastAPI', 'fastapi.applications.FastAPI', 'FastAPI'], makes: 'fastapi.FastAPI', source: 'FastAPI docs: FastAPI()' },
  { calls: ['fastapi.APIRouter', 'fastapi.routing.APIRouter', 'APIRouter'], makes: 'fastapi.APIRouter', source: 'FastAPI docs: APIRouter (prefix, dependencies)' },

  // ── Sleeping ────────────────────────────────────────────────────────────────────────────
  { calls: ['time.sleep'], effect: { sleeps: 'blocking' }, rule: 'ASYNC251', instead: 'asyncio.sleep', source: 'ruff ASYNC251 (blocking-sleep-in-async-function); blockbuster' },
  { calls: ['asyncio.sleep', 'anyio.sleep', 'trio.sleep'], effect: { sleeps: 'awaited' }, source: 'Python docs asyncio.sleep; AnyIO docs anyio.sleep' },

  // ── HTTP clients ────────────────────────────────────────────────────────────────────────
  { calls: [...HTTP_VERBS, 'connect', 'trace'].map((v) => `requests.${v}`), effect: { blocks: 'http' }, rule: 'ASYNC210', instead: 'httpx.AsyncClient', source: 'ruff ASYNC210 (blocking-http-call-in-async-function); flake8-async adds request' },
  { calls: [...HTTP_VERBS, 'stream'].map((v) => `httpx.${v}`), effect: { blocks: 'http' }, rule: 'ASYNC210', instead: 'httpx.AsyncClient', source: 'ruff ASYNC210' },
  { calls: ['urllib.request.urlopen', 'urllib3.request'], effect: { blocks: 'http' }, rule: 'ASYNC210', instead: 'httpx.AsyncClient', source: 'ruff ASYNC210' },
  { calls: ['requests.Session', 'requests.session', 'requests.sessions.Session'], makes: 'requests.Session', source: 'requests docs: Session objects' },
  { on: 'requests.Session', methods: [...HTTP_VERBS, 'send'], effect: { blocks: 'http' }, rule: 'ASYNC210', instead: 'httpx.AsyncClient', source: 'requests docs: Session.request is the blocking call every verb uses' },
  { calls: ['httpx.Client'], makes: 'httpx.Client', source: 'httpx docs: Client' },
  { on: 'httpx.Client', methods: HTTPX_CLIENT_METHODS, effect: { blocks: 'http' }, rule: 'ASYNC212', instead: 'httpx.AsyncClient', source: 'ruff ASYNC212 (blocking-http-call-httpx-in-async-function)' },
  { calls: ['urllib3.PoolManager', 'urllib3.ProxyManager', 'urllib3.HTTPConnectionPool', 'urllib3.HTTPSConnectionPool'], makes: 'urllib3.PoolManager', source: 'urllib3 docs: PoolManager' },
  { on: 'urllib3.PoolManager', methods: ['request', 'urlopen', 'request_encode_url', 'request_encode_body'], effect: { blocks: 'http' }, rule: 'ASYNC212', instead: 'httpx.AsyncClient', source: 'flake8-async ASYNC212: any method of a urllib3 pool' },
  { bySignature: { method: 'request', module: 'urllib3', firstArgument: ['GET', 'OPTIONS', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'CONNECT'] }, effect: { blocks: 'http' }, rule: 'ASYNC211', instead: 'httpx.AsyncClient', source: 'flake8-async ASYNC211 (blocking-http-call-pool): x.request("GET", …) in a file that imports urllib3, matched by signature, not by object' },
  { calls: ['httpx.AsyncClient'], makes: 'httpx.AsyncClient', source: 'httpx docs: AsyncClient' },
  { on: 'httpx.AsyncClient', methods: HTTPX_CLIENT_METHODS.filter((m) => m !== 'close').concat('aclose'), effect: { awaits: 'http' }, source: 'httpx docs: Async Support' },
  { calls: ['aiohttp.ClientSession'], makes: 'aiohttp.ClientSession', source: 'aiohttp docs: ClientSession' },
  { on: 'aiohttp.ClientSession', methods: HTTP_VERBS, effect: { awaits: 'http' }, source: 'aiohttp docs: client quickstart' },

  // ── Databases ───────────────────────────────────────────────────────────────────────────
  { calls: ['psycopg2.connect'], effect: { blocks: 'db' }, makes: 'psycopg2.connection', instead: 'asyncpg', source: 'psycopg2 docs: connect() opens a connection to the server' },
  { calls: ['psycopg2.pool.SimpleConnectionPool', 'psycopg2.pool.ThreadedConnectionPool'], makes: 'psycopg2.pool', source: 'psycopg2 docs: psycopg2.pool' },
  { on: 'psycopg2.pool', methods: ['getconn'], makes: 'psycopg2.connection', source: 'psycopg2 docs: AbstractConnectionPool.getconn' },
  { on: 'psycopg2.connection', methods: ['cursor'], makes: 'psycopg2.cursor', source: 'psycopg2 docs: connection.cursor' },
  { on: 'psycopg2.connection', methods: ['commit', 'rollback'], effect: { blocks: 'db' }, instead: 'asyncpg', source: 'psycopg2 docs: connection.commit waits for the server' },
  { on: 'psycopg2.cursor', methods: ['execute', 'executemany', 'callproc'], effect: { blocks: 'db' }, instead: 'asyncpg', source: 'psycopg2 docs: cursor.execute sends the query and waits (results come with it)' },
  { calls: ['psycopg.connect', 'psycopg.Connection.connect'], effect: { blocks: 'db' }, makes: 'psycopg.Connection', instead: "psycopg's AsyncConnection", source: 'psycopg 3 docs: Connection.connect' },
  { calls: ['psycopg_pool.ConnectionPool'], makes: 'psycopg_pool.ConnectionPool', source: 'psycopg_pool docs: ConnectionPool' },
  { on: 'psycopg_pool.ConnectionPool', methods: ['connection', 'getconn'], makes: 'psycopg.Connection', source: 'psycopg_pool docs: ConnectionPool.connection' },
  { on: 'psycopg.Connection', methods: ['cursor'], makes: 'psycopg.Cursor', source: 'psycopg 3 docs: Connection.cursor' },
  { on: 'psycopg.Connection', methods: ['execute', 'commit', 'rollback'], effect: { blocks: 'db' }, instead: "psycopg's AsyncConnection", source: 'psycopg 3 docs: Connection.execute' },
  { on: 'psycopg.Cursor', methods: ['execute', 'executemany', 'copy'], effect: { blocks: 'db' }, instead: "psycopg's AsyncConnection", source: 'psycopg 3 docs: Cursor.execute' },
  { calls: ['psycopg.AsyncConnection.connect'], effect: { awaits: 'db' }, makes: 'psycopg.AsyncConnection', source: 'psycopg 3 docs: AsyncConnection.connect' },
  { calls: ['psycopg_pool.AsyncConnectionPool'], makes: 'psycopg_pool.AsyncConnectionPool', source: 'psycopg_pool docs: AsyncConnectionPool' },
  { on: 'psycopg_pool.AsyncConnectionPool', methods: ['connection', 'getconn'], makes: 'psycopg.AsyncConnection', source: 'psycopg_pool docs: AsyncConnectionPool.connection' },
  { on: 'psycopg.AsyncConnection', methods: ['cursor'], makes: 'psycopg.AsyncCursor', source: 'psycopg 3 docs: AsyncConnection.cursor' },
  { on: 'psycopg.AsyncConnection', methods: ['execute', 'commit', 'rollback'], effect: { awaits: 'db' }, source: 'psycopg 3 docs: AsyncConnection.execute' },
  { on: 'psycopg.AsyncCursor', methods: ['execute', 'executemany', 'fetchone', 'fetchall', 'fetchmany'], effect: { awaits: 'db' }, source: 'psycopg 3 docs: AsyncCursor' },
  { calls: ['asyncpg.connect'], effect: { awaits: 'db' }, makes: 'asyncpg.Connection', source: 'asyncpg docs: connect' },
  { calls: ['asyncpg.create_pool'], makes: 'asyncpg.Pool', source: 'asyncpg docs: create_pool' },
  { on: 'asyncpg.Pool', methods: ['acquire'], makes: 'asyncpg.Connection', source: 'asyncpg docs: Pool.acquire' },
  { on: 'asyncpg.Pool', methods: ['fetch', 'fetchrow', 'fetchval', 'execute', 'executemany', 'copy_records_to_table'], effect: { awaits: 'db' }, source: 'asyncpg docs: Pool.fetch and friends' },
  { on: 'asyncpg.Connection', methods: ['fetch', 'fetchrow', 'fetchval', 'execute', 'executemany', 'copy_records_to_table'], effect: { awaits: 'db' }, source: 'asyncpg docs: Connection.fetch and friends' },
  { calls: ['pymysql.connect', 'pymysql.Connect', 'pymysql.connections.Connection', 'MySQLdb.connect'], effect: { blocks: 'db' }, makes: 'pymysql.Connection', instead: 'aiomysql', source: 'PyMySQL docs: connect' },
  { on: 'pymysql.Connection', methods: ['cursor'], makes: 'pymysql.Cursor', source: 'PyMySQL docs: Connection.cursor' },
  { on: 'pymysql.Connection', methods: ['commit', 'rollback', 'ping'], effect: { blocks: 'db' }, instead: 'aiomysql', source: 'PyMySQL docs: Connection.commit' },
  { on: 'pymysql.Cursor', methods: ['execute', 'executemany', 'callproc'], effect: { blocks: 'db' }, instead: 'aiomysql', source: 'PyMySQL docs: Cursor.execute' },
  { calls: ['aiomysql.connect'], effect: { awaits: 'db' }, makes: 'aiomysql.Connection', source: 'aiomysql docs: connect' },
  { calls: ['aiomysql.create_pool'], makes: 'aiomysql.Pool', source: 'aiomysql docs: create_pool' },
  { on: 'aiomysql.Pool', methods: ['acquire'], makes: 'aiomysql.Connection', source: 'aiomysql docs: Pool.acquire' },
  { on: 'aiomysql.Connection', methods: ['cursor'], makes: 'aiomysql.Cursor', source: 'aiomysql docs: Connection.cursor' },
  { on: 'aiomysql.Connection', methods: ['commit', 'rollback'], effect: { awaits: 'db' }, source: 'aiomysql docs: Connection.commit' },
  { on: 'aiomysql.Cursor', methods: ['execute', 'executemany', 'fetchone', 'fetchall', 'fetchmany'], effect: { awaits: 'db' }, source: 'aiomysql docs: Cursor' },
  { calls: ['sqlite3.connect'], effect: { blocks: 'sqlite' }, makes: 'sqlite3.Connection', instead: 'aiosqlite', source: 'blockbuster: sqlite3.connect' },
  { on: 'sqlite3.Connection', methods: ['cursor'], makes: 'sqlite3.Cursor', source: 'Python docs: sqlite3.Connection.cursor' },
  { on: 'sqlite3.Connection', methods: ['execute', 'executemany', 'executescript', 'commit', 'rollback'], effect: { blocks: 'sqlite' }, instead: 'aiosqlite', source: 'blockbuster: sqlite3.Connection methods' },
  { on: 'sqlite3.Cursor', methods: ['execute', 'executemany', 'executescript', 'fetchone', 'fetchmany', 'fetchall'], effect: { blocks: 'sqlite' }, instead: 'aiosqlite', source: 'blockbuster: sqlite3.Cursor methods' },
  { calls: ['aiosqlite.connect'], effect: { awaits: 'sqlite', ownThread: true }, makes: 'aiosqlite.Connection', source: 'omnilib/aiosqlite aiosqlite/core.py: Connection is a threading.Thread, started when the connection is awaited; each connection runs sqlite3 on its own thread, not an executor' },
  { on: 'aiosqlite.Connection', methods: ['execute', 'executemany', 'executescript', 'commit', 'rollback', 'cursor', 'fetchone', 'fetchall', 'fetchmany'], effect: { awaits: 'sqlite', ownThread: true }, makes: 'aiosqlite.Connection', source: "omnilib/aiosqlite aiosqlite/core.py: Connection._execute puts each call on the connection thread's queue and awaits a future it resolves" },
  { calls: ['databases.Database'], makes: 'databases.Database', source: 'databases docs: Database' },
  { on: 'databases.Database', methods: ['fetch_all', 'fetch_one', 'fetch_val', 'execute', 'execute_many', 'iterate'], effect: { awaits: 'db' }, source: 'databases docs: queries' },

  // SQLAlchemy: engines and sessions, sync and async. A chain on a session (`db.query(User).filter(…).first()`) is one query.
  { calls: ['sqlalchemy.create_engine'], makes: 'sqlalchemy.Engine', source: 'SQLAlchemy docs: create_engine (connects lazily)' },
  { on: 'sqlalchemy.Engine', methods: ['connect', 'begin'], makes: 'sqlalchemy.Connection', source: 'SQLAlchemy docs: Engine.connect' },
  { on: 'sqlalchemy.Engine', methods: ['execute'], effect: { blocks: 'db' }, instead: "SQLAlchemy's AsyncEngine", source: 'SQLAlchemy 1.x docs: Engine.execute' },
  { on: 'sqlalchemy.Connection', methods: ['execute', 'exec_driver_sql', 'scalar', 'scalars', 'commit', 'rollback'], effect: { blocks: 'db' }, instead: "SQLAlchemy's AsyncConnection", source: 'SQLAlchemy docs: Connection.execute' },
  { calls: ['sqlalchemy.orm.sessionmaker', 'sqlalchemy.orm.scoped_session'], makes: 'sqlalchemy.orm.sessionmaker', source: 'SQLAlchemy docs: sessionmaker' },
  { on: 'sqlalchemy.orm.sessionmaker', methods: ['__call__', 'begin'], makes: 'sqlalchemy.orm.Session', source: 'SQLAlchemy docs: calling a sessionmaker makes a Session' },
  { calls: ['sqlalchemy.orm.Session', 'sqlalchemy.orm.session.Session', 'sqlmodel.Session'], makes: 'sqlalchemy.orm.Session', source: 'SQLAlchemy docs: Session; SQLModel docs: Session' },
  // What a query gives is data, not the session: `result.scalars().all()` reads rows the query already fetched.
  { on: 'sqlalchemy.orm.Session', methods: '*', except: SESSION_LOCAL, effect: { blocks: 'db' }, makes: 'sqlalchemy.Result', instead: "SQLAlchemy's AsyncSession", source: 'SQLAlchemy docs: Session.execute, commit, flush, get and Query.all/first/one run SQL; execute returns a buffered Result (its rows come with it)' },
  { on: 'sqlalchemy.Result', methods: ['scalars', 'mappings', 'unique', 'tuples', 'columns'], makes: 'sqlalchemy.Result', source: 'SQLAlchemy docs: Result.scalars(), mappings() and unique() filter the rows the query fetched (no round trip)' },
  { calls: ['sqlalchemy.ext.asyncio.create_async_engine'], makes: 'sqlalchemy.ext.asyncio.AsyncEngine', source: 'SQLAlchemy docs: create_async_engine' },
  { on: 'sqlalchemy.ext.asyncio.AsyncEngine', methods: ['connect', 'begin'], makes: 'sqlalchemy.ext.asyncio.AsyncConnection', source: 'SQLAlchemy docs: AsyncEngine.connect' },
  { on: 'sqlalchemy.ext.asyncio.AsyncConnection', methods: ['execute', 'exec_driver_sql', 'scalar', 'scalars', 'commit', 'rollback', 'stream'], effect: { awaits: 'db' }, source: 'SQLAlchemy docs: AsyncConnection' },
  { calls: ['sqlalchemy.ext.asyncio.async_sessionmaker'], makes: 'sqlalchemy.ext.asyncio.async_sessionmaker', source: 'SQLAlchemy docs: async_sessionmaker' },
  { on: 'sqlalchemy.ext.asyncio.async_sessionmaker', methods: ['__call__', 'begin'], makes: 'sqlalchemy.ext.asyncio.AsyncSession', source: 'SQLAlchemy docs: calling an async_sessionmaker makes an AsyncSession' },
  { calls: ['sqlalchemy.ext.asyncio.AsyncSession', 'sqlmodel.ext.asyncio.session.AsyncSession'], makes: 'sqlalchemy.ext.asyncio.AsyncSession', source: 'SQLAlchemy docs: AsyncSession' },
  { on: 'sqlalchemy.ext.asyncio.AsyncSession', methods: ['execute', 'scalar', 'scalars', 'get', 'commit', 'rollback', 'flush', 'refresh', 'delete', 'merge', 'exec', 'stream', 'run_sync'], effect: { awaits: 'db' }, source: 'SQLAlchemy docs: AsyncSession (ORM work runs on the loop between awaits); run_sync(fn) runs fn\'s sync ORM calls on the loop, each query awaited through a greenlet' },

  // Document stores and caches: a chain on a client (`client.shop.orders.find_one(…)`) is one call.
  { calls: ['pymongo.MongoClient'], makes: 'pymongo.MongoClient', source: 'PyMongo docs: MongoClient' },
  { on: 'pymongo.MongoClient', methods: '*', except: ['get_database', 'get_collection', 'get_default_database', 'with_options', 'sort', 'limit', 'skip', 'projection'], effect: { blocks: 'db' }, instead: "PyMongo's AsyncMongoClient", source: 'PyMongo docs: collection methods send a command and wait for the reply' },
  { calls: ['pymongo.AsyncMongoClient', 'pymongo.asynchronous.mongo_client.AsyncMongoClient'], makes: 'pymongo.AsyncMongoClient', source: 'PyMongo docs: AsyncMongoClient' },
  { on: 'pymongo.AsyncMongoClient', methods: '*', except: ['get_database', 'get_collection', 'get_default_database', 'with_options', 'sort', 'limit', 'skip', 'projection'], effect: { awaits: 'db' }, source: 'PyMongo docs: the async API' },
  { calls: ['motor.motor_asyncio.AsyncIOMotorClient'], makes: 'motor.motor_asyncio.AsyncIOMotorClient', source: 'Motor docs: AsyncIOMotorClient' },
  { on: 'motor.motor_asyncio.AsyncIOMotorClient', methods: '*', except: ['get_database', 'get_collection', 'get_default_database', 'with_options', 'sort', 'limit', 'skip'], effect: { awaitsThread: 'db', pool: 'executor' }, source: "MongoDB docs: Motor wraps PyMongo and 'relies on a thread pool'" },
  { calls: ['redis.Redis', 'redis.StrictRedis', 'redis.from_url', 'redis.Redis.from_url'], makes: 'redis.Redis', source: 'redis-py docs: Redis' },
  { on: 'redis.Redis', methods: '*', except: ['pipeline'], effect: { blocks: 'cache' }, instead: 'redis.asyncio', source: 'redis-py docs: every command is a round trip (a pipeline sends on execute)' },
  { on: 'redis.Redis', methods: ['pipeline'], makes: 'redis.Pipeline', source: 'redis-py docs: pipeline() buffers commands' },
  { on: 'redis.Pipeline', methods: ['execute'], effect: { blocks: 'cache' }, instead: 'redis.asyncio', source: "redis-py docs: a pipeline's commands are buffered and sent in one round trip by execute()" },
  { calls: ['redis.asyncio.Redis', 'redis.asyncio.StrictRedis', 'redis.asyncio.from_url', 'redis.asyncio.Redis.from_url', 'aioredis.from_url', 'aioredis.Redis'], makes: 'redis.asyncio.Redis', source: 'redis.io docs: redis.asyncio' },
  { on: 'redis.asyncio.Redis', methods: '*', except: ['pipeline'], effect: { awaits: 'cache' }, source: 'redis.io docs: asyncio commands are awaited' },
  { on: 'redis.asyncio.Redis', methods: ['pipeline'], makes: 'redis.asyncio.Pipeline', source: 'redis-py docs: pipeline() buffers commands' },
  { on: 'redis.asyncio.Pipeline', methods: ['execute'], effect: { awaits: 'cache' }, source: "redis-py docs: an asyncio pipeline's commands are buffered and sent in one round trip by await execute()" },

  // ── Files and the file system ────────────────────────────────────────────────────────────
  { calls: ['open', 'io.open', 'io.open_code', 'codecs.open'], effect: { blocks: 'fs' }, makes: 'io.File', rule: 'ASYNC230', instead: 'aiofiles', source: 'ruff ASYNC230 (blocking-open-call-in-async-function)' },
  { calls: ['os.fdopen'], effect: { blocks: 'fs' }, makes: 'io.File', rule: 'ASYNC231', instead: 'aiofiles', source: 'flake8-async ASYNC231' },
  { on: 'io.File', methods: ['read', 'readline', 'readlines', 'write', 'writelines', 'flush', 'truncate'], effect: { blocks: 'file' }, rule: 'ASYNC232', instead: 'aiofiles', source: 'flake8-async ASYNC232 (blocking read/write on a file object); blockbuster io.*.read/write' },
  { calls: ['pathlib.Path', 'pathlib.PosixPath', 'pathlib.WindowsPath'], makes: 'pathlib.Path', source: 'Python docs: pathlib' },
  { on: 'pathlib.Path', methods: ['exists', 'is_file', 'is_dir', 'is_symlink', 'stat', 'lstat', 'mkdir', 'unlink', 'rmdir', 'touch', 'rename', 'replace', 'iterdir', 'glob', 'rglob', 'chmod', 'samefile', 'readlink', 'owner', 'group'], effect: { blocks: 'fs' }, rule: 'ASYNC240', instead: 'anyio.Path', source: 'ruff ASYNC240 (pathlib methods outside its pure-path allowlist)' },
  { on: 'pathlib.Path', methods: ['resolve', 'absolute'], effect: { blocks: 'fs' }, makes: 'pathlib.Path', rule: 'ASYNC240', instead: 'anyio.Path', source: 'ruff ASYNC240 (pathlib methods outside its pure-path allowlist); Python docs: resolve() and absolute() return a path' },
  // Pure path arithmetic: still a path, nothing asked of the disk (`Path(__file__).parent / "templates"`).
  { on: 'pathlib.Path', attributes: ['parent'], makes: 'pathlib.Path', source: "Python docs: PurePath.parent (ruff ASYNC240's pure-path allowlist)" },
  { on: 'pathlib.Path', methods: ['joinpath', 'with_name', 'with_suffix', 'with_stem', 'relative_to'], makes: 'pathlib.Path', source: "Python docs: PurePath methods (ruff ASYNC240's pure-path allowlist)" },
  { on: 'pathlib.Path', methods: ['read_text', 'read_bytes', 'write_text', 'write_bytes'], effect: { blocks: 'file' }, rule: 'ASYNC240', instead: 'anyio.Path', source: 'ruff ASYNC240' },
  { on: 'pathlib.Path', methods: ['open'], effect: { blocks: 'fs' }, makes: 'io.File', rule: 'ASYNC230', instead: 'anyio.Path', source: 'ruff ASYNC230 (pathlib.Path.open)' },
  { calls: ['exists', 'isdir', 'isfile', 'islink', 'lexists', 'ismount', 'realpath', 'getatime', 'getctime', 'getmtime', 'getsize', 'samefile', 'sameopenfile'].map((f) => `os.path.${f}`), effect: { blocks: 'fs' }, rule: 'ASYNC240', instead: 'anyio.Path', source: 'flake8-async ASYNC240 (os.path functions that touch the file system)' },
  { calls: ['stat', 'statvfs', 'rename', 'renames', 'remove', 'rmdir', 'removedirs', 'link', 'symlink', 'listdir', 'access', 'getcwd', 'mkdir', 'makedirs', 'replace', 'readlink', 'unlink', 'scandir', 'walk', 'chmod', 'chown'].map((f) => `os.${f}`), effect: { blocks: 'fs' }, instead: 'anyio.Path', source: 'blockbuster: os functions that touch the file system' },
  { calls: ['json.load', 'json.dump', 'pickle.load', 'pickle.dump', 'tomllib.load'], effect: { blocks: 'file' }, instead: 'aiofiles', source: 'CPython json/__init__.py: load(fp) is loads(fp.read()) and dump writes with fp.write (pickle and tomllib the same): on an open file, a blocking read or write (blockbuster io.*.read/write)' },
  { calls: ['read_csv', 'read_table', 'read_excel', 'read_parquet', 'read_json', 'read_feather', 'read_pickle'].map((f) => `pandas.${f}`), effect: { blocks: 'file' }, source: 'pandas docs: read_csv and the other readers open and parse the whole file synchronously (pandas has no async reader)' },
  { calls: ['os.read', 'os.write', 'os.sendfile'], effect: { blocks: 'file' }, instead: 'aiofiles', source: 'blockbuster: os.read, os.write, os.sendfile' },
  { calls: ['copy', 'copy2', 'copyfile', 'copyfileobj', 'copytree', 'move', 'rmtree'].map((f) => `shutil.${f}`), effect: { blocks: 'file' }, instead: 'aiofiles', source: 'Python docs: shutil copies through the file system (blocking reads and writes)' },
  { calls: ['aiofiles.open'], effect: { awaitsThread: 'fs', pool: 'executor' }, makes: 'aiofiles.File', source: 'aiofiles threadpool/__init__.py: loop.run_in_executor(None, …)' },
  { on: 'aiofiles.File', methods: ['read', 'readline', 'readlines', 'write', 'writelines', 'flush', 'truncate', 'close'], effect: { awaitsThread: 'file', pool: 'executor' }, source: 'aiofiles: each file method runs in the default executor' },
  { calls: ['stat', 'rename', 'remove', 'unlink', 'mkdir', 'makedirs', 'rmdir', 'listdir', 'scandir', 'path.exists', 'path.isfile', 'path.isdir', 'path.getsize'].map((f) => `aiofiles.os.${f}`), effect: { awaitsThread: 'fs', pool: 'executor' }, source: 'aiofiles os module: wraps os in the default executor' },
  { calls: ['anyio.open_file'], effect: { awaitsThread: 'fs', pool: 'anyio' }, makes: 'anyio.AsyncFile', source: 'AnyIO docs: open_file runs in a worker thread' },
  { on: 'anyio.AsyncFile', methods: ['read', 'readline', 'readlines', 'write', 'writelines', 'flush', 'aclose'], effect: { awaitsThread: 'file', pool: 'anyio' }, source: 'AnyIO docs: AsyncFile wraps each call in to_thread.run_sync' },
  { calls: ['anyio.Path'], makes: 'anyio.Path', source: 'AnyIO docs: anyio.Path' },
  { on: 'anyio.Path', methods: ['exists', 'is_file', 'is_dir', 'stat', 'mkdir', 'unlink', 'rmdir', 'touch', 'rename', 'iterdir', 'glob', 'read_text', 'read_bytes', 'write_text', 'write_bytes'], effect: { awaitsThread: 'fs', pool: 'anyio' }, source: 'AnyIO docs: anyio.Path methods run in a worker thread' },
  { calls: ['fastapi.UploadFile', 'starlette.datastructures.UploadFile'], makes: 'fastapi.UploadFile', source: 'FastAPI docs: UploadFile' },
  { on: 'fastapi.UploadFile', methods: ['read', 'write', 'seek', 'close'], effect: { awaitsThread: 'file', pool: 'anyio' }, source: 'Starlette datastructures.py: UploadFile.read runs file.read in run_in_threadpool once the upload is on disk' },
  { on: 'fastapi.UploadFile', attributes: ['file'], makes: 'io.File', source: 'FastAPI docs: UploadFile.file is a SpooledTemporaryFile (blocking)' },

  // ── Processes, sockets, mail, console ────────────────────────────────────────────────────
  { calls: ['subprocess.run', 'subprocess.call', 'subprocess.check_call', 'subprocess.check_output', 'subprocess.getoutput', 'subprocess.getstatusoutput', 'os.system', 'os.posix_spawn', 'os.posix_spawnp'], effect: { blocks: 'process' }, rule: 'ASYNC221', instead: 'asyncio.create_subprocess_exec', source: 'ruff ASYNC221 (run-process-in-async-function)' },
  { calls: ['subprocess.Popen', 'os.popen', ...['spawnl', 'spawnle', 'spawnlp', 'spawnlpe', 'spawnv', 'spawnve', 'spawnvp', 'spawnvpe'].map((f) => `os.${f}`)], effect: { blocks: 'spawn' }, makes: 'subprocess.Popen', rule: 'ASYNC220', instead: 'asyncio.create_subprocess_exec', source: 'ruff ASYNC220 (create-subprocess-in-async-function; os.spawn* with P_WAIT is ASYNC221)' },
  { on: 'subprocess.Popen', methods: ['wait', 'communicate'], effect: { blocks: 'process' }, rule: 'ASYNC221', instead: 'asyncio.create_subprocess_exec', source: 'Python docs: Popen.wait and communicate wait for the child' },
  { calls: ['os.wait', 'os.wait3', 'os.wait4', 'os.waitid', 'os.waitpid'], effect: { blocks: 'process' }, rule: 'ASYNC222', instead: 'asyncio.create_subprocess_exec', source: 'ruff ASYNC222 (wait-for-process-in-async-function)' },
  { calls: ['asyncio.create_subprocess_exec', 'asyncio.create_subprocess_shell'], effect: { awaits: 'spawn' }, makes: 'asyncio.subprocess.Process', source: 'Python docs: asyncio subprocesses' },
  { on: 'asyncio.subprocess.Process', methods: ['wait', 'communicate'], effect: { awaits: 'process' }, source: 'Python docs: asyncio Process.wait and communicate wait for the child to end' },
  { calls: ['anyio.run_process'], effect: { awaits: 'process' }, source: 'AnyIO docs: run_process' },
  { calls: ['socket.create_connection', 'socket.socket', 'socket.getaddrinfo', 'socket.gethostbyname'], effect: { blocks: 'socket' }, makes: 'socket.socket', instead: 'asyncio.open_connection', source: 'blockbuster: socket.socket.connect; Python docs: getaddrinfo resolves names synchronously' },
  { on: 'socket.socket', methods: ['connect', 'accept', 'send', 'sendall', 'sendto', 'recv', 'recvfrom', 'recv_into', 'recvfrom_into'], effect: { blocks: 'socket' }, instead: 'asyncio.open_connection', source: 'blockbuster: socket.socket methods (blocking sockets)' },
  { calls: ['ssl.create_default_context', 'ssl.SSLContext'], makes: 'ssl.SSLContext', source: 'Python docs: ssl.create_default_context' },
  { on: 'ssl.SSLContext', methods: ['wrap_socket'], makes: 'ssl.SSLSocket', source: 'Python docs: SSLContext.wrap_socket' },
  { calls: ['ssl.wrap_socket'], makes: 'ssl.SSLSocket', source: 'Python docs: ssl.wrap_socket (before 3.12)' },
  { on: 'ssl.SSLSocket', methods: ['connect', 'do_handshake', 'read', 'write', 'send', 'sendall', 'recv', 'recv_into'], effect: { blocks: 'socket' }, instead: 'asyncio.open_connection', source: 'blockbuster: ssl.SSLSocket read, write, send, recv (blocking sockets)' },
  { calls: ['smtplib.SMTP', 'smtplib.SMTP_SSL'], effect: { blocks: 'mail' }, makes: 'smtplib.SMTP', instead: 'aiosmtplib', source: 'Python docs: smtplib.SMTP connects when given a host' },
  { on: 'smtplib.SMTP', methods: ['connect', 'login', 'starttls', 'ehlo', 'sendmail', 'send_message', 'quit'], effect: { blocks: 'mail' }, instead: 'aiosmtplib', source: 'Python docs: smtplib.SMTP commands wait for the server' },
  { calls: ['input'], effect: { blocks: 'console' }, rule: 'ASYNC250', source: 'ruff ASYNC250 (blocking-input-in-async-function)' },
  { calls: ['boto3.client', 'boto3.resource', 'boto3.session.Session.client', 'boto3.session.Session.resource'], makes: 'boto3.client', source: 'boto3 docs: clients and resources' },
  { calls: ['boto3.Session', 'boto3.session.Session'], makes: 'boto3.Session', source: 'boto3 docs: Session' },
  { on: 'boto3.Session', methods: ['client', 'resource'], makes: 'boto3.client', source: 'boto3 docs: Session.client' },
  // The async libraries the fixes above propose: a file fixed the way a warning says is read too.
  { calls: ['aioboto3.Session'], makes: 'aioboto3.Session', source: 'aioboto3 README: session = aioboto3.Session()' },
  { on: 'aioboto3.Session', methods: ['client', 'resource'], makes: 'aioboto3.client', source: 'aioboto3 README: async with session.client("s3") as s3' },
  { on: 'aioboto3.client', methods: '*', except: ['get_paginator', 'get_waiter', 'can_paginate', 'generate_presigned_url', 'generate_presigned_post', 'close', 'Bucket', 'Object', 'Table'], effect: { awaits: 'cloud' }, source: "aioboto3 README (aiobotocore): every operation is awaited; generate_presigned_url only signs a URL locally" },
  { calls: ['aiosmtplib.send'], effect: { awaits: 'mail' }, source: 'aiosmtplib docs: await aiosmtplib.send(message, hostname=…)' },
  { calls: ['aiosmtplib.SMTP'], makes: 'aiosmtplib.SMTP', source: 'aiosmtplib docs: SMTP client' },
  { on: 'aiosmtplib.SMTP', methods: ['connect', 'login', 'starttls', 'ehlo', 'sendmail', 'send_message', 'quit'], effect: { awaits: 'mail' }, source: 'aiosmtplib docs: SMTP commands are awaited' },
  { calls: ['asyncio.open_connection'], effect: { awaits: 'socket' }, source: 'Python docs: asyncio streams, await open_connection(host, port)' },
  { calls: ['openai.OpenAI', 'openai.AzureOpenAI', 'anthropic.Anthropic'], makes: 'openai.OpenAI', source: "OpenAI's and Anthropic's Python SDK READMEs: OpenAI() / Anthropic() are synchronous clients (httpx.Client underneath)" },
  { on: 'openai.OpenAI', methods: '*', except: ['with_options', 'with_raw_response', 'with_streaming_response', 'copy', 'close'], effect: { blocks: 'llm' }, instead: 'AsyncOpenAI (or AsyncAnthropic)', source: "OpenAI's and Anthropic's Python SDK READMEs: every API method of the sync client sends its request and waits" },
  { calls: ['openai.AsyncOpenAI', 'openai.AsyncAzureOpenAI', 'anthropic.AsyncAnthropic'], makes: 'openai.AsyncOpenAI', source: "OpenAI's and Anthropic's Python SDK READMEs: AsyncOpenAI / AsyncAnthropic, the same API with await" },
  { on: 'openai.AsyncOpenAI', methods: '*', except: ['with_options', 'with_raw_response', 'with_streaming_response', 'copy', 'close'], effect: { awaits: 'llm' }, source: "OpenAI's and Anthropic's Python SDK READMEs: the async client's methods are awaited" },
  { on: 'boto3.client', methods: '*', except: ['get_paginator', 'get_waiter', 'can_paginate', 'generate_presigned_url', 'generate_presigned_post', 'close', 'Bucket', 'Object', 'Table'], effect: { blocks: 'cloud' }, instead: 'aioboto3', source: 'boto3 docs: every operation is a synchronous HTTPS request (botocore); generate_presigned_url and generate_presigned_post only sign a URL locally' },

  // ── Heavy computation ────────────────────────────────────────────────────────────────────
  { calls: ['hashlib.pbkdf2_hmac'], effect: { computes: 'pbkdf2' }, source: 'Python docs: hashlib.pbkdf2_hmac; cost grows with iterations' },
  { calls: ['hashlib.scrypt'], effect: { computes: 'scrypt' }, source: 'Python docs: hashlib.scrypt; cost grows with n and r' },
  { calls: ['bcrypt.hashpw', 'bcrypt.checkpw', 'bcrypt.kdf', 'passlib.hash.bcrypt.hash', 'passlib.hash.bcrypt.verify'], effect: { computes: 'bcrypt' }, source: 'bcrypt README: hashing is deliberately slow (work factor 12 by default)' },
  { calls: ['passlib.context.CryptContext'], makes: 'passlib.context.CryptContext', source: 'passlib docs: CryptContext' },
  { on: 'passlib.context.CryptContext', methods: ['hash', 'verify', 'verify_and_update', 'encrypt'], effect: { computes: 'bcrypt' }, source: "passlib docs: CryptContext hashes with its scheme (FastAPI's tutorial uses bcrypt)" },
  { calls: ['argon2.PasswordHasher', 'pwdlib.PasswordHash', 'pwdlib.PasswordHash.recommended'], makes: 'argon2.PasswordHasher', source: 'argon2-cffi docs: PasswordHasher; pwdlib docs: PasswordHash.recommended (Argon2)' },
  { on: 'argon2.PasswordHasher', methods: ['hash', 'verify', 'verify_and_update'], effect: { computes: 'argon2' }, source: 'argon2-cffi docs: hashing cost set by time_cost and memory_cost' },

  // ── Running work elsewhere ───────────────────────────────────────────────────────────────
  { calls: ['fastapi.concurrency.run_in_threadpool', 'starlette.concurrency.run_in_threadpool'], effect: { offloads: 'anyio', fn: 0 }, source: 'Starlette concurrency.py: run_in_threadpool is anyio.to_thread.run_sync (the 40 tokens)' },
  { calls: ['anyio.to_thread.run_sync'], effect: { offloads: 'anyio', fn: 0 }, source: 'AnyIO docs: to_thread.run_sync uses the default CapacityLimiter' },
  { calls: ['asyncio.to_thread'], effect: { offloads: 'executor', fn: 0 }, source: "CPython asyncio/threads.py: to_thread is loop.run_in_executor(None, …)" },
  { calls: ['anyio.to_process.run_sync'], effect: { offloads: 'process', fn: 0 }, source: 'AnyIO docs: to_process.run_sync runs the function in a worker process' },
  { calls: ['asyncio.get_running_loop', 'asyncio.get_event_loop', 'asyncio.new_event_loop'], makes: 'asyncio.AbstractEventLoop', source: 'Python docs: asyncio event loop' },
  { on: 'asyncio.AbstractEventLoop', methods: ['run_in_executor'], effect: { offloads: 'by-executor', fn: 1 }, source: 'Python docs: loop.run_in_executor(executor, func, *args); None is the default ThreadPoolExecutor' },
  { on: 'asyncio.AbstractEventLoop', methods: ['create_task'], effect: { detachesTask: true }, source: 'Python docs: loop.create_task schedules the coroutine and returns at once' },
  { calls: ['concurrent.futures.ProcessPoolExecutor', 'concurrent.futures.process.ProcessPoolExecutor'], makes: 'concurrent.futures.ProcessPoolExecutor', source: 'Python docs: ProcessPoolExecutor' },
  { calls: ['concurrent.futures.ThreadPoolExecutor', 'concurrent.futures.thread.ThreadPoolExecutor'], makes: 'concurrent.futures.ThreadPoolExecutor', source: 'Python docs: ThreadPoolExecutor' },
  { on: 'concurrent.futures.ThreadPoolExecutor', methods: ['map', 'submit'], effect: { waitsForPool: true, fn: 0 }, source: "Python docs: Executor.map's results come in order as each call ends, submit's Future.result() waits for its call, and a with block's end waits for them all (shutdown(wait=True))" },
  { calls: ['asyncio.gather'], effect: { gathers: 'arguments' }, source: 'Python docs: asyncio.gather runs awaitables concurrently' },
  { calls: ['asyncio.wait'], effect: { gathers: 'collection' }, source: 'Python docs: asyncio.wait(aws) runs the tasks in aws concurrently and, by default (ALL_COMPLETED), returns when all are done' },
  { calls: ['asyncio.as_completed'], effect: { gathers: 'collection' }, source: 'Python docs: as_completed(aws) runs the awaitables concurrently and yields them as they finish: a loop over it has waited for them all when it ends' },
  { calls: ['asyncio.wait_for', 'asyncio.shield'], effect: { wraps: 'awaitable' }, source: 'Python docs: wait_for(aw, timeout) and shield(aw) await aw' },
  { calls: ['asyncio.create_task', 'asyncio.ensure_future'], effect: { detachesTask: true }, source: 'Python docs: create_task schedules the coroutine on the loop and returns at once' },
  { calls: ['asyncio.TaskGroup'], makes: 'asyncio.TaskGroup', source: 'Python docs: asyncio.TaskGroup (3.11)' },
  { on: 'asyncio.TaskGroup', methods: ['create_task'], effect: { startsTask: 'coroutine' }, source: 'Python docs: TaskGroup.create_task; the group waits for its tasks when the async with ends' },
  { calls: ['anyio.create_task_group'], makes: 'anyio.TaskGroup', source: 'AnyIO docs: create_task_group' },
  { on: 'anyio.TaskGroup', methods: ['start_soon'], effect: { startsTask: 'function' }, source: 'AnyIO docs: TaskGroup.start_soon(func, *args)' },
  { calls: ['celery.Celery'], makes: 'celery.Celery', source: 'Celery docs: the Celery application' },
  { calls: ['celery.shared_task'], makes: 'celery.Task', source: 'Celery docs: @shared_task makes a task of the function' },
  { on: 'celery.Celery', methods: ['task'], makes: 'celery.Task', source: 'Celery docs: @app.task makes a task of the function' },
  { on: 'celery.Task', methods: ['delay', 'apply_async'], effect: { blocks: 'queue' }, makes: 'celery.result.AsyncResult', source: "Celery docs: delay and apply_async send a message to the broker (kombu's synchronous publish) and return an AsyncResult" },
  { on: 'celery.Celery', methods: ['send_task'], effect: { blocks: 'queue' }, makes: 'celery.result.AsyncResult', source: 'Celery docs: send_task sends a task by name to the broker' },
  { calls: ['celery.result.AsyncResult'], makes: 'celery.result.AsyncResult', source: 'Celery docs: AsyncResult(task_id)' },
  { on: 'celery.Celery', methods: ['AsyncResult'], makes: 'celery.result.AsyncResult', source: 'Celery docs: app.AsyncResult(task_id)' },
  { on: 'celery.result.AsyncResult', methods: ['get', 'wait'], effect: { blocks: 'worker' }, source: "Celery docs: AsyncResult.get waits until the task is ready ('Waiting for tasks within a task' is discouraged for the same reason: the caller blocks)" },
  { on: 'celery.result.AsyncResult', methods: ['ready', 'successful', 'failed', 'forget'], effect: { blocks: 'backend' }, source: "Celery result.py: ready(), successful() and failed() read the task's state from the result backend (backend.get_task_meta), forget() deletes it there" },
  { on: 'celery.result.AsyncResult', reads: ['state', 'status', 'result', 'info', 'traceback', 'date_done'], effect: { blocks: 'backend' }, source: "Celery result.py: these properties read the task's meta from the result backend (backend.get_task_meta) on every read until the task is done (only a finished task's meta is kept)" },
  { on: 'celery.result.AsyncResult', methods: ['revoke'], effect: { blocks: 'queue' }, source: "Celery result.py: revoke() sends a control message to the workers through the broker (app.control.revoke)" },
  { calls: ['fastapi.BackgroundTasks', 'starlette.background.BackgroundTasks'], makes: 'fastapi.BackgroundTasks', source: 'FastAPI docs: Background Tasks' },
  { on: 'fastapi.BackgroundTasks', methods: ['add_task'], effect: { background: true }, source: 'FastAPI docs: background tasks run after the response is sent' },
  { calls: ['fastapi.responses.StreamingResponse', 'starlette.responses.StreamingResponse', 'sse_starlette.EventSourceResponse', 'sse_starlette.sse.EventSourceResponse'], effect: { streams: 'content' }, source: 'Starlette responses.py StreamingResponse.__init__ (and sse-starlette EventSourceResponse): an AsyncIterable is the body as it is; anything else goes through iterate_in_threadpool, one anyio.to_thread.run_sync per item' },
];

/**
 * Modules whose calls are quick, pure computation: not listed as unknown work. Anything
 * imported from elsewhere and not in the table is unknown, and said so.
 */
export const QUICK_MODULES: readonly string[] = [
  'fastapi', 'starlette', 'pydantic', 'typing', 'typing_extensions', 'json', 'datetime', 'uuid', 'math', 're', 'logging',
  'collections', 'dataclasses', 'enum', 'functools', 'itertools', 'decimal', 'base64', 'secrets', 'string', 'copy',
  'contextlib', 'operator', 'random', 'hmac', 'jwt', 'jose', 'urllib.parse', 'http', 'asyncio', 'anyio', 'sqlalchemy',
  'sqlmodel', 'os', 'pathlib', 'zoneinfo', 'statistics', 'textwrap', 'html', 'abc', 'time', 'hashlib', 'csv', 'io.StringIO',
  'io.BytesIO',
];

/** Types whose attributes and subscripts are still the same client (`client.shop.orders`, `s3.Bucket(…)`). */
export const DEEP_TYPES: ReadonlySet<string> = new Set([
  'pymongo.MongoClient', 'pymongo.AsyncMongoClient', 'motor.motor_asyncio.AsyncIOMotorClient', 'redis.Redis', 'redis.asyncio.Redis',
  'sqlalchemy.orm.Session', 'boto3.client', 'aioboto3.client', 'openai.OpenAI', 'openai.AsyncOpenAI',
]);

/** Lookups over CALLS, built once. */
export interface CatalogueIndex {
  /** The row for calling a qualified name. */
  call: (name: string) => CallEntry | undefined;
  /** The row for calling `method` on a value of `type` (`__call__`: the value itself). */
  method: (type: string, method: string) => CallEntry | undefined;
  /** The type of attribute `name` of a value of `type`, when a row says. */
  attribute: (type: string, name: string) => string | undefined;
  /** The row for reading attribute `name` of a value of `type`, when reading it does I/O. */
  read: (type: string, name: string) => CallEntry | undefined;
  /** Every attribute name some row's `reads` lists (a quick test before resolving the value). */
  readNames: ReadonlySet<string>;
  /** Whether `name` is a type some row makes (so an annotation `x: name` gives x that type). */
  isType: (name: string) => boolean;
  /** Rows that recognise a call of `method` on a value of any type by its signature. */
  bySignature: (method: string) => readonly CallEntry[];
}

export function indexCatalogue(entries: readonly CallEntry[] = CALLS): CatalogueIndex {
  const calls = new Map<string, CallEntry>();
  const methods = new Map<string, CallEntry>();
  const anyMethod = new Map<string, CallEntry[]>();
  const types = new Set<string>();
  const attributes = new Map<string, string>();
  const reads = new Map<string, CallEntry>();
  const signatures = new Map<string, CallEntry[]>();
  for (const entry of entries) {
    if (entry.bySignature) signatures.set(entry.bySignature.method, [...(signatures.get(entry.bySignature.method) ?? []), entry]);
    if (entry.makes !== undefined) types.add(entry.makes);
    for (const a of entry.attributes ?? []) attributes.set(`${entry.on}#${a}`, entry.makes!);
    for (const a of entry.reads ?? []) reads.set(`${entry.on}#${a}`, entry);
    for (const name of entry.calls ?? []) if (!calls.has(name)) calls.set(name, entry);
    if (entry.on === undefined) continue;
    if (entry.methods === '*') anyMethod.set(entry.on, [...(anyMethod.get(entry.on) ?? []), entry]);
    else for (const m of entry.methods ?? []) if (!methods.has(`${entry.on}#${m}`)) methods.set(`${entry.on}#${m}`, entry);
  }
  // A class name is also its type: `x: httpx.AsyncClient` means what `httpx.AsyncClient()` makes.
  const classTypes = new Map<string, string>();
  for (const [name, entry] of calls) if (entry.makes !== undefined && /\.[A-Z][A-Za-z0-9]*$/.test(name)) classTypes.set(name, entry.makes);
  return {
    call: (name) => calls.get(name),
    method(type, method) {
      const exact = methods.get(`${type}#${method}`);
      if (exact !== undefined) return exact;
      return anyMethod.get(type)?.find((e) => !(e.except ?? []).includes(method) && method !== '__call__');
    },
    attribute: (type, name) => attributes.get(`${type}#${name}`),
    read: (type, name) => reads.get(`${type}#${name}`),
    readNames: new Set([...reads.keys()].map((k) => k.split('#')[1]!)),
    isType: (name) => types.has(name) || classTypes.has(name),
    bySignature: (method) => signatures.get(method) ?? [],
  };
}

/** The type an annotation or a class name stands for (`sqlmodel.Session` → `sqlalchemy.orm.Session`). */
export function typeNamed(index: CatalogueIndex, name: string): string | undefined {
  const made = index.call(name)?.makes;
  if (made !== undefined && /\.[A-Z][A-Za-z0-9]*$/.test(name)) return made;
  return index.isType(name) ? name : undefined;
}
