// The path of the README's first command: the app creates its private local
// server with demo data, a demo account logs in to its role's window, and the
// server stops with the app.
#include "db/DatabaseConnection.h"
#include "db/LocalServer.h"
#include "db/SqlExecutor.h"
#include "services/demo/DemoSeeder.h"
#include "services/server/LocalBackups.h"
#include "tests/support/Screenshot.h"
#include "ui/AppController.h"
#include "ui/common/DashboardPage.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QChartView>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

DemoSeeder::Account demoAccount(Role role)
{
    for (const DemoSeeder::Account& account : DemoSeeder::accounts()) {
        if (account.role == role)
            return account;
    }
    return {};
}

// The app on the local server in `dir`, logged in through its login window
// as the demo account of `role`; null when that did not work.
std::unique_ptr<AppController> startAndLogIn(const QString& dir, Role role)
{
    AppController::Options options;
    options.localServerDirectory = dir;
    auto app = std::make_unique<AppController>(options);
    QSignalSpy ready(app.get(), &AppController::connectionReady);
    QSignalSpy signedIn(app.get(), &AppController::signedIn);
    app->start();
    if (!QTest::qWaitFor([&] { return ready.size() == 1; }, 120000))
        return nullptr;
    const DemoSeeder::Account account = demoAccount(role);
    LoginDialog* dialog = app->loginDialog();
    dialog->findChild<QLineEdit*>(u"loginEmail"_s)->setText(account.email);
    dialog->findChild<QLineEdit*>(u"loginPassword"_s)->setText(account.password);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return signedIn.size() == 1; }, 15000))
        return nullptr;
    return app;
}

} // namespace

class TstGuiLocalServer : public QObject {
    Q_OBJECT

    // The local server backs itself up once a day, keeps seven days, and an
    // administrator backs up and restores from the Account menu.
    void backupsAndRestore(const QString& dir)
    {
        const LocalBackups backups(dir);
        // The app made one by itself (the server had none), in the background.
        auto app = startAndLogIn(dir, Role::Admin);
        QVERIFY(app);
        QTRY_VERIFY_WITH_TIMEOUT(backups.all().size() == 1, 60000);
        auto* status = app->mainWindow()->findChild<QLabel*>(u"backupStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY(status->text().isEmpty());
        const QFileInfo first = backups.all().constFirst();

        // Nine older days of backups: "Back up now" leaves the newest of each
        // of the last seven days that have one.
        for (int day = 1; day <= 9; ++day) {
            const QString older = backups.newPath(QDateTime::currentDateTimeUtc().addDays(-day));
            QVERIFY(QFile::copy(first.filePath(), older));
        }
        auto* menu = app->mainWindow()->findChild<QMenu*>();
        auto* last = app->mainWindow()->findChild<QAction*>(u"actionLastBackup"_s);
        auto* now = app->mainWindow()->findChild<QAction*>(u"actionBackUpNow"_s);
        QVERIFY(last && now && menu);
        QVERIFY(last->text().startsWith(u"Last backup: "_s));
        QVERIFY(!last->isEnabled());
        const QDateTime triggered = QDateTime::currentDateTimeUtc().addSecs(-1);
        now->trigger();
        QVERIFY(!status->text().isEmpty()); // "Backing up…" while it runs
        QVERIFY(!now->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(now->isEnabled(), 60000);
        QCOMPARE(status->text(), QString());
        const QFileInfoList kept = backups.all();
        QCOMPARE(kept.size(), LocalBackups::kDaysKept);
        // Today's is the new one, and the only one of today.
        QVERIFY(kept.first().lastModified() >= triggered);
        QVERIFY(LocalBackups::madeAt(kept.at(1))->toLocalTime().date() < QDate::currentDate());
        QVERIFY(*LocalBackups::madeAt(kept.last()) > QDateTime::currentDateTimeUtc().addDays(-7));
        QAction* account = app->mainWindow()->menuBar()->actions().constFirst();
        account->menu()->popup(app->mainWindow()->mapToGlobal(QPoint(10, 30)));
        QTRY_VERIFY(account->menu()->isVisible());
        saveScreenshot(account->menu(), u"backup-menu"_s);
        account->menu()->close();

        // A change made after the backup is undone by restoring it; the data
        // it replaced stays in a database of its own.
        const QString backup = kept.first().filePath();
        LocalServer server(dir);
        const auto rename = [&](const QString& database, const QString& sql) {
            DatabaseConnection connection(server.superuserSettings(database));
            if (!connection.open())
                return QString();
            SqlExecutor executor(connection);
            auto row = executor.queryOne(sql);
            return row ? row->value(0).toString() : QString();
        };
        const QString firstProduct = u"(SELECT min(id) FROM hexastore.products)"_s;
        QVERIFY(!rename(u"hexastore"_s,
                        u"UPDATE hexastore.products SET name = 'Changed after the backup' "
                        "WHERE id = "_s +
                            firstProduct + u" RETURNING name"_s)
                     .isEmpty());
        QSignalSpy signedOut(app.get(), &AppController::signedOut);
        emit app->mainWindow()->restoreRequested(backup);
        QCOMPARE(signedOut.size(), 1);
        LoginDialog* login = app->loginDialog();
        auto* message = login->findChild<QLabel*>(u"errorMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"kept on the local server"_s), 60000);
        const QString keptDatabase = message->text().section(u"database "_s, -1).chopped(1);
        QVERIFY2(keptDatabase.startsWith(u"hexastore_before_restore_"_s),
                 qPrintable(message->text()));
        saveScreenshot(login, u"restored"_s);
        const QString nameQuery =
            u"SELECT name FROM hexastore.products WHERE id = "_s + firstProduct;
        QVERIFY(rename(u"hexastore"_s, nameQuery) != u"Changed after the backup"_s);
        QVERIFY(!rename(u"hexastore"_s, nameQuery).isEmpty());
        QCOMPARE(rename(keptDatabase, nameQuery), u"Changed after the backup"_s);

        // The app works on the restored data: the administrator logs in again.
        QSignalSpy signedIn(app.get(), &AppController::signedIn);
        const DemoSeeder::Account admin = demoAccount(Role::Admin);
        login->findChild<QLineEdit*>(u"loginEmail"_s)->setText(admin.email);
        login->findChild<QLineEdit*>(u"loginPassword"_s)->setText(admin.password);
        QTest::mouseClick(login->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 30000);
    }

private slots:
    void firstStartCreatesServerWithDemoAccounts()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QTemporaryDir tmp(u"/tmp/hs-gls-XXXXXX"_s);
        // As root the server runs as `postgres`, which must be able to get in.
        QFile::setPermissions(tmp.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                              QFile::ReadOther | QFile::ExeOther);
        const QString dir = tmp.path() + u"/server"_s;
        {
            // The first start says which demo accounts there are.
            AppController::Options options;
            options.localServerDirectory = dir;
            AppController app(options);
            QSignalSpy ready(&app, &AppController::connectionReady);
            app.start();
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
            QVERIFY(LocalServer(dir).status()->running);
            QVERIFY(app.loginDialog()
                        ->findChild<QLabel*>(u"errorMessage"_s)
                        ->text()
                        .contains(u"demo"_s));
        }
        // The app started the server, so the app stopped it.
        QVERIFY(!LocalServer(dir).status()->running);
        {
            auto app = startAndLogIn(dir, Role::Buyer);
            QVERIFY(app);
            QCOMPARE(app->mainWindow()->findChild<QLabel*>(u"accountRole"_s)->text(), u"Buyer"_s);
        }
        // The next start uses the same server; the demo courier finds deliveries to work on.
        {
            auto app = startAndLogIn(dir, Role::Courier);
            QVERIFY(app);
            auto* deliveries =
                app->mainWindow()->findChild<QTableView*>(u"courierDeliveriesView"_s);
            QVERIFY(deliveries);
            QTRY_VERIFY_WITH_TIMEOUT(deliveries->model()->rowCount() >= 5, 30000);
        }
        // The demo administrator's dashboard has a year of figures and charts.
        {
            auto app = startAndLogIn(dir, Role::Admin);
            QVERIFY(app);
            auto* page = app->mainWindow()->findChild<DashboardPage*>(u"dashboardPage"_s);
            QVERIFY(page && page->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(page->figures().today.isValid(), 30000);
            const DashboardFigures& f = page->figures();
            QVERIFY(f.periods.at(2).placed > 0 && f.periods.at(2).revenue > Money());
            QCOMPARE(f.topProducts.size(), 10);
            QVERIFY(!f.courierCash.isEmpty());
            QCOMPARE(page->findChild<QChartView*>(u"dailyChart"_s)->chart()->series().size(), 2);
            app->mainWindow()->resize(1280, 860);
            saveScreenshot(app->mainWindow(), u"dashboard-demo"_s);
        }
        backupsAndRestore(dir);
        QVERIFY(!LocalServer(dir).status()->running);
        QVERIFY(LocalServer(dir).remove().has_value());
        QSettings().clear();
    }
};

QTEST_MAIN(TstGuiLocalServer)
#include "tst_gui_local_server.moc"
