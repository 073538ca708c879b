// The notifications a signed-in user gets while the app is open (issue #14):
// the badge in the navigation counts them within a few seconds of the change
// (polling), a desktop notification goes to the freedesktop service while the
// window is not active (a stand-in service on the test's session bus), and
// the list opens the order one is about.
#include "models/NotificationTableModel.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/Screenshot.h"
#include "ui/AppController.h"
#include "ui/common/NotificationsPage.h"
#include "ui/common/OrdersPage.h"
#include "ui/MainWindow.h"

#include <QDBusConnection>
#include <QListWidget>
#include <QPushButton>
#include <QSqlRecord>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// What a desktop's notification daemon offers, keeping what it was asked to show.
class StandInNotifications : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QStringList bodies;
    QStringList summaries;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& icon,
                const QString& summary, const QString& body, const QStringList& actions,
                const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        Q_UNUSED(timeout)
        summaries << summary;
        bodies << body;
        return uint(bodies.size());
    }
};

class TstGuiNotifications : public QObject {
    Q_OBJECT

private slots:
    void aNotificationArrivesWhileTheAppIsOpen();
};

void TstGuiNotifications::aNotificationArrivesWhileTheAppIsOpen()
{
    StandInNotifications daemon;
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "the tests run in a D-Bus session");
    QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &daemon,
                               QDBusConnection::ExportAllSlots));
    QVERIFY2(bus.registerService(u"org.freedesktop.Notifications"_s),
             "another notification service runs in the test session");

    GuiFixture gui(u"gui_notifications"_s);
    QVERIFY2(gui.isReady(), qPrintable(gui.failure()));
    gui.setNotificationPollMs(300);
    auto app = gui.signInToShop(Role::Buyer, 10);
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    TestDatabase& db = gui.db();
    auto* navigation = window->findChild<QListWidget*>(u"navigation"_s);
    const auto badge = [&] {
        for (int i = 0; i < navigation->count(); ++i)
            if (navigation->item(i)->text().startsWith(u"Notifications"_s))
                return navigation->item(i)->text();
        return QString();
    };
    QCOMPARE(badge(), u"Notifications"_s);

    // Another window has the focus: news goes to the desktop too.
    QWidget elsewhere;
    elsewhere.resize(200, 100);
    elsewhere.show();
    elsewhere.activateWindow();
    QTRY_VERIFY(!window->isActiveWindow());

    // The seller confirms an order of Bo's (written here as the database would).
    const qint64 buyer = db.admin()
                             .queryOne(u"SELECT id FROM hexastore.users "
                                       "WHERE email = 'bo@test.example'"_s)
                             ->value(0)
                             .toLongLong();
    const qint64 seller = db.admin()
                              .queryOne(u"SELECT id FROM hexastore.users "
                                        "WHERE email = 'sara@test.example'"_s)
                              ->value(0)
                              .toLongLong();
    const qint64 courier =
        db.createUser(Role::Courier, u"cy@test.example"_s, u"courier password"_s, u"Cy"_s);
    const TestDatabase::Listing listing =
        db.createListing(seller, u"Notified lamp"_s, u"12.00"_s, 5);
    const qint64 delivery =
        db.createDispatchedDelivery(buyer, db.createAddress(buyer), seller, listing, courier);
    QVERIFY(delivery > 0);
    const qint64 order =
        db.admin()
            .queryOne(u"SELECT order_id FROM hexastore.deliveries WHERE id = ?"_s, {delivery})
            ->value(0)
            .toLongLong();

    QTRY_COMPARE_WITH_TIMEOUT(badge(), u"Notifications (1)"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(daemon.bodies.size(), 1, 15000);
    QCOMPARE(daemon.summaries.first(), u"HexaStore"_s);
    QVERIFY2(daemon.bodies.first().contains(u"order #%1 was confirmed"_s.arg(order)),
             qPrintable(daemon.bodies.first()));

    // In the list; Open shows the order and marks it read.
    window->activateWindow();
    QVERIFY(window->showScreen(u"notificationsPage"_s));
    auto* page = window->findChild<NotificationsPage*>(u"notificationsPage"_s);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    auto* view = page->findChild<QTableView*>(u"notificationsView"_s);
    view->setCurrentIndex(page->model()->index(0, 0));
    saveScreenshot(window, u"notifications"_s);
    QTest::mouseClick(page->findChild<QPushButton*>(u"openNotification"_s), Qt::LeftButton);
    auto* orders = window->findChild<OrdersPage*>(u"ordersPage"_s);
    QTRY_VERIFY(orders->isVisible());
    QCOMPARE(badge(), u"Notifications"_s);
    QTRY_COMPARE_WITH_TIMEOUT(db.admin()
                                  .queryOne(u"SELECT count(*) FROM hexastore.notifications "
                                            "WHERE user_id = ? AND read_at IS NULL"_s,
                                            {buyer})
                                  ->value(0)
                                  .toInt(),
                              0, 15000);
    QCOMPARE(daemon.bodies.size(), 1); // the window is active again: no pop-up

    bus.unregisterService(u"org.freedesktop.Notifications"_s);
    bus.unregisterObject(u"/org/freedesktop/Notifications"_s);
}

QTEST_MAIN(TstGuiNotifications)
#include "tst_gui_notifications.moc"
