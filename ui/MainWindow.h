#pragma once

#include "domain/Notification.h"
#include "domain/UserAccount.h"

#include <QMainWindow>

struct AppServices;
class LocalBackupController;
class QAction;
class QMenu;
class Screen;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

// The signed-in window: navigation on the left with the screens of the user's
// role, an account menu, and the connection state in the status bar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    MainWindow(const UserAccount& account, AppServices& services, const QString& serverName,
               QWidget* parent = nullptr);

    const UserAccount& account() const { return m_account; }
    QStringList screenNames() const;
    // Shows the screen with that object name; false if the role has none.
    bool showScreen(const QString& name);
    void setConnectionState(bool connected, const QString& message);
    // The local server's backups: progress in the status bar and, for an
    // administrator, backup and restore in the Account menu.
    void setLocalBackups(LocalBackupController* backups);
    // Polls for the user's notifications every `intervalMs`: the badge in
    // the navigation, and a desktop notification when the window is not active.
    void startNotifications(int intervalMs);

signals:
    void logoutRequested();
    void logoutEverywhereRequested();
    void restoreRequested(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct ScreenEntry {
        QWidget* page;
        Screen* screen; // null for a screen with nothing to load
        bool stale;     // shown before the server came back: load on next show
    };

    void addScreen(QWidget* page, const QString& name, const QString& heading,
                   const QString& iconName);
    void screenChosen(int row);
    void refreshCurrent();
    void focusSearch();
    void showConnectionState();
    QSize fittingSize() const;
    void buildMenus();
    void confirmLogoutEverywhere();
    void updateTitle();
    void showUnread(int unread);
    void notify(const QList<Notification>& news);

    UserAccount m_account;
    AppServices& m_services;
    QString m_serverName;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QLabel* m_connection;
    QMenu* m_accountMenu = nullptr;
    QAction* m_logoutAction = nullptr;
    QListWidgetItem* m_notificationsItem = nullptr;
    QList<ScreenEntry> m_screens;
    bool m_connected = true;
    QString m_connectionMessage;
    bool m_shown = false;
};
