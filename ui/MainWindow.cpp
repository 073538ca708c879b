#include "MainWindow.h"
#include "ui/widgets/Confirmation.h"

#include "models/StatusColors.h"
#include "services/AppServices.h"
#include "ui/admin/AuditLogPage.h"
#include "ui/admin/CategoriesPage.h"
#include "ui/admin/DeliveriesPage.h"
#include "ui/admin/PromoCodesPage.h"
#include "ui/admin/UsersPage.h"
#include "ui/buyer/AddressesPage.h"
#include "ui/buyer/CartPage.h"
#include "ui/common/AccountPage.h"
#include "ui/common/Appearance.h"
#include "ui/common/BackupMenu.h"
#include "ui/common/CatalogPage.h"
#include "ui/common/ChangePasswordDialog.h"
#include "ui/common/DashboardPage.h"
#include "ui/common/DesktopNotifier.h"
#include "ui/common/KeyboardShortcutsDialog.h"
#include "ui/common/NotificationPoller.h"
#include "ui/common/NotificationsPage.h"
#include "ui/common/OrdersPage.h"
#include "ui/courier/CourierPage.h"
#include "ui/seller/ListingsPage.h"
#include "ui/seller/PickupDetailsBox.h"
#include "ui/widgets/ScreenHeading.h"
#include "ui/widgets/TableActions.h"
#include "ui/widgets/TextRoom.h"
#include "ui/widgets/ThemedIcon.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(const UserAccount& account, AppServices& services, const QString& serverName,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_account(account)
    , m_services(services)
    , m_serverName(serverName)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_connection(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(u":/hexastore/icons/hexastore.svg"_s));
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(20, 20));
    m_pages->setObjectName(u"pages"_s);
    m_connection->setObjectName(u"connectionStatus"_s);
    statusBar()->addPermanentWidget(m_connection);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Each role gets its own screens; administrators and sellers open on
    // their dashboard.
    const Role role = m_account.role;
    if (role == Role::Admin || role == Role::Seller)
        addScreen(new DashboardPage(m_services.dashboard, role, this), tr("Dashboard"),
                  role == Role::Admin ? tr("Dashboard: the whole marketplace")
                                      : tr("Dashboard: your shop"),
                  u"dashboard"_s);
    if (role == Role::Courier)
        addScreen(new CourierPage(m_services, m_account, this), tr("My deliveries"),
                  tr("My deliveries"), u"deliveries"_s);
    if (role == Role::Seller) {
        addScreen(new ListingsPage(m_services, m_services.listings, this), tr("My listings"),
                  tr("My listings"), u"listings"_s);
        addScreen(new OrdersPage(m_services, role, this), tr("Orders"),
                  tr("Orders for my products"), u"orders"_s);
    }
    if (role == Role::Admin) {
        addScreen(new OrdersPage(m_services, role, this), tr("Orders"), tr("All orders"),
                  u"orders"_s);
        addScreen(new DeliveriesPage(m_services.dispatch, this), tr("Deliveries"), tr("Deliveries"),
                  u"deliveries"_s);
    }
    if (role != Role::Courier) {
        const auto mode = role == Role::Admin   ? ProductDetailDialog::Mode::Moderate
                          : role == Role::Buyer ? ProductDetailDialog::Mode::Shop
                                                : ProductDetailDialog::Mode::Browse;
        addScreen(new CatalogPage(m_services, mode, this), tr("Catalog"), tr("Catalog"),
                  u"catalog"_s);
    }
    if (role == Role::Buyer) {
        addScreen(new CartPage(m_services, this), tr("Cart"), tr("Your cart"), u"cart"_s);
        addScreen(new OrdersPage(m_services, role, this), tr("My orders"), tr("My orders"),
                  u"orders"_s);
        addScreen(new AddressesPage(m_services.addresses, this), tr("Addresses"),
                  tr("Delivery addresses"), u"addresses"_s);
    }
    if (role == Role::Admin) {
        addScreen(new CategoriesPage(m_services, m_services.catalogAdmin, this),
                  tr("Categories & brands"), tr("Categories and brands"), u"categories"_s);
        addScreen(new PromoCodesPage(m_services.promoCodes, this), tr("Promo codes"),
                  tr("Promo codes"), u"promo-codes"_s);
        addScreen(new UsersPage(m_services.users, m_account.id, this), tr("Users"), tr("Users"),
                  u"users"_s);
        addScreen(new AuditLogPage(m_services.audit, this), tr("Audit log"), tr("Audit log"),
                  u"audit-log"_s);
    }
    if (role != Role::Admin) {
        auto* notifications = new NotificationsPage(m_services, this);
        addScreen(notifications, tr("Notifications"), tr("Notifications"), u"notifications"_s);
        m_notificationsItem = m_navigation->item(m_navigation->count() - 1);
        connect(notifications, &NotificationsPage::unreadChanged, this, &MainWindow::showUnread);
        connect(notifications, &NotificationsPage::openOrder, this, [this](qint64 orderId) {
            if (showScreen(u"ordersPage"_s))
                findChild<OrdersPage*>(u"ordersPage"_s)->showOrder(orderId);
        });
        connect(notifications, &NotificationsPage::openDelivery, this, [this](qint64 deliveryId) {
            if (auto* courier = findChild<CourierPage*>(); courier) {
                showScreen(courier->objectName());
                courier->openDelivery(deliveryId);
            }
        });
    }
    auto* accountPage = new AccountPage(m_account, m_services.auth, this);
    if (role == Role::Seller)
        accountPage->addSection(new PickupDetailsBox(m_services.pickup, accountPage));
    addScreen(accountPage, tr("Account"), tr("Your account"), u"account"_s);
    connect(accountPage, &AccountPage::logoutEverywhereRequested, this,
            &MainWindow::confirmLogoutEverywhere);
    connect(accountPage, &AccountPage::nameChanged, this, [this](const QString& name) {
        m_account.fullName = name;
        updateTitle();
    });

    // As wide as its longest entry in the user's language.
    m_navigation->setMinimumWidth(
        std::max(150, m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 8));
    m_navigation->setMaximumWidth(m_navigation->minimumWidth() + 24);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::screenChosen);
    m_navigation->setCurrentRow(0);
    buildMenus();
    updateTitle();
    showConnectionState();

    const QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(fittingSize());
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

QSize MainWindow::fittingSize() const
{
    // The preferred size, never more than the screen's free area (a laptop at
    // 200 % has 700 × 430 logical pixels to spare), never less than the minimum.
    QSize wanted(1200, 760);
    if (const QScreen* screen = this->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.92);
    return wanted.expandedTo(minimumSizeHint());
}

void MainWindow::addScreen(QWidget* page, const QString& name, const QString& heading,
                           const QString& iconName)
{
    // Each screen under a heading with its Refresh; the page keeps its own
    // object name, which tests and showScreen() use.
    auto* frame = new QWidget(m_pages);
    auto* title = new ScreenHeading(heading, frame);
    // A window smaller than the screen's content scrolls instead of cutting
    // it off (a laptop screen at 200 % has room for very little).
    auto* scroll = new QScrollArea(frame);
    scroll->setObjectName(u"screenScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(scroll, 1);
    m_pages->addWidget(frame);
    auto* screen = dynamic_cast<Screen*>(page);
    title->refreshButton()->setIcon(ThemedIcon::get(u"refresh"_s));
    title->refreshButton()->setEnabled(screen != nullptr);
    connect(title, &ScreenHeading::refreshRequested, this, [this, screen] {
        if (screen)
            screen->refresh();
    });
    m_screens.append({page, screen, false});
    // Every table copies its rows (Ctrl+C) and has a context menu.
    for (QTableView* view : page->findChildren<QTableView*>())
        TableActions::install(view);
    TextRoom::make(page);
    auto* item = new QListWidgetItem(ThemedIcon::get(iconName), name, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    const int number = m_navigation->count();
    if (number <= 9)
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(name).arg(number));
}

void MainWindow::screenChosen(int row)
{
    if (row < 0 || row >= m_screens.size())
        return;
    m_pages->setCurrentIndex(row);
    ScreenEntry& entry = m_screens[row];
    if (entry.stale && entry.screen) {
        entry.stale = false;
        entry.screen->refresh();
    }
    updateTitle();
}

void MainWindow::refreshCurrent()
{
    const int row = m_navigation->currentRow();
    if (row >= 0 && row < m_screens.size() && m_screens.at(row).screen)
        m_screens.at(row).screen->refresh();
}

void MainWindow::focusSearch()
{
    const int row = m_navigation->currentRow();
    if (row < 0 || row >= m_screens.size() || !m_screens.at(row).screen)
        return;
    if (QLineEdit* field = m_screens.at(row).screen->searchField()) {
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    }
}

QStringList MainWindow::screenNames() const
{
    QStringList names;
    for (int i = 0; i < m_navigation->count(); ++i)
        names << m_navigation->item(i)->data(Qt::UserRole).toString();
    return names;
}

bool MainWindow::showScreen(const QString& name)
{
    const int row = int(screenNames().indexOf(name));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
    return row >= 0;
}

void MainWindow::setLocalBackups(LocalBackupController* backups)
{
    auto* menu =
        new BackupMenu(this, backups, m_accountMenu, m_logoutAction, m_account.role == Role::Admin);
    connect(menu, &BackupMenu::restoreRequested, this, &MainWindow::restoreRequested);
}

void MainWindow::startNotifications(int intervalMs)
{
    if (!m_notificationsItem || findChild<NotificationPoller*>())
        return;
    auto* poller = new NotificationPoller(m_services.notifications, intervalMs, this);
    connect(poller, &NotificationPoller::unreadChanged, this, &MainWindow::showUnread);
    connect(poller, &NotificationPoller::arrived, this, &MainWindow::notify);
    poller->start();
}

void MainWindow::showUnread(int unread)
{
    QFont font = m_notificationsItem->font();
    font.setBold(unread > 0);
    m_notificationsItem->setFont(font);
    m_notificationsItem->setText(unread > 0 ? tr("Notifications (%1)").arg(unread)
                                            : tr("Notifications"));
}

void MainWindow::notify(const QList<Notification>& news)
{
    if (auto* page = findChild<NotificationsPage*>(); page && page->isVisible())
        page->refresh();
    if (isActiveWindow())
        return; // the badge says it; a pop-up would only interrupt
    // A burst (a morning's orders) is one pop-up, not fifty.
    const QString body = news.size() == 1 ? NotificationService::describe(news.first())
                                          : tr("%1 and %2 more.")
                                                .arg(NotificationService::describe(news.last()))
                                                .arg(news.size() - 1);
    DesktopNotifier::show(tr("HexaStore"), body);
}

void MainWindow::buildMenus()
{
    QMenu* accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu = accountMenu;
    QAction* change = accountMenu->addAction(tr("Change &password…"));
    change->setObjectName(u"actionChangePassword"_s);
    accountMenu->addSeparator();
    QAction* logout = accountMenu->addAction(ThemedIcon::get(u"logout"_s), tr("&Log out"));
    logout->setObjectName(u"actionLogout"_s);
    m_logoutAction = logout;
    QAction* everywhere = accountMenu->addAction(tr("Log out &everywhere…"));
    everywhere->setObjectName(u"actionLogoutEverywhere"_s);
    accountMenu->addSeparator();
    QAction* quit = accountMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* refresh = viewMenu->addAction(ThemedIcon::get(u"refresh"_s), tr("&Refresh"));
    refresh->setObjectName(u"actionRefresh"_s);
    refresh->setShortcuts(QKeySequence::Refresh);
    QAction* find = viewMenu->addAction(ThemedIcon::get(u"search"_s), tr("&Find"));
    find->setObjectName(u"actionFind"_s);
    find->setShortcut(QKeySequence::Find);
    viewMenu->addSeparator();
    for (int i = 0; i < m_navigation->count() && i < 9; ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        // "&" in a name ("Categories & brands") is not a mnemonic here.
        QString text = item->text();
        QAction* go = viewMenu->addAction(item->icon(), text.replace(u'&', u"&&"_s));
        go->setObjectName(u"actionScreen%1"_s.arg(i + 1));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
    }
    viewMenu->addSeparator();
    QMenu* appearance = viewMenu->addMenu(tr("&Appearance"));
    appearance->setObjectName(u"appearanceMenu"_s);
    auto* modes = new QActionGroup(appearance);
    const std::pair<Appearance::Mode, QString> choices[] = {
        {Appearance::Mode::System, tr("Like the &system")},
        {Appearance::Mode::Light, tr("&Light")},
        {Appearance::Mode::Dark, tr("&Dark")}};
    for (const auto& [mode, text] : choices) {
        QAction* choice = appearance->addAction(text);
        choice->setObjectName(u"actionAppearance%1"_s.arg(int(mode)));
        choice->setCheckable(true);
        choice->setChecked(Appearance::instance()->mode() == mode);
        modes->addAction(choice);
        connect(choice, &QAction::triggered, this,
                [mode] { Appearance::instance()->setMode(mode); });
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* keys = helpMenu->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(u"actionShortcuts"_s);
    keys->setShortcut(QKeySequence::HelpContents);
    QAction* about = helpMenu->addAction(ThemedIcon::get(u"help"_s), tr("&About HexaStore"));

    connect(change, &QAction::triggered, this, [this] {
        ChangePasswordDialog dialog(m_services.auth, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(
                tr("Your password was changed; other devices were logged out."), 8000);
    });
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(everywhere, &QAction::triggered, this, &MainWindow::confirmLogoutEverywhere);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshCurrent);
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);
    connect(keys, &QAction::triggered, this, [this] {
        KeyboardShortcutsDialog dialog(this);
        dialog.exec();
    });
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About HexaStore"),
                           tr("<b>HexaStore %1</b><br>A marketplace back office for buyers, "
                              "sellers, couriers and administrators, on PostgreSQL.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::confirmLogoutEverywhere()
{
    if (Confirmation::ask(this, tr("Log out everywhere"),
                          tr("Log out on every computer and phone where you are logged in, this "
                             "one included? Work not yet saved elsewhere is lost there."),
                          tr("Log out everywhere")))
        emit logoutEverywhereRequested();
}

void MainWindow::updateTitle()
{
    // One scheme for every window: what it shows, then whose it is; the
    // desktop adds " — HexaStore".
    const int row = m_navigation->currentRow();
    const QString screen = row >= 0 ? m_navigation->item(row)->text() : QString();
    setWindowTitle(
        tr("%1 — %2 (%3)").arg(screen, m_account.fullName, roleDisplayName(m_account.role)));
}

void MainWindow::setConnectionState(bool connected, const QString& message)
{
    const bool cameBack = connected && !m_connected;
    m_connected = connected;
    if (auto* poller = findChild<NotificationPoller*>())
        poller->setPaused(!connected);
    m_connectionMessage = message;
    showConnectionState();
    if (!cameBack)
        return;
    // Whatever the screens show may be old: the visible one loads again now,
    // the others when they are next shown.
    const int current = m_navigation->currentRow();
    for (int i = 0; i < m_screens.size(); ++i)
        m_screens[i].stale = i != current;
    refreshCurrent();
}

void MainWindow::showConnectionState()
{
    const QColor dot = StatusColors::foreground(m_connected ? StatusColors::Tone::Success
                                                            : StatusColors::Tone::Danger);
    const QString text = m_connected
                             ? tr("Connected to %1 as %2").arg(m_serverName, m_account.email)
                             : tr("Not connected: %1").arg(m_connectionMessage);
    m_connection->setText(u"<span style='color:%1'>●</span> "_s.arg(dot.name()) +
                          text.toHtmlEscaped());
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showConnectionState();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        // The first screen's own field (the catalog's search), not the navigation.
        const int row = m_navigation->currentRow();
        if (row >= 0 && row < m_screens.size())
            m_screens.at(row).page->setFocus();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    QMainWindow::closeEvent(event);
}
