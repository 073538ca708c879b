#include "SessionsModel.h"

#include "ModelRoles.h"
#include "services/auth/AuthService.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

SessionsModel::SessionsModel(AuthService* auth, QObject* parent)
    : QAbstractTableModel(parent)
    , m_auth(auth)
{}

int SessionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo& s = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Device:
            if (s.restricted)
                return tr("%1 (may only choose a new password)").arg(s.device);
            return s.current ? tr("%1 (this device)").arg(s.device) : s.device;
        case SignedIn:
            return QLocale().toString(s.createdAt.toLocalTime(), QLocale::ShortFormat);
        case LastActive:
            return QLocale().toString(s.lastRefreshedAt.toLocalTime(), QLocale::ShortFormat);
        }
        break;
    case ModelRoles::SortRole:
        switch (index.column()) {
        case Device:
            return s.device;
        case SignedIn:
            return s.createdAt;
        case LastActive:
            return s.lastRefreshedAt;
        }
        break;
    case ModelRoles::IdRole:
        return s.id;
    case Qt::FontRole:
        if (s.current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Device:
        return tr("Device");
    case SignedIn:
        return tr("Logged in");
    case LastActive:
        return tr("Last active");
    }
    return {};
}

void SessionsModel::reload()
{
    m_latest.run(m_auth->mySessions(), this, [this](const Result<QList<SessionInfo>>& result) {
        if (result)
            setSessions(*result);
        else
            emit loadFailed(result.error().message());
    });
}

void SessionsModel::setSessions(QList<SessionInfo> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    endResetModel();
}
