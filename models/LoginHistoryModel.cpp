#include "LoginHistoryModel.h"
#include "StatusColors.h"

#include "ModelRoles.h"
#include "services/admin/UserAdminService.h"

#include <QBrush>
#include <QLocale>

LoginHistoryModel::LoginHistoryModel(UserAdminService& users, QObject* parent)
    : KeysetTableModel(kPageSize, parent)
    , m_users(users)
{}

int LoginHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LoginHistoryModel::outcomeText(LoginEvent::Outcome outcome)
{
    switch (outcome) {
    case LoginEvent::Outcome::Ok:
        return tr("Logged in");
    case LoginEvent::Outcome::PasswordChangeRequired:
        return tr("Logged in with a one-time password");
    case LoginEvent::Outcome::WrongPassword:
        return tr("Wrong password");
    case LoginEvent::Outcome::Locked:
        return tr("Refused: locked after failures");
    case LoginEvent::Outcome::Disabled:
        return tr("Refused: account disabled");
    }
    return {};
}

QVariant LoginHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoginEvent& e = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case Outcome:
            return outcomeText(e.outcome);
        case Device:
            return e.device;
        }
        break;
    case ModelRoles::SortRole:
        return index.column() == Time ? QVariant(e.at) : data(index, Qt::DisplayRole);
    case ModelRoles::IdRole:
        return e.id;
    case Qt::ForegroundRole:
        if (!e.succeeded())
            return QBrush(StatusColors::foreground(StatusColors::Tone::Danger));
        break;
    default:
        break;
    }
    return {};
}

QVariant LoginHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Outcome:
        return tr("Outcome");
    case Device:
        return tr("Device");
    }
    return {};
}

void LoginHistoryModel::setUser(qint64 userId)
{
    m_userId = userId;
    reloadRows();
}

QFuture<LoginHistoryModel::Page> LoginHistoryModel::fetchPage(const LoginEvent* last, int limit)
{
    return m_users.loginHistory(m_userId, last ? std::optional<qint64>(last->id) : std::nullopt,
                                limit);
}
