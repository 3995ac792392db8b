import { PGlite } from '@electric-sql/pglite'
const pg = new PGlite()
await pg.query("create table t (a text[], d timestamptz, j jsonb, n bigint)")
await pg.query("insert into t values ($1, $2, $3, $4)", [['x','y'], new Date(), JSON.stringify({b:1,a:2}), 5])
console.log((await pg.query("select * from t")).rows, (await pg.query("select 1 as x")).affectedRows)
const r = await pg.query("insert into t (n) values (1),(2)"); console.log(r.affectedRows)
