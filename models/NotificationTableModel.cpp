#include "NotificationTableModel.h"

#include "ModelRoles.h"
#include "services/notifications/NotificationService.h"

#include <QFont>
#include <QLocale>

NotificationTableModel::NotificationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int NotificationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification& n = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Time
                   ? QLocale().toString(n.createdAt.toLocalTime(), QLocale::ShortFormat)
                   : NotificationService::describe(n);
    case Qt::FontRole:
        if (!n.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case ModelRoles::IdRole:
        return n.id;
    case ModelRoles::SortRole:
        return index.column() == Time ? QVariant(n.createdAt) : data(index, Qt::DisplayRole);
    default:
        break;
    }
    return {};
}

QVariant NotificationTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == Time ? tr("When") : tr("What happened");
}

void NotificationTableModel::setNotifications(QList<Notification> notifications)
{
    beginResetModel();
    m_rows = std::move(notifications);
    endResetModel();
}

const Notification* NotificationTableModel::notificationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void NotificationTableModel::markRead(const QList<qint64>& ids)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).read && ids.contains(m_rows.at(row).id)) {
            m_rows[row].read = true;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole});
        }
    }
}

int NotificationTableModel::unreadCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Notification& n) { return !n.read; }));
}
