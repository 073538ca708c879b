#include "CourierEventTableModel.h"

#include "db/SqlErrorMapper.h"
#include "ModelRoles.h"

#include <QLocale>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString reasonText(const QueuedEvent& e)
{
    return SqlErrorMapper::deliveryRejection(e.code,
                                             deliveryStatusToSql(e.serverStatus.value_or(e.from)),
                                             deliveryStatusToSql(e.to), e.message);
}

} // namespace

CourierEventTableModel::CourierEventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int CourierEventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CourierEventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CourierEventTableModel::setEvents(const QList<QueuedEvent>& events,
                                       const QHash<qint64, qint64>& orderOf)
{
    beginResetModel();
    m_rows.clear();
    for (const QueuedEvent& e : events) {
        if (e.state == QueuedEvent::State::Rejected)
            m_rows.append(e);
    }
    std::sort(m_rows.begin(), m_rows.end(),
              [](const QueuedEvent& a, const QueuedEvent& b) { return a.seq > b.seq; });
    m_orderOf = orderOf;
    endResetModel();
}

const QueuedEvent* CourierEventTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant CourierEventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueuedEvent& e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Recorded:
            return QLocale().toString(e.deviceTime.toLocalTime(), QLocale::ShortFormat);
        case Order: {
            const qint64 order = m_orderOf.value(e.deliveryId);
            return order ? tr("#%1").arg(order) : tr("Delivery %1").arg(e.deliveryId);
        }
        case Step:
            return deliveryStatusDisplayName(e.to);
        case Reason:
            return reasonText(e);
        case ServerState:
            return e.serverStatus ? deliveryStatusDisplayName(*e.serverStatus) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Reason)
            return Qt::convertFromPlainText(reasonText(e)); // plain text, never markup
        break;
    case ModelRoles::SortRole:
        return index.column() == Recorded ? QVariant(e.seq) : data(index, Qt::DisplayRole);
    case ModelRoles::IdRole:
        return e.seq;
    default:
        break;
    }
    return {};
}

QVariant CourierEventTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Recorded:
        return tr("Recorded");
    case Order:
        return tr("Order");
    case Step:
        return tr("Your step");
    case Reason:
        return tr("Not accepted because");
    case ServerState:
        return tr("State on the server");
    }
    return {};
}
