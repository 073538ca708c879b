// The path of the README's first command: the app creates its private local
// server with demo data, a demo account logs in to its role's window, and the
// server stops with the app.
#include "db/LocalServer.h"
#include "services/demo/DemoSeeder.h"
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
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
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
        QVERIFY(!LocalServer(dir).status()->running);
        QVERIFY(LocalServer(dir).remove().has_value());
        QSettings().clear();
    }
};

QTEST_MAIN(TstGuiLocalServer)
#include "tst_gui_local_server.moc"
