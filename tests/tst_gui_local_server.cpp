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
            AppController::Options options;
            options.localServerDirectory = dir;
            AppController app(options);
            QSignalSpy ready(&app, &AppController::connectionReady);
            QSignalSpy signedIn(&app, &AppController::signedIn);
            app.start();
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
            QVERIFY(LocalServer(dir).status()->running);

            const DemoSeeder::Account buyer = DemoSeeder::accounts().at(1);
            QCOMPARE(buyer.role, Role::Buyer);
            LoginDialog* dialog = app.loginDialog();
            QVERIFY(dialog->findChild<QLabel*>(u"errorMessage"_s)->text().contains(u"demo"_s));
            dialog->findChild<QLineEdit*>(u"loginEmail"_s)->setText(buyer.email);
            dialog->findChild<QLineEdit*>(u"loginPassword"_s)->setText(buyer.password);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
            QCOMPARE(app.mainWindow()->findChild<QLabel*>(u"accountRole"_s)->text(), u"Buyer"_s);
        }
        // The app started the server, so the app stopped it.
        QVERIFY(!LocalServer(dir).status()->running);
        // The next start uses the same server; the demo courier finds deliveries to work on.
        {
            AppController::Options options;
            options.localServerDirectory = dir;
            AppController app(options);
            QSignalSpy ready(&app, &AppController::connectionReady);
            QSignalSpy signedIn(&app, &AppController::signedIn);
            app.start();
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
            DemoSeeder::Account courier;
            for (const DemoSeeder::Account& account : DemoSeeder::accounts()) {
                if (account.role == Role::Courier)
                    courier = account;
            }
            LoginDialog* dialog = app.loginDialog();
            dialog->findChild<QLineEdit*>(u"loginEmail"_s)->setText(courier.email);
            dialog->findChild<QLineEdit*>(u"loginPassword"_s)->setText(courier.password);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
            auto* deliveries = app.mainWindow()->findChild<QTableView*>(u"courierDeliveriesView"_s);
            QVERIFY(deliveries);
            QTRY_VERIFY_WITH_TIMEOUT(deliveries->model()->rowCount() >= 5, 30000);
        }
        // The demo administrator's dashboard has a year of figures and charts.
        {
            AppController::Options options;
            options.localServerDirectory = dir;
            AppController app(options);
            QSignalSpy ready(&app, &AppController::connectionReady);
            QSignalSpy signedIn(&app, &AppController::signedIn);
            app.start();
            QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
            const DemoSeeder::Account admin = DemoSeeder::accounts().at(0);
            QCOMPARE(admin.role, Role::Admin);
            LoginDialog* dialog = app.loginDialog();
            dialog->findChild<QLineEdit*>(u"loginEmail"_s)->setText(admin.email);
            dialog->findChild<QLineEdit*>(u"loginPassword"_s)->setText(admin.password);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
            auto* page = app.mainWindow()->findChild<DashboardPage*>(u"dashboardPage"_s);
            QVERIFY(page && page->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(page->figures().today.isValid(), 30000);
            const DashboardFigures& f = page->figures();
            QVERIFY(f.periods.at(2).placed > 0 && f.periods.at(2).revenue > Money());
            QCOMPARE(f.topProducts.size(), 10);
            QVERIFY(!f.courierCash.isEmpty());
            QCOMPARE(page->findChild<QChartView*>(u"dailyChart"_s)->chart()->series().size(), 2);
            app.mainWindow()->resize(1280, 860);
            saveScreenshot(app.mainWindow(), u"dashboard-demo"_s);
        }
        QVERIFY(!LocalServer(dir).status()->running);
        QVERIFY(LocalServer(dir).remove().has_value());
        QSettings().clear();
    }
};

QTEST_MAIN(TstGuiLocalServer)
#include "tst_gui_local_server.moc"
