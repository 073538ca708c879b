#include "UserTableModel.h"
#include "StatusColors.h"

#include "ModelRoles.h"
#include "services/admin/UserAdminService.h"

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

UserTableModel::UserTableModel(UserAdminService& users, QObject* parent)
    : KeysetTableModel(kPageSize, parent)
    , m_users(users)
{}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const UserAccount* UserTableModel::userAt(int row) const
{
    const UserListRow* r = rowAt(row);
    return r ? &r->account : nullptr;
}

int UserTableModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < rows().size(); ++row) {
        if (rows().at(row).account.id == userId)
            return row;
    }
    return -1;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserAccount& u = rows().at(index.row()).account;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return u.fullName;
        case Email:
            return u.email;
        case Role:
            return roleDisplayName(u.role);
        case Status:
            if (!u.active)
                return tr("Disabled");
            return u.mustChangePassword ? tr("Active, must set a password") : tr("Active");
        case Created:
            return locale.toString(u.createdAt.toLocalTime(), QLocale::ShortFormat);
        case LastLogin:
            return u.lastLoginAt.isValid()
                       ? locale.toString(u.lastLoginAt.toLocalTime(), QLocale::ShortFormat)
                       : tr("Never");
        }
        break;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Created:
            return u.createdAt;
        case LastLogin:
            return u.lastLoginAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRoles::IdRole:
        return u.id;
    case Qt::ForegroundRole:
        if (!u.active)
            return QBrush(StatusColors::muted());
        break;
    default:
        break;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case LastLogin:
        return tr("Last login");
    }
    return {};
}

bool UserTableModel::isSortable(int column)
{
    return column == Name || column == Email || column == Created || column == LastLogin;
}

int UserTableModel::sortColumn() const
{
    switch (m_query.sort) {
    case UserQuery::Sort::Name:
        return Name;
    case UserQuery::Sort::Email:
        return Email;
    case UserQuery::Sort::Created:
        return Created;
    case UserQuery::Sort::LastLogin:
        return LastLogin;
    }
    return Name;
}

void UserTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    UserQuery query = m_query;
    query.sort = column == Email       ? UserQuery::Sort::Email
                 : column == Created   ? UserQuery::Sort::Created
                 : column == LastLogin ? UserQuery::Sort::LastLogin
                                       : UserQuery::Sort::Name;
    query.descending = order == Qt::DescendingOrder;
    if (query.sort == m_query.sort && query.descending == m_query.descending)
        return;
    setQuery(query);
}

void UserTableModel::setQuery(const UserQuery& query)
{
    m_query = query;
    reload();
}

void UserTableModel::reload()
{
    reloadRows();
}

QFuture<UserTableModel::Page> UserTableModel::fetchPage(const UserListRow* last, int limit)
{
    if (!last)
        return m_users.users(m_query, std::nullopt, limit);
    return m_users.users(m_query, UserQuery::After{last->sortKey, last->account.id}, limit);
}
