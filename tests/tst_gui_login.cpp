// The desktop flow, offscreen, through the real widgets: register a buyer, see
// the buyer's screens, log out; log in as an admin; change the password;
// "remember me" across a restart. Set HEXASTORE_SCREENSHOT_DIR to save screens.
#include "services/demo/DemoSeeder.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/ModalAnswer.h"
#include "tests/support/Screenshot.h"
#include "tests/support/TestDatabase.h"
#include "ui/AppController.h"
#include "ui/ForgotPasswordDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TstGuiLogin : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void registerBuyerSeeScreensAndLogOut();
    void wrongPasswordShowsAnActionableMessage();
    void adminLogsInAndChangesPassword();
    void rememberMeSurvivesARestart();
    void lostConnectionRecoversInBothWindows();
    void theRemoteFormTakesAReadServer();
    void forgotPasswordByEmail();
    void everyDemoAccountReachesItsRoleWindow_data();
    void everyDemoAccountReachesItsRoleWindow();

private:
    std::unique_ptr<AppController> startApp();
    void typeInto(QWidget* root, const char* objectName, const QString& text);
    void click(QWidget* root, const char* objectName);
    void logInAs(AppController& app, const QString& email, const QString& password,
                 bool remember = false);

    std::unique_ptr<GuiFixture> m_gui;
    TestDatabase* m_db = nullptr;
};

void TstGuiLogin::initTestCase()
{
    m_gui = std::make_unique<GuiFixture>(u"gui_login"_s);
    QVERIFY2(m_gui->isReady(), qPrintable(m_gui->failure()));
    m_db = &m_gui->db();
    m_db->createUser(Role::Admin, u"admin@test.example"_s, u"admin password 1"_s, u"Ada Admin"_s);
}

void TstGuiLogin::cleanupTestCase()
{
    m_db = nullptr;
    m_gui.reset();
}

std::unique_ptr<AppController> TstGuiLogin::startApp()
{
    AppController::Options options;
    options.fixedServer = m_db->clientSettings();
    auto app = std::make_unique<AppController>(options);
    QSignalSpy ready(app.get(), &AppController::connectionReady);
    app->start();
    [&] {
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 15000);
    }();
    return app;
}

void TstGuiLogin::typeInto(QWidget* root, const char* objectName, const QString& text)
{
    auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(objectName));
    QVERIFY2(edit, objectName);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TstGuiLogin::click(QWidget* root, const char* objectName)
{
    auto* button = root->findChild<QPushButton*>(QString::fromLatin1(objectName));
    QVERIFY2(button, objectName);
    QVERIFY2(button->isEnabled(), objectName);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TstGuiLogin::logInAs(AppController& app, const QString& email, const QString& password,
                          bool remember)
{
    LoginDialog* dialog = app.loginDialog();
    QSignalSpy signedIn(&app, &AppController::signedIn);
    typeInto(dialog, "loginEmail", email);
    typeInto(dialog, "loginPassword", password);
    dialog->findChild<QCheckBox*>(u"rememberMe"_s)->setChecked(remember);
    click(dialog, "loginButton");
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
}

void TstGuiLogin::theRemoteFormTakesAReadServer()
{
    LoginDialog dialog;
    dialog.show();
    ServerProfile saved;
    saved.kind = ServerProfile::Kind::Remote;
    saved.host = u"db.example.com"_s;
    saved.readServer = u"standby.example.com:6432"_s;
    dialog.setServerProfile(saved);
    auto* readServer = dialog.findChild<QLineEdit*>(u"remoteReadServer"_s);
    QVERIFY(readServer);
    QCOMPARE(readServer->text(), u"standby.example.com:6432"_s);
    saveScreenshot(&dialog, u"login-remote-server"_s);

    QList<ServerProfile> chosen;
    connect(&dialog, &LoginDialog::serverChosen, this,
            [&](const ServerProfile& profile, const QString&) { chosen.append(profile); });
    readServer->clear();
    QTest::keyClicks(readServer, u"standby:port"_s);
    click(&dialog, "connectButton");
    QCOMPARE(chosen.size(), 0); // refused, with the reason, the text kept
    auto* message = dialog.findChild<QLabel*>(u"errorMessage"_s);
    QVERIFY(message->text().contains(u"host:port"_s));
    QCOMPARE(readServer->text(), u"standby:port"_s);

    readServer->clear();
    QTest::keyClicks(readServer, u"standby:6433"_s);
    click(&dialog, "connectButton");
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().readServer, u"standby:6433"_s);
}

void TstGuiLogin::registerBuyerSeeScreensAndLogOut()
{
    auto app = startApp();
    LoginDialog* dialog = app->loginDialog();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->focusWidget(),
             dialog->findChild<QLineEdit*>(u"loginEmail"_s)); // type straight away
    saveScreenshot(dialog, u"login"_s);
    auto* message = dialog->findChild<QLabel*>(u"errorMessage"_s);

    dialog->findChild<QTabWidget*>(u"authTabs"_s)->setCurrentIndex(1);
    typeInto(dialog, "registerName", u"Bea Buyer"_s);
    typeInto(dialog, "registerEmail", u"bea@test.example"_s);
    typeInto(dialog, "registerPassword", u"bea-secret-42"_s);
    typeInto(dialog, "registerConfirm", u"bea-secret-43"_s);
    click(dialog, "registerButton");
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(u"do not match"_s));

    // The database's rule comes back as a sentence, with the field focused.
    typeInto(dialog, "registerPassword", u"password123"_s);
    typeInto(dialog, "registerConfirm", u"password123"_s);
    click(dialog, "registerButton");
    QTRY_VERIFY(message->text().contains(u"too common"_s));
    QVERIFY(!message->text().contains(u"HX"_s));
    saveScreenshot(dialog, u"register-error"_s);

    QSignalSpy signedIn(app.get(), &AppController::signedIn);
    typeInto(dialog, "registerPassword", u"bea-secret-42"_s);
    typeInto(dialog, "registerConfirm", u"bea-secret-42"_s);
    click(dialog, "registerButton");
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);

    MainWindow* window = app->mainWindow();
    QVERIFY(window && window->isVisible());
    QVERIFY(!dialog->isVisible());
    QCOMPARE(window->screenNames(),
             (QStringList{u"catalogPage"_s, u"cartPage"_s, u"ordersPage"_s, u"addressesPage"_s,
                          u"notificationsPage"_s, u"accountPage"_s}));
    QCOMPARE(window->findChild<QLabel*>(u"accountRole"_s)->text(), u"Buyer"_s);
    QCOMPARE(window->findChild<QLabel*>(u"accountEmail"_s)->text(), u"bea@test.example"_s);
    QVERIFY(window->windowTitle().contains(u"Bea Buyer"_s));
    auto* sessions = window->findChild<QTableView*>(u"sessionsView"_s);
    QTRY_COMPARE(sessions->model()->rowCount(), 1);
    QTRY_VERIFY(window->findChild<QLabel*>(u"connectionStatus"_s)->text().contains(u"Connected"_s));

    QSignalSpy signedOut(app.get(), &AppController::signedOut);
    window->findChild<QAction*>(u"actionLogout"_s)->trigger();
    QTRY_COMPARE(signedOut.size(), 1);
    QTRY_VERIFY(!app->mainWindow());
    QVERIFY(dialog->isVisible());
    QVERIFY(message->text().contains(u"logged out"_s));
    QCOMPARE(dialog->findChild<QLineEdit*>(u"loginEmail"_s)->text(), u"bea@test.example"_s);
}

// "Forgot password?": a code by e-mail (read here from the outbox, where
// mail send would take it), a wrong code refused with the reason, the right
// one sets the new password, and the login window says so.
void TstGuiLogin::forgotPasswordByEmail()
{
    m_db->createUser(Role::Buyer, u"forgetful@test.example"_s, u"the forgotten one"_s, u"F"_s);
    auto app = startApp();
    LoginDialog* login = app->loginDialog();
    typeInto(login, "loginEmail", u"forgetful@test.example"_s);
    bool done = false;
    const ModalAnswer answer([&](QWidget* modal) {
        auto* dialog = qobject_cast<ForgotPasswordDialog*>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"resetEmail"_s)->text(),
                 u"forgetful@test.example"_s);
        click(dialog, "sendResetCode");
        auto* message = dialog->findChild<QLabel*>(u"resetMessage"_s);
        QTRY_VERIFY(message->isVisible() && message->text().contains(u"on its way"_s));
        // What mail send does first: the request of a real account gets its code.
        QVERIFY(m_db->admin().execute(u"SELECT hexastore.prepare_password_resets()"_s).has_value());
        auto body =
            m_db->admin().queryOne(u"SELECT body FROM hexastore.mail_outbox WHERE recipient = "
                                   "'forgetful@test.example' ORDER BY id DESC LIMIT 1"_s);
        QVERIFY(body.has_value());
        const QString code = QRegularExpression(u"\\b([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})\\b"_s)
                                 .match(body->value(0).toString())
                                 .captured(1);
        QVERIFY(!code.isEmpty());
        typeInto(dialog, "resetCode", u"ZZZZ-ZZZZ"_s);
        typeInto(dialog, "resetNewPassword", u"remembered at last"_s);
        typeInto(dialog, "resetConfirmPassword", u"remembered at last"_s);
        click(dialog, "setNewPassword");
        QTRY_VERIFY(message->text().contains(u"wrong, used or expired"_s));
        saveScreenshot(dialog, u"forgot-password"_s);
        typeInto(dialog, "resetCode", code);
        click(dialog, "setNewPassword");
        QTRY_VERIFY(!dialog->isVisible());
        done = true;
    });
    click(login, "forgotPassword");
    QTRY_VERIFY(done);
    auto* message = login->findChild<QLabel*>(u"errorMessage"_s);
    QTRY_VERIFY(message->text().contains(u"Log in with the new password"_s));
    logInAs(*app, u"forgetful@test.example"_s, u"remembered at last"_s, false);
}

void TstGuiLogin::wrongPasswordShowsAnActionableMessage()
{
    auto app = startApp();
    LoginDialog* dialog = app->loginDialog();
    typeInto(dialog, "loginEmail", u"admin@test.example"_s);
    typeInto(dialog, "loginPassword", u"not it at all"_s);
    click(dialog, "loginButton");
    auto* message = dialog->findChild<QLabel*>(u"errorMessage"_s);
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->text(), u"The e-mail address or the password is wrong."_s);
    QVERIFY(!app->mainWindow());
}

void TstGuiLogin::adminLogsInAndChangesPassword()
{
    auto app = startApp();
    logInAs(*app, u"admin@test.example"_s, u"admin password 1"_s);
    MainWindow* window = app->mainWindow();
    QCOMPARE(window->findChild<QLabel*>(u"accountRole"_s)->text(), u"Administrator"_s);
    QVERIFY(window->windowTitle().contains(u"Administrator"_s));
    window->resize(980, 640);
    QTRY_COMPARE(window->findChild<QTableView*>(u"sessionsView"_s)->model()->rowCount(), 1);
    auto* navigation = window->findChild<QListWidget*>(u"navigation"_s);
    navigation->setCurrentRow(navigation->count() - 1); // the account page
    QVERIFY(window->findChild<QWidget*>(u"accountPage"_s)->isVisible());
    saveScreenshot(window, u"account"_s);

    // Issue #12: an empty name is refused with a specific reason, next to the field.
    auto* name = window->findChild<QLineEdit*>(u"accountName"_s);
    const QString before = name->text();
    name->selectAll();
    QTest::keyClicks(name, u"   "_s); // typed, as a user would
    QTest::mouseClick(window->findChild<QPushButton*>(u"saveName"_s), Qt::LeftButton);
    auto* accountMessage = window->findChild<QLabel*>(u"accountMessage"_s);
    QTRY_VERIFY(accountMessage->isVisible() && accountMessage->text().contains(u"name"_s));
    QVERIFY(!accountMessage->text().contains(u"not valid"_s));
    QVERIFY(name->property("invalidInput").toBool());
    name->setText(before);

    // The modal dialog is answered while it is open, as a user would.
    bool answered = false;
    const ModalAnswer changePassword([&](QWidget* modal) {
        auto* dialog = qobject_cast<QDialog*>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), u"changePasswordDialog"_s);
        typeInto(dialog, "oldPassword", u"admin password 1"_s);
        typeInto(dialog, "newPassword", u"admin password 2"_s);
        typeInto(dialog, "confirmPassword", u"admin password 2"_s);
        saveScreenshot(dialog, u"change-password"_s);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    window->findChild<QAction*>(u"actionChangePassword"_s)->trigger();
    QVERIFY(answered);
    QVERIFY(window->statusBar()->currentMessage().contains(u"password was changed"_s));

    // Logging out everywhere asks first; Cancel (the default) keeps the session.
    QSignalSpy signedOut(app.get(), &AppController::signedOut);
    {
        const ModalAnswer cancel([](QWidget* box) {
            QCOMPARE(box->objectName(), u"confirmation"_s);
            auto* safe = box->findChild<QPushButton*>(u"cancelAction"_s);
            QVERIFY(safe->isDefault());
            safe->click();
        });
        window->findChild<QAction*>(u"actionLogoutEverywhere"_s)->trigger();
    }
    QCOMPARE(signedOut.size(), 0);
    const ModalAnswer confirm([](QWidget* box) {
        QCOMPARE(box->findChild<QPushButton*>(u"confirmAction"_s)->text(), u"Log out everywhere"_s);
        box->findChild<QPushButton*>(u"confirmAction"_s)->click();
    });
    window->findChild<QAction*>(u"actionLogoutEverywhere"_s)->trigger();
    QTRY_COMPARE(signedOut.size(), 1);
    logInAs(*app, u"admin@test.example"_s, u"admin password 2"_s);
}

void TstGuiLogin::rememberMeSurvivesARestart()
{
    m_db->createUser(Role::Seller, u"sid@test.example"_s, u"seller password"_s, u"Sid Seller"_s);
    {
        auto app = startApp();
        logInAs(*app, u"sid@test.example"_s, u"seller password"_s, true);
        // The refresh token reached the keychain; only the e-mail is in settings.
        QTRY_COMPARE(QSettings().value(u"login/rememberedEmail"_s).toString(),
                     u"sid@test.example"_s);
        for (const QString& key : QSettings().allKeys())
            QVERIFY(!QSettings().value(key).toString().contains(u"seller password"_s));
    }
    {
        // A new start signs in by itself.
        AppController::Options options;
        options.fixedServer = m_db->clientSettings();
        AppController app(options);
        QSignalSpy signedIn(&app, &AppController::signedIn);
        app.start();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 15000);
        QCOMPARE(app.mainWindow()->account().email, u"sid@test.example"_s);
        QSignalSpy signedOut(&app, &AppController::signedOut);
        app.mainWindow()->findChild<QAction*>(u"actionLogout"_s)->trigger();
        QTRY_COMPARE(signedOut.size(), 1);
        QVERIFY(QSettings().value(u"login/rememberedEmail"_s).toString().isEmpty());
    }
    {
        // After logging out, nothing is remembered.
        // startApp() waits until the app has decided not to sign in by itself.
        auto app = startApp();
        QVERIFY(!app->mainWindow());
        QVERIFY(app->loginDialog()->isVisible());
    }
}

void TstGuiLogin::lostConnectionRecoversInBothWindows()
{
    auto app = startApp();
    logInAs(*app, u"admin@test.example"_s, u"admin password 2"_s);
    MainWindow* window = app->mainWindow();
    auto* status = window->findChild<QLabel*>(u"connectionStatus"_s);
    // The server drops the connection; the next action reconnects transparently.
    QVERIFY(m_db->admin().execute(
        u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE usename = 'hexastore_client' AND datname = current_database()"_s));
    QPushButton* refresh = window->findChild<QPushButton*>(u"refreshSessions"_s);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY(status->text().contains(u"Connected"_s));
    QTRY_VERIFY(window->findChild<QTableView*>(u"sessionsView"_s)->model()->rowCount() >= 1);
    QVERIFY(!window->findChild<QLabel*>(u"accountMessage"_s)->isVisible());

    // After logging out, the login window is usable again.
    QSignalSpy signedOut(app.get(), &AppController::signedOut);
    window->findChild<QAction*>(u"actionLogout"_s)->trigger();
    QTRY_COMPARE(signedOut.size(), 1);
    QTRY_VERIFY(app->loginDialog()->findChild<QPushButton*>(u"loginButton"_s)->isEnabled());
    logInAs(*app, u"admin@test.example"_s, u"admin password 2"_s);
}

void TstGuiLogin::everyDemoAccountReachesItsRoleWindow_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("roleName");
    for (const DemoSeeder::Account& account : DemoSeeder::accounts())
        QTest::newRow(qPrintable(account.email))
            << account.email << account.password << roleDisplayName(account.role);
}

void TstGuiLogin::everyDemoAccountReachesItsRoleWindow()
{
    QFETCH(QString, email);
    QFETCH(QString, password);
    QFETCH(QString, roleName);
    auto seeded = DemoSeeder(m_db->admin()).seed(); // idempotent; the README lists these
    QVERIFY2(seeded.has_value(), qPrintable(seeded ? QString() : seeded.error().detail()));
    auto app = startApp();
    logInAs(*app, email, password);
    QCOMPARE(app->mainWindow()->findChild<QLabel*>(u"accountRole"_s)->text(), roleName);
    QCOMPARE(app->mainWindow()->account().email, email);
    // Each role sees its own screens and no others.
    QStringList expected{u"catalogPage"_s,   u"cartPage"_s,          u"ordersPage"_s,
                         u"addressesPage"_s, u"notificationsPage"_s, u"accountPage"_s};
    if (email.startsWith(u"courier"_s))
        expected = {u"courierPage"_s, u"notificationsPage"_s, u"accountPage"_s};
    else if (email.startsWith(u"seller"_s))
        expected = {u"dashboardPage"_s, u"listingsPage"_s,      u"ordersPage"_s,
                    u"catalogPage"_s,   u"notificationsPage"_s, u"accountPage"_s};
    else if (email.startsWith(u"admin"_s))
        expected = {u"dashboardPage"_s, u"ordersPage"_s,     u"deliveriesPage"_s,
                    u"catalogPage"_s,   u"categoriesPage"_s, u"promoCodesPage"_s,
                    u"usersPage"_s,     u"auditLogPage"_s,   u"accountPage"_s};
    QCOMPARE(app->mainWindow()->screenNames(), expected);
}

QTEST_MAIN(TstGuiLogin)
#include "tst_gui_login.moc"
