// The courier's screen through the real windows, offscreen, with the network
// taken away under it by a TcpProxy: the courier picks up and delivers with a
// proof while the server is unreachable, the server comes back, the queue
// drains and the buyer's order is delivered; a delivery reassigned meanwhile
// shows as not accepted, with the server's state.
#include "faults/TcpProxy.h"
#include "models/CourierDeliveryTableModel.h"
#include "models/CourierEventTableModel.h"
#include "models/CourierTableModel.h"
#include "sync/CourierStore.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/Screenshot.h"
#include "tests/support/ServiceClient.h"
#include "tests/support/TestDatabase.h"
#include "ui/AppController.h"
#include "ui/courier/CourierPage.h"
#include "ui/courier/ProofOfDeliveryDialog.h"
#include "ui/courier/SignaturePad.h"
#include "ui/courier/SyncIndicator.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Section = CourierDeliveryTableModel::Section;

class TstGuiCourier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelsPassTheModelTester();
    void worksOfflineAndDrainsWhenTheServerIsBack();
    void dispatcherAssignsTwoDeliveries();
    void rememberedCourierStartsWithoutAServer();
    void sellerGivesPickupDetails();
    void aRevokedSessionStopsTheSyncAndKeepsTheQueue();

private:
    // The client's way to the database through the proxy.
    ConnectionSettings through(const TcpProxy& proxy) const
    {
        ConnectionSettings s = m_db->clientSettings();
        s.host = u"127.0.0.1"_s;
        s.port = proxy.port();
        s.sslMode = u"disable"_s;
        s.connectTimeoutSeconds = 3;
        return s;
    }
    QString serverStatus(qint64 deliveryId)
    {
        auto row = m_db->admin().queryOne(
            u"SELECT status::text FROM hexastore.deliveries WHERE id = ?"_s, {deliveryId});
        return row ? row->value(0).toString() : QString();
    }
    QString orderStatusOf(qint64 deliveryId)
    {
        auto row = m_db->admin().queryOne(
            u"SELECT o.status::text FROM hexastore.orders o JOIN hexastore.deliveries d "
            "ON d.order_id = o.id WHERE d.id = ?"_s,
            {deliveryId});
        return row ? row->value(0).toString() : QString();
    }

    qint64 m_seller = 0;
    qint64 m_buyer = 0;
    qint64 m_address = 0;
    TestDatabase::Listing m_lamp;
    std::unique_ptr<GuiFixture> m_gui;
    TestDatabase* m_db = nullptr;
    qint64 m_courier = 0;
    qint64 m_otherCourier = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TstGuiCourier::initTestCase()
{
    m_gui = std::make_unique<GuiFixture>(u"gui_courier"_s);
    QVERIFY2(m_gui->isReady(), qPrintable(m_gui->failure()));
    m_db = &m_gui->db();
    m_seller = m_db->createUser(Role::Seller, u"sam@test.example"_s, u"seller password"_s,
                                u"Sam's Shop"_s);
    m_buyer =
        m_db->createUser(Role::Buyer, u"bea@test.example"_s, u"buyer password"_s, u"Bea Buyer"_s);
    m_db->createUser(Role::Admin, u"ada@test.example"_s, u"admin password"_s, u"Ada Admin"_s);
    const qint64 seller = m_seller;
    const qint64 buyer = m_buyer;
    m_courier = m_db->createUser(Role::Courier, u"carl@test.example"_s, u"courier password"_s,
                                 u"Carl Courier"_s);
    m_otherCourier = m_db->createUser(Role::Courier, u"cora@test.example"_s, u"courier password"_s,
                                      u"Cora Courier"_s);
    QVERIFY(m_db->admin().execute(
        u"INSERT INTO hexastore.seller_profiles (seller_id, pickup_address, pickup_phone) "
        "VALUES (?, 'Lagerstraße 5, 10115 Berlin', '+49 30 1234567')"_s,
        {seller}));
    m_address = m_db->createAddress(buyer);
    m_lamp = m_db->createListing(seller, u"Desk lamp"_s, u"24.50"_s, 10);
    m_first = m_db->createDispatchedDelivery(buyer, m_address, seller, m_lamp, m_courier);
    m_second = m_db->createDispatchedDelivery(buyer, m_address, seller, m_lamp, m_courier);
    QVERIFY(m_first > 0 && m_second > 0);
}

void TstGuiCourier::cleanupTestCase()
{
    m_gui.reset();
}

void TstGuiCourier::modelsPassTheModelTester()
{
    CourierDeliveryTableModel deliveries;
    QAbstractItemModelTester deliveriesTester(
        &deliveries, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CourierDelivery a;
    a.id = 1;
    a.orderId = 10;
    a.recipient = u"Bea"_s;
    a.amountToCollect = Money::fromCents(2450);
    CourierDelivery b = a;
    b.id = 2;
    b.status = DeliveryStatus::OutForDelivery;
    CourierDelivery c = a;
    c.id = 3;
    c.status = DeliveryStatus::Delivered;
    c.finishedAt = QDateTime::currentDateTime();
    CourierDelivery old = c;
    old.id = 4;
    old.finishedAt = QDateTime::currentDateTime().addDays(-2);
    deliveries.setDeliveries({a, b, c, old}, {2}, QDate::currentDate());
    QCOMPARE(deliveries.rowCount(), 1);
    QCOMPARE(deliveries.count(Section::OutForDelivery), 1);
    QCOMPARE(deliveries.count(Section::DoneToday), 1); // yesterday's are not today's
    deliveries.setSection(Section::OutForDelivery);
    QCOMPARE(deliveries.deliveryAt(0)->id, 2);
    QCOMPARE(deliveries.index(0, CourierDeliveryTableModel::Sync).data().toString(), u"Waiting"_s);
    deliveries.setSection(Section::DoneToday);
    QCOMPARE(deliveries.deliveryAt(0)->id, 3);

    CourierEventTableModel events;
    QAbstractItemModelTester eventsTester(&events,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueuedEvent rejected;
    rejected.seq = 2;
    rejected.deliveryId = 1;
    rejected.state = QueuedEvent::State::Rejected;
    rejected.code = u"HX409"_s;
    rejected.serverStatus = DeliveryStatus::Assigned;
    QueuedEvent acked = rejected;
    acked.seq = 1;
    acked.state = QueuedEvent::State::Acked;
    events.setEvents({acked, rejected}, {{1, 10}});
    QCOMPARE(events.rowCount(), 1);
    QCOMPARE(events.index(0, CourierEventTableModel::Order).data().toString(), u"#10"_s);
    QCOMPARE(events.index(0, CourierEventTableModel::Reason).data().toString(),
             u"This delivery is no longer assigned to you."_s);
    QCOMPARE(events.index(0, CourierEventTableModel::ServerState).data().toString(), u"Assigned"_s);
}

void TstGuiCourier::worksOfflineAndDrainsWhenTheServerIsBack()
{
    TcpProxy proxy(m_db->socketPath());
    const ConnectionSettings viaProxy = through(proxy);
    auto app =
        m_gui->signIn(u"carl@test.example"_s, u"courier password"_s, QSize(1100, 720), viaProxy);
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    QVERIFY(window->showScreen(u"courierPage"_s));
    auto* page = window->findChild<CourierPage*>();
    auto* view = page->findChild<QTableView*>(u"courierDeliveriesView"_s);
    auto* sections = page->findChild<QTabBar*>(u"deliverySections"_s);
    auto* indicator = page->findChild<SyncIndicator*>();
    auto* model = qobject_cast<CourierDeliveryTableModel*>(view->model());
    QVERIFY(view && sections && indicator && model);
    // The first sync brings both deliveries down.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 30000);
    QTRY_VERIFY(indicator->state().online);
    saveScreenshot(window, u"courier-deliveries"_s);

    // The network goes; a dispatcher meanwhile gives the second delivery to
    // another courier.
    proxy.setDown(true);
    QVERIFY(m_db->admin().execute(u"UPDATE hexastore.deliveries SET courier_id = ? WHERE id = ?"_s,
                                  {m_otherCourier, m_second}));

    auto step = [&](qint64 delivery, const QString& button) {
        const int row = model->rowOf(delivery);
        QVERIFY(row >= 0);
        view->selectRow(row);
        QPushButton* b = GuiFixture::readyButton(page, button);
        QVERIFY(b);
        QTest::mouseClick(b, Qt::LeftButton);
    };
    step(m_first, u"stepPickedUp"_s);
    QCOMPARE(sections->currentIndex(), int(Section::OutForDelivery));
    step(m_first, u"stepOutForDelivery"_s);
    sections->setCurrentIndex(int(Section::ToPickUp));
    step(m_second, u"stepPickedUp"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!indicator->state().online && !indicator->state().running, 30000);
    QCOMPARE(indicator->state().pending, 3);
    QVERIFY(!indicator->state().lastError.isEmpty());

    {
        ModalAnswer proof([](QWidget* dialog) {
            saveScreenshot(dialog, u"courier-proof-dialog-empty"_s);
            auto* cash = dialog->findChild<QLineEdit*>(u"proofCash"_s);
            auto* recipient = dialog->findChild<QLineEdit*>(u"proofRecipient"_s);
            auto* confirm = dialog->findChild<QPushButton*>(u"confirmDelivery"_s);
            QVERIFY(cash && recipient && confirm);
            // Wrong cash is refused with the amount due; the dialog stays.
            cash->setText(u"20"_s);
            QTest::mouseClick(confirm, Qt::LeftButton);
            auto* error = dialog->findChild<QLabel*>(u"proofError"_s);
            QVERIFY(dialog->isVisible());
            QVERIFY(error->text().contains(u"24.50"_s));
            recipient->setText(u"Bea's neighbour"_s);
            cash->setText(u"24.50"_s);
            // A photo: a file that is no picture is refused with the reason; a
            // real one is taken.
            auto* proofDialog = qobject_cast<ProofOfDeliveryDialog*>(dialog);
            QVERIFY(proofDialog);
            QTemporaryDir photos;
            const QString notAPicture = photos.filePath(u"door.jpg"_s);
            {
                QFile file(notAPicture);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write("this is not a photo");
            }
            QVERIFY(!proofDialog->choosePhoto(notAPicture));
            QVERIFY(error->isVisible() && !error->text().isEmpty());
            QImage door(64, 48, QImage::Format_RGB32);
            door.fill(Qt::darkGreen);
            const QString picture = photos.filePath(u"door.png"_s);
            QVERIFY(door.save(picture));
            QVERIFY(proofDialog->choosePhoto(picture));
            auto* pad = dialog->findChild<SignaturePad*>(u"proofSignature"_s);
            QTest::mousePress(pad, Qt::LeftButton, {}, QPoint(20, 40));
            for (int x = 30; x < 200; x += 10)
                QTest::mouseMove(pad, QPoint(x, 40 + (x % 30)));
            QTest::mouseRelease(pad, Qt::LeftButton, {}, QPoint(200, 60));
            QVERIFY(!pad->isEmpty());
            saveScreenshot(dialog, u"courier-proof-dialog"_s);
            QTest::mouseClick(confirm, Qt::LeftButton);
        });
        sections->setCurrentIndex(int(Section::OutForDelivery));
        step(m_first, u"stepDelivered"_s);
    }
    QCOMPARE(sections->currentIndex(), int(Section::DoneToday));
    QTRY_COMPARE(indicator->state().pending, 4);
    QCOMPARE(serverStatus(m_first), u"assigned"_s); // nothing reached the server
    view->selectRow(model->rowOf(m_first));
    saveScreenshot(window, u"courier-offline"_s);
    saveScreenshot(indicator, u"courier-sync-indicator"_s);

    // The server is back: the queue drains by itself (no "Sync now" pressed).
    proxy.setDown(false);
    QTRY_COMPARE_WITH_TIMEOUT(indicator->state().pending, 0, 120000);
    QTRY_VERIFY(indicator->state().online);
    QCOMPARE(indicator->state().lastError, QString());
    QCOMPARE(serverStatus(m_first), u"delivered"_s);
    QCOMPARE(orderStatusOf(m_first), u"delivered"_s);
    auto proof = m_db->admin().queryOne(
        u"SELECT recipient_name, cash_collected::text, signature_sha256 IS NOT NULL "
        "AND photo_sha256 IS NOT NULL FROM hexastore.deliveries WHERE id = ?"_s,
        {m_first});
    QVERIFY(proof);
    QCOMPARE(proof->value(0).toString(), u"Bea's neighbour"_s);
    QCOMPARE(proof->value(1).toString(), u"24.50"_s);
    QVERIFY(proof->value(2).toBool());
    // The buyer sees it delivered.
    ServiceClient bea(m_db->clientSettings(), u"bea@test.example"_s, u"buyer password"_s);
    QVERIFY(bea.ok);
    auto order = await(bea.orders.detail(
        m_db->admin()
            .queryOne(u"SELECT order_id FROM hexastore.deliveries WHERE id = ?"_s, {m_first})
            ->value(0)
            .toLongLong()));
    QVERIFY(order);
    QCOMPARE(order->summary.status, OrderStatus::Delivered);

    // The step on the reassigned delivery was not accepted, and says so with
    // the server's state; the delivery is no longer the courier's.
    QCOMPARE(serverStatus(m_second), u"assigned"_s);
    auto* rejected = page->findChild<QTableView*>(u"rejectedStepsView"_s);
    QTRY_COMPARE(rejected->model()->rowCount(), 1);
    QVERIFY(rejected->isVisible());
    QCOMPARE(rejected->model()->index(0, CourierEventTableModel::ServerState).data().toString(),
             u"Assigned"_s);
    QCOMPARE(indicator->state().rejected, 1);
    sections->setCurrentIndex(int(Section::DoneToday));
    QVERIFY(model->rowOf(m_second) >= 0);
    QCOMPARE(
        model->index(model->rowOf(m_second), CourierDeliveryTableModel::Status).data().toString(),
        u"Reassigned"_s);
    saveScreenshot(window, u"courier-rejected"_s);

    // A small screen: the list, the detail and its buttons stay usable.
    window->resize(800, 600);
    sections->setCurrentIndex(int(Section::ToPickUp));
    QTRY_VERIFY(model->rowCount() == 0 || view->isVisible());
    QVERIFY(indicator->isVisible());
    saveScreenshot(window, u"courier-small"_s);
}

void TstGuiCourier::dispatcherAssignsTwoDeliveries()
{
    // Two confirmed orders wait in the queue.
    QList<qint64> queued;
    for (int i = 0; i < 2; ++i) {
        const qint64 id =
            m_db->createDispatchedDelivery(m_buyer, m_address, m_seller, m_lamp, m_courier);
        QVERIFY(id > 0);
        QVERIFY(m_db->admin().execute(u"UPDATE hexastore.deliveries SET status = 'unassigned', "
                                      "courier_id = NULL WHERE id = ?"_s,
                                      {id}));
        queued << id;
    }
    auto app = m_gui->signIn(u"ada@test.example"_s, u"admin password"_s);
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    QVERIFY(window->showScreen(u"deliveriesPage"_s));
    auto* deliveries = window->findChild<QTableView*>(u"deliveriesView"_s);
    auto* couriers = window->findChild<QTableView*>(u"couriersView"_s);
    QVERIFY(deliveries && couriers);
    QAbstractItemModelTester queueTester(deliveries->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester courierTester(couriers->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(deliveries->model()->rowCount(), 2, 30000);
    QTRY_COMPARE(couriers->model()->rowCount(), 2);

    // Cora's profile first: a bad phone is refused with the reason, then she
    // goes on duty.
    int cora = -1;
    for (int row = 0; row < couriers->model()->rowCount(); ++row) {
        if (couriers->model()->index(row, 0).data().toString() == u"Cora Courier"_s)
            cora = row;
    }
    QVERIFY(cora >= 0);
    couriers->selectRow(cora);
    {
        ModalAnswer profile([](QWidget* dialog) {
            auto* phone = dialog->findChild<QLineEdit*>(u"courierPhone"_s);
            auto* onDuty = dialog->findChild<QCheckBox*>(u"courierOnDuty"_s);
            auto* save = dialog->findChild<QPushButton*>(u"saveCourierProfile"_s);
            QVERIFY(phone && onDuty && save);
            phone->setText(u"call me"_s);
            onDuty->setChecked(true);
            QTest::mouseClick(save, Qt::LeftButton);
            auto* error = dialog->findChild<QLabel*>(u"courierProfileError"_s);
            QTRY_VERIFY(error->isVisible() && error->text().contains(u"phone"_s));
            QVERIFY(dialog->isVisible());
            phone->setText(u"+49 170 5550123"_s);
            QTest::mouseClick(save, Qt::LeftButton);
            QTRY_VERIFY(!dialog->isVisible());
        });
        QTest::mouseClick(GuiFixture::readyButton(window, u"editCourier"_s), Qt::LeftButton);
    }
    QTRY_COMPARE(couriers->model()->index(0, CourierTableModel::Name).data().toString(),
                 u"Cora Courier"_s); // on duty comes first
    QCOMPARE(couriers->model()->index(0, CourierTableModel::Phone).data().toString(),
             u"+49 170 5550123"_s);

    // Both deliveries to Cora at once.
    deliveries->selectAll();
    couriers->selectRow(0);
    saveScreenshot(window, u"dispatch"_s);
    QTest::mouseClick(GuiFixture::readyButton(window, u"assignDeliveries"_s), Qt::LeftButton);
    QTRY_COMPARE(deliveries->model()->rowCount(), 0);
    for (qint64 id : queued) {
        auto row = m_db->admin().queryOne(
            u"SELECT status::text, courier_id FROM hexastore.deliveries WHERE id = ?"_s, {id});
        QVERIFY(row);
        QCOMPARE(row->value(0).toString(), u"assigned"_s);
        QCOMPARE(row->value(1).toLongLong(), m_otherCourier);
    }
    auto audited = m_db->admin().queryOne(
        u"SELECT count(*) FROM hexastore.audit_log WHERE action = 'delivery.assign'"_s);
    QVERIFY(audited && audited->value(0).toInt() >= 2);

    // Its timeline shows the dispatch.
    auto* scope = window->findChild<QComboBox*>(u"deliveryScope"_s);
    scope->setCurrentIndex(1); // with a courier
    QTRY_VERIFY(deliveries->model()->rowCount() >= 2);
    deliveries->selectRow(0);
    {
        ModalAnswer timeline([](QWidget* dialog) {
            auto* view = dialog->findChild<QTableView*>(u"timelineView"_s);
            QVERIFY(view);
            QTRY_VERIFY(view->model()->rowCount() >= 1);
            saveScreenshot(dialog, u"dispatch-timeline"_s);
            qobject_cast<QDialog*>(dialog)->reject();
        });
        QTest::mouseClick(GuiFixture::readyButton(window, u"deliveryTimeline"_s), Qt::LeftButton);
    }
}

void TstGuiCourier::rememberedCourierStartsWithoutAServer()
{
    const qint64 third =
        m_db->createDispatchedDelivery(m_buyer, m_address, m_seller, m_lamp, m_courier);
    QVERIFY(third > 0);
    TcpProxy proxy(m_db->socketPath());
    const ConnectionSettings viaProxy = through(proxy);
    AppController::Options options;
    options.fixedServer = viaProxy;

    // Carl logs in with "Remember me"; his deliveries come down; he quits.
    {
        AppController app(options);
        QSignalSpy ready(&app, &AppController::connectionReady);
        QSignalSpy signedIn(&app, &AppController::signedIn);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
        LoginDialog* login = app.loginDialog();
        login->findChild<QLineEdit*>(u"loginEmail"_s)->setText(u"carl@test.example"_s);
        login->findChild<QLineEdit*>(u"loginPassword"_s)->setText(u"courier password"_s);
        login->findChild<QCheckBox*>(u"rememberMe"_s)->setChecked(true);
        QTest::mouseClick(login->findChild<QPushButton*>(u"loginButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 30000);
        auto* page = app.mainWindow()->findChild<CourierPage*>();
        auto* model = page->findChild<QTableView*>(u"courierDeliveriesView"_s)->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 30000); // the third, to pick up
        QTRY_VERIFY(QSettings().contains(u"login/rememberedCourier"_s));
    }

    // The next morning there is no server; he starts the app and works.
    proxy.setDown(true);
    AppController app(options);
    QSignalSpy signedIn(&app, &AppController::signedIn);
    app.start();
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 30000);
    MainWindow* window = app.mainWindow();
    auto* page = window->findChild<CourierPage*>();
    QVERIFY(page);
    auto* view = page->findChild<QTableView*>(u"courierDeliveriesView"_s);
    auto* model = qobject_cast<CourierDeliveryTableModel*>(view->model());
    auto* indicator = page->findChild<SyncIndicator*>();
    QCOMPARE(model->rowCount(), 1);
    view->selectRow(model->rowOf(third));
    QTest::mouseClick(GuiFixture::readyButton(page, u"stepPickedUp"_s), Qt::LeftButton);
    QTRY_COMPARE(indicator->state().pending, 1);
    QTRY_VERIFY(!indicator->state().running && !indicator->state().online);
    QCOMPARE(serverStatus(third), u"assigned"_s);
    saveScreenshot(window, u"courier-started-offline"_s);

    // The server answers again: the session is resumed and the step sent.
    proxy.setDown(false);
    QTRY_COMPARE_WITH_TIMEOUT(indicator->state().pending, 0, 120000);
    QCOMPARE(serverStatus(third), u"picked_up"_s);
    QTRY_VERIFY(indicator->state().online);
}

void TstGuiCourier::sellerGivesPickupDetails()
{
    auto app = m_gui->signIn(u"sam@test.example"_s, u"seller password"_s, QSize(1000, 700));
    QVERIFY(app);
    MainWindow* window = app->mainWindow();
    QVERIFY(window->showScreen(u"accountPage"_s));
    auto* address = window->findChild<QLineEdit*>(u"pickupAddress"_s);
    auto* phone = window->findChild<QLineEdit*>(u"pickupPhone"_s);
    auto* message = window->findChild<QLabel*>(u"pickupMessage"_s);
    QVERIFY(address && phone && message);
    // The details given in initTestCase come back.
    QTRY_COMPARE(address->text(), u"Lagerstraße 5, 10115 Berlin"_s);
    phone->setText(u"ring twice"_s);
    QTest::mouseClick(GuiFixture::readyButton(window, u"savePickup"_s), Qt::LeftButton);
    QTRY_VERIFY(message->isVisible() && message->text().contains(u"phone"_s));
    auto stored = m_db->admin().queryOne(
        u"SELECT pickup_phone FROM hexastore.seller_profiles WHERE seller_id = ?"_s, {m_seller});
    QCOMPARE(stored->value(0).toString(), u"+49 30 1234567"_s); // refused, nothing written
    address->setText(u"Lagerstraße 7, Hof links, 10115 Berlin"_s);
    phone->setText(u"+49 30 7654321"_s);
    QTest::mouseClick(GuiFixture::readyButton(window, u"savePickup"_s), Qt::LeftButton);
    QTRY_VERIFY(message->text().contains(u"Couriers now see"_s));
    stored = m_db->admin().queryOne(
        u"SELECT pickup_address, pickup_phone FROM hexastore.seller_profiles WHERE seller_id = ?"_s,
        {m_seller});
    QCOMPARE(stored->value(0).toString(), u"Lagerstraße 7, Hof links, 10115 Berlin"_s);
    QCOMPARE(stored->value(1).toString(), u"+49 30 7654321"_s);
    saveScreenshot(window, u"seller-pickup"_s);
}

void TstGuiCourier::aRevokedSessionStopsTheSyncAndKeepsTheQueue()
{
    const qint64 fourth =
        m_db->createDispatchedDelivery(m_buyer, m_address, m_seller, m_lamp, m_courier);
    QVERIFY(fourth > 0);
    TcpProxy proxy(m_db->socketPath());
    auto app = m_gui->signIn(u"carl@test.example"_s, u"courier password"_s, QSize(1100, 720),
                             through(proxy));
    QVERIFY(app);
    QSignalSpy signedOut(app.get(), &AppController::signedOut);
    auto* page = app->mainWindow()->findChild<CourierPage*>();
    auto* view = page->findChild<QTableView*>(u"courierDeliveriesView"_s);
    auto* model = qobject_cast<CourierDeliveryTableModel*>(view->model());
    auto* indicator = page->findChild<SyncIndicator*>();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(fourth) >= 0, 30000);
    // Offline, Carl picks it up; meanwhile his sessions are revoked (he was
    // logged out everywhere from another computer, say).
    proxy.setDown(true);
    view->selectRow(model->rowOf(fourth));
    QTest::mouseClick(GuiFixture::readyButton(page, u"stepPickedUp"_s), Qt::LeftButton);
    QTRY_COMPARE(indicator->state().pending, 1);
    QVERIFY(
        m_db->admin().execute(u"UPDATE hexastore.sessions SET revoked_at = now() WHERE user_id = ? "
                              "AND revoked_at IS NULL"_s,
                              {m_courier}));
    // The network is back: the sync stops with a clear message at the login.
    proxy.setDown(false);
    QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 120000);
    auto* message = app->loginDialog()->findChild<QLabel*>(u"errorMessage"_s);
    QVERIFY(message->isVisible() && !message->text().isEmpty());
    QCOMPARE(serverStatus(fourth), u"assigned"_s);
    // The step is still on this computer, and goes out with the next login.
    const QString path = CourierStore::defaultPath(through(proxy), m_courier);
    {
        auto store = CourierStore::open(path, m_courier);
        QVERIFY(store);
        QCOMPARE((*store)->pendingCount().value_or(-1), 1);
    }
    app.reset();
    auto again = m_gui->signIn(u"carl@test.example"_s, u"courier password"_s, QSize(1100, 720),
                               through(proxy));
    QVERIFY(again);
    QTRY_COMPARE_WITH_TIMEOUT(serverStatus(fourth), u"picked_up"_s, 60000);
}

QTEST_MAIN(TstGuiCourier)
#include "tst_gui_courier.moc"
