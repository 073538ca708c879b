// The admin console's screens (issue #11), clicked through as an
// administrator and a seller would: the dashboard (its figures equal the
// plain aggregates; cash marked received), the users screen (disable with a
// reason and the user's session is refused at once; force a reset, then log
// in as that user through it; create a user), and the audit log (filter,
// export). Also a small window.
#include "models/AuditLogTableModel.h"
#include "models/DashboardListModel.h"
#include "models/UserTableModel.h"
#include "services/dashboard/DashboardReference.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/Screenshot.h"
#include "tests/support/ServiceClient.h"
#include "ui/admin/AuditLogPage.h"
#include "ui/admin/UsersPage.h"
#include "ui/common/DashboardPage.h"
#include "ui/widgets/FigureTile.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TstGuiAdmin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void dashboardShowsTheAggregates();
    void sellerSeesTheirShop();
    void disablingWithAReasonCutsTheUserOff();
    void forcedResetThenLoginThroughIt();
    void createAUser();
    void auditLogFiltersAndExports();
    void smallWindow();
    void chartsFollowADarkPalette();
    void sessionEndsUnderAnOpenDialog();

private:
    std::unique_ptr<AppController> admin(QSize size = QSize(1280, 800));
    template <class Page>
    Page* show(AppController& app, const QString& name);

    std::unique_ptr<GuiFixture> m_fixture;
    qint64 m_ada = 0;
    qint64 m_seller = 0;
    qint64 m_buyer = 0;
    qint64 m_courier = 0;
};

void TstGuiAdmin::initTestCase()
{
    m_fixture = std::make_unique<GuiFixture>(u"gui_admin"_s);
    QVERIFY2(m_fixture->isReady(), qPrintable(m_fixture->failure()));
    TestDatabase& db = m_fixture->db();
    m_ada = db.createUser(Role::Admin, u"ada@test.example"_s, u"admin password"_s, u"Ada Admin"_s);
    db.createUser(Role::Admin, u"alan@test.example"_s, u"admin password"_s, u"Alan Admin"_s);
    m_seller =
        db.createUser(Role::Seller, u"sam@test.example"_s, u"seller password"_s, u"Sam's Shop"_s);
    m_buyer =
        db.createUser(Role::Buyer, u"bea@test.example"_s, u"buyer password"_s, u"Bea Buyer"_s);
    m_courier = db.createUser(Role::Courier, u"cid@test.example"_s, u"courier password"_s,
                              u"Cid Courier"_s);
    const qint64 address = db.createAddress(m_buyer);
    const auto lamp = db.createListing(m_seller, u"Desk Lamp"_s, u"24.50"_s, 3);
    const auto chair = db.createListing(m_seller, u"Chair"_s, u"80.00"_s, 12);
    // Three orders today: two delivered (cash collected), one on its way.
    const TestDatabase::Listing bought[] = {lamp, chair, lamp};
    for (int i = 0; i < 3; ++i) {
        const auto& listing = bought[i];
        const qint64 delivery =
            db.createDispatchedDelivery(m_buyer, address, m_seller, listing, m_courier);
        QVERIFY(delivery > 0);
        if (i == 2)
            continue; // the last stays with the courier
        const QString amount = listing.productId == lamp.productId ? u"24.50"_s : u"80.00"_s;
        for (const QString& step : {u"picked_up"_s, u"out_for_delivery"_s}) {
            QVERIFY(db.admin().execute(
                u"UPDATE hexastore.deliveries SET status = ?::hexastore.delivery_status "
                "WHERE id = ?"_s,
                {step, delivery}));
        }
        QVERIFY(
            db.admin().execute(u"UPDATE hexastore.deliveries SET status = 'delivered', "
                               "recipient_name = 'Bea', cash_collected = ?::numeric WHERE id = ?"_s,
                               {amount, delivery}));
    }
}

void TstGuiAdmin::cleanupTestCase()
{
    m_fixture.reset();
}

std::unique_ptr<AppController> TstGuiAdmin::admin(QSize size)
{
    return m_fixture->signIn(u"ada@test.example"_s, u"admin password"_s, size);
}

template <class Page>
Page* TstGuiAdmin::show(AppController& app, const QString& name)
{
    if (!app.mainWindow()->showScreen(name))
        return nullptr;
    return app.mainWindow()->findChild<Page*>(name);
}

void TstGuiAdmin::dashboardShowsTheAggregates()
{
    auto app = admin();
    QVERIFY(app);
    // The dashboard is the administrator's first screen.
    auto* page = app->mainWindow()->findChild<DashboardPage*>(u"dashboardPage"_s);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->isVisible() && page->figures().today.isValid(), 30000);
    auto expected = DashboardReference(m_fixture->db().admin()).compute(std::nullopt);
    QVERIFY(expected.has_value());
    QVERIFY(page->figures() == *expected);
    const auto& month = expected->periods.at(2);
    QCOMPARE(month.placed, 3);
    const QLocale locale;
    QCOMPARE(page->findChild<FigureTile*>(u"tileOrders"_s)->valueText(),
             locale.toString(month.placed));
    QCOMPARE(page->findChild<FigureTile*>(u"tileRevenue"_s)->valueText(),
             month.revenue.toDisplayString(locale));
    auto* daily = page->findChild<QChartView*>(u"dailyChart"_s);
    QVERIFY(daily && daily->chart()->series().size() == 2);
    auto* top = page->findChild<QTableView*>(u"topProductsView"_s);
    QAbstractItemModelTester tester(top->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(top->model()->rowCount(), 2);
    QCOMPARE(top->model()->index(0, DashboardListModel::Name).data().toString(), u"Desk Lamp"_s);
    auto* lowStock = page->findChild<QTableView*>(u"lowStockView"_s);
    QCOMPARE(lowStock->model()->index(0, DashboardListModel::Name).data().toString(),
             u"Desk Lamp"_s);

    saveScreenshot(app->mainWindow(), u"dashboard-admin"_s);

    // Another period shows its own figures.
    auto* period = page->findChild<QComboBox*>(u"dashboardPeriod"_s);
    period->setCurrentIndex(period->findData(1));
    QCOMPARE(page->findChild<FigureTile*>(u"tileOrders"_s)->valueText(),
             locale.toString(expected->periods.at(0).placed));

    // The courier hands in the cash: mark it received (with a note).
    auto* cash = page->findChild<QTableView*>(u"courierCashView"_s);
    QTRY_COMPARE(cash->model()->rowCount(), 1);
    cash->selectRow(0);
    const ModalAnswer note([](QWidget* modal) {
        QCOMPARE(modal->objectName(), u"reasonDialog"_s);
        // The note is optional: confirmed as it is.
        QTest::mouseClick(modal->findChild<QPushButton*>(u"confirmReason"_s), Qt::LeftButton);
    });
    QSignalSpy refreshed(page, &DashboardPage::refreshed);
    QTest::mouseClick(GuiFixture::readyButton(page, u"markCashReceived"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 1 && cash->model()->rowCount() == 0, 30000);
    auto* message = page->findChild<QLabel*>(u"dashboardMessage"_s);
    QVERIFY2(message->text().contains(u"104"_s), qPrintable(message->text()));
}

void TstGuiAdmin::sellerSeesTheirShop()
{
    auto app = m_fixture->signIn(u"sam@test.example"_s, u"seller password"_s);
    QVERIFY(app);
    auto* page = app->mainWindow()->findChild<DashboardPage*>(u"dashboardPage"_s);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(page->figures().today.isValid(), 30000);
    auto expected = DashboardReference(m_fixture->db().admin()).compute(m_seller);
    QVERIFY(expected.has_value());
    QVERIFY(page->figures() == *expected);
    QVERIFY(!page->findChild<FigureTile*>(u"tileNewUsers"_s)->isVisible());
    QVERIFY(!page->findChild<QTableView*>(u"courierCashView"_s));
    saveScreenshot(app->mainWindow(), u"dashboard-seller"_s);
    // No users screen or audit log for sellers.
    QVERIFY(!app->mainWindow()->showScreen(u"usersPage"_s));
    QVERIFY(!app->mainWindow()->showScreen(u"auditLogPage"_s));
}

void TstGuiAdmin::disablingWithAReasonCutsTheUserOff()
{
    ServiceClient bea(m_fixture->db().clientSettings(), u"bea@test.example"_s, u"buyer password"_s);
    QVERIFY(bea.ok);
    auto app = admin();
    QVERIFY(app);
    auto* page = show<UsersPage>(*app, u"usersPage"_s);
    QVERIFY(page);
    auto* view = page->findChild<QTableView*>(u"usersView"_s);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(view->model()->rowCount() >= 4);
    page->findChild<QLineEdit*>(u"userSearch"_s)->setText(u"BEA@"_s);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);
    QCOMPARE(view->model()->index(0, UserTableModel::Name).data().toString(), u"Bea Buyer"_s);

    // No reason: the dialog says so and stays; with one it goes ahead.
    const ModalAnswer reason([](QWidget* modal) {
        QCOMPARE(modal->objectName(), u"reasonDialog"_s);
        QTest::mouseClick(modal->findChild<QPushButton*>(u"confirmReason"_s), Qt::LeftButton);
        QVERIFY(modal->isVisible());
        QVERIFY(!modal->findChild<QLabel*>(u"reasonError"_s)->text().isEmpty());
        modal->findChild<QPlainTextEdit*>(u"reason"_s)->setPlainText(u"chargeback fraud"_s);
        QTest::mouseClick(modal->findChild<QPushButton*>(u"confirmReason"_s), Qt::LeftButton);
    });
    QTest::mouseClick(GuiFixture::readyButton(page, u"toggleUserActive"_s), Qt::LeftButton);
    auto* message = page->findChild<QLabel*>(u"usersMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"disabled"_s), 30000);
    // Her session is refused at once.
    auto next = await(bea.auth.currentAccount());
    QVERIFY(!next.has_value());
    QTRY_COMPARE(view->model()->index(0, UserTableModel::Status).data().toString(), u"Disabled"_s);
    saveScreenshot(app->mainWindow(), u"users"_s);

    // Enabled again (the button says so now).
    view->selectRow(0);
    QCOMPARE(GuiFixture::readyButton(page, u"toggleUserActive"_s)->text(), u"Enable…"_s);
    const ModalAnswer again([](QWidget* modal) {
        modal->findChild<QPlainTextEdit*>(u"reason"_s)->setPlainText(u"cleared by the bank"_s);
        QTest::mouseClick(modal->findChild<QPushButton*>(u"confirmReason"_s), Qt::LeftButton);
    });
    QTest::mouseClick(GuiFixture::readyButton(page, u"toggleUserActive"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"enabled"_s), 30000);

    // One's own row offers no actions.
    page->findChild<QLineEdit*>(u"userSearch"_s)->setText(u"ada@"_s);
    QTRY_VERIFY(view->model()->rowCount() == 1 &&
                view->model()->index(0, UserTableModel::Email).data() == u"ada@test.example"_s);
    view->selectRow(0);
    QVERIFY(!page->findChild<QPushButton*>(u"toggleUserActive"_s)->isEnabled());
    QVERIFY(!page->findChild<QPushButton*>(u"resetUserPassword"_s)->isEnabled());
}

void TstGuiAdmin::forcedResetThenLoginThroughIt()
{
    QString once;
    {
        auto app = admin();
        QVERIFY(app);
        auto* page = show<UsersPage>(*app, u"usersPage"_s);
        auto* view = page->findChild<QTableView*>(u"usersView"_s);
        page->findChild<QLineEdit*>(u"userSearch"_s)->setText(u"sam@"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        view->selectRow(0);
        const ModalAnswer dialogs(
            [&](QWidget* modal) {
                if (modal->objectName() == u"reasonDialog"_s) {
                    modal->findChild<QPlainTextEdit*>(u"reason"_s)->setPlainText(u"forgot it"_s);
                    QTest::mouseClick(modal->findChild<QPushButton*>(u"confirmReason"_s),
                                      Qt::LeftButton);
                    return;
                }
                QCOMPARE(modal->objectName(), u"oneTimePasswordDialog"_s);
                once = modal->findChild<QLineEdit*>(u"oneTimePassword"_s)->text();
                saveScreenshot(modal, u"one-time-password"_s);
                qobject_cast<QDialog*>(modal)->accept();
            },
            2);
        QTest::mouseClick(GuiFixture::readyButton(page, u"resetUserPassword"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!once.isEmpty(), 30000);
    }
    QCOMPARE(once.size(), 19);

    // Sam logs in with it and must choose a new password before anything else.
    const ModalAnswer choose([](QWidget* modal) {
        QCOMPARE(modal->objectName(), u"changePasswordDialog"_s);
        QVERIFY(!modal->findChild<QLineEdit*>(u"oldPassword"_s)->isVisible());
        saveScreenshot(modal, u"choose-new-password"_s);
        modal->findChild<QLineEdit*>(u"newPassword"_s)->setText(u"sam's new secret"_s);
        modal->findChild<QLineEdit*>(u"confirmPassword"_s)->setText(u"sam's new secret"_s);
        auto* ok = modal->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    auto sam = m_fixture->signIn(u"sam@test.example"_s, once);
    QVERIFY(sam);
    QCOMPARE(sam->mainWindow()->account().role, Role::Seller);
    QVERIFY(!sam->mainWindow()->account().mustChangePassword);
    sam.reset();
    auto again = m_fixture->signIn(u"sam@test.example"_s, u"sam's new secret"_s);
    QVERIFY(again);
}

void TstGuiAdmin::createAUser()
{
    auto app = admin();
    QVERIFY(app);
    auto* page = show<UsersPage>(*app, u"usersPage"_s);
    QString once;
    const ModalAnswer dialogs(
        [&](QWidget* modal) {
            if (modal->objectName() == u"newUserDialog"_s) {
                auto* email = modal->findChild<QLineEdit*>(u"newUserEmail"_s);
                email->setText(u"not an address"_s);
                modal->findChild<QLineEdit*>(u"newUserName"_s)->setText(u"Nina Courier"_s);
                auto* role = modal->findChild<QComboBox*>(u"newUserRole"_s);
                role->setCurrentIndex(role->findData(int(Role::Courier)));
                modal->findChild<QPlainTextEdit*>(u"newUserReason"_s)->setPlainText(u"new hire"_s);
                QTest::mouseClick(modal->findChild<QPushButton*>(u"createUser"_s), Qt::LeftButton);
                auto* error = modal->findChild<QLabel*>(u"newUserError"_s);
                QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 30000);
                QVERIFY(modal->isVisible());
                email->setText(u"nina@test.example"_s);
                QTest::mouseClick(modal->findChild<QPushButton*>(u"createUser"_s), Qt::LeftButton);
                return;
            }
            once = modal->findChild<QLineEdit*>(u"oneTimePassword"_s)->text();
            qobject_cast<QDialog*>(modal)->accept();
        },
        2);
    QTest::mouseClick(GuiFixture::readyButton(page, u"newUser"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!once.isEmpty(), 30000);
    QCOMPARE(
        m_fixture->db()
            .admin()
            .queryOne(u"SELECT role::text FROM hexastore.users WHERE email = 'nina@test.example'"_s)
            ->value(0)
            .toString(),
        u"courier"_s);
}

void TstGuiAdmin::auditLogFiltersAndExports()
{
    auto app = admin();
    QVERIFY(app);
    auto* page = show<AuditLogPage>(*app, u"auditLogPage"_s);
    QVERIFY(page);
    auto* view = page->findChild<QTableView*>(u"auditView"_s);
    QAbstractItemModelTester tester(view->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 1, 30000);
    // Only the users' rows, then only the one with this reason.
    auto* entity = page->findChild<QComboBox*>(u"auditEntity"_s);
    entity->setCurrentIndex(entity->findData(u"user"_s));
    page->findChild<QLineEdit*>(u"auditText"_s)->setText(u"chargeback"_s);
    QTest::mouseClick(page->findChild<QPushButton*>(u"auditSearch"_s), Qt::LeftButton);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, AuditLogTableModel::Action).data().toString(),
             u"Disabled a user"_s);
    QCOMPARE(view->model()->index(0, AuditLogTableModel::Actor).data().toString(), u"Ada Admin"_s);
    view->selectRow(0);
    auto* detail = page->findChild<QPlainTextEdit*>(u"auditDetail"_s);
    QVERIFY(detail->toPlainText().contains(u"\"before\""_s));
    saveScreenshot(app->mainWindow(), u"audit-log"_s);

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"audit-log.csv"_s); // the name the dialog suggests
    const ModalAnswer save([&](QWidget* modal) {
        auto* dialog = qobject_cast<QFileDialog*>(modal);
        QVERIFY(dialog);
        dialog->selectFile(csv);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QTest::mouseClick(page->findChild<QPushButton*>(u"auditExport"_s), Qt::LeftButton);
    auto* message = page->findChild<QLabel*>(u"auditMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(u"Exported"_s), 30000);
    QFile file(csv);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(message->text()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
    QVERIFY(lines.at(0).startsWith("id,chain_seq,time_utc"));
    QVERIFY(lines.at(1).contains("user.disable") && lines.at(1).contains("chargeback fraud"));
}

void TstGuiAdmin::smallWindow()
{
    auto app = admin(QSize(800, 600));
    QVERIFY(app);
    auto* page = app->mainWindow()->findChild<DashboardPage*>(u"dashboardPage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page->figures().today.isValid(), 30000);
    saveScreenshot(app->mainWindow(), u"dashboard-small"_s);
    QVERIFY(show<UsersPage>(*app, u"usersPage"_s));
    saveScreenshot(app->mainWindow(), u"users-small"_s);
    // The console's screens fit beside the navigation in an 800-pixel window.
    for (const QString& name : {u"dashboardPage"_s, u"usersPage"_s, u"auditLogPage"_s}) {
        auto* screen = app->mainWindow()->findChild<QWidget*>(name);
        QVERIFY2(screen->minimumSizeHint().width() <= 600, qPrintable(name));
    }
}

void TstGuiAdmin::chartsFollowADarkPalette()
{
    const QPalette light = QApplication::palette();
    auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(dark);
    auto app = admin();
    QVERIFY(app);
    auto* page = app->mainWindow()->findChild<DashboardPage*>(u"dashboardPage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page->figures().today.isValid(), 30000);
    auto* daily = page->findChild<QChartView*>(u"dailyChart"_s);
    QCOMPARE(daily->chart()->backgroundBrush().color(), dark.color(QPalette::Base));
    QCOMPARE(daily->chart()->titleBrush().color(), dark.color(QPalette::Text));
    saveScreenshot(app->mainWindow(), u"dashboard-dark"_s);
}

// Another administrator disables Ada while she has a dialog open: the app goes
// back to the login window, the dialog closes, and nothing is deleted from
// under it.
void TstGuiAdmin::sessionEndsUnderAnOpenDialog()
{
    auto app = admin();
    QVERIFY(app);
    auto* page = show<UsersPage>(*app, u"usersPage"_s);
    auto* view = page->findChild<QTableView*>(u"usersView"_s);
    page->findChild<QLineEdit*>(u"userSearch"_s)->setText(u"bea@"_s);
    QTRY_VERIFY(view->model()->rowCount() == 1 &&
                view->model()->index(0, UserTableModel::Email).data() == u"bea@test.example"_s);
    view->selectRow(0);
    QSignalSpy signedOut(app.get(), &AppController::signedOut);
    auto enableAgain = qScopeGuard([&] {
        (void)m_fixture->db().admin().execute(
            u"UPDATE hexastore.users SET status = 'active' WHERE id = ?"_s, {m_ada});
    });
    const ModalAnswer meanwhile([&](QWidget* modal) {
        QCOMPARE(modal->objectName(), u"reasonDialog"_s);
        ServiceClient alan(m_fixture->db().clientSettings(), u"alan@test.example"_s,
                           u"admin password"_s);
        QVERIFY(alan.ok);
        QVERIFY(await(alan.users.setActive(m_ada, false, u"left the team"_s)).has_value());
        page->reload(); // Ada's app finds out with its next request
        QTRY_VERIFY_WITH_TIMEOUT(signedOut.size() == 1, 30000);
        QVERIFY(!modal->isVisible());
    });
    QTest::mouseClick(GuiFixture::readyButton(page, u"toggleUserActive"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app->loginDialog()->isVisible() && !app->mainWindow(), 30000);
    const QString said = app->loginDialog()->findChild<QLabel*>(u"errorMessage"_s)->text();
    QVERIFY2(said.contains(u"disabled"_s), qPrintable(said));
}

QTEST_MAIN(TstGuiAdmin)
#include "tst_gui_admin.moc"
