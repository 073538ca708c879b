// The admin console's models under QAbstractItemModelTester: the user list
// pages through 650 users in every order without a gap or a repeat (names
// shared by hundreds of users, logins never made), its filters; the login
// history and the audit log page newest first; the audit export writes every
// row or, cancelled, nothing; the dashboard's lists.
#include "models/AuditLogTableModel.h"
#include "models/DashboardListModel.h"
#include "models/LoginHistoryModel.h"
#include "models/ModelRoles.h"
#include "models/UserTableModel.h"
#include "tests/support/ServiceClient.h"
#include "tests/support/TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstAdminModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void userListPagesInEveryOrder_data();
    void userListPagesInEveryOrder();
    void userListFilters();
    void loginHistoryPagesNewestFirst();
    void auditLogPagesAndFilters();
    void auditExportWritesEveryRowOrNothing();
    void dashboardLists();

private:
    // Starts a load with `start`, then scrolls to the end: every row's id.
    template <class Model>
    static QList<qint64> everyId(Model& model, const std::function<void()>& start);
    QList<qint64> expectedOrder(const QString& orderBy, const QString& where = u"true"_s);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServiceClient> m_admin;
    qint64 m_adminId = 0;
};

void TstAdminModels::initTestCase()
{
    m_db = std::make_unique<TestDatabase>(u"admin_models"_s);
    QVERIFY2(m_db->isReady(), qPrintable(m_db->failure()));
    m_adminId = m_db->createUser(Role::Admin, u"ada@test.example"_s, u"admin password"_s, u"Ada"_s);
    // 650 users: 300 share one name, a third never logged in, logins and
    // creation times repeat (ties that keyset paging must break by id).
    QVERIFY(m_db->admin().execute(
        u"INSERT INTO hexastore.users (email, full_name, role, status, created_at, last_login_at) "
        "SELECT format('user%s@test.example', g), "
        "       CASE WHEN g % 2 = 0 THEN 'Same Name' ELSE format('Person %s', g % 97) END, "
        "       (ARRAY['buyer','seller','courier','admin'])[1 + g % 4]::hexastore.user_role, "
        "       CASE WHEN g % 10 = 0 THEN 'disabled' ELSE 'active' END::hexastore.user_status, "
        "       timestamptz '2026-01-01' + (g % 50) * interval '1 day', "
        "       CASE WHEN g % 3 = 0 THEN NULL "
        "            ELSE timestamptz '2026-06-01 12:00:00.123456' + (g % 7) * interval '1 hour' "
        "END "
        "  FROM generate_series(1, 650) g"_s));
    // A name with LIKE's special characters, to be found literally.
    QVERIFY(m_db->admin().execute(u"INSERT INTO hexastore.users (email, full_name, role) "
                                  "VALUES ('odd@test.example', '100% real_name', 'buyer')"_s));
    m_admin = std::make_unique<ServiceClient>(m_db->clientSettings(), u"ada@test.example"_s,
                                              u"admin password"_s);
    QVERIFY(m_admin->ok);
}

void TstAdminModels::cleanupTestCase()
{
    m_admin.reset();
    m_db.reset();
}

template <class Model>
QList<qint64> TstAdminModels::everyId(Model& model, const std::function<void()>& start)
{
    QList<qint64> ids;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    start();
    if (!QTest::qWaitFor([&] { return reset.size() > 0 && !model.isLoading(); }, 20000))
        return ids;
    for (int guard = 0; guard < 100 && model.canFetchMore({}); ++guard) {
        model.fetchMore({});
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 20000))
            return ids;
    }
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ModelRoles::IdRole).toLongLong();
    return ids;
}

QList<qint64> TstAdminModels::expectedOrder(const QString& orderBy, const QString& where)
{
    QList<qint64> ids;
    auto rows = m_db->admin().query(
        u"SELECT id FROM hexastore.users WHERE %1 ORDER BY %2"_s.arg(where, orderBy));
    if (rows) {
        for (const QSqlRecord& r : *rows)
            ids << r.value(0).toLongLong();
    }
    return ids;
}

void TstAdminModels::userListPagesInEveryOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QString>("orderBy");
    QTest::newRow("name") << int(UserTableModel::Name) << false << u"lower(full_name), id"_s;
    QTest::newRow("name desc") << int(UserTableModel::Name) << true
                               << u"lower(full_name) DESC, id DESC"_s;
    QTest::newRow("email") << int(UserTableModel::Email) << false << u"lower(email), id"_s;
    QTest::newRow("created") << int(UserTableModel::Created) << false << u"created_at, id"_s;
    QTest::newRow("created desc") << int(UserTableModel::Created) << true
                                  << u"created_at DESC, id DESC"_s;
    QTest::newRow("last login") << int(UserTableModel::LastLogin) << false
                                << u"coalesce(last_login_at, '-infinity'), id"_s;
    QTest::newRow("last login desc") << int(UserTableModel::LastLogin) << true
                                     << u"coalesce(last_login_at, '-infinity') DESC, id DESC"_s;
}

void TstAdminModels::userListPagesInEveryOrder()
{
    QFETCH(int, column);
    QFETCH(bool, descending);
    QFETCH(QString, orderBy);
    UserTableModel model(m_admin->users);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<qint64> ids = everyId(model, [&] {
        if (column == UserTableModel::Name && !descending)
            model.reload(); // the default order: sort() has nothing to change
        else
            model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    const QList<qint64> expected = expectedOrder(orderBy);
    QCOMPARE(expected.size(), 652);
    QCOMPARE(ids.size(), expected.size()); // four pages, nothing lost
    QCOMPARE(ids, expected);               // in order, nothing twice
    QCOMPARE(model.sortColumn(), column);
}

void TstAdminModels::userListFilters()
{
    UserTableModel model(m_admin->users);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UserQuery query;
    query.role = Role::Courier;
    query.active = false;
    QCOMPARE(
        everyId(model, [&] { model.setQuery(query); }),
        expectedOrder(u"lower(full_name), id"_s, u"role = 'courier' AND status = 'disabled'"_s));
    query = {};
    query.text = u"SAME na"_s;
    QCOMPARE(everyId(model, [&] { model.setQuery(query); }).size(), 325);
    query.text = u"0% real_"_s; // literal, not a pattern
    const QList<qint64> odd = everyId(model, [&] { model.setQuery(query); });
    QCOMPARE(odd.size(), 1);
    QCOMPARE(model.userAt(0)->email, u"odd@test.example"_s);
    QCOMPARE(model.rowOf(odd.first()), 0);
    query.text = u"%"_s;
    QCOMPARE(everyId(model, [&] { model.setQuery(query); }).size(), 1);
}

void TstAdminModels::loginHistoryPagesNewestFirst()
{
    QVERIFY(m_db->admin().execute(
        u"INSERT INTO hexastore.login_events (user_id, at, outcome, device) "
        "SELECT ?, now() - g * interval '1 minute', "
        "       CASE WHEN g % 5 = 0 THEN 'wrong_password' ELSE 'ok' END, format('device %s', g) "
        "  FROM generate_series(1, 150) g"_s,
        {m_adminId}));
    LoginHistoryModel model(m_admin->users);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<qint64> ids = everyId(model, [&] { model.setUser(m_adminId); });
    QCOMPARE(ids.size(), 151); // and the login of this test's client
    QVERIFY(std::is_sorted(ids.crbegin(), ids.crend()));
    // Newest written first (the rows above were written last, device 150 last of all).
    QCOMPARE(model.index(0, LoginHistoryModel::Device).data().toString(), u"device 150"_s);
    QCOMPARE(model.index(5, LoginHistoryModel::Outcome).data().toString(),
             LoginHistoryModel::outcomeText(LoginEvent::Outcome::WrongPassword));
    QCOMPARE(model.index(150, LoginHistoryModel::Device).data().toString(), u"test"_s);
}

void TstAdminModels::auditLogPagesAndFilters()
{
    // 450 rows: users' and orders' actions, spread over 45 days.
    QVERIFY(m_db->admin().execute(
        u"INSERT INTO hexastore.audit_log (actor_id, action, entity, entity_id, reason, details) "
        "SELECT ?, CASE WHEN g % 3 = 0 THEN 'user.disable' ELSE 'order.status' END, "
        "       CASE WHEN g % 3 = 0 THEN 'user' ELSE 'order' END, g, format('reason %s', g), "
        "       jsonb_build_object('before', g, 'after', g + 1) "
        "  FROM generate_series(1, 450) g"_s,
        {m_adminId}));
    AuditLogTableModel model(m_admin->audit);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<qint64> ids = everyId(model, [&] { model.reload(); });
    QVERIFY(ids.size() >= 450);
    QVERIFY(std::is_sorted(ids.crbegin(), ids.crend()));
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), ids.size());

    AuditQuery query;
    query.action = u"user."_s;
    QCOMPARE(everyId(model, [&] { model.setQuery(query); }).size(), 150);
    query = {};
    query.entity = u"order"_s;
    query.text = u"reason 44"_s; // 44, 440–449 that are orders' rows
    QCOMPARE(everyId(model, [&] { model.setQuery(query); }).size(), 8);
    QCOMPARE(model.index(0, AuditLogTableModel::Action).data().toString(),
             AuditLogTableModel::actionText(u"order.status"_s));
    query = {};
    query.actor = u"ada@"_s;
    query.from = QDate::currentDate();
    query.to = QDate::currentDate();
    QVERIFY(everyId(model, [&] { model.setQuery(query); }).size() >= 450);
    query.from = QDate::currentDate().addDays(1);
    query.to = QDate::currentDate().addDays(2);
    QCOMPARE(everyId(model, [&] { model.setQuery(query); }).size(), 0);
}

void TstAdminModels::auditExportWritesEveryRowOrNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"audit.csv"_s);
    AuditQuery query;
    query.action = u"user.disable"_s;
    auto written = await(m_admin->audit.exportCsv(query, path));
    QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message()));
    QCOMPARE(*written, 150);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count("\r\n"), 151);
    QVERIFY(csv.contains(",user.disable,user,"));
    // A details column with quotes and commas stays one field.
    QVERIFY(csv.contains("\"{\"\"after\"\": "));
    file.close();

    // Cancelled before it runs (the worker is held busy until then): no file,
    // and an old one is left as it was.
    const QString other = dir.filePath(u"cancelled.csv"_s);
    QSemaphore gate;
    auto busy = m_admin->dbWorker.transact([&gate](SqlExecutor&) -> VoidResult {
        gate.acquire();
        return {};
    });
    QFuture<Result<qint64>> future = m_admin->audit.exportCsv({}, other);
    future.cancel();
    gate.release();
    future.waitForFinished();
    busy.waitForFinished();
    QVERIFY(!QFile::exists(other));
    QVERIFY(QFile::exists(path));
}

void TstAdminModels::dashboardLists()
{
    DashboardFigures f;
    f.topProducts = {{1, u"Lamp"_s, 12, Money::fromCents(120000)},
                     {2, u"Mug"_s, 3, Money::fromCents(900)}};
    f.lowStock = {{7, 1, u"Lamp"_s, u"LAMP-1"_s, 0}};
    f.courierCash = {{9, u"Cid"_s, Money::fromCents(4550), 2}};
    for (auto kind : {DashboardListModel::Kind::TopProducts, DashboardListModel::Kind::LowStock,
                      DashboardListModel::Kind::CourierCash}) {
        DashboardListModel model(kind);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFigures(f);
        QCOMPARE(model.rowCount(), kind == DashboardListModel::Kind::TopProducts ? 2 : 1);
        QVERIFY(!model.headerData(DashboardListModel::Second, Qt::Horizontal).toString().isEmpty());
        model.setFigures({});
        QCOMPARE(model.rowCount(), 0);
    }
    DashboardListModel cash(DashboardListModel::Kind::CourierCash);
    cash.setFigures(f);
    QCOMPARE(cash.courierAt(0)->courierId, 9);
    QCOMPARE(cash.index(0, DashboardListModel::Second).data(ModelRoles::SortRole).toLongLong(),
             4550);
    QVERIFY(!cash.courierAt(1));
}

QTEST_GUILESS_MAIN(TstAdminModels)
#include "tst_admin_models.moc"
