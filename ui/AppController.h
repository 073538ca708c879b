#pragma once

#include "db/ConnectionSettings.h"
#include "domain/Role.h"
#include "services/auth/CredentialStore.h"
#include "services/auth/LoginResult.h"
#include "services/server/ServerProfile.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

struct AppServices;
class DbWorker;
class LocalBackupController;
class LoginDialog;
class MainWindow;

// The desktop application's flow: get a server (starting the local one when
// chosen), connect, log in (or resume a remembered login), show the role's
// window, and go back to the login when the session ends.
class AppController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)
public:
    struct Options {
        // A fixed server (command line, tests): no server choice, no local server.
        std::optional<ConnectionSettings> fixedServer;
        // Catalog reads go here (a streaming standby), if set.
        std::optional<ConnectionSettings> readServer;
        QString localServerDirectory;
        // How often an idle signed-in app checks that the server is still
        // there (one `SELECT 1`), so that the indicator never lies for long.
        int heartbeatMs = 15'000;
        // How often a signed-in app asks whether the user has new notifications.
        int notificationPollMs = 4'000;
    };

    explicit AppController(Options options, QObject* parent = nullptr);
    ~AppController() override;

    void start();

    LoginDialog* loginDialog() const { return m_login.get(); }
    MainWindow* mainWindow() const;

signals:
    void connectionReady();
    void connectionFailed(const QString& message);
    void signedIn();
    void signedOut();

private:
    void useProfile(const ServerProfile& profile, const QString& password);
    void startLocalServer();
    void connectWith(const ConnectionSettings& settings, const QString& serverId,
                     const QString& serverName,
                     const std::optional<ConnectionSettings>& readServer = std::nullopt);
    void checkConnection();
    void resumeRememberedLogin();
    // A remembered courier works on without a server (their deliveries are on
    // this computer); the session is resumed once the server answers.
    bool enterOffline();
    void resumeWhileOffline();
    void login(const QString& email, const QString& password, bool remember);
    void registerAccount(const QString& fullName, const QString& email, const QString& password,
                         Role role);
    void enter(const LoginResult& result, bool remember);
    // After a login with a one-time password: a new one first, then in.
    void choosePassword(const QString& oneTimePassword, bool remember);
    void logout(bool everywhere);
    void backToLogin(const QString& message, bool isError);
    // Closes the signed-in window. Its open dialogs are rejected first, and the
    // window is deleted only once their event loops have returned: deleting it
    // from inside one would pull the page out from under the dialog's caller.
    void retireMainWindow();
    void deleteRetiredWhenUnwound();
    void storeRefreshToken(const QString& refreshToken);
    void forgetRememberedLogin();
    void onConnectionState(bool connected, const QString& message);
    void shutdown();
    // Replaces the local database with a backup; everyone is signed out first.
    void restoreLocalBackup(const QString& path);
    void forgotPassword(const QString& email);

    Options m_options;
    CredentialStore m_keychain;
    std::unique_ptr<DbWorker> m_worker;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
    QPointer<MainWindow> m_retired;
    int m_baseLoopLevel = 0; // the event loop depth the app runs at
    QString m_serverId;
    QString m_serverName;
    QString m_email;
    bool m_remember = false;
    // Bumped at every sign-in and sign-out, so that a keychain write that
    // finishes late cannot resurrect a login that has ended meanwhile.
    int m_generation = 0;
    bool m_ownsLocalServer = false;
    std::unique_ptr<LocalBackupController> m_backups; // with the local server only
    bool m_offline = false; // signed in from this computer's memory, not yet by the server
    QTimer m_reconnect;
    QTimer m_heartbeat;
};
