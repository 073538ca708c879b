#include "UsersBenchmark.h"

#include "BenchmarkDatabase.h"
#include "BenchmarkStats.h"
#include "CliSupport.h"
#include "db/DbWorker.h"
#include "db/SqlSession.h"
#include "services/admin/UserAdminService.h"
#include "services/auth/AuthService.h"
#include "services/demo/DemoSeeder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSqlRecord>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 20;
constexpr int kPage = 200;

// Median of `kRuns` timed calls, in ms; nullopt when one failed.
std::optional<double> medianMs(const std::function<bool()>& call)
{
    QList<double> samples;
    (void)call(); // warm the caches
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!call())
            return std::nullopt;
        samples << double(timer.nsecsElapsed()) / 1e6;
    }
    return BenchmarkStats(samples).median();
}

} // namespace

int UsersBenchmark::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Benchmark the administrators' user list at scale."_s);
    parser.addHelpOption();
    parser.addOption({u"users"_s, u"Users (default 100000)"_s, u"n"_s, u"100000"_s});
    BenchmarkDatabase::addOptions(parser);
    parser.process(arguments);
    const qint64 users = parser.value(u"users"_s).toLongLong();
    if (users < 1000)
        return CliSupport::usage(u"--users must be at least 1000."_s);
    auto& out = CliSupport::out();

    auto db = BenchmarkDatabase::open(parser.value(u"url"_s), parser.value(u"dir"_s),
                                      u"hexastore_bench_users_%1"_s.arg(users),
                                      BenchmarkDatabase::Lifetime::Kept);
    if (!db)
        return CliSupport::fail(db.error());
    SqlExecutor& sql = (*db)->sql();
    if (auto ok = DemoSeeder(sql).seed(); !ok)
        return CliSupport::fail(ok.error());
    // Names repeat (a few hundred surnames), a third never logged in.
    auto filled = sql.script(
        u"INSERT INTO hexastore.users (email, full_name, role, status, created_at, last_login_at) "
        "SELECT format('user%%s@bench.example', g), "
        "       format('%%s %%s', "
        "(ARRAY['Anna','Ben','Chen','Dara','Emil','Fatima','Goran','Hana'])"
        "[1 + g %% 8], format('Surname%%s', g %% 400)), "
        "       (ARRAY['buyer','buyer','buyer','seller','courier'])[1 + g %% "
        "5]::hexastore.user_role, "
        "       CASE WHEN g %% 50 = 0 THEN 'disabled' ELSE 'active' END::hexastore.user_status, "
        "       now() - (g %% 700) * interval '1 day', "
        "       CASE WHEN g %% 3 = 0 THEN NULL ELSE now() - (g %% 90) * interval '1 hour' END "
        "  FROM generate_series((SELECT count(*) FROM hexastore.users "
        "                        WHERE email LIKE '%%@bench.example') + 1, %1 - 5) g; "
        "ANALYZE hexastore.users"_s.arg(users)
            .replace(u"%%"_s, u"%"_s));
    if (!filled)
        return CliSupport::fail(filled.error());
    auto count = sql.queryOne(u"SELECT count(*) FROM hexastore.users"_s);
    if (!count)
        return CliSupport::fail(count.error());

    DbWorker worker((*db)->clientSettings());
    AuthService auth(worker);
    UserAdminService service(worker);
    const DemoSeeder::Account admin = DemoSeeder::accounts().at(0);
    if (auto in = auth.login(admin.email, admin.password, u"bench"_s).result(); !in)
        return CliSupport::fail(in.error());

    // Where the middle of the list is, by name: the key of the row there.
    auto middle = sql.queryOne(u"SELECT lower(full_name), id FROM hexastore.users "
                               "ORDER BY lower(full_name), id OFFSET ? LIMIT 1"_s,
                               {count->value(0).toLongLong() / 2});
    if (!middle)
        return CliSupport::fail(middle.error());
    const UserQuery::After after{middle->value(0).toString(), middle->value(1).toLongLong()};

    const auto page = [&](const UserQuery& q, std::optional<UserQuery::After> from) {
        return std::function<bool()>([&service, q, from] {
            auto rows = service.users(q, from, kPage).result();
            return rows.has_value() && !rows->isEmpty();
        });
    };
    UserQuery byName;
    UserQuery search;
    search.text = u"surname17"_s; // 1 in 400 names, and more inside (surname170…)
    UserQuery rare;
    rare.text = u"user77777@"_s; // one user
    UserQuery couriers;
    couriers.role = Role::Courier;
    couriers.sort = UserQuery::Sort::LastLogin;
    couriers.descending = true;

    // The references: the same rows by OFFSET, and by an ILIKE no index serves.
    SqlSession plain((*db)->clientSettings());
    if (auto in = CliSupport::signIn(plain, admin.email, admin.password, u"bench"_s, Role::Admin);
        !in)
        return CliSupport::fail(in.error());
    const auto plainQuery = [&plain](const QString& text, const QVariantList& params) {
        return std::function<bool()>([&plain, text, params] {
            auto rows = plain.transact([&](SqlExecutor& s) { return s.query(text, params); });
            return rows.has_value() && !rows->isEmpty();
        });
    };

    const auto first = medianMs(page(byName, std::nullopt));
    const auto deep = medianMs(page(byName, after));
    const auto found = medianMs(page(search, std::nullopt));
    const auto one = medianMs(page(rare, std::nullopt));
    const auto filtered = medianMs(page(couriers, std::nullopt));
    const auto offset = medianMs(plainQuery(
        u"SELECT id, email, full_name FROM hexastore.users ORDER BY lower(full_name), id "
        "OFFSET ? LIMIT ?"_s,
        {count->value(0).toLongLong() / 2, kPage}));
    const auto ilike = medianMs(plainQuery(
        u"SELECT id, email, full_name FROM hexastore.users WHERE email ILIKE ? OR full_name "
        "ILIKE ? ORDER BY lower(full_name), id LIMIT ?"_s,
        {u"%surname17%"_s, u"%surname17%"_s, kPage}));
    const auto ilikeOne = medianMs(plainQuery(
        u"SELECT id, email, full_name FROM hexastore.users WHERE email ILIKE ? OR full_name "
        "ILIKE ? ORDER BY lower(full_name), id LIMIT ?"_s,
        {u"%user77777@%"_s, u"%user77777@%"_s, kPage}));
    if (!first || !deep || !found || !one || !filtered || !offset || !ilike || !ilikeOne)
        return CliSupport::fail(
            ServiceError(ServiceError::Code::Internal, u"a measured query failed"_s));

    out << u"The user list at %1 users, pages of %2, median of %3 (ms, through the client role "
           "and RLS)"_s.arg(count->value(0).toLongLong())
               .arg(kPage)
               .arg(kRuns)
        << Qt::endl
        << u"  first page by name            %1"_s.arg(*first, 8, 'f', 2) << Qt::endl
        << u"  page in the middle (keyset)   %1   OFFSET reference %2"_s.arg(*deep, 8, 'f', 2)
               .arg(*offset, 8, 'f', 2)
        << Qt::endl
        << u"  search \"surname17\" (trigram) %1   ILIKE reference  %2"_s.arg(*found, 8, 'f', 2)
               .arg(*ilike, 8, 'f', 2)
        << Qt::endl
        << u"  search \"user77777@\" (1 user) %1   ILIKE reference  %2"_s.arg(*one, 8, 'f', 2)
               .arg(*ilikeOne, 8, 'f', 2)
        << Qt::endl
        << u"  couriers by last login, desc  %1"_s.arg(*filtered, 8, 'f', 2) << Qt::endl;
    out << u"RESULT users users=%1 first_ms=%2 deep_ms=%3 offset_ms=%4 search_ms=%5 "
           "ilike_ms=%6 filtered_ms=%7 rare_search_ms=%8 rare_ilike_ms=%9"_s
               .arg(count->value(0).toLongLong())
               .arg(*first, 0, 'f', 2)
               .arg(*deep, 0, 'f', 2)
               .arg(*offset, 0, 'f', 2)
               .arg(*found, 0, 'f', 2)
               .arg(*ilike, 0, 'f', 2)
               .arg(*filtered, 0, 'f', 2)
               .arg(*one, 0, 'f', 2)
               .arg(*ilikeOne, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
