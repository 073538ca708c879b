#include "AppController.h"

#include "ForgotPasswordDialog.h"
#include "LocalBackupController.h"
#include "ui/widgets/ExportProgress.h"

#include "db/DbWorker.h"
#include "db/LocalServer.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "services/AppServices.h"
#include "services/server/LocalServerBootstrap.h"
#include "sync/CourierSync.h"
#include "ui/common/ChangePasswordDialog.h"
#include "ui/courier/CourierPage.h"

#include "db/WhenReady.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString kRememberedServer = u"login/rememberedServer"_s;
const QString kRememberedEmail = u"login/rememberedEmail"_s;
// A remembered courier's account, so that they can start without a server.
const QString kRememberedCourier = u"login/rememberedCourier"_s;
constexpr int kReconnectMs = 5000;
} // namespace

AppController::AppController(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_login(std::make_unique<LoginDialog>())
{
    if (m_options.localServerDirectory.isEmpty())
        m_options.localServerDirectory = LocalServer::defaultDirectory();

    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &AppController::checkConnection);
    m_heartbeat.setInterval(m_options.heartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        // Only while connected; when not, m_reconnect is already trying.
        if (m_worker && m_main && !m_offline && !m_reconnect.isActive())
            m_worker->withSession([](SqlSession& session) { return session.ping(); });
    });

    connect(m_login.get(), &LoginDialog::loginRequested, this, &AppController::login);

    connect(m_login.get(), &LoginDialog::forgotPasswordRequested, this,

            &AppController::forgotPassword);
    connect(m_login.get(), &LoginDialog::registrationRequested, this,
            &AppController::registerAccount);
    connect(m_login.get(), &LoginDialog::serverChosen, this, &AppController::useProfile);
    // Closing the login window while nobody is signed in ends the program.
    connect(m_login.get(), &QDialog::rejected, this, [this] {
        if (!m_main)
            QCoreApplication::quit();
    });
    connect(qApp, &QCoreApplication::aboutToQuit, this, &AppController::shutdown);
}

AppController::~AppController()
{
    // The window uses the services that shutdown() ends.
    delete m_main.data();
    delete m_retired.data();
    shutdown();
}

MainWindow* AppController::mainWindow() const
{
    return m_main;
}

void AppController::start()
{
    m_baseLoopLevel = QThread::currentThread()->loopLevel();
    m_login->show();
    if (m_options.fixedServer) {
        m_login->setServerChoiceVisible(false);
        connectWith(*m_options.fixedServer, m_options.fixedServer->toUrl(),
                    m_options.fixedServer->displayName());
        return;
    }
    const ServerProfile profile = ServerProfile::load(QSettings());
    m_login->setServerProfile(profile);
    if (profile.kind == ServerProfile::Kind::Local) {
        useProfile(profile, QString());
        return;
    }
    whenReady(m_keychain.read(CredentialStore::serverPasswordKey(profile.id())), this,
              [this, profile](const Result<QString>& password) {
                  useProfile(profile, password.value_or(QString()));
              });
}

void AppController::useProfile(const ServerProfile& profile, const QString& password)
{
    QSettings settings;
    profile.save(settings);
    if (profile.kind == ServerProfile::Kind::Local) {
        startLocalServer();
        return;
    }
    if (!password.isEmpty()) {
        whenReady(m_keychain.write(CredentialStore::serverPasswordKey(profile.id()), password),
                  this, [this](const VoidResult& stored) {
                      if (!stored)
                          m_login->showInfo(stored.error().message());
                  });
    }
    connectWith(profile.connectionSettings(password), profile.id(), profile.displayName(),
                profile.readSettings(password));
}

void AppController::startLocalServer()
{
    m_login->setConnectionState(LoginDialog::ConnectionState::Connecting,
                                tr("Starting the local server…"));
    m_login->setBusy(true);
    const QString dir = m_options.localServerDirectory;
    whenReady(QtConcurrent::run([dir] { return LocalServerBootstrap::run(dir); }), this,
              [this](const Result<LocalServerBootstrap::Outcome>& outcome) {
                  m_login->setBusy(false);
                  if (!outcome) {
                      qWarning("local server: %s", qPrintable(outcome.error().detail()));
                      m_login->setConnectionState(LoginDialog::ConnectionState::Failed,
                                                  outcome.error().message());
                      emit connectionFailed(outcome.error().message());
                      return;
                  }
                  m_ownsLocalServer = m_ownsLocalServer || outcome->started;
                  if (!m_backups) {
                      m_backups =
                          std::make_unique<LocalBackupController>(m_options.localServerDirectory);
                      m_backups->backUpIfDue();
                  }
                  if (outcome->created)
                      m_login->showInfo(
                          tr("A new local server was set up with demo accounts (see the README)."));
                  connectWith(outcome->client, u"local"_s, tr("the local server"));
              });
}

void AppController::connectWith(const ConnectionSettings& settings, const QString& serverId,
                                const QString& serverName,
                                const std::optional<ConnectionSettings>& readServer)
{
    m_services.reset();
    m_worker = std::make_unique<DbWorker>(settings, readServer ? readServer : m_options.readServer);
    m_services = std::make_unique<AppServices>(*m_worker);
    m_serverId = serverId;
    m_serverName = serverName;

    connect(m_worker.get(), &DbWorker::connectionStateChanged, this,
            &AppController::onConnectionState);
    connect(m_worker.get(), &DbWorker::sessionTokensRotated, this,
            [this](const SessionTokens& tokens) {
                if (m_remember)
                    storeRefreshToken(tokens.refreshToken);
            });
    connect(m_worker.get(), &DbWorker::sessionEnded, this, [this](const ServiceError& reason) {
        if (m_main) {
            ++m_generation;
            forgetRememberedLogin();
            backToLogin(reason.message(), true);
        }
    });
    m_login->setConnectionState(LoginDialog::ConnectionState::Connecting,
                                tr("Connecting to %1…").arg(serverName));
    checkConnection();
}

void AppController::checkConnection()
{
    if (!m_worker)
        return;
    const bool firstTime = !m_main && !m_login->isHidden();
    whenReady(m_worker->withSession([](SqlSession& session) { return session.ensureConnected(); }),
              this, [this, firstTime](const VoidResult& connected) {
                  if (!connected) {
                      m_login->setConnectionState(LoginDialog::ConnectionState::Failed,
                                                  connected.error().message());
                      emit connectionFailed(connected.error().message());
                      if ((firstTime && enterOffline()) || m_offline)
                          m_reconnect.start(kReconnectMs);
                      return;
                  }
                  if (m_offline) {
                      resumeWhileOffline();
                      return;
                  }
                  m_login->setConnectionState(LoginDialog::ConnectionState::Connected,
                                              tr("Connected to %1.").arg(m_serverName));
                  if (firstTime && !m_main)
                      resumeRememberedLogin();
              });
}

void AppController::onConnectionState(bool connected, const QString& message)
{
    if (m_main)
        m_main->setConnectionState(connected, message);
    if (connected) {
        m_reconnect.stop();
        m_login->setConnectionState(LoginDialog::ConnectionState::Connected,
                                    tr("Connected to %1.").arg(m_serverName));
        return;
    }
    m_login->setConnectionState(LoginDialog::ConnectionState::Failed, message);
    // Keep trying in the background so the status clears when the server is back.
    if (!m_reconnect.isActive())
        m_reconnect.start(kReconnectMs);
}

void AppController::resumeRememberedLogin()
{
    const QSettings settings;
    const QString email = settings.value(kRememberedEmail).toString();
    if (email.isEmpty() || settings.value(kRememberedServer).toString() != m_serverId) {
        emit connectionReady();
        return;
    }
    m_login->setEmail(email);
    m_login->setBusy(true);
    whenReady(m_keychain.read(CredentialStore::refreshTokenKey(m_serverId, email)), this,
              [this, email](const Result<QString>& token) {
                  if (!token) {
                      m_login->setBusy(false);
                      if (token.error().code() == ServiceError::Code::Unavailable)
                          m_login->showInfo(token.error().message());
                      forgetRememberedLogin();
                      emit connectionReady();
                      return;
                  }
                  m_email = email;
                  m_remember = true;
                  whenReady(m_services->auth.resume(*token), this,
                            [this](const Result<LoginResult>& result) {
                                m_login->setBusy(false);
                                if (!result) {
                                    forgetRememberedLogin();
                                    m_login->showError(result.error());
                                    emit connectionReady();
                                    return;
                                }
                                enter(*result, true);
                            });
              });
}

bool AppController::enterOffline()
{
    const QSettings settings;
    if (settings.value(kRememberedServer).toString() != m_serverId)
        return false;
    const QStringList saved = settings.value(kRememberedCourier).toStringList();
    if (saved.size() != 3 || saved.at(1) != settings.value(kRememberedEmail).toString())
        return false;
    LoginResult offline;
    offline.account.id = saved.at(0).toLongLong();
    offline.account.email = saved.at(1);
    offline.account.fullName = saved.at(2);
    offline.account.role = Role::Courier;
    if (offline.account.id <= 0)
        return false;
    enter(offline, true);
    m_offline = true;
    m_main->setConnectionState(false, tr("Working offline: the server cannot be reached. Your "
                                         "steps are kept on this computer and sent later."));
    return true;
}

void AppController::resumeWhileOffline()
{
    const QString email = m_email;
    const int generation = m_generation;
    whenReady(
        m_keychain.read(CredentialStore::refreshTokenKey(m_serverId, email)), this,
        [this, generation](const Result<QString>& token) {
            if (generation != m_generation || !m_offline)
                return;
            if (!token) {
                m_offline = false;
                forgetRememberedLogin();
                backToLogin(tr("Log in again to send your deliveries' steps; they are kept on "
                               "this computer."),
                            true);
                return;
            }
            whenReady(m_services->auth.resume(*token), this,
                      [this, generation](const Result<LoginResult>& result) {
                          if (generation != m_generation || !m_offline)
                              return;
                          if (!result) {
                              if (result.error().code() == ServiceError::Code::Unavailable) {
                                  m_reconnect.start(kReconnectMs); // still away: try again
                                  return;
                              }
                              // Revoked or disabled: the steps stay on this computer.
                              m_offline = false;
                              forgetRememberedLogin();
                              backToLogin(result.error().message(), true);
                              return;
                          }
                          m_offline = false;
                          storeRefreshToken(result->tokens.refreshToken);
                          m_main->setConnectionState(true, QString());
                          m_main->startNotifications(m_options.notificationPollMs);
                          if (auto* page = m_main->findChild<CourierPage*>(); page && page->sync())
                              page->sync()->syncNow();
                      });
        });
}

void AppController::login(const QString& email, const QString& password, bool remember)
{
    if (!m_services)
        return;
    m_login->setBusy(true);
    whenReady(m_services->auth.login(email, password, AuthService::deviceDescription()), this,
              [this, remember, password](const Result<LoginResult>& result) {
                  m_login->setBusy(false);
                  if (!result) {
                      m_login->showError(result.error());
                      return;
                  }
                  if (result->tokens.passwordChangeRequired) {
                      choosePassword(password, remember);
                      return;
                  }
                  enter(*result, remember);
              });
}

void AppController::registerAccount(const QString& fullName, const QString& email,
                                    const QString& password, Role role)
{
    if (!m_services)
        return;
    m_login->setBusy(true);
    whenReady(m_services->auth.registerUser(email, password, fullName, role), this,
              [this, email, password](const Result<qint64>& result) {
                  if (!result) {
                      m_login->setBusy(false);
                      m_login->showError(result.error());
                      return;
                  }
                  // A new account logs straight in.
                  m_login->showLoginTab();
                  m_login->setEmail(email);
                  m_login->setBusy(false);
                  login(email, password, false);
              });
}

void AppController::choosePassword(const QString& oneTimePassword, bool remember)
{
    ChangePasswordDialog dialog(m_services->auth, oneTimePassword, m_login.get());
    if (dialog.exec() != QDialog::Accepted) {
        // Leave nothing half-open: the restricted session ends here.
        m_services->auth.logout();
        m_login->clearPasswords();
        m_login->showInfo(tr("Log in with the one-time password again when you are ready to "
                             "choose a new one."));
        return;
    }
    enter(dialog.loginResult(), remember);
}

void AppController::enter(const LoginResult& result, bool remember)
{
    ++m_generation;
    m_offline = false;
    m_email = result.account.email;
    m_remember = remember;
    if (!remember) {
        forgetRememberedLogin();
    } else if (!result.tokens.refreshToken.isEmpty()) {
        // (Entering offline there is no new token: the remembered one stays.)
        storeRefreshToken(result.tokens.refreshToken);
    }
    m_login->clearPasswords();
    m_login->clearMessage();
    m_login->hide();

    m_main = new MainWindow(result.account, *m_services, m_serverName);
    connect(m_main, &MainWindow::logoutRequested, this, [this] { logout(false); });
    connect(m_main, &MainWindow::logoutEverywhereRequested, this, [this] { logout(true); });
    // Entering offline (a remembered courier, no server) there is no session
    // to ask with: the notifications start once it is resumed.
    if (!result.tokens.accessToken.isEmpty())
        m_main->startNotifications(m_options.notificationPollMs);
    if (m_backups) {
        m_main->setLocalBackups(m_backups.get());
        connect(m_main, &MainWindow::restoreRequested, this, &AppController::restoreLocalBackup);
    }
    m_main->show();
    m_heartbeat.start();
    // Take the keyboard from the login window that just closed.
    m_main->raise();
    m_main->activateWindow();
    emit signedIn();
}

void AppController::storeRefreshToken(const QString& refreshToken)
{
    const QString key = CredentialStore::refreshTokenKey(m_serverId, m_email);
    const int generation = m_generation;
    whenReady(m_keychain.write(key, refreshToken), this,
              [this, key, generation](const VoidResult& stored) {
                  if (generation != m_generation) {
                      if (stored && !m_remember)
                          m_keychain.remove(key);
                      return;
                  }
                  QSettings settings;
                  if (!stored) {
                      // Not remembered after all; say so once and carry on.
                      m_remember = false;
                      settings.remove(kRememberedEmail);
                      if (m_main)
                          m_main->statusBar()->showMessage(stored.error().message(), 15000);
                      return;
                  }
                  settings.setValue(kRememberedServer, m_serverId);
                  settings.setValue(kRememberedEmail, m_email);
                  if (m_main && m_main->account().role == Role::Courier) {
                      const UserAccount& a = m_main->account();
                      settings.setValue(kRememberedCourier,
                                        QStringList{QString::number(a.id), a.email, a.fullName});
                  } else {
                      settings.remove(kRememberedCourier);
                  }
              });
}

void AppController::forgetRememberedLogin()
{
    QSettings settings;
    const QString email = settings.value(kRememberedEmail).toString();
    if (!email.isEmpty())
        m_keychain.remove(
            CredentialStore::refreshTokenKey(settings.value(kRememberedServer).toString(), email));
    settings.remove(kRememberedEmail);
    settings.remove(kRememberedServer);
    settings.remove(kRememberedCourier);
    m_remember = false;
}

void AppController::logout(bool everywhere)
{
    if (!m_services)
        return;
    ++m_generation;
    forgetRememberedLogin();
    auto done = [this, everywhere](const ServiceError* error) {
        QString message =
            everywhere ? tr("You were logged out on all devices.") : tr("You were logged out.");
        // The session is gone from this computer either way; say if the server missed it.
        if (error)
            message += u' ' + tr("The server could not be told: %1").arg(error->message());
        backToLogin(message, error != nullptr);
    };
    if (everywhere) {
        whenReady(m_services->auth.logoutEverywhere(), this,
                  [done](const Result<int>& r) { done(r ? nullptr : &r.error()); });
    } else {
        whenReady(m_services->auth.logout(), this,
                  [done](const VoidResult& r) { done(r ? nullptr : &r.error()); });
    }
}

void AppController::backToLogin(const QString& message, bool isError)
{
    const QString email = m_email;
    retireMainWindow();
    m_login->showLoginTab();
    m_login->setEmail(email);
    if (isError)
        m_login->showError(ServiceError(ServiceError::Code::Unauthenticated, message));
    else
        m_login->showInfo(message);
    m_login->show();
    m_login->raise();
    emit signedOut();
}

void AppController::retireMainWindow()
{
    m_heartbeat.stop();
    if (!m_main)
        return;
    MainWindow* old = m_main;
    m_main = nullptr;
    const auto dialogs = old->findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (dialog->isVisible())
            dialog->reject();
    }
    old->setAttribute(Qt::WA_DeleteOnClose, false);
    old->close();
    delete m_retired.data(); // an earlier one still waiting (cannot be inside a dialog now)
    m_retired = old;
    deleteRetiredWhenUnwound();
}

void AppController::deleteRetiredWhenUnwound()
{
    if (!m_retired)
        return;
    if (QThread::currentThread()->loopLevel() > m_baseLoopLevel) {
        // Still inside a dialog's event loop: try again once it has returned.
        QTimer::singleShot(20, this, &AppController::deleteRetiredWhenUnwound);
        return;
    }
    m_retired->deleteLater();
}

void AppController::shutdown()
{
    m_reconnect.stop();
    m_backups.reset(); // a backup still running is cancelled before the server stops
    m_services.reset();
    m_worker.reset();
    if (m_ownsLocalServer) {
        m_ownsLocalServer = false;
        if (auto stopped = LocalServerBootstrap::stop(m_options.localServerDirectory); !stopped)
            qWarning("local server did not stop: %s", qPrintable(stopped.error().detail()));
    }
}

void AppController::restoreLocalBackup(const QString& path)
{
    ++m_generation;
    forgetRememberedLogin();
    backToLogin(tr("Restoring the backup %1…").arg(QFileInfo(path).fileName()), false);
    m_login->setBusy(true);
    ExportProgress::watch<QString>(
        m_login.get(), m_backups->restore(path), tr("Restoring the backup…"),
        [this](const Result<QString>* kept) {
            m_login->setBusy(false);
            if (!kept)
                m_login->showInfo(tr("The restore was cancelled; nothing was changed."));
            else if (!*kept)
                m_login->showError(kept->error());
            else
                m_login->showInfo(tr("The backup was restored; please log in again. The data it "
                                     "replaced is kept on the local server as the database %1.")
                                      .arg(**kept));
        });
}

void AppController::forgotPassword(const QString& email)
{
    if (!m_services) {
        m_login->showError(
            ServiceError(ServiceError::Code::Unavailable, tr("Connect to a server first.")));
        return;
    }
    ForgotPasswordDialog dialog(m_services->auth, email, m_login.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_login->showLoginTab();
    m_login->setEmail(dialog.email());
    m_login->clearPasswords();
    m_login->showInfo(tr("Your password was changed, and every device was logged out. Log in "
                         "with the new password."));
}
