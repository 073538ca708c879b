#include "AuthBenchmark.h"

#include "BenchmarkDatabase.h"
#include "BenchmarkStats.h"
#include "CliSupport.h"
#include "db/AuthResult.h"
#include "db/DatabaseConnection.h"
#include "db/SqlExecutor.h"
#include "services/server/OperatorService.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QString kDatabase = u"hexastore_bench_auth"_s;
const QString kEmail = u"bench@hexastore.test"_s;
const QString kPassword = u"bench-password-0"_s;

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Builds the benchmark schema: many users, and a copy of them in a table
// with no policy, both readable by the client role.
VoidResult prepareTables(SqlExecutor& sql, int users)
{
    return sql.script(uR"(
        INSERT INTO hexastore.users (email, full_name, role)
        SELECT 'filler' || g || '@hexastore.test', 'Filler ' || g, 'buyer'
          FROM generate_series(1, %1) g;
        CREATE TABLE hexastore.bench_users_plain AS
            SELECT id, email, full_name, role, status, created_at FROM hexastore.users;
        ALTER TABLE hexastore.bench_users_plain ADD PRIMARY KEY (id);
        GRANT SELECT ON hexastore.bench_users_plain TO hexastore_client;
        ANALYZE hexastore.users;
        ANALYZE hexastore.bench_users_plain;
    )"_s.arg(users));
}

// Mean server-side time of one PK SELECT, measured by the server in a loop
// (no network; static SQL, so plans are cached as for prepared statements),
// with the client's token in force.
Result<double> serverSideMicros(SqlExecutor& sql, bool withPolicy, qint64 id, int loops)
{
    auto row =
        sql.queryOne(u"SELECT public.hexastore_bench_loop(?, ?, ?)"_s, {withPolicy, id, loops});
    if (!row)
        return std::unexpected(row.error());
    return row->value(0).toDouble();
}

} // namespace

int AuthBenchmark::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark logins and the per-statement token check."_s);
    parser.addHelpOption();
    parser.addOption({u"url"_s,
                      u"Operator URL of a server to use (its maintenance database); "
                      u"default: a throwaway local server"_s,
                      u"url"_s});
    parser.addOption({u"logins"_s, u"Logins to time (default 10)"_s, u"n"_s, u"10"_s});
    parser.addOption({u"selects"_s, u"SELECTs per variant (default 20000)"_s, u"n"_s, u"20000"_s});
    parser.addOption(
        {u"users"_s, u"Rows in the users table (default 100000)"_s, u"n"_s, u"100000"_s});
    parser.process(arguments);
    const int logins = std::max(1, parser.value(u"logins"_s).toInt());
    const int selects = std::max(100, parser.value(u"selects"_s).toInt());
    const int users = std::max(1, parser.value(u"users"_s).toInt());
    auto& out = CliSupport::out();

    // A server: the one given, or a private throwaway one (gone afterwards).
    QTemporaryDir tempDir(u"/tmp/hexastore-bench-XXXXXX"_s);
    auto db = BenchmarkDatabase::open(parser.value(u"url"_s), tempDir.path(), kDatabase,
                                      BenchmarkDatabase::Lifetime::Throwaway);
    if (!db)
        return CliSupport::fail(db.error());
    SqlExecutor& opSql = (*db)->sql();
    const ConnectionSettings clientSettings = (*db)->clientSettings();
    OperatorService ops(opSql);
    if (auto ok = ops.setSetting(u"bcrypt_cost"_s, 12); !ok)
        return CliSupport::fail(ok.error());
    if (auto ok = ops.createUser(kEmail, kPassword, u"Bench User"_s, Role::Buyer); !ok)
        return CliSupport::fail(ok.error());
    out << "Filling " << users << " users" << Qt::endl;
    if (auto ok = prepareTables(opSql, users); !ok)
        return CliSupport::fail(ok.error());
    // A server-side loop, so the token check can be measured without the network.
    if (auto ok = opSql.script(uR"(
        CREATE FUNCTION public.hexastore_bench_loop(p_policy boolean, p_id bigint, p_loops int)
        RETURNS double precision LANGUAGE plpgsql AS $$
        DECLARE t0 timestamptz; n bigint;
        BEGIN
            t0 := clock_timestamp();
            FOR i IN 1..p_loops LOOP
                IF p_policy THEN
                    SELECT count(*) INTO n FROM hexastore.users WHERE id = p_id;
                ELSE
                    SELECT count(*) INTO n FROM hexastore.bench_users_plain WHERE id = p_id;
                END IF;
            END LOOP;
            RETURN extract(epoch FROM clock_timestamp() - t0) * 1e6 / p_loops;
        END $$;
        GRANT EXECUTE ON FUNCTION public.hexastore_bench_loop(boolean, bigint, int) TO hexastore_client;
    )"_s);
        !ok)
        return CliSupport::fail(ok.error());

    DatabaseConnection client(clientSettings);
    if (auto ok = client.open(); !ok)
        return CliSupport::fail(ok.error());
    SqlExecutor sql(client);

    // 1. Logins at cost 12, through the SQL API exactly as the client calls it.
    QList<double> loginMs;
    std::optional<SessionTokens> tokens;
    for (int i = 0; i < logins; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto row = sql.queryOne(u"SELECT * FROM hexastore.login(?, ?, ?)"_s,
                                {kEmail, kPassword, u"bench"_s});
        const double ms = elapsedMs(timer);
        if (!row)
            return CliSupport::fail(row.error());
        auto parsed = AuthResult::toTokens(*row);
        if (!parsed)
            return CliSupport::fail(parsed.error());
        tokens = *parsed;
        loginMs.append(ms);
    }
    // As the app does: the token is set with each statement's transaction.
    sql.setIdentity(tokens->accessToken);

    // 2. PK SELECT with and without the policy, interleaved in blocks so that
    //    drift on a busy machine affects both alike.
    const QString withPolicy =
        u"SELECT id, email, full_name, role, status, created_at FROM hexastore.users WHERE id = ?"_s;
    const QString withoutPolicy =
        u"SELECT id, email, full_name, role, status, created_at FROM hexastore.bench_users_plain WHERE id = ?"_s;
    QList<double> plainUs;
    QList<double> policyUs;
    constexpr int kBlock = 500;
    for (int done = 0; done < selects; done += kBlock) {
        for (auto [sqlText, samples] :
             {std::pair{withoutPolicy, &plainUs}, std::pair{withPolicy, &policyUs}}) {
            for (int i = 0; i < kBlock; ++i) {
                QElapsedTimer timer;
                timer.start();
                auto rows = sql.query(sqlText, {tokens->userId});
                const double us = double(timer.nsecsElapsed()) / 1e3;
                if (!rows)
                    return CliSupport::fail(rows.error());
                if (rows->size() != 1)
                    return CliSupport::fail(ServiceError(ServiceError::Code::Internal,
                                                         u"the benchmark row is not visible"_s));
                samples->append(us);
            }
        }
    }
    const BenchmarkStats login(loginMs);
    const BenchmarkStats plain(plainUs);
    const BenchmarkStats policy(policyUs);
    const double ratio = policy.median() / plain.median();

    auto serverPlain = serverSideMicros(sql, false, tokens->userId, selects);
    auto serverPolicy = serverSideMicros(sql, true, tokens->userId, selects);
    if (!serverPlain || !serverPolicy)
        return CliSupport::fail(!serverPlain ? serverPlain.error() : serverPolicy.error());
    const double serverRatio = *serverPolicy / *serverPlain;

    out << Qt::endl
        << "HexaStore benchmark: auth (" << users << " users)" << Qt::endl
        << u"  %1 %2 %3 %4"_s.arg(u"measure"_s, -44)
               .arg(u"median"_s, 10)
               .arg(u"p95"_s, 10)
               .arg(u"n"_s, 7)
        << Qt::endl
        << u"  %1 %2 %3 %4"_s.arg(u"login, bcrypt cost 12 (ms)"_s, -44)
               .arg(login.median(), 10, 'f', 1)
               .arg(login.p95(), 10, 'f', 1)
               .arg(login.count(), 7)
        << Qt::endl
        << u"  %1 %2 %3 %4"_s.arg(u"PK SELECT, table without policy (us)"_s, -44)
               .arg(plain.median(), 10, 'f', 1)
               .arg(plain.p95(), 10, 'f', 1)
               .arg(plain.count(), 7)
        << Qt::endl
        << u"  %1 %2 %3 %4"_s.arg(u"PK SELECT, users with RLS + token (us)"_s, -44)
               .arg(policy.median(), 10, 'f', 1)
               .arg(policy.p95(), 10, 'f', 1)
               .arg(policy.count(), 7)
        << Qt::endl
        << u"  %1 %2"_s.arg(u"ratio, client round trip (aim < 1.5)"_s, -44).arg(ratio, 10, 'f', 2)
        << Qt::endl
        << u"  %1 %2"_s.arg(u"server only, without policy (us)"_s, -44)
               .arg(*serverPlain, 10, 'f', 1)
        << Qt::endl
        << u"  %1 %2"_s.arg(u"server only, with policy (us)"_s, -44).arg(*serverPolicy, 10, 'f', 1)
        << Qt::endl
        << u"  %1 %2"_s.arg(u"ratio, server only"_s, -44).arg(serverRatio, 10, 'f', 2) << Qt::endl
        << u"RESULT auth login_ms=%1 login_p95_ms=%2 pk_plain_us=%3 pk_policy_us=%4 ratio=%5 "
           "server_plain_us=%6 server_policy_us=%7 server_ratio=%8"_s.arg(login.median(), 0, 'f', 1)
               .arg(login.p95(), 0, 'f', 1)
               .arg(plain.median(), 0, 'f', 1)
               .arg(policy.median(), 0, 'f', 1)
               .arg(ratio, 0, 'f', 2)
               .arg(*serverPlain, 0, 'f', 1)
               .arg(*serverPolicy, 0, 'f', 1)
               .arg(serverRatio, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
