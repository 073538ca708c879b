#include "UsersPage.h"
#include "ui/widgets/EmptyState.h"

#include "db/WhenReady.h"
#include "models/UserTableModel.h"
#include "NewUserDialog.h"
#include "OneTimePasswordDialog.h"
#include "services/admin/UserAdminService.h"
#include "ui/widgets/MessageLabel.h"
#include "ui/widgets/ReasonDialog.h"
#include "ui/widgets/TableHeaderState.h"
#include "ui/widgets/WidgetHelpers.h"
#include "UserDetailDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UsersPage::UsersPage(UserAdminService& users, qint64 ownId, QWidget* parent)
    : QWidget(parent)
    , m_users(users)
    , m_ownId(ownId)
    , m_model(new UserTableModel(users, this))
    , m_search(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_searchDelay(new QTimer(this))
    , m_view(new QTableView(this))
    , m_details(WidgetHelpers::namedButton(this, tr("Details…"), u"userDetails"_s))
    , m_toggleActive(WidgetHelpers::namedButton(this, tr("Disable…"), u"toggleUserActive"_s))
    , m_changeRole(WidgetHelpers::namedButton(this, tr("Change role…"), u"changeUserRole"_s))
    , m_revoke(WidgetHelpers::namedButton(this, tr("End all sessions…"), u"revokeUserSessions"_s))
    , m_reset(WidgetHelpers::namedButton(this, tr("Reset password…"), u"resetUserPassword"_s))
    , m_message(new MessageLabel(this))
{
    setObjectName(u"usersPage"_s);
    m_search->setObjectName(u"userSearch"_s);
    m_search->setPlaceholderText(tr("Search by e-mail or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(200);
    m_role->setObjectName(u"userRoleFilter"_s);
    m_role->addItem(tr("All roles"), -1);
    for (Role role : {Role::Buyer, Role::Seller, Role::Courier, Role::Admin})
        m_role->addItem(roleDisplayName(role), int(role));
    m_status->setObjectName(u"userStatusFilter"_s);
    m_status->addItem(tr("Any status"), -1);
    m_status->addItem(tr("Active"), 1);
    m_status->addItem(tr("Disabled"), 0);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    m_view->setObjectName(u"usersView"_s);
    m_view->setModel(m_model);
    EmptyState::attach(m_view, tr("No users match the search and filters."));
    WidgetHelpers::setUpReadOnlyTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(UserTableModel::Name, 180);
    m_view->setColumnWidth(UserTableModel::Email, 220);
    m_view->setColumnWidth(UserTableModel::Role, 100);
    m_view->setColumnWidth(UserTableModel::Status, 110);
    m_view->setColumnWidth(UserTableModel::Created, 160); // a date and time on one line
    TableHeaderState::attach(m_view, u"users"_s);
    // The database sorts; the header only says how.
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSectionsClickable(true);
    m_view->horizontalHeader()->setSortIndicator(UserTableModel::Name, Qt::AscendingOrder);
    m_message->setObjectName(u"usersMessage"_s);
    m_message->hide();

    auto* create = WidgetHelpers::namedButton(this, tr("New user…"), u"newUser"_s);
    auto* refresh = WidgetHelpers::namedButton(this, tr("Refresh"), u"refreshUsers"_s);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_role);
    filters->addWidget(m_status);
    filters->addWidget(refresh);
    filters->addWidget(create);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_details, m_toggleActive, m_changeRole, m_revoke, m_reset})
        actions->addWidget(b);
    actions->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::applyFilter);
    connect(m_searchDelay, &QTimer::timeout, this, &UsersPage::applyFilter);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    connect(refresh, &QPushButton::clicked, this, &UsersPage::reload);
    connect(create, &QPushButton::clicked, this, &UsersPage::createUser);
    connect(m_details, &QPushButton::clicked, this, &UsersPage::showDetail);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::showDetail);
    connect(m_toggleActive, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_changeRole, &QPushButton::clicked, this, &UsersPage::changeRole);
    connect(m_revoke, &QPushButton::clicked, this, &UsersPage::revokeSessions);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (!UserTableModel::isSortable(column)) {
                    // Roles and statuses are filters, not orders: keep the current one.
                    const QSignalBlocker block(m_view->horizontalHeader());
                    m_view->horizontalHeader()->setSortIndicator(
                        m_model->sortColumn(),
                        m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                    return;
                }
                m_model->sort(column, order);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateButtons);
    connect(m_model, &UserTableModel::loadFailed, m_message, &MessageLabel::showError);
    updateButtons();
}

void UsersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void UsersPage::reload()
{
    m_model->reload();
}

void UsersPage::applyFilter()
{
    m_searchDelay->stop();
    UserQuery query = m_model->query();
    query.text = m_search->text().trimmed();
    const int role = m_role->currentData().toInt();
    query.role = role < 0 ? std::nullopt : std::optional<Role>(static_cast<Role>(role));
    const int status = m_status->currentData().toInt();
    query.active = status < 0 ? std::nullopt : std::optional<bool>(status == 1);
    m_model->setQuery(query);
}

const UserAccount* UsersPage::selectedUser() const
{
    return m_model->userAt(WidgetHelpers::selectedRow(m_view));
}

void UsersPage::updateButtons()
{
    const UserAccount* user = selectedUser();
    const bool other = user && user->id != m_ownId;
    m_details->setEnabled(user != nullptr);
    for (QPushButton* b : {m_toggleActive, m_changeRole, m_revoke, m_reset}) {
        b->setEnabled(other);
        b->setToolTip(user && !other ? tr("Not on your own account: ask another administrator.")
                                     : QString());
    }
    m_toggleActive->setText(user && !user->active ? tr("Enable…") : tr("Disable…"));
}

void UsersPage::done(const QString& success, const QString& error)
{
    if (!error.isEmpty()) {
        m_message->showError(error);
        return;
    }
    m_message->showSuccess(success);
    reload();
}

void UsersPage::showDetail()
{
    if (const UserAccount* user = selectedUser()) {
        UserDetailDialog dialog(m_users, *user, this);
        dialog.exec();
    }
}

void UsersPage::toggleActive()
{
    const UserAccount* chosen = selectedUser();
    if (!chosen)
        return;
    const UserAccount user = *chosen; // the list may reload while the dialog is open
    const bool enable = !user.active;
    ReasonDialog dialog(enable ? tr("Enable user") : tr("Disable user"),
                        enable ? tr("%1 will be able to log in again.").arg(user.fullName)
                               : tr("%1 is logged out everywhere at once and cannot log in "
                                    "until enabled again.")
                                     .arg(user.fullName),
                        enable ? tr("Enable") : tr("Disable"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    whenReady(m_users.setActive(user.id, enable, dialog.reason()), this,
              [this, user, enable](const VoidResult& result) {
                  done(enable ? tr("%1 is enabled.").arg(user.fullName)
                              : tr("%1 is disabled and logged out everywhere.").arg(user.fullName),
                       result ? QString() : result.error().message());
              });
}

void UsersPage::changeRole()
{
    const UserAccount* chosen = selectedUser();
    if (!chosen)
        return;
    const UserAccount user = *chosen;
    ReasonDialog dialog(tr("Change role"),
                        tr("%1 is a %2 now. The new role takes effect at their next login; they "
                           "are logged out everywhere.")
                            .arg(user.fullName, roleDisplayName(user.role)),
                        tr("Change role"), this);
    auto* roles = new QComboBox(&dialog);
    roles->setObjectName(u"newRole"_s);
    for (Role role : {Role::Buyer, Role::Seller, Role::Courier, Role::Admin}) {
        if (role != user.role)
            roles->addItem(roleDisplayName(role), int(role));
    }
    dialog.addField(tr("New role"), roles);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Role role = static_cast<Role>(roles->currentData().toInt());
    whenReady(m_users.setRole(user.id, role, dialog.reason()), this,
              [this, user, role](const VoidResult& result) {
                  done(tr("%1 is now a %2.").arg(user.fullName, roleDisplayName(role)),
                       result ? QString() : result.error().message());
              });
}

void UsersPage::revokeSessions()
{
    const UserAccount* chosen = selectedUser();
    if (!chosen)
        return;
    const UserAccount user = *chosen;
    ReasonDialog dialog(
        tr("End all sessions"),
        tr("%1 is logged out on every device and must log in again.").arg(user.fullName),
        tr("End sessions"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    whenReady(m_users.revokeSessions(user.id, dialog.reason()), this,
              [this, user](const Result<int>& ended) {
                  done(tr("Sessions of %1 ended: %2.").arg(user.fullName).arg(ended.value_or(0)),
                       ended ? QString() : ended.error().message());
              });
}

void UsersPage::resetPassword()
{
    const UserAccount* chosen = selectedUser();
    if (!chosen)
        return;
    const UserAccount user = *chosen;
    ReasonDialog dialog(tr("Reset password"),
                        tr("%1's password stops working now and they are logged out everywhere. "
                           "You get a one-time password to give them; with it they must choose a "
                           "new password before anything else.")
                            .arg(user.fullName),
                        tr("Reset password"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    whenReady(m_users.resetPassword(user.id, dialog.reason()), this,
              [this, user](const Result<QString>& password) {
                  if (!password) {
                      m_message->showError(password.error().message());
                      return;
                  }
                  m_message->showSuccess(tr("The password of %1 is reset.").arg(user.fullName));
                  reload();
                  OneTimePasswordDialog shown(user.fullName, user.email, *password, this);
                  shown.exec();
              });
}

void UsersPage::createUser()
{
    NewUserDialog dialog(m_users, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_message->showSuccess(
        tr("%1 can log in now with the one-time password.").arg(dialog.fullName()));
    reload();
    OneTimePasswordDialog shown(dialog.fullName(), dialog.email(), dialog.created().oneTimePassword,
                                this);
    shown.exec();
}

void UsersPage::refresh()
{
    reload();
}
