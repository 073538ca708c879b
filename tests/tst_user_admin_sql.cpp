// The administrators' user actions (issue #11) attacked with raw SQL as
// hexastore_client: non-admins calling them, admins turning them on
// themselves or on the last administrator, a restricted session after a
// forced reset doing anything but change the password, and what lands in the
// login history and the audit log.
#include "tests/support/ClientSql.h"
#include "tests/support/TestDatabase.h"

#include <QScopeGuard>
#include <QSqlRecord>
#include <QtConcurrent>
#include <QTest>

using namespace Qt::StringLiterals;

class TstUserAdminSql : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void nonAdminsCannotCallAdminFunctions_data();
    void nonAdminsCannotCallAdminFunctions();
    void nonAdminsCannotReadLoginHistory();
    void everyActionNeedsAReason();
    void adminsCannotActOnThemselves_data();
    void adminsCannotActOnThemselves();
    void twoAdminsRemovingEachOtherLeaveOne();
    void disablingEndsEverySessionAndIsAudited();
    void roleChangeWaitsForOpenWorkAndEndsSessions();
    void forcedResetAllowsOnlyChangePassword();
    void newUsersStartWithAOneTimePassword();
    void loginHistoryKeepsSuccessesAndFailures();
    void catalogChangesAreAuditedWithBeforeAndAfter();
    void cashIsMarkedReceivedOnlyForTheAmountShown();
    void attemptsWhileLockedLeaveOneRow();
    void aDemotedSellersShopCloses();
    void aCourierDemotedWhileDispatchedGetsNothing();

private:
    qint64 user(Role role, const QString& name);
    QString auditDetails(const QString& action, qint64 entityId);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ClientSql> m_client;
    qint64 m_admin = 0;
    qint64 m_otherAdmin = 0;
    qint64 m_buyer = 0;
    int m_users = 0;
};

qint64 TstUserAdminSql::user(Role role, const QString& name)
{
    const QString email = u"%1-%2@test.example"_s.arg(name).arg(++m_users);
    const qint64 id = m_db->createUser(role, email, u"password of "_s + name, name);
    m_client->login(name, email, u"password of "_s + name);
    return id;
}

QString TstUserAdminSql::auditDetails(const QString& action, qint64 entityId)
{
    auto row = m_db->admin().queryOne(
        u"SELECT jsonb_build_object('reason', reason, 'details', details)::text "
        "FROM hexastore.audit_log WHERE action = ? AND entity_id = ? ORDER BY id DESC LIMIT 1"_s,
        {action, entityId});
    return row ? row->value(0).toString() : QString();
}

void TstUserAdminSql::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"user_admin_sql"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_client = std::make_unique<ClientSql>(*m_db);
    QVERIFY(m_client->isOpen());
    m_admin = user(Role::Admin, u"ada"_s);
    m_otherAdmin = user(Role::Admin, u"alan"_s);
    m_buyer = user(Role::Buyer, u"bea"_s);
    user(Role::Seller, u"sam"_s);
    user(Role::Courier, u"cole"_s);
}

void TstUserAdminSql::cleanupTestCase()
{
    m_client.reset();
    m_db.reset();
}

void TstUserAdminSql::nonAdminsCannotCallAdminFunctions_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sql");
    const QStringList calls{
        u"SELECT hexastore.admin_set_user_status(%1, 'disabled', 'x')"_s,
        u"SELECT hexastore.admin_set_user_role(%1, 'admin', 'x')"_s,
        u"SELECT hexastore.admin_revoke_sessions(%1, 'x')"_s,
        u"SELECT hexastore.admin_reset_password(%1, 'x')"_s,
        u"SELECT * FROM hexastore.admin_create_user('new@test.example', 'N', 'admin', 'x')"_s,
        u"SELECT * FROM hexastore.admin_user_activity(%1)"_s,
        u"SELECT * FROM hexastore.admin_user_sessions(%1)"_s,
        u"SELECT hexastore.admin_mark_cash_received(%1, 0, 'x')"_s,
    };
    for (const QString& who : {u"bea"_s, u"sam"_s, u"cole"_s, u""_s}) {
        for (const QString& call : calls) {
            QTest::addRow("%s: %s", who.isEmpty() ? "anonymous" : qPrintable(who),
                          qPrintable(call.section(u'(', 0, 0)))
                << who << call;
        }
    }
}

void TstUserAdminSql::nonAdminsCannotCallAdminFunctions()
{
    QFETCH(QString, who);
    QFETCH(QString, sql);
    QVERIFY(m_client->as(who));
    const QString state = m_client->state(sql.arg(m_otherAdmin));
    // Anonymous callers are "not logged in" (28000); users are refused (42501).
    QCOMPARE(state, who.isEmpty() ? u"28000"_s : u"42501"_s);
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(m_client->scalar(u"SELECT count(*) FROM hexastore.users WHERE status = 'active' "
                              "AND role = 'admin' AND id = ?"_s,
                              {m_otherAdmin}),
             1);
}

void TstUserAdminSql::nonAdminsCannotReadLoginHistory()
{
    // At least one audit row to hide (a brand written by the operator).
    QVERIFY(m_db->admin().execute(u"INSERT INTO hexastore.brands (name) VALUES ('Audited')"_s));
    for (const QString& who : {u"bea"_s, u"sam"_s, u"cole"_s, u""_s}) {
        QVERIFY(m_client->as(who));
        QCOMPARE(m_client->scalar(u"SELECT count(*) FROM hexastore.login_events"_s), 0);
        QCOMPARE(m_client->scalar(u"SELECT count(*) FROM hexastore.audit_log"_s), 0);
        // Only their own row of users.
        QVERIFY(m_client->scalar(u"SELECT count(*) FROM hexastore.users"_s) <= 1);
    }
    QVERIFY(m_client->as(u"ada"_s));
    QVERIFY(m_client->scalar(u"SELECT count(*) FROM hexastore.login_events"_s) > 0);
    QVERIFY(m_client->scalar(u"SELECT count(*) FROM hexastore.audit_log"_s) > 0);
    // Passwords' hashes and sessions stay out of reach for everyone.
    QCOMPARE(m_client->state(u"SELECT * FROM hexastore.sessions"_s), u"42501"_s);
    QCOMPARE(m_client->state(u"SELECT * FROM hexastore.user_credentials"_s), u"42501"_s);
}

void TstUserAdminSql::everyActionNeedsAReason()
{
    QVERIFY(m_client->as(u"ada"_s));
    for (const QString& reason :
         {u""_s, u"   "_s, u"\t\n "_s, u"\u00a0\u2003"_s, QString(1001, u'x')}) {
        QCOMPARE(m_client->state(u"SELECT hexastore.admin_set_user_status(?, 'disabled', ?)"_s,
                                 {m_buyer, reason}),
                 u"HX324"_s);
        QCOMPARE(
            m_client->state(u"SELECT hexastore.admin_reset_password(?, ?)"_s, {m_buyer, reason}),
            u"HX324"_s);
        QCOMPARE(m_client->state(u"SELECT * FROM hexastore.admin_create_user('r@test.example', "
                                 "'R', 'buyer', ?)"_s,
                                 {reason}),
                 u"HX324"_s);
    }
}

void TstUserAdminSql::adminsCannotActOnThemselves_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("disable") << u"SELECT hexastore.admin_set_user_status(?, 'disabled', 'r')"_s;
    QTest::newRow("demote") << u"SELECT hexastore.admin_set_user_role(?, 'buyer', 'r')"_s;
    QTest::newRow("revoke") << u"SELECT hexastore.admin_revoke_sessions(?, 'r')"_s;
    QTest::newRow("reset") << u"SELECT hexastore.admin_reset_password(?, 'r')"_s;
}

void TstUserAdminSql::adminsCannotActOnThemselves()
{
    QFETCH(QString, sql);
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(m_client->state(sql, {m_admin}), u"HX114"_s);
    QCOMPARE(m_client->text(u"SELECT role || '/' || status FROM hexastore.users WHERE id = ?"_s,
                            {m_admin}),
             u"admin/active"_s);
}

// Each admin disables the other at the same moment: the second waits for the
// first, then finds it would leave no administrator (HX115).
void TstUserAdminSql::twoAdminsRemovingEachOtherLeaveOne()
{
    const qint64 a = user(Role::Admin, u"ann"_s);
    const qint64 b = user(Role::Admin, u"ben"_s);
    // Only these two are active administrators for this test.
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.users SET status = 'disabled' WHERE role = 'admin' AND id NOT IN (?, ?)"_s,
        {a, b}));
    auto restore = qScopeGuard([this] {
        m_client->sql().rollback();
        (void)m_db->admin().execute(
            u"UPDATE hexastore.users SET status = 'active' WHERE role = 'admin'"_s);
    });
    const QString tokenB = m_client->token(u"ben"_s);

    QVERIFY(m_client->as(u"ann"_s));
    SqlExecutor& first = m_client->sql();
    QVERIFY(first.begin());
    QVERIFY(
        first.execute(u"SELECT hexastore.admin_set_user_status(?, 'disabled', 'first')"_s, {b}));

    TestDatabase* db = m_db.get();
    QFuture<QString> second = QtConcurrent::run([db, tokenB, a]() -> QString {
        DatabaseConnection connection(db->clientSettings());
        if (!connection.open())
            return u"no connection"_s;
        SqlExecutor sql(connection);
        sql.setIdentity(tokenB);
        auto done =
            sql.execute(u"SELECT hexastore.admin_set_user_status(?, 'disabled', 'second')"_s, {a});
        return done ? u"ok"_s : done.error().sqlState();
    });
    // Commit the first only once the second waits on its lock (the client
    // role's statements are hidden from pg_stat_activity; its locks are not).
    QTRY_VERIFY_WITH_TIMEOUT(m_db->admin()
                                     .queryOne(u"SELECT count(*) FROM pg_locks WHERE NOT granted"_s)
                                     ->value(0)
                                     .toInt() > 0,
                             30000);
    QVERIFY(first.commit());
    second.waitForFinished();
    QCOMPARE(second.result(), u"HX115"_s);
    QCOMPARE(m_db->admin()
                 .queryOne(u"SELECT string_agg(status::text, ',' ORDER BY id) "
                           "FROM hexastore.users WHERE id IN (?, ?)"_s,
                           {a, b})
                 ->value(0)
                 .toString(),
             u"active,disabled"_s);
}

void TstUserAdminSql::disablingEndsEverySessionAndIsAudited()
{
    const qint64 victim = user(Role::Buyer, u"dora"_s);
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(m_client->state(u"SELECT hexastore.admin_set_user_status(?, 'disabled', "
                             "'  chargebacks  ')"_s,
                             {victim}),
             u"ok"_s);
    QVERIFY(m_client->as(u"dora"_s));
    QCOMPARE(m_client->state(u"SELECT hexastore.current_user_id()"_s), u"28000"_s);
    const QString audit = auditDetails(u"user.disable"_s, victim);
    QVERIFY2(audit.contains(u"\"reason\": \"chargebacks\""_s), qPrintable(audit));
    QVERIFY2(audit.contains(u"\"before\": {"_s) && audit.contains(u"\"status\": \"active\""_s) &&
                 audit.contains(u"\"status\": \"disabled\""_s),
             qPrintable(audit));
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(
        m_client->state(u"SELECT hexastore.admin_set_user_status(?, 'active', 'paid')"_s, {victim}),
        u"ok"_s);
    QVERIFY(!auditDetails(u"user.enable"_s, victim).isEmpty());
}

void TstUserAdminSql::roleChangeWaitsForOpenWorkAndEndsSessions()
{
    const qint64 seller = user(Role::Seller, u"sid"_s);
    const qint64 courier = user(Role::Courier, u"carl"_s);
    const qint64 buyer = user(Role::Buyer, u"bo"_s);
    const auto listing = m_db->createListing(seller, u"Lamp"_s, u"20.00"_s, 5);
    QVERIFY(m_db->createDispatchedDelivery(buyer, m_db->createAddress(buyer), seller, listing,
                                           courier) > 0);
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(
        m_client->state(u"SELECT hexastore.admin_set_user_role(?, 'buyer', 'quit')"_s, {courier}),
        u"HX117"_s);
    QCOMPARE(
        m_client->state(u"SELECT hexastore.admin_set_user_role(?, 'buyer', 'quit')"_s, {seller}),
        u"HX117"_s);
    QCOMPARE(m_client->state(u"SELECT hexastore.admin_set_user_role(?, 'nobody', 'x')"_s, {buyer}),
             u"HX111"_s);
    const QString boEmail =
        m_client->text(u"SELECT email FROM hexastore.users WHERE id = ?"_s, {buyer});
    const QString refresh = m_client->text(
        u"SELECT refresh_token FROM hexastore.login(?, 'password of bo', 't')"_s, {boEmail});
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(m_client->state(u"SELECT hexastore.admin_set_user_role(?, 'seller', 'opens a shop')"_s,
                             {buyer}),
             u"ok"_s);
    // The ended session says why.
    QCOMPARE(m_client->text(u"SELECT status FROM hexastore.refresh_session(?)"_s, {refresh}),
             u"revoked"_s);
    QVERIFY(m_client->as(u"bo"_s));
    QCOMPARE(m_client->state(u"SELECT hexastore.current_user_id()"_s), u"28000"_s);
    QVERIFY(auditDetails(u"user.role"_s, buyer).contains(u"\"role\": \"seller\""_s));
}

void TstUserAdminSql::forcedResetAllowsOnlyChangePassword()
{
    const qint64 victim = user(Role::Buyer, u"rita"_s);
    QVERIFY(m_client->as(u"ada"_s));
    const QString email =
        m_client->text(u"SELECT email FROM hexastore.users WHERE id = ?"_s, {victim});
    QVERIFY(m_client->as(u"ada"_s));
    const QString once =
        m_client->text(u"SELECT hexastore.admin_reset_password(?, 'forgot it')"_s, {victim});
    QVERIFY2(QRegularExpression(u"^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$"_s).match(once).hasMatch(),
             qPrintable(once));
    QVERIFY(!auditDetails(u"user.reset_password"_s, victim).contains(once));
    // The old session ended, the old password no longer works.
    QVERIFY(m_client->as(u"rita"_s));
    QCOMPARE(m_client->state(u"SELECT hexastore.current_user_id()"_s), u"28000"_s);
    QCOMPARE(m_client->text(u"SELECT status FROM hexastore.login(?, 'password of rita', 't')"_s,
                            {email}),
             u"invalid_credentials"_s);
    QCOMPARE(m_client->text(u"SELECT status FROM hexastore.login(?, ?, 't')"_s, {email, once}),
             u"password_change_required"_s);
    QVERIFY(m_client->login(u"rita"_s, email, once));
    QVERIFY(m_client->as(u"rita"_s));
    // Nothing that needs who they are works (what anyone may read without
    // logging in, the public catalog, stays readable as it is anonymously).
    for (const QString& sql :
         {u"SELECT hexastore.current_user_id()"_s, u"SELECT * FROM hexastore.my_sessions()"_s,
          u"SELECT count(*) FROM hexastore.orders"_s, u"SELECT count(*) FROM hexastore.users"_s,
          u"SELECT hexastore.cart_add(1, 1)"_s, u"SELECT * FROM hexastore.my_cart()"_s,
          u"SELECT hexastore.logout_all()"_s,
          u"UPDATE hexastore.users SET full_name = 'X' WHERE true"_s}) {
        QVERIFY2(m_client->state(sql) == u"HX120"_s, qPrintable(sql));
    }
    // Not the one-time password again, and not a wrong current one.
    QCOMPARE(m_client->state(u"SELECT hexastore.change_password(?, ?)"_s, {once, once}),
             u"HX118"_s);
    QCOMPARE(m_client->text(u"SELECT hexastore.change_password('wrong one', 'rita''s new one')"_s),
             u"false"_s);
    QCOMPARE(m_client->text(u"SELECT hexastore.change_password(?, 'rita''s new one')"_s, {once}),
             u"true"_s);
    QVERIFY(m_client->scalar(u"SELECT hexastore.current_user_id()"_s) == victim);
    QCOMPARE(m_client->text(u"SELECT must_change_password::text FROM hexastore.users"_s),
             u"false"_s);
    QCOMPARE(
        m_client->text(u"SELECT status FROM hexastore.login(?, 'rita''s new one', 't')"_s, {email}),
        u"ok"_s);
}

void TstUserAdminSql::newUsersStartWithAOneTimePassword()
{
    QVERIFY(m_client->as(u"ada"_s));
    auto row = m_client->sql().queryOne(
        u"SELECT * FROM hexastore.admin_create_user('  nina@test.example ', 'Nina', 'courier', "
        "'new courier')"_s);
    QVERIFY(row.has_value());
    const qint64 id = row->value(u"user_id"_s).toLongLong();
    const QString once = row->value(u"one_time_password"_s).toString();
    QCOMPARE(m_client->text(u"SELECT role || '/' || must_change_password FROM hexastore.users "
                            "WHERE id = ?"_s,
                            {id}),
             u"courier/true"_s);
    QCOMPARE(m_client->state(u"SELECT * FROM hexastore.admin_create_user('nina@TEST.example', "
                             "'Nina', 'buyer', 'again')"_s),
             u"HX103"_s);
    QCOMPARE(m_client->state(u"SELECT * FROM hexastore.admin_create_user('not an email', "
                             "'Nina', 'buyer', 'bad')"_s),
             u"HX101"_s);
    QCOMPARE(m_client->text(u"SELECT status FROM hexastore.login('nina@test.example', ?, 't')"_s,
                            {once}),
             u"password_change_required"_s);
    QVERIFY(auditDetails(u"user.create"_s, id).contains(u"new courier"_s));
}

void TstUserAdminSql::loginHistoryKeepsSuccessesAndFailures()
{
    const qint64 id = user(Role::Buyer, u"lena"_s); // one success
    QVERIFY(m_client->as(u"ada"_s));
    const QString email = m_client->text(u"SELECT email FROM hexastore.users WHERE id = ?"_s, {id});
    QCOMPARE(m_client->text(u"SELECT status FROM hexastore.login(?, 'wrong', 'laptop')"_s, {email}),
             u"invalid_credentials"_s);
    QCOMPARE(
        m_client->text(u"SELECT status FROM hexastore.login('nobody@test.example', 'x', 'y')"_s),
        u"invalid_credentials"_s);
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(m_client->text(u"SELECT string_agg(outcome || ':' || device, ',' ORDER BY id) "
                            "FROM hexastore.login_events WHERE user_id = ?"_s,
                            {id}),
             u"ok:test,wrong_password:laptop"_s);
    QVERIFY(!m_client->text(u"SELECT last_login_at::text FROM hexastore.users WHERE id = ?"_s, {id})
                 .isEmpty());
    // Unknown e-mails leave nothing behind.
    QCOMPARE(
        m_db->admin()
            .queryOne(u"SELECT count(*) FROM hexastore.login_events e "
                      "WHERE NOT EXISTS (SELECT FROM hexastore.users u WHERE u.id = e.user_id)"_s)
            ->value(0)
            .toInt(),
        0);
    // Rows older than 90 days go as new ones come.
    QVERIFY(m_db->admin().execute(u"INSERT INTO hexastore.login_events (user_id, at, outcome) "
                                  "VALUES (?, now() - interval '91 days', 'ok')"_s,
                                  {id}));
    QVERIFY(m_client->login(u"lena"_s, email, u"password of lena"_s));
    QCOMPARE(m_client->scalar(u"SELECT count(*) FROM hexastore.login_events "
                              "WHERE at < now() - interval '90 days'"_s),
             0);
}

void TstUserAdminSql::catalogChangesAreAuditedWithBeforeAndAfter()
{
    QVERIFY(m_client->as(u"ada"_s));
    SqlExecutor& sql = m_client->sql();
    QVERIFY(sql.begin());
    QVERIFY(sql.execute(u"SELECT set_config('hexastore.audit_reason', 'typo', true)"_s));
    auto id = sql.queryOne(u"INSERT INTO hexastore.brands (name) VALUES ('Acme') RETURNING id"_s);
    QVERIFY(id.has_value());
    QVERIFY(
        sql.execute(u"UPDATE hexastore.brands SET name = 'ACME' WHERE id = ?"_s, {id->value(0)}));
    QVERIFY(sql.commit());
    const QString audit = auditDetails(u"brand.update"_s, id->value(0).toLongLong());
    QVERIFY2(audit.contains(u"\"reason\": \"typo\""_s), qPrintable(audit));
    QVERIFY2(audit.contains(u"\"name\": \"Acme\""_s) && audit.contains(u"\"name\": \"ACME\""_s),
             qPrintable(audit));
    QVERIFY(!auditDetails(u"brand.create"_s, id->value(0).toLongLong()).isEmpty());
}

void TstUserAdminSql::cashIsMarkedReceivedOnlyForTheAmountShown()
{
    const qint64 seller = user(Role::Seller, u"sue"_s);
    const qint64 courier = user(Role::Courier, u"cid"_s);
    const qint64 buyer = user(Role::Buyer, u"bob"_s);
    const auto listing = m_db->createListing(seller, u"Mug"_s, u"12.50"_s, 5);
    const qint64 delivery =
        m_db->createDispatchedDelivery(buyer, m_db->createAddress(buyer), seller, listing, courier);
    QVERIFY(delivery > 0);
    // Delivered, 12.50 in cash (written as the owner would: through the state machine).
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.deliveries SET status = 'picked_up' WHERE id = ?"_s, {delivery}));
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.deliveries SET status = 'out_for_delivery' WHERE id = ?"_s, {delivery}));
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.deliveries SET status = 'delivered', recipient_name = 'Bob', "
        "cash_collected = 12.50, finished_at = now() WHERE id = ?"_s,
        {delivery}));
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(
        m_client->state(u"SELECT hexastore.admin_mark_cash_received(?, 10.00, '')"_s, {courier}),
        u"HX119"_s);
    QCOMPARE(m_client->text(u"SELECT hexastore.admin_mark_cash_received(?, 12.50, 'counted')"_s,
                            {courier}),
             u"1"_s);
    QCOMPARE(m_client->text(u"SELECT hexastore.admin_mark_cash_received(?, 0, '')"_s, {courier}),
             u"0"_s);
    QVERIFY(auditDetails(u"courier.cash_received"_s, courier).contains(u"12.5"_s));
}

void TstUserAdminSql::attemptsWhileLockedLeaveOneRow()
{
    const qint64 id = user(Role::Buyer, u"lou"_s);
    QVERIFY(m_client->as(u"ada"_s));
    const QString email = m_client->text(u"SELECT email FROM hexastore.users WHERE id = ?"_s, {id});
    // Five wrong passwords lock the account; fifty more attempts while locked.
    QCOMPARE(
        m_client->scalar(u"SELECT count(*) FROM (SELECT (hexastore.login(?, 'wrong', 'x')).status "
                         "FROM generate_series(1, 55)) s"_s,
                         {email}),
        55);
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(m_client->text(u"SELECT string_agg(outcome || ':' || n, ',' ORDER BY outcome) FROM "
                            "(SELECT outcome, count(*) AS n FROM hexastore.login_events "
                            " WHERE user_id = ? GROUP BY outcome) c"_s,
                            {id}),
             u"locked:1,ok:1,wrong_password:5"_s);
}

void TstUserAdminSql::aDemotedSellersShopCloses()
{
    const qint64 seller = user(Role::Seller, u"sal"_s);
    const auto listing = m_db->createListing(seller, u"Kettle"_s, u"30.00"_s, 5);
    const auto forSale = [&] {
        return m_db->admin()
            .queryOne(u"SELECT seller_active FROM hexastore.products WHERE id = ?"_s,
                      {listing.productId})
            ->value(0)
            .toBool();
    };
    QVERIFY(forSale());
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(
        m_client->state(u"SELECT hexastore.admin_set_user_role(?, 'buyer', 'closing')"_s, {seller}),
        u"ok"_s);
    QVERIFY(!forSale());
    QVERIFY(m_client->as(u"bea"_s));
    QCOMPARE(m_client->state(u"SELECT hexastore.cart_add(?, 1)"_s, {listing.variantId}),
             u"HX302"_s);
    QVERIFY(m_client->as(u"ada"_s));
    QCOMPARE(
        m_client->state(u"SELECT hexastore.admin_set_user_role(?, 'seller', 'back')"_s, {seller}),
        u"ok"_s);
    QVERIFY(forSale());
}

// The role change holds the courier's row; a dispatch at that moment waits,
// then finds no courier to give the delivery to.
void TstUserAdminSql::aCourierDemotedWhileDispatchedGetsNothing()
{
    const qint64 seller = user(Role::Seller, u"sid2"_s);
    const qint64 buyer = user(Role::Buyer, u"bo2"_s);
    const qint64 courier = user(Role::Courier, u"cy"_s);
    const qint64 other = user(Role::Courier, u"cz"_s);
    const auto listing = m_db->createListing(seller, u"Rug"_s, u"40.00"_s, 5);
    const qint64 delivery =
        m_db->createDispatchedDelivery(buyer, m_db->createAddress(buyer), seller, listing, other);
    QVERIFY(delivery > 0);
    QVERIFY(m_db->admin().execute(
        u"UPDATE hexastore.deliveries SET status = 'unassigned', courier_id = NULL WHERE id = ?"_s,
        {delivery}));
    QVERIFY(m_client->as(u"ada"_s));
    const QString token = m_client->token(u"ada"_s);
    auto rollback = qScopeGuard([this] { m_client->sql().rollback(); });
    SqlExecutor& first = m_client->sql();
    QVERIFY(first.begin());
    QVERIFY(
        first.execute(u"SELECT hexastore.admin_set_user_role(?, 'buyer', 'left')"_s, {courier}));

    TestDatabase* db = m_db.get();
    QFuture<QString> dispatch = QtConcurrent::run([db, token, delivery, courier]() -> QString {
        DatabaseConnection connection(db->clientSettings());
        if (!connection.open())
            return u"no connection"_s;
        SqlExecutor sql(connection);
        sql.setIdentity(token);
        auto done =
            sql.execute(u"SELECT hexastore.dispatch_deliveries(ARRAY[?]::bigint[], ?, 'race')"_s,
                        {delivery, courier});
        return done ? u"ok"_s : done.error().sqlState();
    });
    QTRY_VERIFY_WITH_TIMEOUT(m_db->admin()
                                     .queryOne(u"SELECT count(*) FROM pg_locks WHERE NOT granted"_s)
                                     ->value(0)
                                     .toInt() > 0,
                             30000);
    QVERIFY(first.commit());
    dispatch.waitForFinished();
    QCOMPARE(dispatch.result(), u"HX403"_s);
    QCOMPARE(
        m_db->admin()
            .queryOne(u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s, {delivery})
            ->value(0)
            .toString(),
        u"unassigned"_s);
}

QTEST_GUILESS_MAIN(TstUserAdminSql)
#include "tst_user_admin_sql.moc"
