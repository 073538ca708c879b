#include "MainWindow.h"
#include "ui/widgets/Confirmation.h"

#include "services/AppServices.h"
#include "ui/admin/AuditLogPage.h"
#include "ui/admin/CategoriesPage.h"
#include "ui/admin/DeliveriesPage.h"
#include "ui/admin/PromoCodesPage.h"
#include "ui/admin/UsersPage.h"
#include "ui/buyer/AddressesPage.h"
#include "ui/buyer/CartPage.h"
#include "ui/common/AccountPage.h"
#include "ui/common/CatalogPage.h"
#include "ui/common/ChangePasswordDialog.h"
#include "ui/common/DashboardPage.h"
#include "ui/common/OrdersPage.h"
#include "ui/courier/CourierPage.h"
#include "ui/seller/ListingsPage.h"
#include "ui/seller/PickupDetailsBox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

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
    m_navigation->setFixedWidth(180);
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
                  u"office-chart-bar"_s);
    if (role == Role::Courier)
        addScreen(new CourierPage(m_services, m_account, this), tr("My deliveries"),
                  u"mail-send"_s);
    if (role == Role::Seller) {
        addScreen(new ListingsPage(m_services, m_services.listings, this), tr("My listings"),
                  u"document-edit"_s);
        addScreen(new OrdersPage(m_services, role, this), tr("Orders"), u"view-list-details"_s);
    }
    if (role == Role::Admin) {
        addScreen(new OrdersPage(m_services, role, this), tr("Orders"), u"view-list-details"_s);
        addScreen(new DeliveriesPage(m_services.dispatch, this), tr("Deliveries"), u"mail-send"_s);
    }
    if (role != Role::Courier) {
        const auto mode = role == Role::Admin   ? ProductDetailDialog::Mode::Moderate
                          : role == Role::Buyer ? ProductDetailDialog::Mode::Shop
                                                : ProductDetailDialog::Mode::Browse;
        addScreen(new CatalogPage(m_services, mode, this), tr("Catalog"), u"system-search"_s);
    }
    if (role == Role::Buyer) {
        addScreen(new CartPage(m_services, this), tr("Cart"), u"view-financial-list"_s);
        addScreen(new OrdersPage(m_services, role, this), tr("My orders"), u"view-list-details"_s);
        addScreen(new AddressesPage(m_services.addresses, this), tr("Addresses"),
                  u"mail-message"_s);
    }
    if (role == Role::Admin) {
        addScreen(new CategoriesPage(m_services, m_services.catalogAdmin, this),
                  tr("Categories & brands"), u"folder"_s);
        addScreen(new PromoCodesPage(m_services.promoCodes, this), tr("Promo codes"),
                  u"view-certificate"_s);
        addScreen(new UsersPage(m_services.users, m_account.id, this), tr("Users"),
                  u"system-users"_s);
        addScreen(new AuditLogPage(m_services.audit, this), tr("Audit log"),
                  u"document-properties"_s);
    }
    auto* accountPage = new AccountPage(m_account, m_services.auth, this);
    if (role == Role::Seller)
        accountPage->addSection(new PickupDetailsBox(m_services.pickup, accountPage));
    addScreen(accountPage, tr("Account"), u"user-identity"_s);
    connect(accountPage, &AccountPage::logoutEverywhereRequested, this,
            &MainWindow::confirmLogoutEverywhere);
    connect(accountPage, &AccountPage::nameChanged, this, [this](const QString& name) {
        m_account.fullName = name;
        updateTitle();
    });

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    buildMenus();
    updateTitle();
    setConnectionState(true, QString());

    const QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
}

void MainWindow::addScreen(QWidget* page, const QString& title, const QString& iconName)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(QIcon::fromTheme(iconName), title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
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

void MainWindow::buildMenus()
{
    QMenu* accountMenu = menuBar()->addMenu(tr("&Account"));
    QAction* change = accountMenu->addAction(tr("Change &password…"));
    change->setObjectName(u"actionChangePassword"_s);
    accountMenu->addSeparator();
    QAction* logout = accountMenu->addAction(tr("&Log out"));
    logout->setObjectName(u"actionLogout"_s);
    QAction* everywhere = accountMenu->addAction(tr("Log out &everywhere"));
    everywhere->setObjectName(u"actionLogoutEverywhere"_s);
    accountMenu->addSeparator();
    QAction* quit = accountMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* about = helpMenu->addAction(tr("&About HexaStore"));

    connect(change, &QAction::triggered, this, [this] {
        ChangePasswordDialog dialog(m_services.auth, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(
                tr("Your password was changed; other devices were logged out."), 8000);
    });
    connect(logout, &QAction::triggered, this, &MainWindow::logoutRequested);
    connect(everywhere, &QAction::triggered, this, &MainWindow::confirmLogoutEverywhere);
    connect(quit, &QAction::triggered, this, &QWidget::close);
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
    setWindowTitle(
        tr("HexaStore — %1 (%2)").arg(m_account.fullName, roleDisplayName(m_account.role)));
}

void MainWindow::setConnectionState(bool connected, const QString& message)
{
    const QString dot = connected ? u"<span style='color:#1b7f3a'>●</span> "_s
                                  : u"<span style='color:#b3261e'>●</span> "_s;
    const QString text = connected ? tr("Connected to %1 as %2").arg(m_serverName, m_account.email)
                                   : tr("Not connected: %1").arg(message);
    m_connection->setText(dot + text.toHtmlEscaped());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_shown) {
        m_shown = true;
        // The first screen's own field (the catalog's search), not the navigation.
        m_pages->currentWidget()->setFocus();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    QMainWindow::closeEvent(event);
}
