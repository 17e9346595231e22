/**
 * What each realistic FastAPI file in __fixtures__/ must give (realisticFiles.test.ts checks it):
 * its routes and steps (kind, duration, `?` when assumed, line:column, the source text as label)
 * or the reason it is refused, and its diagnostics (line:column and code). Data only: a file
 * added to __fixtures__ without an entry here fails the test.
 */
export interface Expected {
  routes?: string[];
  refused?: string;
  diagnostics: string[];
}

export const EXPECTED: Record<string, Expected> = {
  "api_route_and_add_api_route.py": {
    routes: [
      "async GET POST /items",
      "  await_io 10 @10:5 await asyncio.sleep(0.01)",
      "sync GET /ping",
      "  cpu 1? @14:1 legacy_ping()",
    ],
    diagnostics: [],
  },
  "async_calls_unknown_crud.py": {
    routes: [
      "async GET /items",
      "  cpu 1? @10:1 read_items()",
    ],
    diagnostics: ["10:11 LOOP202"],
  },
  "asyncpg_lifespan_aliases.py": {
    routes: [
      "async GET /products/{product_id}",
      "  await_io 2? @39:18 await request.app.state.redis.get(cache_key)",
      "  await_io 20? @41:11 await conn.fetchrow(\"SELECT id, name, price FROM products WHERE id = $1\", produ…",
      "  await_io 2? @44:5 await request.app.state.redis.set(cache_key, dict(row)[\"name\"], ex=60)",
      "async GET /products/{product_id}/reviews",
      "  to_thread executor @51:12 await db.reviews.find({\"product_id\": product_id}).to_list(length=50)",
      "    blocking_io 20? @51:12 await db.reviews.find({\"product_id\": product_id}).to_list(length=50)",
      "async GET /quote",
      "  await_io 100? @58:9 await client.get(\"https://quotes.example.com/random\")",
      "  await_io 50 @59:5 await asyncio.sleep(0.05)",
      "async GET /dashboard",
      "  gather @66:26 await asyncio.gather( conn.fetchval(\"SELECT count(*) FROM orders WHERE created_…",
      "    branch 1",
      "      await_io 20? @67:13 conn.fetchval(\"SELECT count(*) FROM orders WHERE created_at > now() - interval …",
      "    branch 2",
      "      await_io 100? @68:13 client.get(\"https://api.weather.example/current\")",
    ],
    diagnostics: ["39:18 LOOP201", "41:11 LOOP201", "44:5 LOOP201", "51:12 LOOP201", "58:9 LOOP201", "67:13 LOOP201", "68:13 LOOP201"],
  },
  "asyncpg_pool.py": {
    routes: [
      "async GET /customers/{customer_id}",
      "  await_io 20? @20:15 await conn.fetchrow(\"SELECT * FROM customers WHERE id = $1\", customer_id)",
      "  await_io 20? @21:18 await conn.fetch(\"SELECT * FROM orders WHERE customer_id = $1\", customer_id)",
    ],
    diagnostics: ["20:15 LOOP201", "21:18 LOOP201"],
  },
  "awaited_sleep.py": {
    routes: [
      "async GET /jobs/{job_id}",
      "  await_io 50 @13:9 await asyncio.sleep(POLL_SECONDS)",
      "  await_io 50 @13:9 await asyncio.sleep(POLL_SECONDS)",
      "async GET /health",
      "  cpu 1? @18:1 health()",
    ],
    diagnostics: [],
  },
  "background_email.py": {
    routes: [
      "async POST /subscribe",
      "  cpu 1? @19:1 subscribe()",
    ],
    diagnostics: ["20:5 LOOP204"],
  },
  "blocking_sleep_in_async.py": {
    routes: [
      "async GET /report",
      "  blocking_io 200 @11:5 time.sleep(0.2)",
    ],
    diagnostics: ["11:5 ASYNC251"],
  },
  "boto3_upload_in_async.py": {
    routes: [
      "async POST /files",
      "  blocking_io 100? @10:5 s3.upload_fileobj(file.file, \"my-bucket\", file.filename)",
    ],
    diagnostics: ["10:5 LOOP102"],
  },
  "cpu_process_pool_fix.py": {
    routes: [
      "async POST /heatmap",
      "  to_process @28:11 await loop.run_in_executor(app.state.pool, render_heatmap, data)",
      "    cpu 100? @10:5 for i in range(2_000_000)",
    ],
    diagnostics: ["10:5 LOOP201"],
  },
  "cpu_render_on_loop.py": {
    routes: [
      "async POST /heatmap",
      "  cpu 15.384? @9:5 for y in range(480)",
    ],
    diagnostics: ["17:11 LOOP101"],
  },
  "dependencies_chain.py": {
    routes: [
      "async GET /me/orders",
      "  to_thread anyio @24:38 verify_api_key() (def dependency, in the thread pool)",
      "    cpu 0.1? @10:1 verify_api_key()",
      "  await_io 100? @20:16 await auth_client.get(\"/me\", headers={\"Authorization\": f\"Bearer {token}\"})",
    ],
    diagnostics: ["20:16 LOOP201"],
  },
  "factory_app.py": {
    routes: [
      "async GET /status",
      "  blocking_io 10 @11:9 time.sleep(0.01)",
    ],
    diagnostics: ["11:9 ASYNC251"],
  },
  "flask_app.py": {
    refused: "no FastAPI route found: looked for functions decorated with @app.get/post/put/patch/delete/options/head/trace/api_route(…) on a FastAPI() or APIRouter() instance, and app.add_api_route(…); this file imports flask, and LoopLab reads FastAPI apps",
    diagnostics: [],
  },
  "gather_fanout.py": {
    routes: [
      "async GET /products/{product_id}/page",
      "  gather @17:31 await asyncio.gather( client.get(f\"https://catalog.example.com/products/{produc…",
      "    branch 1",
      "      await_io 100? @18:9 client.get(f\"https://catalog.example.com/products/{product_id}\")",
      "    branch 2",
      "      await_io 100? @19:9 client.get(f\"https://stock.example.com/products/{product_id}\")",
      "    branch 3",
      "      await_io 100? @11:9 await client.get(f\"https://reviews.example.com/products/{product_id}\")",
    ],
    diagnostics: ["11:9 LOOP201", "18:9 LOOP201", "19:9 LOOP201"],
  },
  "half_typed_missing_colon.py": {
    routes: [
      "async GET /b",
      "  await_io 200 @14:5 await asyncio.sleep(0.2)",
    ],
    diagnostics: ["7:1 LOOP001", "8:7 LOOP001", "9:29 LOOP001"],
  },
  "half_typed_unclosed.py": {
    routes: [
      "async GET /first",
      "  blocking_io 100 @9:5 time.sleep(0.1)",
      "async GET /second",
      "  cpu 1? @14:1 second()",
      "sync GET /third",
      "  blocking_io 50 @21:5 time.sleep(0.05)",
    ],
    diagnostics: ["9:5 ASYNC251", "14:20 LOOP001"],
  },
  "httpx_async_proxy.py": {
    routes: [
      "async GET /inventory/{sku}",
      "  await_io 100? @21:16 await client.get(f\"/items/{sku}\")",
      "async POST /inventory/{sku}/reserve",
      "  await_io 100? @28:16 await client.post(f\"/items/{sku}/reserve\", json=body)",
    ],
    diagnostics: ["21:16 LOOP201", "28:16 LOOP201"],
  },
  "httpx_sync_client_in_async.py": {
    routes: [
      "async GET /rates",
      "  blocking_io 100? @10:18 client.get(\"https://rates.example.com/latest\", params={\"base\": base})",
      "  blocking_io 100? @11:19 client.get(\"https://rates.example.com/history\", params={\"base\": base})",
    ],
    diagnostics: ["10:18 ASYNC212", "11:19 ASYNC212"],
  },
  "loops_and_lambda.py": {
    routes: [
      "async GET /retry",
      "  await_io 100? @14:20 await client.get(\"https://flaky.example.com/\")",
      "  await_io 100? @14:20 await client.get(\"https://flaky.example.com/\")",
      "  await_io 100? @14:20 await client.get(\"https://flaky.example.com/\")",
      "async GET /crawl",
      "  await_io 100? @22:23 await client.get(url)",
      "async GET /legacy",
      "  to_thread executor @29:12 await loop.run_in_executor(None, lambda: requests.get(\"https://legacy.example.c…",
      "    blocking_io 100? @29:53 requests.get(\"https://legacy.example.com\")",
    ],
    diagnostics: ["14:20 LOOP201", "21:5 LOOP203", "22:23 LOOP201", "29:53 LOOP201"],
  },
  "mongo_pymongo_and_motor.py": {
    routes: [
      "sync GET /articles/{slug}",
      "  blocking_io 20? @12:12 mongo.blog.articles.find_one({\"slug\": slug})",
      "async GET /comments/{slug}",
      "  to_thread executor @17:12 await motor.blog.comments.count_documents({\"slug\": slug})",
      "    blocking_io 20? @17:12 await motor.blog.comments.count_documents({\"slug\": slug})",
    ],
    diagnostics: ["12:12 LOOP201", "17:12 LOOP201"],
  },
  "no_routes.py": {
    refused: "no FastAPI route found: looked for functions decorated with @app.get/post/put/patch/delete/options/head/trace/api_route(…) on a FastAPI() or APIRouter() instance, and app.add_api_route(…)",
    diagnostics: [],
  },
  "oauth2_class_dependencies.py": {
    routes: [
      "async POST /token",
      "  to_thread anyio @61:95 get_db() (def dependency, in the thread pool)",
      "    cpu 0.1? @23:1 get_db()",
      "  blocking_io 20? @62:12 db.query(User).filter(User.username == form.username).first()",
      "  cpu 250? @63:24 pwd_context.verify(form.password, user.hashed_password)",
      "async GET /items",
      "  to_thread anyio @45:28 get_db() (def dependency, in the thread pool)",
      "    cpu 0.1? @23:1 get_db()",
      "  blocking_io 20? @51:12 db.query(User).filter(User.username == payload[\"sub\"]).first()",
      "  to_thread anyio @73:27 Paginator.__call__() (def dependency, in the thread pool)",
      "    cpu 0.1? @35:5 Paginator.__call__()",
      "sync POST /register",
      "  cpu 250? @80:52 pwd_context.hash(password)",
      "  blocking_io 20? @82:5 db.commit()",
    ],
    diagnostics: ["51:12 LOOP102", "62:12 LOOP102", "63:24 LOOP101", "80:52 LOOP201", "82:5 LOOP201"],
  },
  "password_hashing_passlib.py": {
    routes: [
      "async POST /token",
      "  cpu 250? @14:30 pwd_context.verify(form.password, hashed)",
      "sync POST /signup",
      "  cpu 250? @21:23 pwd_context.hash(password)",
    ],
    diagnostics: ["14:30 LOOP101", "21:23 LOOP201"],
  },
  "pbkdf2_hashlib.py": {
    routes: [
      "async POST /keys",
      "  cpu 155? @13:11 hashlib.pbkdf2_hmac(\"sha256\", passphrase.encode(), salt, ITERATIONS)",
      "async POST /keys/scrypt",
      "  cpu 65.536? @19:11 hashlib.scrypt(passphrase.encode(), salt=b\"pepper\", n=2**14, r=8, p=1)",
    ],
    diagnostics: ["13:11 LOOP101", "19:11 LOOP101"],
  },
  "psycopg2_helper_in_async.py": {
    routes: [
      "async GET /orders/{order_id}",
      "  blocking_io 20? @12:13 cur.execute(\"SELECT * FROM orders WHERE id = %s\", (order_id,))",
    ],
    diagnostics: ["20:11 LOOP102"],
  },
  "psycopg2_to_thread_fix.py": {
    routes: [
      "async GET /orders/{order_id}",
      "  to_thread executor @22:11 await asyncio.to_thread(fetch_order, order_id)",
      "    blocking_io 20? @14:13 cur.execute(\"SELECT * FROM orders WHERE id = %s\", (order_id,))",
    ],
    diagnostics: ["14:13 LOOP201"],
  },
  "python312_syntax.py": {
    routes: [
      "async GET /shapes/{kind}",
      "  blocking_io 10 @49:13 time.sleep(0.01)",
      "async GET /lookup/{key}",
      "  to_thread anyio @57:28 get_repo() (def dependency, in the thread pool)",
      "    cpu 0.1? @34:1 get_repo()",
      "  await_io 100? @61:13 await client.get(f\"https://kv.example.com/{key}\")",
      "async GET /retry",
      "  await_io 100? @71:17 await asyncio.sleep(d)",
      "sync GET /page",
      "  cpu 1? @78:1 page()",
    ],
    diagnostics: ["49:13 ASYNC251", "61:13 LOOP201", "68:5 LOOP203", "71:17 LOOP201"],
  },
  "recursive_helpers.py": {
    routes: [
      "sync POST /tree",
      "  blocking_io 1 @9:5 time.sleep(0.001)",
    ],
    diagnostics: [],
  },
  "redis_sync_and_async.py": {
    routes: [
      "async GET /counter/sync",
      "  blocking_io 2? @12:13 sync_cache.incr(\"hits\")",
      "async GET /counter/async",
      "  await_io 2? @18:13 await async_cache.incr(\"hits\")",
    ],
    diagnostics: ["12:13 LOOP102", "18:13 LOOP201"],
  },
  "requests_in_async.py": {
    routes: [
      "async GET /weather/{city}",
      "  blocking_io 100? @10:16 http.get(WEATHER_URL, params={\"city\": city}, timeout=3)",
    ],
    diagnostics: ["10:16 ASYNC210"],
  },
  "requests_in_def.py": {
    routes: [
      "sync GET /quotes/{symbol}",
      "  blocking_io 100? @10:9 requests.get(f\"https://api.example.com/quotes/{symbol}\", timeout=5)",
    ],
    diagnostics: ["10:9 LOOP201"],
  },
  "routers_with_prefix.py": {
    routes: [
      "async GET /api/v1/users/",
      "  await_io 30 @12:5 await asyncio.sleep(0.03)",
      "async GET /api/v1/users/{user_id}",
      "  await_io 10 @18:5 await asyncio.sleep(0.01)",
      "sync DELETE /admin/cache",
      "  cpu 1? @23:1 clear_cache()",
    ],
    diagnostics: [],
  },
  "run_in_threadpool_fix.py": {
    routes: [
      "async GET /reports/{year}",
      "  to_thread anyio @16:12 await run_in_threadpool(legacy_report, year)",
      "    blocking_io 300 @10:5 time.sleep(0.3)",
    ],
    diagnostics: [],
  },
  "service_repository_classes.py": {
    routes: [
      "async GET /orders/{order_id}",
      "  to_thread anyio @70:37 get_db() (def dependency, in the thread pool)",
      "    cpu 0.1? @20:1 get_db()",
      "  to_thread anyio @83:69 get_repo() (def dependency, in the thread pool)",
      "    cpu 0.1? @70:1 get_repo()",
      "  blocking_io 20? @33:16 self.db.execute(\"SELECT * FROM orders WHERE id = :id\", {\"id\": order_id}).first()",
      "async GET /customers/{customer_id}/loyalty",
      "  to_thread anyio @88:60 get_db() (def dependency, in the thread pool)",
      "    cpu 0.1? @20:1 get_db()",
      "sync GET /customers/{customer_id}/summary",
      "  blocking_io 20? @36:16 self.db.execute(\"SELECT * FROM orders WHERE customer_id = :c\", {\"c\": customer_i…",
      "  blocking_io 50 @66:9 time.sleep(0.05)",
      "async POST /orders/{order_id}/pay",
      "  blocking_io 100? @43:13 requests.post(f\"{self.base}/charges\", json={\"order\": order_id, \"amount\": cents}…",
      "async GET /fx",
      "  blocking_io 100? @106:9 http.get(\"https://fx.example.com/latest\", timeout=3)",
      "async GET /nap",
      "  blocking_io 250 @112:5 sleep(0.25)",
      "async GET /with-timeout",
      "  await_io 100? @119:36 client.get(\"https://slow.example.com\")",
      "async GET /stream-proxy",
      "  await_io 100? @127:20 client.stream(\"GET\", \"https://files.example.com/big.bin\")",
      "async GET /module-httpx",
      "  blocking_io 100? @135:12 httpx.get(\"https://example.com/x\")",
      "async POST /fire-and-forget",
      "  cpu 1? @139:1 fire_and_forget()",
    ],
    diagnostics: ["36:16 LOOP201", "84:12 LOOP102", "88:11 LOOP202", "98:11 LOOP202", "99:15 ASYNC210", "106:9 ASYNC210", "112:5 ASYNC251", "119:36 LOOP201", "127:20 LOOP201", "135:12 ASYNC210", "140:5 LOOP204"],
  },
  "snippet_without_imports.py": {
    routes: [
      "async GET /slow",
      "  blocking_io 1500 @3:5 time.sleep(1.5)",
      "  blocking_io 100? @4:12 requests.get(\"https://example.com\")",
    ],
    diagnostics: ["3:5 ASYNC251", "4:12 ASYNC210"],
  },
  "sqlalchemy_annotated_aliases.py": {
    routes: [
      "sync GET /v1/api/users/",
      "  blocking_io 20? @74:12 db.scalars(select(User).offset(offset).limit(limit)).all()",
      "async GET /v1/api/users/me",
      "  to_thread anyio @39:5 get_db() (def dependency, in the thread pool)",
      "    cpu 0.1? @27:1 get_db()",
      "  to_thread anyio @78:19 get_current_user() (def dependency, in the thread pool)",
      "    blocking_io 20? @44:12 db.get(User, x_user_id)",
      "async POST /v1/api/users/",
      "  to_thread anyio @83:44 get_db() (def dependency, in the thread pool)",
      "    cpu 0.1? @27:1 get_db()",
      "  blocking_io 20? @87:5 db.commit()",
      "  blocking_io 20? @88:5 db.refresh(user)",
      "async GET /v1/api/users/{user_id}",
      "  to_thread anyio @94:48 get_db() (def dependency, in the thread pool)",
      "    cpu 0.1? @27:1 get_db()",
      "  blocking_io 20? @95:12 db.query(User).filter(User.id == user_id).first()",
      "sync GET /v1/api/v2/orgs/{org_id}/members",
      "  blocking_io 20? @44:12 db.get(User, x_user_id)",
      "  blocking_io 20? @103:11 db.execute(select(Organisation).where(Organisation.id == org_id)).scalar_one_or…",
      "sync GET /v1/api/v2/orgs/feature-flags",
      "  cpu 1? @111:1 feature_flags()",
      "sync GET /healthz",
      "  cpu 1? @124:1 healthz()",
    ],
    diagnostics: ["44:12 LOOP201", "74:12 LOOP201", "87:5 LOOP102", "88:5 LOOP102", "95:12 LOOP102", "103:11 LOOP201"],
  },
  "sqlalchemy_async_session.py": {
    routes: [
      "async GET /orders/{order_id}",
      "  await_io 20? @17:14 await session.execute(select(Order).where(Order.id == order_id))",
      "async POST /orders",
      "  await_io 20? @25:5 await session.commit()",
      "  await_io 20? @26:5 await session.refresh(order)",
    ],
    diagnostics: ["17:14 LOOP201", "25:5 LOOP201", "26:5 LOOP201"],
  },
  "sqlalchemy_sync_def_routes.py": {
    routes: [
      "sync GET /users/{user_id}",
      "  blocking_io 20? @23:12 db.query(User).filter(User.id == user_id).first()",
      "sync POST /users/{user_id}/items",
      "  blocking_io 20? @29:5 db.commit()",
      "  blocking_io 20? @30:5 db.refresh(item)",
    ],
    diagnostics: ["23:12 LOOP201", "29:5 LOOP201", "30:5 LOOP201"],
  },
  "sqlalchemy_sync_session_in_async.py": {
    routes: [
      "async GET /products",
      "  to_thread anyio @25:48 get_session() (def dependency, in the thread pool)",
      "    cpu 0.1? @12:1 get_session()",
      "  blocking_io 20? @21:12 session.execute(select(Product).limit(limit)).scalars().all()",
      "  blocking_io 20? @28:13 session.scalar(select(func.count()).select_from(Product))",
    ],
    diagnostics: ["27:12 LOOP102", "28:13 LOOP102"],
  },
  "sqlite_in_async.py": {
    routes: [
      "async GET /notes",
      "  blocking_io 2? @10:12 sqlite3.connect(\"notes.db\")",
      "  blocking_io 2? @11:12 conn.execute(\"SELECT id, body FROM notes ORDER BY id DESC LIMIT 50\")",
    ],
    diagnostics: ["10:12 LOOP102", "11:12 LOOP102"],
  },
  "streaming_generators_websocket.py": {
    routes: [
      "async POST /orders/{order_id}/receipt",
      "  cpu 1? @62:1 receipt()",
      "sync GET /export.csv",
      "  cpu 1? @68:1 export_csv()",
      "async GET /events",
      "  await_io 1000 @39:9 await asyncio.sleep(1)",
      "async GET /slow-stream",
      "  to_thread anyio @79:30 slow_lines() (sync generator, iterated in the thread pool)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "    blocking_io 100 @44:9 time.sleep(0.1)",
      "sync GET /download/{name}",
      "  blocking_io 0.5? @49:10 open(path, \"rb\")",
      "  blocking_io 5? @50:24 fh.read(size)",
      "async GET /all-items",
      "  await_io 100? @56:13 await client.get(url)",
      "async GET HEAD /items/{item_id}",
      "  await_io 10 @98:5 await asyncio.sleep(0.01)",
      "sync POST PUT /legacy/submit",
      "  blocking_io 200 @104:5 time.sleep(0.2)",
    ],
    diagnostics: ["37:5 LOOP203", "49:10 LOOP201", "50:9 LOOP203", "50:24 LOOP201", "55:5 LOOP203", "56:13 LOOP201", "63:5 LOOP204", "68:5 LOOP202", "127:1 LOOP207"],
  },
  "subprocess_in_async.py": {
    routes: [
      "async POST /thumbnails/{name}",
      "  blocking_io 100? @11:5 subprocess.run([\"convert\", f\"/srv/img/{name}\", \"-resize\", \"128x128\", f\"/srv/thu…",
      "async POST /thumbnails-async/{name}",
      "  await_io 5? @17:15 await asyncio.create_subprocess_exec(\"convert\", f\"/srv/img/{name}\", \"-resize\", …",
      "  await_io 100? @18:5 await process.wait()",
    ],
    diagnostics: ["11:5 ASYNC221", "17:15 LOOP201", "18:5 LOOP201"],
  },
  "taskgroup.py": {
    routes: [
      "async POST /warmup",
      "  gather @17:5 async with asyncio.TaskGroup() as tg",
      "    branch 1",
      "      await_io 2? @11:5 await cache.get(key)",
      "      await_io 20 @12:5 await asyncio.sleep(0.02)",
      "    branch 2",
      "      await_io 2? @11:5 await cache.get(key)",
      "      await_io 20 @12:5 await asyncio.sleep(0.02)",
    ],
    diagnostics: ["11:5 LOOP201"],
  },
  "upload_aiofiles.py": {
    routes: [
      "async POST /avatars/{user_id}",
      "  to_thread anyio @9:12 await file.read()",
      "    blocking_io 5? @9:12 await file.read()",
      "  to_thread executor @10:16 aiofiles.open(f\"/srv/avatars/{user_id}.png\", \"wb\")",
      "    blocking_io 0.5? @10:16 aiofiles.open(f\"/srv/avatars/{user_id}.png\", \"wb\")",
      "  to_thread executor @11:9 await out.write(data)",
      "    blocking_io 5? @11:9 await out.write(data)",
    ],
    diagnostics: ["9:12 LOOP201", "10:16 LOOP201", "11:9 LOOP201"],
  },
  "upload_open_in_async.py": {
    routes: [
      "async POST /upload",
      "  to_thread anyio @11:16 await file.read()",
      "    blocking_io 5? @11:16 await file.read()",
      "  blocking_io 0.5? @13:10 open(destination, \"wb\")",
      "  blocking_io 5? @14:9 out.write(contents)",
    ],
    diagnostics: ["11:16 LOOP201", "13:10 ASYNC230", "14:9 ASYNC232"],
  },
  "upload_shutil_def.py": {
    routes: [
      "sync POST /documents",
      "  blocking_io 0.5? @11:10 open(f\"/srv/docs/{upload.filename}\", \"wb\")",
      "  blocking_io 5? @12:9 shutil.copyfileobj(upload.file, buffer)",
    ],
    diagnostics: ["11:10 LOOP201", "12:9 LOOP201"],
  },
  "uploads_reports_subprocess.py": {
    routes: [
      "async POST /upload",
      "  to_thread executor @22:16 aiofiles.open(dest, \"wb\")",
      "    blocking_io 0.5? @22:16 aiofiles.open(dest, \"wb\")",
      "  to_thread anyio @23:24 await file.read(1024 * 1024)",
      "    blocking_io 5? @23:24 await file.read(1024 * 1024)",
      "  to_thread executor @24:13 await out.write(chunk)",
      "    blocking_io 5? @24:13 await out.write(chunk)",
      "async POST /upload-sync",
      "  blocking_io 0.5? @31:10 dest.open(\"wb\")",
      "  blocking_io 5? @32:9 shutil.copyfileobj(file.file, out)",
      "  blocking_io 0.5? @33:12 os.path.getsize(dest)",
      "async GET /reports/{name}.pdf",
      "  blocking_io 100? @41:5 subprocess.run([\"wkhtmltopdf\", str(html), str(pdf)], check=True, timeout=30)",
      "async GET /reports/{name}.xlsx",
      "  cpu 1? @46:1 report_xlsx()",
      "sync GET /archive",
      "  blocking_io 0.5? @58:18 UPLOAD_DIR.glob(\"*.csv\")",
      "async POST /convert",
      "  await_io 5? @65:12 await asyncio.create_subprocess_exec(\"convert\", name, name + \".png\")",
      "  await_io 100? @66:5 await proc.wait()",
    ],
    diagnostics: ["22:16 LOOP201", "23:9 LOOP203", "23:24 LOOP201", "24:13 LOOP201", "31:10 ASYNC230", "32:9 LOOP102", "33:12 ASYNC240", "38:11 LOOP202", "41:5 ASYNC221", "46:11 LOOP202", "58:18 LOOP201", "65:12 LOOP201", "66:5 LOOP201"],
  },
};
