#pragma once

#include "services/demo/CatalogSeeder.h"
#include "TestDatabase.h"
#include "ui/AppController.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSize>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <optional>

// What every GUI test starts from: settings in Qt's test location, empty now
// and again when the fixture goes, and a fresh database. signIn() gives the
// app logged in through its real login window.
class GuiFixture final {
public:
    explicit GuiFixture(const QString& testName)
    {
        installEnglish();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_db = std::make_unique<TestDatabase>(testName);
    }
    ~GuiFixture()
    {
        m_db.reset();
        QSettings().clear();
    }
    Q_DISABLE_COPY_MOVE(GuiFixture)

    bool isReady() const { return m_db->isReady(); }
    const QString& failure() const { return m_db->failure(); }
    TestDatabase& db() { return *m_db; }
    // How often the signed-in app checks the server while idle.
    void setHeartbeatMs(int ms) { m_heartbeatMs = ms; }
    // How often the signed-in app asks for new notifications.
    void setNotificationPollMs(int ms) { m_notificationPollMs = ms; }

    // The app signed in as `email`, its main window resized to `windowSize`;
    // null when that did not work. `server`: another way to the database (a
    // TcpProxy) instead of the client's socket.
    std::unique_ptr<AppController> signIn(const QString& email, const QString& password,
                                          QSize windowSize = QSize(1180, 720),
                                          std::optional<ConnectionSettings> server = {})
    {
        AppController::Options options;
        options.fixedServer = server ? *server : m_db->clientSettings();
        if (m_heartbeatMs > 0)
            options.heartbeatMs = m_heartbeatMs;
        if (m_notificationPollMs > 0)
            options.notificationPollMs = m_notificationPollMs;
        auto app = std::make_unique<AppController>(options);
        QSignalSpy ready(app.get(), &AppController::connectionReady);
        QSignalSpy signedIn(app.get(), &AppController::signedIn);
        app->start();
        if (!QTest::qWaitFor([&] { return ready.size() == 1; }, 30000))
            return nullptr;
        LoginDialog* login = app->loginDialog();
        login->findChild<QLineEdit*>(QStringLiteral("loginEmail"))->setText(email);
        login->findChild<QLineEdit*>(QStringLiteral("loginPassword"))->setText(password);
        QTest::mouseClick(login->findChild<QPushButton*>(QStringLiteral("loginButton")),
                          Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return signedIn.size() == 1; }, 30000))
            return nullptr;
        if (windowSize.isValid())
            app->mainWindow()->resize(windowSize);
        return app;
    }

    // A shop to look at: the seller "Sara's Shop" (sara@test.example) with
    // `products` seeded products and a buyer (bo@test.example), then the app
    // signed in as the seller or the buyer. Null when that did not work.
    std::unique_ptr<AppController> signInToShop(Role role, qint64 products,
                                                QSize windowSize = QSize(1180, 720))
    {
        m_db->createUser(Role::Seller, QStringLiteral("sara@test.example"),
                         QStringLiteral("seller password"), QStringLiteral("Sara's Shop"));
        m_db->createUser(Role::Buyer, QStringLiteral("bo@test.example"),
                         QStringLiteral("buyer password"), QStringLiteral("Bo"));
        if (!CatalogSeeder(m_db->admin()).seed(products, 5))
            return nullptr;
        return role == Role::Seller ? signIn(QStringLiteral("sara@test.example"),
                                             QStringLiteral("seller password"), windowSize)
                                    : signIn(QStringLiteral("bo@test.example"),
                                             QStringLiteral("buyer password"), windowSize);
    }

    // The button of that name under `parent` once a user could click it: a
    // button added to a shown layout becomes visible only when the event loop
    // has run, and a click on it before then goes nowhere.
    static QPushButton* readyButton(QWidget* parent, const QString& name, int timeoutMs = 30000)
    {
        QPushButton* button = nullptr;
        const bool ready = QTest::qWaitFor(
            [&] {
                button = parent->findChild<QPushButton*>(name);
                return button && button->isVisible() && button->isEnabled();
            },
            timeoutMs);
        return ready ? button : nullptr;
    }

private:
    // English plurals ("1 item", "2 items") as the app has them, unless a
    // test chose another language before.
    static void installEnglish()
    {
        static bool installed = false;
        const QLocale::Language language = QLocale().language();
        if (installed || (language != QLocale::C && language != QLocale::English))
            return;
        installed = true;
        auto* english = new QTranslator(QCoreApplication::instance());
        if (english->load(QStringLiteral("hexastore_en"), QStringLiteral(HEXASTORE_QM_DIR)))
            QCoreApplication::installTranslator(english);
    }

    std::unique_ptr<TestDatabase> m_db;
    int m_heartbeatMs = 0;
    int m_notificationPollMs = 0;
};
